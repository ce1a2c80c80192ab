/** AKS managed clusters (SDK), Arc connected clusters (REST: no SDK in our set) and cluster extensions. */
import type {ManagedCluster as SdkManagedCluster} from '@azure/arm-containerservice';
import type {Extension as SdkExtension} from '@azure/arm-kubernetesconfiguration';
import {AzureError, type AzureClusters, type ClusterExtension, type ConnectedCluster, type ManagedCluster} from './azure.js';
import {collect, untilDone, type SdkContext} from './azure-sdk-clients.js';
import {mapped, orUndefined, toAzureError} from './azure-sdk-errors.js';
import {parseResourceId, resourceGroupOf, subscriptionOf} from './azure-sdk-ids.js';
import {withEntraSource} from './azure-sdk-kubelogin.js';
import type {InlineKubeconfig} from '../kubernetes/kubernetes.js';

/** Microsoft.Kubernetes/connectedClusters api-version. */
const connectedClustersApiVersion = '2024-01-01';

/** The SDK's managed cluster as the port's plain data, with its kubelet identity. */
export function managedClusterOf(c: SdkManagedCluster): ManagedCluster {
	const id = c.id ?? '';
	const kubelet = c.identityProfile?.kubeletidentity;
	const spClientId = c.servicePrincipalProfile?.clientId;
	return {
		id,
		name: c.name ?? '',
		subscriptionId: subscriptionOf(id),
		resourceGroup: resourceGroupOf(id),
		location: c.location,
		...(c.kubernetesVersion ? {kubernetesVersion: c.kubernetesVersion} : {}),
		...(kubelet?.objectId ? {kubeletIdentity: {objectId: kubelet.objectId, clientId: kubelet.clientId ?? '', resourceId: kubelet.resourceId ?? ''}} : {}),
		// AKS reports `msi` here for managed-identity clusters; only a real client id names a service principal.
		...(spClientId && spClientId.toLowerCase() !== 'msi' ? {servicePrincipalClientId: spClientId} : {}),
		...(c.networkProfile?.serviceCidr ? {serviceCidr: c.networkProfile.serviceCidr} : {}),
		...(c.aadProfile?.managed ? {entraId: {localAccountsDisabled: c.disableLocalAccounts === true}} : {}),
	};
}

/** A connected cluster's ARM JSON as the port's plain data. */
export function connectedClusterOf(json: unknown): ConnectedCluster {
	const record = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
	const properties = (typeof record.properties === 'object' && record.properties !== null ? record.properties : {}) as Record<string, unknown>;
	const id = typeof record.id === 'string' ? record.id : '';
	return {
		id,
		name: typeof record.name === 'string' ? record.name : '',
		resourceGroup: resourceGroupOf(id),
		location: typeof record.location === 'string' ? record.location : '',
		...(typeof properties.connectivityStatus === 'string' ? {connectivityStatus: properties.connectivityStatus} : {}),
		...(typeof properties.distribution === 'string' ? {distribution: properties.distribution} : {}),
	};
}

/** Decodes a kubeconfig the credentials API returns (bytes, or base64 text) to YAML. */
export function kubeconfigText(value: Uint8Array | string | undefined): string {
	if (value === undefined) throw new AzureError('The cluster returned no kubeconfig.', 'KubeconfigMissing');
	return typeof value === 'string' ? Buffer.from(value, 'base64').toString('utf8') : Buffer.from(value).toString('utf8');
}

const extensionOf = (e: SdkExtension): ClusterExtension => ({
	id: e.id ?? '',
	name: e.name ?? '',
	extensionType: e.extensionType ?? '',
	provisioningState: e.provisioningState ?? '',
	configurationSettings: e.configurationSettings ?? {},
	...(e.version ? {version: e.version} : {}),
	...(e.errorInfo ? {errorInfo: {...(e.errorInfo.code ? {code: e.errorInfo.code} : {}), ...(e.errorInfo.message ? {message: e.errorInfo.message} : {})}} : {}),
	statuses: (e.statuses ?? []).map((status) => ({
		...(status.code ? {code: status.code} : {}),
		...(status.displayStatus ? {displayStatus: status.displayStatus} : {}),
		...(status.level ? {level: status.level} : {}),
		...(status.message ? {message: status.message} : {}),
	})),
});

/** The AKS client of a subscription, made once per subscription (the lifecycle part uses the same one). */
export async function aksClient(ctx: SdkContext, subscriptionId: string) {
	return ctx.cached(
		'aks',
		subscriptionId,
		async () => new (await import('@azure/arm-containerservice')).ContainerServiceClient(ctx.credentialFor(subscriptionId), subscriptionId, ctx.modularOptions),
	);
}

