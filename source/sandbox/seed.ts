import {createHash, randomUUID} from 'node:crypto';
import type {EmulatedClusterSpec} from './contracts.js';
import {roleIds} from './azure/roles.js';
import {putImage} from './azure/images.js';
import {systemScopeMaps, newSecret} from './azure/registries.js';
import {providerNamespaces} from './azure/resources.js';
import {newPullWorld} from './registry/world.js';
import {createControlState} from './control/types.js';
import {playedClouds, type PlayedCloud} from './sovereign.js';
import {key, type ImageStore, type ManagedCluster, type ConnectedCluster, type SandboxState, type Registry} from './state.js';

/** Which signed-in user the sandbox starts with: an Owner, or only a Contributor (cannot assign roles). */
export type SandboxSeed = 'owner' | 'contributor';

/** The fixed ids of the seeded world, so docs and tests can name them. */
export const seedIds = {
	tenantId: '7d2e4c1a-5b3f-4e8a-9c6d-1f0a2b3c4d5e',
	subscriptionId: '3c9a1e7b-2d4f-4a6c-8e0b-5f1d2c3b4a59',
	sharedSubscriptionId: '8f4b2a6c-1e3d-4c5b-9a7f-0d2e4f6a8b1c',
	userObjectId: '4b6d8f0a-2c4e-4a6b-8d0f-1a3c5e7a9b2d',
	resourceGroup: 'rg-acr-sandbox',
	sharedResourceGroup: 'rg-shared-registry',
	sharedRegistry: 'contososharedacr',
	aksCluster: 'aks-sandbox',
	arcCluster: 'arc-edge-cluster',
	localCluster: 'kind-local',
	location: 'eastus',
	/** An application's service principal that exists before the wizard runs, with no role yet (its old password is lost). */
	existingServicePrincipal: 'ci-image-puller',
} as const;

const digestOf = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

function publicStore(host: string, images: readonly string[]): ImageStore {
	const store: ImageStore = new Map();
	for (const [index, ref] of images.entries()) {
		const [repository = '', tag = 'latest'] = ref.split(':');
		putImage(store, repository, tag, {digest: digestOf(`${host}/${ref}`), sizeBytes: 2_000_000 + index * 7_654_321});
	}
	return store;
}

