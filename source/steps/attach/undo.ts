/**
 * Undo of what the attach path makes: the AcrPull grant (pull-secret's role on a service principal is the same
 * kind), a new cluster (asked for on its own: it is the most expensive thing the wizard makes) and the
 * user-assigned identities brought to it.
 */
import {messages} from '../../messages/catalog.js';
import {parseResourceId} from '../../azure/resource-id.js';
import {ignoringGone, type UndoHandlers} from '../shared/undo-kit.js';

export const attachUndo: UndoHandlers<'delete-role-assignment' | 'delete-managed-cluster' | 'delete-user-assigned-identity' | 'remove-group-member'> = {
	'delete-role-assignment': {
		run: async ({azure}, {params}) => azure.deleteRoleAssignment(params.id),
		call: ({params}) => `DELETE ${params.id}`,
	},
	'delete-managed-cluster': {
		async run(context, {params, command}) {
			const text = messages().attach.newCluster;
			const name = params.name ?? parseResourceId(params.id)?.name ?? params.id;
			const sure = await context.prompter.confirm({id: 'undo-delete-cluster', message: text.undoConfirm(name), hint: text.undoConfirmHint, default: false});
			if (!sure) return {outcome: 'unchanged', detail: text.undoKept(command), kept: true};
			// The grant first: once the cluster is gone its kubelet identity is too, and the assignment would stay behind orphaned.
			if (params.roleAssignmentId) await ignoringGone(context.azure.deleteRoleAssignment(params.roleAssignmentId));
			await context.azure.deleteManagedCluster(params.id);
			return undefined;
		},
		call: ({params}) => (params.roleAssignmentId ? `DELETE ${params.roleAssignmentId}; DELETE ${params.id}` : `DELETE ${params.id}`),
	},
	'delete-user-assigned-identity': {
		run: async ({azure}, {params}) => azure.deleteUserAssignedIdentity(params.id),
		call: ({params}) => `DELETE ${params.id}`,
	},
	'remove-group-member': {
		run: async ({azure}, {params}) => ignoringGone(azure.removeGroupMember(params.groupId, params.memberId)),
		call: ({params}) => `DELETE /groups/${params.groupId}/members/${params.memberId}/$ref`,
	},
};
