/**
 * `PUT …/managedClusters/{name}` as AKS serves it: a long-running operation (the cluster shows `Updating`, or
 * `Creating` for a new one, until the operation ends `Succeeded`). An update keeps every field the caller sent
 * that the sandbox does not model (az PUTs the whole cluster back after `--attach-acr`); a create makes a new
 * cluster with its own kubelet identity, control-plane identity and Kubernetes API server.
 */
import {createHash, randomUUID} from 'node:crypto';
import {ArmError} from '../http/errors.js';
import type {Router, SandboxRequest} from '../http/router.js';
import {apiVersionOf, bodyObject, objectField, requireResourceGroup, stringField, stringMap, type SandboxContext} from '../context.js';
import {key, type ManagedCluster, type UserAssignedIdentity} from '../state.js';
import {requireResourceLocation} from './locations.js';
import {replicating} from '../graph/replication.js';
import {managedClusterJson} from './clusters.js';

const aksType = 'Microsoft.ContainerService/managedClusters';
const aksBase = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerService/managedClusters';

/** Fields of a managed cluster the sandbox computes; the rest of a PUT body is kept as sent. */
const servedProperties = new Set([
	'provisioningState',
	'powerState',
	'kubernetesVersion',
	'currentKubernetesVersion',
	'fqdn',
	'azurePortalFQDN',
	'identityProfile',
	'nodeResourceGroup',
	'maxAgentPools',
]);

const nodeName = (cluster: string, index: number): string => {
	const hash = createHash('sha256').update(cluster).digest('hex').slice(0, 8);
	return `aks-nodepool1-${Number.parseInt(hash, 16).toString().slice(0, 8).padStart(8, '0')}-vmss${index.toString(36).padStart(6, '0')}`;
};

const clusterNamePattern = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,61}[a-zA-Z0-9]$|^[a-zA-Z0-9]$/;

/** The node count the PUT asks for (its first agent pool), or the current one. */
function poolCount(properties: Record<string, unknown>, fallback: number): number {
	const pools = properties['agentPoolProfiles'];
	const first: unknown = Array.isArray(pools) ? pools[0] : undefined;
	const count = typeof first === 'object' && first !== null ? (first as Record<string, unknown>)['count'] : undefined;
	return typeof count === 'number' && Number.isInteger(count) && count > 0 ? Math.min(count, 10) : fallback;
}

/** The VM size the PUT asks for (its first agent pool), or AKS's default. */
function poolVmSize(properties: Record<string, unknown>): string {
	const pools = properties['agentPoolProfiles'];
	const first: unknown = Array.isArray(pools) ? pools[0] : undefined;
	const size = typeof first === 'object' && first !== null ? (first as Record<string, unknown>)['vmSize'] : undefined;
	return typeof size === 'string' && size !== '' ? size : 'Standard_DS2_v2';
}

/**
 * The identities a create brings (`--assign-identity`, `--assign-kubelet-identity`): a user-assigned control-plane
 * identity, and the kubelet identity named in identityProfile, both existing; undefined when the cluster gets its own.
 */
function broughtIdentities(
	ctx: SandboxContext,
	body: Record<string, unknown>,
	properties: Record<string, unknown>,
): {controlPlane: UserAssignedIdentity; kubelet: UserAssignedIdentity} | undefined {
	const identity = objectField(body, 'identity');
	const kubeletId = stringField(objectField(objectField(properties, 'identityProfile'), 'kubeletidentity'), 'resourceId');
	const userAssigned = Object.keys(objectField(identity, 'userAssignedIdentities'));
	if (kubeletId === undefined) return undefined;
	const controlPlaneId = stringField(identity, 'type') === 'UserAssigned' ? userAssigned[0] : undefined;
	if (controlPlaneId === undefined) {
		throw new ArmError(400, 'BadRequest', 'The kubelet identity can only be set on a cluster whose control plane uses a user-assigned identity.');
	}
	const find = (id: string): UserAssignedIdentity => {
		const found = ctx.state.userAssignedIdentities.get(key(id));
		if (!found) throw new ArmError(400, 'InvalidParameter', `The user-assigned identity '${id}' was not found.`);
		return found;
	};
	return {controlPlane: find(controlPlaneId), kubelet: find(kubeletId)};
}

/** What a PUT body carries beyond the modelled fields, to serve back on later reads. */
function keptFields(body: Record<string, unknown>): {top: Record<string, unknown>; properties: Record<string, unknown>} {
	const top: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(body)) {
		if (!['id', 'name', 'type', 'location', 'properties', 'identity', 'tags'].includes(name)) {
			top[name] = value;
		}
	}
	const properties: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(objectField(body, 'properties'))) {
		if (!servedProperties.has(name)) {
			properties[name] = value;
		}
	}
	return {top, properties};
}