function guid(seed: string): string {
	const hex = createHash('sha256').update(seed).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The service principal someone made earlier: the pull-secret path's "existing service principal" finds it. */
function seedExistingPrincipal(state: SandboxState, now: string): void {
	const displayName = seedIds.existingServicePrincipal;
	const appId = guid(`app-${displayName}`);
	const password = {
		keyId: guid(`key-${displayName}`),
		displayName: 'rbac',
		hint: 'Xy1',
		secretText: randomUUID(),
		startDateTime: now,
		endDateTime: '2027-01-05T09:30:00Z',
	};
	state.applications.set(guid(`application-${displayName}`), {
		id: guid(`application-${displayName}`),
		appId,
		displayName,
		createdDateTime: now,
		passwordCredentials: [password],
	});
	const id = guid(`sp-${displayName}`);
	state.servicePrincipals.set(id, {id, appId, displayName, servicePrincipalType: 'Application', passwordCredentials: []});
}

/** Builds the seeded world: two subscriptions, a resource group, AKS + Arc clusters, a shared registry, public images, the user. */
export function seedState(
	seed: SandboxSeed,
	unregisteredProviders: readonly string[] = [],
	cloud: PlayedCloud = playedClouds.AzureCloud,
): {state: SandboxState; clusters: EmulatedClusterSpec[]} {
	const {location} = cloud;
	const s = seedIds;
	const now = '2026-01-05T09:30:00.0000000Z';
	const user = {id: s.userObjectId, userPrincipalName: 'alex@sandbox.onmicrosoft.com', displayName: 'Alex Sandbox'};
	const state: SandboxState = {
		cloud,
		tenantId: s.tenantId,
		tenantDomain: 'sandbox.onmicrosoft.com',
		user,
		subscriptions: new Map(),
		resourceGroups: new Map(),
		providers: new Map(),
		registries: new Map(),
		managedClusters: new Map(),
		connectedClusters: new Map(),
		extensions: new Map(),
		roleAssignments: new Map(),
		applications: new Map(),
		servicePrincipals: new Map(),
		userAssignedIdentities: new Map(),
		users: new Map([[user.id, user]]),
		groups: new Map(),
		pullWorld: newPullWorld(),
		publicRegistries: new Map([
			[
				'docker.io',
				publicStore('docker.io', [
					'library/nginx:latest',
					'library/nginx:1.27',
					'nginxinc/nginx-unprivileged:latest',
					'library/hello-world:latest',
					'library/busybox:latest',
				]),
			],
			[
				'quay.io',
				publicStore('quay.io', [
					'jetstack/cert-manager-controller:v1.14.5',
					'jetstack/cert-manager-cainjector:v1.14.5',
					'jetstack/cert-manager-webhook:v1.14.5',
				]),
			],
			[
				'mcr.microsoft.com',
				publicStore('mcr.microsoft.com', [
					'mcr/hello-world:latest',
					'hello-world:latest',
					'oss/nginx/nginx:1.15.5-alpine',
					'azuredocs/aks-helloworld:v1',
					'aks/canipull:v0.1.0',
					'acr/connected-registry:0.9.0',
					'acr/connected-registry:0.10.0',
					'acr/connected-registry:0.11.0',
				]),
			],
		]),
		control: createControlState(),
	};
	for (const [id, name] of [
		[s.subscriptionId, 'Sandbox Subscription'],
		[s.sharedSubscriptionId, 'Sandbox Shared Services'],
	] as const) {
		state.subscriptions.set(id, {subscriptionId: id, displayName: name, tenantId: s.tenantId});
		for (const ns of providerNamespaces) {
			state.providers.set(key(`${id}/${ns}`), {state: unregisteredProviders.includes(ns) ? 'NotRegistered' : 'Registered', registeringPolls: 0});
		}
		const role = seed === 'owner' ? roleIds.owner : roleIds.contributor;
		const name2 = guid(`user-${id}`);
		state.roleAssignments.set(key(`/subscriptions/${id}/providers/Microsoft.Authorization/roleAssignments/${name2}`), {
			id: `/subscriptions/${id}/providers/Microsoft.Authorization/roleAssignments/${name2}`,
			name: name2,
			scope: `/subscriptions/${id}`,
			roleDefinitionId: `/subscriptions/${id}/providers/Microsoft.Authorization/roleDefinitions/${role}`,
			principalId: user.id,
			principalType: 'User',
			description: null,
			createdOn: now,
			createdBy: user.id,
		});
	}
	for (const [sub, name] of [
		[s.subscriptionId, s.resourceGroup],
		[s.sharedSubscriptionId, s.sharedResourceGroup],
	] as const) {
		state.resourceGroups.set(key(`/subscriptions/${sub}/resourceGroups/${name}`), {subscriptionId: sub, name, location, tags: {}});
	}
	const shared: Registry = {
		id: `/subscriptions/${s.sharedSubscriptionId}/resourceGroups/${s.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${s.sharedRegistry}`,
		subscriptionId: s.sharedSubscriptionId,
		resourceGroup: s.sharedResourceGroup,
		name: s.sharedRegistry,
		location,
		tags: {},
		sku: 'Standard',
		adminUserEnabled: false,
		dataEndpointEnabled: false,
		anonymousPullEnabled: false,
		creationDate: now,
		adminPasswords: [newSecret(), newSecret()],
		images: publicStore(`${s.sharedRegistry}`, ['nginx:v1', 'hello-world:v1']),
		scopeMaps: systemScopeMaps(now),
		tokens: new Map(),
		connectedRegistries: new Map(),
	};
	state.registries.set(key(shared.id), shared);

	const rgId = `/subscriptions/${s.subscriptionId}/resourceGroups/${s.resourceGroup}`;
	const nodeRg = `MC_${s.resourceGroup}_${s.aksCluster}_${location}`;
	const aks: ManagedCluster = {
		id: `${rgId}/providers/Microsoft.ContainerService/managedClusters/${s.aksCluster}`,
		subscriptionId: s.subscriptionId,
		resourceGroup: s.resourceGroup,
		name: s.aksCluster,
		location,
		kubernetesVersion: '1.33.3',
		serviceCidr: '10.0.0.0/16',
		dnsServiceIP: '10.0.0.10',
		nodeResourceGroup: nodeRg,
		identityPrincipalId: guid('aks-identity'),
		kubelet: {
			resourceId: `/subscriptions/${s.subscriptionId}/resourceGroups/${nodeRg}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${s.aksCluster}-agentpool`,
			clientId: guid('aks-kubelet-client'),
			objectId: guid('aks-kubelet-object'),
		},
		nodeNames: ['aks-nodepool1-12345678-vmss000000', 'aks-nodepool1-12345678-vmss000001'],
	};
	state.managedClusters.set(key(aks.id), aks);
	const arc: ConnectedCluster = {
		id: `${rgId}/providers/Microsoft.Kubernetes/connectedClusters/${s.arcCluster}`,
		subscriptionId: s.subscriptionId,
		resourceGroup: s.resourceGroup,
		name: s.arcCluster,
		location,
		kubernetesVersion: '1.32.5',
		serviceCidr: '192.100.0.0/16',
		identityPrincipalId: guid('arc-identity'),
		nodeNames: ['edge-node-0'],
		created: now,
	};
	state.connectedClusters.set(key(arc.id), arc);
	for (const [id, displayName] of [
		[aks.kubelet.objectId, `${s.aksCluster}-agentpool`],
		[aks.identityPrincipalId, s.aksCluster],
		[arc.identityPrincipalId, s.arcCluster],
	] as const) {
		// A managed identity's service principal has the identity's client id as its appId (the kubelet's is known).
		const appId = id === aks.kubelet.objectId ? aks.kubelet.clientId : guid(`app-${id}`);
		state.servicePrincipals.set(id, {id, appId, displayName, servicePrincipalType: 'ManagedIdentity', passwordCredentials: []});
	}
	seedExistingPrincipal(state, now);
	const clusters: EmulatedClusterSpec[] = [
		{
			id: aks.id,
			name: aks.name,
			kind: 'aks',
			serviceCidr: aks.serviceCidr,
			kubeletObjectId: aks.kubelet.objectId,
			kubeletClientId: aks.kubelet.clientId,
			location: aks.location,
			nodeNames: aks.nodeNames,
			kubernetesVersion: aks.kubernetesVersion,
		},
		{id: arc.id, name: arc.name, kind: 'arc', serviceCidr: arc.serviceCidr, nodeNames: arc.nodeNames, kubernetesVersion: arc.kubernetesVersion},
		{id: s.localCluster, name: s.localCluster, kind: 'local', serviceCidr: '10.96.0.0/12', nodeNames: ['kind-control-plane'], kubernetesVersion: '1.33.1'},
	];
	return {state, clusters};
}
