/** Undo of what the registry step makes: a registry this run created, and the resource group it created for it. */
import type {UndoHandlers} from '../shared/undo-kit.js';

export const registryUndo: UndoHandlers<'delete-registry' | 'delete-resource-group'> = {
	'delete-resource-group': {
		run: async ({azure}, {params}) => azure.deleteResourceGroup(params.subscriptionId, params.name),
		call: ({params}) => `DELETE /subscriptions/${params.subscriptionId}/resourceGroups/${params.name}`,
	},
	'delete-registry': {
		run: async ({azure}, {params}) => azure.deleteRegistry(params.id),
		call: ({params}) => `DELETE ${params.id}`,
	},
};
