/**
 * Detach: remove the AcrPull assignments of the cluster's kubelet identity at the registry's
 * scope, as `az aks update --detach-acr` does; nothing to do when there are none.
 */
import type {ManagedCluster, Registry, RoleAssignment} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import {freshActionId} from '../../wizard/engine.js';
import type {Context} from '../../wizard/context.js';
import type {Plan} from '../../wizard/engine.js';
import {detachCommand} from '../../commands/az.js';
import {setAksDetachCommand} from '../../commands/powershell.js';
import {kubeletPrincipal} from './kubelet.js';
import {acrPullAtRegistry} from '../shared/pull-roles.js';

/** The plan deleting `assignments`, with notes on grants that remain and on running pods. */
function detachPlan(
	context: Context,
	cluster: ManagedCluster,
	registry: Registry,
	assignments: readonly RoleAssignment[],
	remaining: ReadonlyArray<{assignment: RoleAssignment; role: string}>,
): Plan {
	const text = messages().attach.detach;
	return {
		stepId: 'detach',
		title: text.title,
		notes: [...remaining.map((item) => text.remaining(item.role, item.assignment.scope)), text.podsNote],
		actions: [
			{
				id: freshActionId(context, 'detach', `detach-${registry.name}-${cluster.name}`),
				sentence: text.sentence(registry.name, cluster.name, assignments.length),
				command: detachCommand(cluster, registry, context.defaultSubscriptionId),
				powershell: setAksDetachCommand(cluster, registry),
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
	const {atRegistry, remaining} = await acrPullAtRegistry(context.azure, registry.id, principal.objectId);
	if (atRegistry.length === 0) {
		const text = messages().attach.detach;
		const still = remaining[0];
		const line = still
			? `${text.nothing(registry.name, cluster.name)} ${text.remaining(still.role, still.assignment.scope)}`
			: text.nothing(registry.name, cluster.name);
		context.store.getState().actions.setActivity(line);
		context.store.getState().actions.notice(line);
		return undefined;
	}
	return detachPlan(context, cluster, registry, atRegistry, remaining);
}
