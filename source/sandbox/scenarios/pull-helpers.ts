import {createHash} from 'node:crypto';
import {request} from 'node:https';
import {roleIds} from '../azure/roles.js';
import type {Sandbox} from '../index.js';
import {key, type ManagedCluster, type Registry, type SandboxState} from '../state.js';
import type {ScenarioWorld} from './types.js';

/** A stable GUID from a seed, so scenario objects have the same ids on every run. */
export const stableGuid = (seed: string): string => {
	const hex = createHash('sha256').update(seed).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** The seeded AKS cluster. */
export function aksOf({state, ids}: ScenarioWorld): ManagedCluster | undefined {
	return [...state.managedClusters.values()].find((c) => c.name === ids.aksCluster);
}

/** The seeded shared registry. */
export function sharedRegistryOf({state, ids}: ScenarioWorld): Registry | undefined {
	return [...state.registries.values()].find((r) => r.name === ids.sharedRegistry);
}

/** Assigns a role to a principal at a scope, as if done at `createdOn` (long ago unless given). */
export function assignRole(
	state: SandboxState,
	principalId: string,
	principalType: string,
	scope: string,
	roleId: string,
	createdOn = '2026-01-05T09:30:00.0000000Z',
	condition?: string,
): void {
	const name = stableGuid(`${principalId}-${scope}-${roleId}`);
	const id = `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
	const sub = /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1] ?? '';
	state.roleAssignments.set(key(id), {
		id,
		name,
		scope,
		roleDefinitionId: `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${roleId}`,
		principalId: principalId.toLowerCase(),
		principalType,
		description: null,
		createdOn,
		createdBy: state.user.id,
		...(condition ? {condition, conditionVersion: '2.0'} : {}),
	});
}

/** Gives the AKS kubelet identity AcrPull on the shared registry, the state `az aks update --attach-acr` leaves. */
export function attachSharedRegistry(world: ScenarioWorld): void {
	const aks = aksOf(world);
	const registry = sharedRegistryOf(world);
	if (aks && registry) assignRole(world.state, aks.kubelet.objectId, 'ServicePrincipal', registry.id, roleIds.acrPull);
}

/** Sends one request to a cluster's Kubernetes API (for scenario state that lives in the cluster). */
export async function kubeRequest(
	sandbox: Sandbox,
	cluster: string,
	method: string,
	path: string,
	body?: unknown,
	contentType = 'application/merge-patch+json',
): Promise<number> {
	const target = sandbox.clusters.find((c) => c.spec.name === cluster);
	if (!target) throw new Error(`The sandbox has no cluster '${cluster}'.`);
	const payload = body === undefined ? undefined : JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = request(
			new URL(path, target.url),
			{
				method,
				ca: sandbox.caPem,
				headers: {authorization: `Bearer ${target.token}`, ...(payload ? {'content-type': contentType, 'content-length': Buffer.byteLength(payload)} : {})},
			},
			(res) => {
				res.resume();
				res.on('end', () => resolve(res.statusCode ?? 0));
			},
		);
		req.on('error', reject);
		req.end(payload);
	});
}
