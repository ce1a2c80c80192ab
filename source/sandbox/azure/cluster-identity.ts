import type {SandboxContext} from '../context.js';
import {apiVersionOf, bodyObject, requireResourceGroup, stringField} from '../context.js';
import {checkServicePrincipalPassword} from '../graph/graph.js';
import {ArmError, resourceNotFound} from '../http/errors.js';
import type {Router} from '../http/router.js';
import type {EmulatedClusterSpec} from '../contracts.js';
import {clusterNetworkOf} from '../registry/network.js';
import {key, type AgentPool, type ManagedCluster, type SandboxState} from '../state.js';

const aksType = 'Microsoft.ContainerService/managedClusters';
const aksBase = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerService/managedClusters/:cluster';

/** A cluster's node pools: its own list, or the one Linux amd64 pool `nodepool1` holding all its nodes. */
export function agentPoolsOf(c: ManagedCluster): AgentPool[] {
	return c.agentPools ?? [{name: 'nodepool1', osType: 'Linux', arch: 'amd64', vmSize: 'Standard_DS2_v2', nodeNames: c.nodeNames}];
}

/** Whether a cluster's kubelet pulls with a service principal rather than a managed identity. */
export const usesServicePrincipal = (c: ManagedCluster): boolean => c.servicePrincipalProfile !== undefined;

/**
 * The Entra object a node of a managed cluster pulls as, or undefined when its token request fails: a service principal
 * whose secret expired or was replaced, a kubelet identity detached from the scale sets or deleted from the directory.
 * A pool with its own kubelet identity pulls with that one.
 */
export function kubeletPrincipal(ctx: SandboxContext, c: ManagedCluster, node: string | undefined): string | undefined {
	if (c.servicePrincipalProfile) {
		return checkServicePrincipalPassword(ctx, c.servicePrincipalProfile.clientId, c.servicePrincipalProfile.secret);
	}
	if (c.kubeletIdentityAttached === false) return undefined;
	const pool = agentPoolsOf(c).find((p) => node !== undefined && p.nodeNames.includes(node));
	const identity = pool?.kubeletIdentity ?? c.kubelet;
	return ctx.state.servicePrincipals.has(identity.objectId.toLowerCase()) ? identity.objectId : undefined;
}

/** A node pool as AgentPools_Get (and agentPoolProfiles of ManagedClusters_Get) answers it. */
export function agentPoolJson(c: ManagedCluster, pool: AgentPool): Record<string, unknown> {
	return {
		name: pool.name,
		count: pool.nodeNames.length,
		vmSize: pool.vmSize,
		maxPods: pool.osType === 'Windows' ? 30 : 110,
		osType: pool.osType,
		provisioningState: 'Succeeded',
		orchestratorVersion: c.kubernetesVersion,
		currentOrchestratorVersion: c.kubernetesVersion,
		nodeImageVersion:
			pool.osType === 'Windows'
				? 'AKSWindows-2022-containerd-20348.3807.250710'
				: pool.arch === 'arm64'
					? 'AKSUbuntu-2204gen2arm64containerd-202510.01.0'
					: 'AKSUbuntu-2204gen2containerd-202510.01.0',
		availabilityZones: ['1', '2', '3'],
		upgradeSettings: {maxSurge: '10%'},
		eTag: 'sandbox-pool',
	};
}

/**
 * Rewrites the identity fields of a ManagedClusters_Get answer for what the cluster really is: a service principal
 * cluster has no `identity` and no kubelet identity, only `servicePrincipalProfile.clientId`; node pools are listed.
 */
export function withIdentityAndPools(c: ManagedCluster, json: Record<string, unknown>): Record<string, unknown> {
	const properties = typeof json.properties === 'object' && json.properties !== null ? (json.properties as Record<string, unknown>) : {};
	const pools = agentPoolsOf(c).map((pool) => agentPoolJson(c, pool));
	if (!c.servicePrincipalProfile) return {...json, properties: {...properties, agentPoolProfiles: pools}};
	const {identity: _identity, ...rest} = json;
	const {identityProfile: _profile, ...props} = properties;
	return {...rest, properties: {...props, agentPoolProfiles: pools, servicePrincipalProfile: {clientId: c.servicePrincipalProfile.clientId}}};
}

/** A cluster's spec for its Kubernetes API with its node pools' nodes, labelled with their pool, OS and architecture. */
export function specWithPools(state: SandboxState, spec: EmulatedClusterSpec): EmulatedClusterSpec {
	const c = state.managedClusters.get(key(spec.id));
	if (!c?.agentPools) return spec;
	const pools = c.agentPools;
	const nodeLabels = Object.fromEntries(
		pools.flatMap((pool) =>
			pool.nodeNames.map((node) => [
				node,
				{agentpool: pool.name, 'kubernetes.azure.com/agentpool': pool.name, 'kubernetes.io/os': pool.osType.toLowerCase(), 'kubernetes.io/arch': pool.arch},
			]),
		),
	);
	return {...spec, nodeNames: pools.flatMap((pool) => pool.nodeNames), nodeLabels};
}

