import {ArmError, resourceNotFound} from '../http/errors.js';
import type {Router} from '../http/router.js';
import {requireResourceGroup, requireSubscription, type SandboxContext} from '../context.js';
import {buildKubeconfig} from '../kubeconfig.js';
import {withIdentityAndPools} from './cluster-identity.js';
import {entraIdKubeconfig} from './entra-id.js';
import {clusterControlProperties, renewCredential} from './cluster-power.js';
import {clusterCaPem} from '../control/ca.js';
import {key, type ConnectedCluster, type ManagedCluster} from '../state.js';

const aksType = 'Microsoft.ContainerService/managedClusters';
const arcType = 'Microsoft.Kubernetes/connectedClusters';
const aksBase = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerService/managedClusters';
const arcBase = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.Kubernetes/connectedClusters';

/** The client id of a cluster's user-assigned control-plane identity. */
const controlPlaneClientId = (ctx: SandboxContext, c: ManagedCluster): string =>
	ctx.state.userAssignedIdentities.get(key(c.controlPlaneIdentityId ?? ''))?.clientId ?? '';

/** A managed cluster as ManagedClusters_Get answers it, with the identity fields real MSI clusters carry. */
export function managedClusterJson(ctx: SandboxContext, c: ManagedCluster): Record<string, unknown> {
	const dnsPrefix = `${c.name}-dns`;
	const fqdn = ctx.cloud.aksHost(`${dnsPrefix}-sandbox`, c.location);
	const pool = {
		name: 'nodepool1',
		count: c.nodeNames.length,
		vmSize: 'Standard_DS2_v2',
		maxPods: 110,
		osType: 'Linux',
		provisioningState: 'Succeeded',
		orchestratorVersion: c.kubernetesVersion,
		currentOrchestratorVersion: c.kubernetesVersion,
		nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202510.01.0',
		availabilityZones: ['1', '2', '3'],
		upgradeSettings: {maxSurge: '10%'},
		eTag: 'sandbox-pool',
	};
	return withIdentityAndPools(c, {
		...c.kept?.top,
		id: c.id,
		name: c.name,
		type: aksType,
		location: c.location,
		eTag: 'sandbox',
		tags: c.tags ?? {},
		identity: c.controlPlaneIdentityId
			? {
					type: 'UserAssigned',
					userAssignedIdentities: {[c.controlPlaneIdentityId]: {principalId: c.identityPrincipalId, clientId: controlPlaneClientId(ctx, c)}},
				}
			: {type: 'SystemAssigned', principalId: c.identityPrincipalId, tenantId: ctx.state.tenantId},
		properties: {
			...c.kept?.properties,
			provisioningState: ctx.ops.provisioningState(c.id),
			kubernetesVersion: c.kubernetesVersion,
			currentKubernetesVersion: c.kubernetesVersion,
			dnsPrefix,
			fqdn,
			azurePortalFQDN: ctx.cloud.aksHost(`${dnsPrefix}-sandbox.portal`, c.location),
			agentPoolProfiles: [pool],
			linuxProfile: {adminUsername: 'azureuser', ssh: {publicKeys: [{keyData: 'ssh-rsa AAAAB3NzaC1yc2E sandbox'}]}},
			servicePrincipalProfile: {clientId: 'msi'},
			nodeResourceGroup: c.nodeResourceGroup,
			enableRBAC: true,
			...(c.entraId
				? {
						aadProfile: {managed: true, enableAzureRBAC: false, adminGroupObjectIDs: [], tenantID: ctx.state.tenantId},
						disableLocalAccounts: c.entraId.disableLocalAccounts,
					}
				: {}),
			maxAgentPools: 100,
			diskEncryptionSetID: '',
			upgradeSettings: {overrideSettings: {forceUpgrade: false, until: '0001-01-01T00:00:00Z'}},
			networkProfile: {
				networkPlugin: 'kubenet',
				podCidr: '10.244.0.0/16',
				podCidrs: ['10.244.0.0/16'],
				serviceCidr: c.serviceCidr,
				serviceCidrs: [c.serviceCidr],
				dnsServiceIP: c.dnsServiceIP,
				outboundType: 'loadBalancer',
				loadBalancerSku: 'standard',
				ipFamilies: ['IPv4'],
				loadBalancerProfile: {
					allocatedOutboundPorts: 0,
					idleTimeoutInMinutes: 30,
					effectiveOutboundIPs: [
						{id: `/subscriptions/${c.subscriptionId}/resourceGroups/${c.nodeResourceGroup}/providers/Microsoft.Network/publicIPAddresses/sandbox-outbound`},
					],
					outboundIPs: {publicIPs: []},
				},
			},
			identityProfile: {kubeletidentity: {resourceId: c.kubelet.resourceId, clientId: c.kubelet.clientId, objectId: c.kubelet.objectId}},
			...clusterControlProperties(ctx, c, fqdn),
		},
	});
}

