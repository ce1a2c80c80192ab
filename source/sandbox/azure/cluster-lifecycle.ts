/**
 * The rest of a managed cluster's life: `DELETE …/managedClusters/{name}` (az aks delete), a long-running operation
 * that ends with the cluster, its Kubernetes API and its managed identities gone; and user-assigned identities
 * (az identity create / show), which a cluster can bring as its control-plane and kubelet identities.
 */
import {randomUUID} from 'node:crypto';
import {resourceNotFound} from '../http/errors.js';
import type {Router} from '../http/router.js';
import {apiVersionOf, bodyObject, requireResourceGroup, stringField, type SandboxContext} from '../context.js';
import {key, type UserAssignedIdentity} from '../state.js';
import {replicating} from '../graph/replication.js';

const aksType = 'Microsoft.ContainerService/managedClusters';
const aksBase = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerService/managedClusters';
const identityType = 'Microsoft.ManagedIdentity/userAssignedIdentities';
const identityBase = `/subscriptions/:sub/resourceGroups/:rg/providers/${identityType}`;

/** A user-assigned identity as UserAssignedIdentities_Get answers it. */
export function identityJson(ctx: SandboxContext, identity: UserAssignedIdentity): Record<string, unknown> {
	return {
		id: identity.id,
		name: identity.name,
		type: identityType,
		location: identity.location,
		tags: {},
		properties: {tenantId: ctx.state.tenantId, principalId: identity.principalId, clientId: identity.clientId},
	};
}

/** Serves DELETE of managed clusters and PUT/GET of user-assigned identities. */
export function addClusterLifecycleRoutes(router: Router, ctx: SandboxContext): void {
	router
		.add('DELETE', `${aksBase}/:cluster`, (r, p) => {
			const rg = requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
			const id = `/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}/providers/${aksType}/${p.cluster ?? ''}`;
			const cluster = ctx.state.managedClusters.get(key(id));
			// ARM answers 204 to a DELETE of what is not there.
			if (!cluster) return {status: 204};
			const op = ctx.ops.start(
				r.baseUrl,
				cluster.id,
				() => {
					ctx.state.managedClusters.delete(key(id));
					// The node resource group goes with the cluster, and the kubelet identity it held; a brought identity stays.
					const brought = new Set([...ctx.state.userAssignedIdentities.values()].map((identity) => identity.principalId.toLowerCase()));
					for (const principal of [cluster.kubelet.objectId, cluster.identityPrincipalId]) {
						if (!brought.has(principal.toLowerCase())) ctx.state.servicePrincipals.delete(principal.toLowerCase());
					}
					void ctx.stopCluster(cluster.id).catch(() => undefined);
					ctx.notifyAccessChange();
					return {status: 200};
				},
				{apiVersion: apiVersionOf(r), durationMs: 5000, runningState: 'Deleting', ...(r.lroFailure ? {failure: r.lroFailure} : {})},
			);
			return {
				status: 202,
				headers: {Location: op.location, 'Azure-AsyncOperation': op.asyncOperation, 'Retry-After': String(ctx.clock.retryAfterSeconds)},
			};
		})
		.add('PUT', `${identityBase}/:identity`, (r, p) => {
			const rg = requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
			const id = `/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}/providers/${identityType}/${p.identity ?? ''}`;
			const existing = ctx.state.userAssignedIdentities.get(key(id));
			if (existing) return {status: 200, body: identityJson(ctx, existing)};
			const location = (stringField(bodyObject(r), 'location') ?? rg.location).toLowerCase().replace(/\s+/g, '');
			const identity: UserAssignedIdentity = {id, name: p.identity ?? '', location, clientId: randomUUID(), principalId: randomUUID()};
			ctx.state.userAssignedIdentities.set(key(id), identity);
			ctx.state.servicePrincipals.set(identity.principalId, {
				id: identity.principalId,
				appId: identity.clientId,
				displayName: identity.name,
				servicePrincipalType: 'ManagedIdentity',
				passwordCredentials: [],
			});
			// A new identity's service principal reaches the directory's replicas late, as any new principal does.
			replicating(ctx.state, identity.principalId, ctx.clock.now());
			return {status: 201, body: identityJson(ctx, identity)};
		})
		.add('GET', `${identityBase}/:identity`, (_r, p) => {
			const rg = requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
			const identity = ctx.state.userAssignedIdentities.get(
				key(`/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}/providers/${identityType}/${p.identity ?? ''}`),
			);
			if (!identity) throw resourceNotFound(identityType, p.identity ?? '', p.rg ?? '');
			return {status: 200, body: identityJson(ctx, identity)};
		});
}
