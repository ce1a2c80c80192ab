/** Undo of what the attach path makes: the AcrPull grant (pull-secret's role on a service principal is the same kind). */
import type {UndoHandlers} from '../shared/undo-kit.js';

export const attachUndo: UndoHandlers<'delete-role-assignment'> = {
	'delete-role-assignment': {
		run: async ({azure}, {params}) => azure.deleteRoleAssignment(params.id),
		call: ({params}) => `DELETE ${params.id}`,
	},
};