/** Makes a new managed cluster from a create PUT: new identities in the directory, nodes named as AKS names them. */
function newCluster(ctx: SandboxContext, request: SandboxRequest, subscriptionId: string, resourceGroup: string, name: string): ManagedCluster {
	const body = bodyObject(request);
	const location = stringField(body, 'location');
	if (!location) {
		throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
	}
	requireResourceLocation(ctx, location, 'Microsoft.ContainerService/managedClusters');
	if (!clusterNamePattern.test(name)) {
		throw new ArmError(
			400,
			'InvalidParameter',
			`The value of parameter name is invalid. Error details: Managed cluster name '${name}' must be 1-63 characters, start and end with a letter or digit, and contain only letters, digits, underscores and hyphens.`,
		);
	}
	const properties = objectField(body, 'properties');
	const network = objectField(properties, 'networkProfile');
	const nodeResourceGroup = stringField(properties, 'nodeResourceGroup') ?? `MC_${resourceGroup}_${name}_${location}`;
	const brought = broughtIdentities(ctx, body, properties);
	const kubeletObjectId = brought?.kubelet.principalId ?? randomUUID();
	const identityPrincipalId = brought?.controlPlane.principalId ?? randomUUID();
	const count = poolCount(properties, 3);
	const cluster: ManagedCluster = {
		id: `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${aksType}/${name}`,
		subscriptionId,
		resourceGroup,
		name,
		location: location.toLowerCase().replace(/\s+/g, ''),
		kubernetesVersion: stringField(properties, 'kubernetesVersion') || '1.33.3',
		serviceCidr: stringField(network, 'serviceCidr') ?? '10.0.0.0/16',
		dnsServiceIP: stringField(network, 'dnsServiceIP') ?? '10.0.0.10',
		nodeResourceGroup,
		identityPrincipalId,
		...(brought ? {controlPlaneIdentityId: brought.controlPlane.id} : {}),
		kubelet: brought
			? {resourceId: brought.kubelet.id, clientId: brought.kubelet.clientId, objectId: brought.kubelet.principalId}
			: {
					resourceId: `/subscriptions/${subscriptionId}/resourceGroups/${nodeResourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}-agentpool`,
					clientId: randomUUID(),
					objectId: kubeletObjectId,
				},
		nodeNames: Array.from({length: count}, (_, index) => nodeName(name, index)),
		agentPools: [
			{
				name: 'nodepool1',
				osType: 'Linux',
				arch: 'amd64',
				vmSize: poolVmSize(properties),
				nodeNames: Array.from({length: count}, (_, index) => nodeName(name, index)),
			},
		],
	};
	if (brought) return cluster;
	for (const [id, displayName] of [
		[kubeletObjectId, `${name}-agentpool`],
		[identityPrincipalId, name],
	] as const) {
		ctx.state.servicePrincipals.set(id, {id, appId: randomUUID(), displayName, servicePrincipalType: 'ManagedIdentity', passwordCredentials: []});
		replicating(ctx.state, id, ctx.clock.now());
	}
	return cluster;
}

/** Serves PUT of managed clusters (create or update) as a long-running operation. */
export function addClusterPutRoutes(router: Router, ctx: SandboxContext): void {
	router.add('PUT', `${aksBase}/:cluster`, async (request, p) => {
		const rg = requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
		const name = p.cluster ?? '';
		const id = `/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}/providers/${aksType}/${name}`;
		const body = bodyObject(request);
		const existing = ctx.state.managedClusters.get(key(id));
		const created = existing === undefined;
		let cluster: ManagedCluster;
		if (existing) {
			const location = stringField(body, 'location');
			if (location !== undefined && location.toLowerCase().replace(/\s+/g, '') !== existing.location) {
				throw new ArmError(
					400,
					'LocationChangeNotAllowed',
					`Changing property 'location' is not allowed. The managed cluster '${existing.name}' is in '${existing.location}'.`,
				);
			}
			cluster = {...existing, kubernetesVersion: stringField(objectField(body, 'properties'), 'kubernetesVersion') || existing.kubernetesVersion};
		} else {
			cluster = newCluster(ctx, request, rg.subscriptionId, rg.name, name);
		}
		const kept = keptFields(body);
		cluster = {...cluster, tags: stringMap(body, 'tags'), kept};
		ctx.state.managedClusters.set(key(id), cluster);
		if (created) {
			await ctx.startCluster({
				id: cluster.id,
				name: cluster.name,
				kind: 'aks',
				serviceCidr: cluster.serviceCidr,
				kubeletObjectId: cluster.kubelet.objectId,
				kubeletClientId: cluster.kubelet.clientId,
				location: cluster.location,
				nodeNames: cluster.nodeNames,
				kubernetesVersion: cluster.kubernetesVersion,
			});
		}
		const urls = ctx.ops.start(request.baseUrl, cluster.id, () => ({status: 200, body: managedClusterJson(ctx, cluster)}), {
			apiVersion: apiVersionOf(request),
			runningState: created ? 'Creating' : 'Updating',
			durationMs: created ? 6000 : 3000,
		});
		ctx.notifyAccessChange();
		return {status: created ? 201 : 200, body: managedClusterJson(ctx, cluster), headers: {'Azure-AsyncOperation': urls.asyncOperation}};
	});
}