/** The clusters part of the port. */
export function createClusters(
	ctx: SdkContext,
): Omit<AzureClusters, 'createManagedCluster' | 'deleteManagedCluster' | 'createUserAssignedIdentity' | 'deleteUserAssignedIdentity'> {
	const lro = {updateIntervalInMs: ctx.updateIntervalInMs};
	const aks = async (subscriptionId: string) => aksClient(ctx, subscriptionId);
	const extensions = async (clusterId: string) => {
		const {subscriptionId, resourceGroup, provider, type, name} = parseResourceId(clusterId);
		const client = await ctx.cached('k8s-config', subscriptionId, async () => {
			const sdk = await import('@azure/arm-kubernetesconfiguration');
			return new sdk.SourceControlConfigurationClient(ctx.credentialFor(subscriptionId), subscriptionId, ctx.classicOptions);
		});
		return {client, args: [resourceGroup, provider, type, name] as const};
	};
	const connectedPath = (id: string) => `${id}?api-version=${connectedClustersApiVersion}`;
	const userSource = async (id: string): Promise<InlineKubeconfig> => {
		const {subscriptionId, resourceGroup, name} = parseResourceId(id);
		const result = await mapped(async () => (await aks(subscriptionId)).managedClusters.listClusterUserCredentials(resourceGroup, name));
		// Entra-ID clusters answer a kubelogin exec: the token for their server application comes from our own sign-in,
		// in the tenant of the cluster's subscription (a guest's cluster takes that tenant's tokens only), and is renewed
		// from it before it expires (a long watch outlives the first token).
		const {yaml, bearer} = await withEntraSource(kubeconfigText(result.kubeconfigs?.[0]?.value), ctx.credentialFor(subscriptionId));
		return {kind: 'inline', yaml, ...(bearer ? {bearer} : {})};
	};
	return {
		listManagedClusters: async (subscriptionId) =>
			mapped(async () => (await collect((await aks(subscriptionId)).managedClusters.list())).map(managedClusterOf)),
		async getManagedCluster(id) {
			const {subscriptionId, resourceGroup, name} = parseResourceId(id);
			return mapped(async () => managedClusterOf(await (await aks(subscriptionId)).managedClusters.get(resourceGroup, name)));
		},
		async getClusterUserKubeconfig(id) {
			return (await userSource(id)).yaml;
		},
		getClusterUserSource: userSource,
		async getConnectedCluster(id) {
			parseResourceId(id);
			return connectedClusterOf((await ctx.armFor(id).send('GET', connectedPath(id))).body);
		},
		async listConnectedClusters(subscriptionId) {
			const items = await ctx
				.armFor(`/subscriptions/${subscriptionId}`)
				.listAll(connectedPath(`/subscriptions/${subscriptionId}/providers/Microsoft.Kubernetes/connectedClusters`));
			return items.map(connectedClusterOf);
		},
		async createExtension(clusterId, input, progress) {
			const {client, args} = await extensions(clusterId);
			const body: SdkExtension = {
				extensionType: input.extensionType,
				autoUpgradeMinorVersion: true,
				configurationSettings: input.configurationSettings,
				configurationProtectedSettings: input.protectedSettings,
			};
			try {
				return extensionOf(await untilDone(await client.extensions.beginCreate(...args, input.name, body, lro), progress));
			} catch (error: unknown) {
				// A Failed install: the extension as Arc then shows it, errorInfo and statuses included, is the answer to explain.
				const shown = await orUndefined(async () => client.extensions.get(...args, input.name)).catch(() => undefined);
				if (shown?.provisioningState === 'Failed') return extensionOf(shown);
				throw toAzureError(error);
			}
		},
		async getExtension(clusterId, name) {
			const {client, args} = await extensions(clusterId);
			const found = await orUndefined(async () => client.extensions.get(...args, name));
			return found && extensionOf(found);
		},
		async listExtensions(clusterId) {
			const {client, args} = await extensions(clusterId);
			return mapped(async () => {
				const found: ClusterExtension[] = [];
				for await (const extension of client.extensions.list(...args)) found.push(extensionOf(extension));
				return found;
			});
		},
		async deleteExtension(clusterId, name, progress) {
			const {client, args} = await extensions(clusterId);
			await mapped(async () => untilDone(await client.extensions.beginDelete(...args, name, lro), progress));
		},
	};
}