/** Serves resetServicePrincipalProfile (az aks update-credentials --reset-service-principal) and the node pool list. */
export function addClusterIdentityRoutes(router: Router, ctx: SandboxContext): void {
	const find = (p: Readonly<Record<string, string>>): ManagedCluster => {
		const rg = requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
		const c = ctx.state.managedClusters.get(key(`/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}/providers/${aksType}/${p.cluster ?? ''}`));
		if (!c) throw resourceNotFound(aksType, p.cluster ?? '', p.rg ?? '');
		return c;
	};
	router
		.add('POST', `${aksBase}/resetServicePrincipalProfile`, (r, p) => {
			const c = find(p);
			const body = bodyObject(r);
			const clientId = stringField(body, 'clientId') ?? '';
			const secret = stringField(body, 'secret') ?? '';
			if (!c.servicePrincipalProfile) {
				throw new ArmError(400, 'BadRequest', 'Updating service principal profile is not allowed on MSI cluster.');
			}
			if (clientId === '' || secret === '') {
				throw new ArmError(
					400,
					'InvalidParameter',
					'The value of parameter servicePrincipalProfile.secret is invalid. Please see https://aka.ms/aks-naming-rules for more details.',
				);
			}
			const op = ctx.ops.start(
				r.baseUrl,
				c.id,
				() => {
					c.servicePrincipalProfile = {clientId, secret};
					ctx.notifyAccessChange();
					return {status: 200};
				},
				{apiVersion: apiVersionOf(r), durationMs: 3000, runningState: 'UpgradingNodeImageVersion', ...(r.lroFailure ? {failure: r.lroFailure} : {})},
			);
			return {status: 202, headers: {Location: op.location, 'Azure-AsyncOperation': op.asyncOperation, 'Retry-After': String(ctx.clock.retryAfterSeconds)}};
		})
		.add('DELETE', '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/:identity', (r) => {
			// az identity delete: a cluster's kubelet identity (or a pool's) leaves the directory, and its token requests fail.
			const wanted = key(r.path);
			const own = ctx.state.userAssignedIdentities.get(wanted);
			if (own) {
				ctx.state.userAssignedIdentities.delete(wanted);
				ctx.state.servicePrincipals.delete(own.principalId.toLowerCase());
				ctx.notifyAccessChange();
				return {status: 200};
			}
			const identities = [...ctx.state.managedClusters.values()].flatMap((c) => [
				c.kubelet,
				...agentPoolsOf(c).flatMap((pool) => (pool.kubeletIdentity ? [pool.kubeletIdentity] : [])),
			]);
			const found = identities.find((identity) => key(identity.resourceId) === wanted);
			if (!found || !ctx.state.servicePrincipals.delete(found.objectId.toLowerCase())) return {status: 204};
			ctx.notifyAccessChange();
			return {status: 200};
		})
		.add('GET', '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.Network/publicIPAddresses/:ip', (r, p) => {
			// az network public-ip show --ids <effectiveOutboundIPs[0].id>: the address a cluster's nodes leave from.
			const c = [...ctx.state.managedClusters.values()].find(
				(m) =>
					key(`/subscriptions/${m.subscriptionId}/resourceGroups/${m.nodeResourceGroup}/providers/Microsoft.Network/publicIPAddresses/sandbox-outbound`) ===
					key(r.path),
			);
			if (!c) throw resourceNotFound('Microsoft.Network/publicIPAddresses', p.ip ?? '', p.rg ?? '');
			return {
				status: 200,
				body: {
					name: p.ip,
					id: r.path,
					type: 'Microsoft.Network/publicIPAddresses',
					location: c.location,
					sku: {name: 'Standard', tier: 'Regional'},
					zones: ['1', '2', '3'],
					properties: {
						provisioningState: 'Succeeded',
						ipAddress: clusterNetworkOf(ctx, c.id).egressIp,
						publicIPAddressVersion: 'IPv4',
						publicIPAllocationMethod: 'Static',
						idleTimeoutInMinutes: 4,
						ipTags: [],
					},
				},
			};
		})
		.add('GET', `${aksBase}/agentPools`, (_r, p) => {
			const c = find(p);
			return {
				status: 200,
				body: {
					value: agentPoolsOf(c).map((pool) => ({
						id: `${c.id}/agentPools/${pool.name}`,
						name: pool.name,
						type: `${aksType}/agentPools`,
						properties: agentPoolJson(c, pool),
					})),
				},
			};
		});
}