/** A connected (Arc) cluster as ConnectedCluster_Get answers it, plus the connectivity fields real answers carry. */
export function connectedClusterJson(ctx: SandboxContext, c: ConnectedCluster): Record<string, unknown> {
	return {
		id: c.id,
		name: c.name,
		type: arcType,
		location: c.location,
		tags: {},
		systemData: {
			createdBy: ctx.state.user.userPrincipalName,
			createdByType: 'User',
			createdAt: c.created,
			lastModifiedBy: ctx.state.user.userPrincipalName,
			lastModifiedByType: 'User',
			lastModifiedAt: c.created,
		},
		identity: {principalId: c.identityPrincipalId, tenantId: ctx.state.tenantId, type: 'SystemAssigned'},
		properties: {
			agentPublicKeyCertificate: 'MIICCgKCAgEAsandbox',
			kubernetesVersion: c.kubernetesVersion,
			totalNodeCount: c.nodeNames.length,
			totalCoreCount: c.nodeNames.length * 4,
			agentVersion: '1.21.10',
			privateLinkState: 'Disabled',
			provisioningState: 'Succeeded',
			azureHybridBenefit: 'NotApplicable',
			distribution: 'k3s',
			distributionVersion: '1.0',
			infrastructure: 'generic',
			offering: 'K3s',
			connectivityStatus: 'Connected',
			lastConnectivityTime: ctx.clock.now().toISOString(),
			managedIdentityCertificateExpirationTime: new Date(ctx.clock.now().getTime() + 90 * 86_400_000).toISOString(),
			miscellaneousProperties: {createCorrelationId: c.identityPrincipalId, infrastructureVersion: '1.1'},
		},
	};
}

function inScope<T extends {id: string}>(items: Iterable<T>, prefix: string): T[] {
	return [...items].filter((x) => key(x.id).startsWith(key(prefix)));
}

/** Serves managed clusters (get, list, list by group, listClusterUserCredential) and connected clusters (get, list). */
export function addClusterRoutes(router: Router, ctx: SandboxContext): void {
	const findAks = (p: Readonly<Record<string, string>>): ManagedCluster => {
		const rg = requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
		const c = ctx.state.managedClusters.get(key(`/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}/providers/${aksType}/${p.cluster ?? ''}`));
		if (!c) {
			throw resourceNotFound(aksType, p.cluster ?? '', p.rg ?? '');
		}
		return c;
	};
	router
		.add('GET', '/subscriptions/:sub/providers/Microsoft.ContainerService/managedClusters', (_r, p) => {
			requireSubscription(ctx, p.sub ?? '');
			return {status: 200, body: {value: inScope(ctx.state.managedClusters.values(), `/subscriptions/${p.sub ?? ''}/`).map((c) => managedClusterJson(ctx, c))}};
		})
		.add('GET', aksBase, (_r, p) => {
			const rg = requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
			return {
				status: 200,
				body: {
					value: inScope(ctx.state.managedClusters.values(), `/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}/`).map((c) =>
						managedClusterJson(ctx, c),
					),
				},
			};
		})
		.add('GET', `${aksBase}/:cluster`, (_r, p) => {
			const cluster = findAks(p);
			// A re-GET counts as a poll of a running PUT (clients that poll the resource instead of the status URL).
			ctx.ops.touch(cluster.id);
			return {status: 200, body: managedClusterJson(ctx, cluster)};
		})
		.add('POST', `${aksBase}/:cluster/listClusterUserCredential`, (_r, p) => {
			const c = findAks(p);
			const endpoint = ctx.clusterEndpoints.get(key(c.id));
			if (!endpoint) {
				throw new ArmError(409, 'ClusterApiUnavailable', `The Kubernetes API of cluster '${c.name}' is not running in this sandbox.`);
			}
			const userName = `clusterUser_${c.resourceGroup}_${c.name}`;
			const caPem = clusterCaPem(ctx, c.name);
			renewCredential(ctx, c);
			const yaml = c.entraId
				? entraIdKubeconfig({clusterName: c.name, userName, server: endpoint.url, tenantId: ctx.state.tenantId, caPem, environment: ctx.cloud.environmentName})
				: buildKubeconfig([{contextName: c.name, clusterName: c.name, userName, server: endpoint.url, token: endpoint.token}], caPem, c.name);
			return {status: 200, body: {kubeconfigs: [{name: 'clusterUser', value: Buffer.from(yaml, 'utf8').toString('base64')}]}};
		})
		.add('GET', '/subscriptions/:sub/providers/Microsoft.Kubernetes/connectedClusters', (_r, p) => {
			requireSubscription(ctx, p.sub ?? '');
			return {
				status: 200,
				body: {value: inScope(ctx.state.connectedClusters.values(), `/subscriptions/${p.sub ?? ''}/`).map((c) => connectedClusterJson(ctx, c))},
			};
		})
		.add('GET', arcBase, (_r, p) => {
			const rg = requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
			return {
				status: 200,
				body: {
					value: inScope(ctx.state.connectedClusters.values(), `/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}/`).map((c) =>
						connectedClusterJson(ctx, c),
					),
				},
			};
		})
		.add('GET', `${arcBase}/:cluster`, (_r, p) => {
			const rg = requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
			const c = ctx.state.connectedClusters.get(key(`/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}/providers/${arcType}/${p.cluster ?? ''}`));
			if (!c) {
				throw resourceNotFound(arcType, p.cluster ?? '', p.rg ?? '');
			}
			return {status: 200, body: connectedClusterJson(ctx, c)};
		});
}
