/** Undo of what the registry step makes: a registry this run created. */
import type {UndoHandlers} from '../shared/undo-kit.js';

export const registryUndo: UndoHandlers<'delete-registry'> = {
	'delete-registry': {
		run: async ({azure}, {params}) => azure.deleteRegistry(params.id),
		call: ({params}) => `DELETE ${params.id}`,
	},
};
