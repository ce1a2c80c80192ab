/**
 * Detach: remove the AcrPull assignments of the cluster's kubelet identity at the registry's
 * scope, as `az aks update --detach-acr` does; in role-assignment (ABAC) mode also the repository
 * role attach granted there instead (which --detach-acr would leave); nothing to do when there are none.
 */
import type {ManagedCluster, Registry, RoleAssignment} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import {freshActionId} from '../../wizard/engine.js';
import type {Context} from '../../wizard/context.js';
import type {Plan} from '../../wizard/engine.js';
import {detachCommand, roleAssignmentDeleteForCommand} from '../../commands/az.js';
import {removeRoleAssignmentCommand, setAksDetachCommand} from '../../commands/powershell.js';
import {kubeletPrincipal} from './kubelet.js';
import {acrPullAtRegistry} from '../shared/pull-roles.js';

/** The plan deleting `assignments`, with notes on grants that remain and on running pods. */
function detachPlan(
	context: Context,
	cluster: ManagedCluster,
	registry: Registry,
	principalId: string,
	detached: ReadonlyArray<{assignment: RoleAssignment; role: string}>,
	remaining: ReadonlyArray<{assignment: RoleAssignment; role: string}>,
): Plan {
	const text = messages().attach.detach;
	const assignments = detached.map((item) => item.assignment);
	// --detach-acr deletes AcrPull only: a repository role (ABAC mode) is deleted as az role assignment delete does it.
	const repositoryRoles = [...new Set(detached.map((item) => item.role).filter((role) => role !== 'AcrPull'))];
	const acrPull = detached.some((item) => item.role === 'AcrPull');
	const commands = [
		...(acrPull ? [detachCommand(cluster, registry, context.defaultSubscriptionId)] : []),
		...repositoryRoles.map((role) => roleAssignmentDeleteForCommand(principalId, role, registry.id)),
	];
	const powershell = [
		...(acrPull ? [setAksDetachCommand(cluster, registry)] : []),
		...repositoryRoles.map((role) => removeRoleAssignmentCommand(principalId, role, registry.id)),
	];
	const roles = [...new Set(detached.map((item) => item.role))];
	return {
		stepId: 'detach',
		title: text.title,
		notes: [...remaining.map((item) => text.remaining(item.role, item.assignment.scope)), text.podsNote],
		actions: [
			{
				id: freshActionId(context, 'detach', `detach-${registry.name}-${cluster.name}`),
				sentence:
					repositoryRoles.length === 0
						? text.sentence(registry.name, cluster.name, assignments.length)
						: text.sentenceRoles(roles.join(', '), registry.name, cluster.name),
				command: commands.join(' && '),
				powershell: powershell.join('; '),
				call: assignments.map((item) => `DELETE ${item.id}`).join('; '),
				run: async () => {
					for (const assignment of assignments) await context.azure.deleteRoleAssignment(assignment.id);
					return {outcome: 'done', detail: text.removed(assignments.length)};
				},
			},
		],
	};
}

/** Finds what to delete; undefined (saying why on the activity line and as a notice) when nothing is attached. */
export async function planDetach(context: Context, cluster: ManagedCluster, registry: Registry): Promise<Plan | undefined> {
	const principal = await kubeletPrincipal(context.azure, cluster);
	const abac = registry.roleAssignmentMode === 'AbacRepositoryPermissions';
	const {atRegistry, remaining} = await acrPullAtRegistry(context.azure, registry.id, principal.objectId, registry.roleAssignmentMode);
	if (atRegistry.length === 0) {
		const text = messages().attach.detach;
		const still = remaining[0];
		const nothing = abac ? text.nothingAbac(registry.name, cluster.name) : text.nothing(registry.name, cluster.name);
		const line = still ? `${nothing} ${text.remaining(still.role, still.assignment.scope)}` : nothing;
		context.store.getState().actions.setActivity(line);
		context.store.getState().actions.notice(line);
		return undefined;
	}
	return detachPlan(context, cluster, registry, principal.objectId, atRegistry, remaining);
}
