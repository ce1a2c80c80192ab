/**
 * The in-memory Azure the default fake works on: one subscription, a signed-in Owner, one
 * registry, one AKS cluster with a kubelet identity. Tests read and change it through `fake.world`.
 */
import type {
	ClusterExtension,
	ConnectedCluster,
	ConnectedRegistry,
	ManagedCluster,
	Registry,
	RegistryToken,
	ResourceGroup,
	RoleAssignment,
	ScopeMap,
	ServicePrincipal,
} from '../../source/azure/azure.js';
import type {Identity, SubscriptionView} from '../../source/wizard/types.js';

/** The names and ids of the default world, for assertions. */
export const fakeIds = {
	tenantId: '72f988bf-0000-0000-0000-000000000000',
	subscriptionId: '00000000-0000-0000-0000-000000000001',
	subscriptionName: 'Contoso Dev',
	resourceGroup: 'myResourceGroup',
	location: 'eastus',
	userObjectId: '11111111-0000-0000-0000-000000000001',
	userName: 'alice@contoso.com',
	registryName: 'myregistry',
	clusterName: 'myAKSCluster',
	kubeletObjectId: '22222222-0000-0000-0000-000000000001',
	kubeletClientId: '22222222-0000-0000-0000-000000000002',
	acrPullRoleId: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
} as const;

const rgId = (subscriptionId: string, group: string) => `/subscriptions/${subscriptionId}/resourceGroups/${group}`;

/** The full ARM id of a registry in the default subscription. */
export function registryId(name: string, group: string = fakeIds.resourceGroup, subscriptionId: string = fakeIds.subscriptionId): string {
	return `${rgId(subscriptionId, group)}/providers/Microsoft.ContainerRegistry/registries/${name}`;
}

/** The full ARM id of an AKS cluster in the default subscription. */
export function clusterId(name: string = fakeIds.clusterName, group: string = fakeIds.resourceGroup): string {
	return `${rgId(fakeIds.subscriptionId, group)}/providers/Microsoft.ContainerService/managedClusters/${name}`;
}

/** A registry as the fake returns it; `loginServer` uses the AzureCloud suffix. */
export function fakeRegistry(change: Partial<Registry> = {}): Registry {
	const name = change.name ?? fakeIds.registryName;
	return {
		id: registryId(name, change.resourceGroup, change.subscriptionId),
		name,
		subscriptionId: fakeIds.subscriptionId,
		resourceGroup: fakeIds.resourceGroup,
		location: fakeIds.location,
		sku: 'Basic',
		loginServer: `${name}.azurecr.io`,
		adminUserEnabled: false,
		dataEndpointEnabled: false,
		...change,
	};
}

/** An AKS cluster with a kubelet identity, as the fake returns it. */
export function fakeCluster(change: Partial<ManagedCluster> = {}): ManagedCluster {
	const name = change.name ?? fakeIds.clusterName;
	return {
		id: clusterId(name, change.resourceGroup),
		name,
		subscriptionId: fakeIds.subscriptionId,
		resourceGroup: fakeIds.resourceGroup,
		location: fakeIds.location,
		kubernetesVersion: '1.32.4',
		kubeletIdentity: {
			objectId: fakeIds.kubeletObjectId,
			clientId: fakeIds.kubeletClientId,
			resourceId: `${rgId(fakeIds.subscriptionId, `MC_${fakeIds.resourceGroup}_${name}_${fakeIds.location}`)}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}-agentpool`,
		},
		serviceCidr: '10.0.0.0/16',
		...change,
	};
}

/** Everything the default fake keeps; plain mutable data so tests can arrange and inspect it. */
export type FakeAzureWorld = {
	identity: Identity;
	subscriptions: SubscriptionView[];
	/** Provider namespace → registration state; unknown namespaces read as `Registered`. */
	providers: Map<string, string>;
	canWriteRoleAssignments: boolean;
	resourceGroups: ResourceGroup[];
	registries: Registry[];
	/** Names `checkRegistryName` reports as taken (besides the registries above). */
	takenNames: Set<string>;
	/** Image tags per registry id, e.g. `hello-world:v1`. */
	images: Map<string, Set<string>>;
	scopeMaps: Map<string, ScopeMap>;
	tokens: Map<string, RegistryToken>;
	connectedRegistries: Map<string, ConnectedRegistry>;
	clusters: ManagedCluster[];
	connectedClusters: ConnectedCluster[];
	extensions: Map<string, ClusterExtension>;
	roleAssignments: RoleAssignment[];
	servicePrincipals: ServicePrincipal[];
	/** How many passwords were generated, to make each one distinct. */
	passwordCount: number;
};

/** A fresh default world. */
export function defaultWorld(): FakeAzureWorld {
	return {
		identity: {name: fakeIds.userName, objectId: fakeIds.userObjectId, tenantId: fakeIds.tenantId, type: 'user'},
		subscriptions: [{id: fakeIds.subscriptionId, name: fakeIds.subscriptionName, tenantId: fakeIds.tenantId}],
		providers: new Map(),
		canWriteRoleAssignments: true,
		resourceGroups: [{id: rgId(fakeIds.subscriptionId, fakeIds.resourceGroup), name: fakeIds.resourceGroup, location: fakeIds.location}],
		registries: [fakeRegistry()],
		takenNames: new Set(['contoso']),
		images: new Map(),
		scopeMaps: new Map(),
		tokens: new Map(),
		connectedRegistries: new Map(),
		clusters: [fakeCluster()],
		connectedClusters: [],
		extensions: new Map(),
		roleAssignments: [],
		servicePrincipals: [],
		passwordCount: 0,
	};
}

/** A resource-group id, for building scopes in tests. */
export function resourceGroupId(group: string = fakeIds.resourceGroup, subscriptionId: string = fakeIds.subscriptionId): string {
	return rgId(subscriptionId, group);
}
