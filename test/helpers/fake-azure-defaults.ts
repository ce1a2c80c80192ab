/** The default behaviour of every Azure method, over an in-memory world. */
import {AzureError, type Azure, type Password, type ServicePrincipal} from '../../source/azure/azure.js';
import {defaultWorld, fakeIds, fakeRegistry, resourceGroupId, type FakeAzureWorld} from './fake-azure-world.js';

const notFound = (what: string) => new AzureError(`The resource '${what}' was not found.`, 'ResourceNotFound', 404, what);

function newPassword(world: FakeAzureWorld): Password {
	world.passwordCount++;
	// Recognisable so that tests can assert it never appears in a frame or the store.
	return {value: `fake-secret-password-${world.passwordCount}`, expiresAt: '2027-11-22T00:00:00Z'};
}

function guid(n: number): string {
	return `33333333-0000-0000-0000-${String(n).padStart(12, '0')}`;
}

function account(
	world: FakeAzureWorld,
): Pick<
	Azure,
	| 'signedInIdentity'
	| 'listSubscriptions'
	| 'providerState'
	| 'registerProvider'
	| 'canWriteRoleAssignments'
	| 'listEligibleRoles'
	| 'listResourceGroups'
	| 'listLocations'
	| 'createResourceGroup'
	| 'listGroupResources'
	| 'deleteResourceGroup'
> {
	return {
		signedInIdentity: async () => world.identity,
		listSubscriptions: async () => [...world.subscriptions],
		providerState: async (_subscription, namespace) => world.providers.get(namespace) ?? 'Registered',
		registerProvider: async (_subscription, namespace) => {
			world.providers.set(namespace, 'Registered');
			return 'Registered';
		},
		canWriteRoleAssignments: async () => world.canWriteRoleAssignments,
		listEligibleRoles: async () => [],
		listResourceGroups: async () => [...world.resourceGroups],
		// No list: the location checks are skipped, as when Azure does not answer.
		listLocations: async () => [],
		createResourceGroup: async (subscriptionId, name, location) => {
			const group = {id: resourceGroupId(name, subscriptionId), name, location};
			world.resourceGroups = [...world.resourceGroups.filter((item) => item.name !== name), group];
			return group;
		},
		listGroupResources: async (subscriptionId, name) => {
			const prefix = `${resourceGroupId(name, subscriptionId)}/`.toLowerCase();
			return world.registries.filter((item) => item.id.toLowerCase().startsWith(prefix)).map((item) => item.id);
		},
		deleteResourceGroup: async (subscriptionId, name) => {
			const prefix = `${resourceGroupId(name, subscriptionId)}/`.toLowerCase();
			world.registries = world.registries.filter((item) => !item.id.toLowerCase().startsWith(prefix));
			world.resourceGroups = world.resourceGroups.filter((item) => item.name !== name);
		},
	};
}

function registries(
	world: FakeAzureWorld,
): Pick<
	Azure,
	'checkIdentityPull' | 'listRegistries' | 'getRegistry' | 'checkRegistryName' | 'createRegistry' | 'updateRegistry' | 'deleteRegistry' | 'importImage'
> {
	const get = (id: string) => {
		const found = world.registries.find((item) => item.id.toLowerCase() === id.toLowerCase());
		if (!found) throw notFound(id);
		return found;
	};
	return {
		checkIdentityPull: async () => undefined,
		listRegistries: async (subscriptionId) => world.registries.filter((item) => item.subscriptionId === subscriptionId),
		getRegistry: async (id) => get(id),
		checkRegistryName: async (_subscription, name) => {
			const taken = world.takenNames.has(name.toLowerCase()) || world.registries.some((item) => item.name.toLowerCase() === name.toLowerCase());
			return taken ? {available: false, reason: 'AlreadyExists', message: `The registry ${name} is already in use.`} : {available: true};
		},
		createRegistry: async (input) => {
			const registry = fakeRegistry({
				name: input.name,
				resourceGroup: input.resourceGroup,
				subscriptionId: input.subscriptionId,
				location: input.location,
				sku: input.sku,
			});
			world.registries = [...world.registries.filter((item) => item.id !== registry.id), registry];
			return registry;
		},
		updateRegistry: async (id, change) => {
			const updated = {...get(id), ...change};
			world.registries = world.registries.map((item) => (item.id === updated.id ? updated : item));
			return updated;
		},
		deleteRegistry: async (id) => {
			const {id: found} = get(id);
			world.registries = world.registries.filter((item) => item.id !== found);
			world.images.delete(found);
		},
		importImage: async (registryId, _source, targetTag) => {
			const tags = world.images.get(registryId) ?? new Set<string>();
			world.images.set(registryId, tags);
			const created = !tags.has(targetTag);
			tags.add(targetTag);
			return {created};
		},
	};
}

function tokens(
	world: FakeAzureWorld,
): Pick<
	Azure,
	| 'createScopeMap'
	| 'getScopeMap'
	| 'createToken'
	| 'updateTokenScopeMap'
	| 'enableToken'
	| 'getToken'
	| 'deleteToken'
	| 'deleteScopeMap'
	| 'generateTokenPassword'
> {
	return {
		createScopeMap: async (registryId, name, actions) => {
			const map = {id: `${registryId}/scopeMaps/${name}`, name, actions: [...actions]};
			world.scopeMaps.set(map.id, map);
			return map;
		},
		getScopeMap: async (registryId, name) => world.scopeMaps.get(`${registryId}/scopeMaps/${name}`),
		createToken: async (registryId, name, scopeMapId) => {
			const token = {id: `${registryId}/tokens/${name}`, name, scopeMapId, status: 'enabled'};
			world.tokens.set(token.id, token);
			return token;
		},
		updateTokenScopeMap: async (registryId, name, scopeMapId) => {
			const id = `${registryId}/tokens/${name}`;
			const token = {...(world.tokens.get(id) ?? {id, name, status: 'enabled'}), scopeMapId};
			world.tokens.set(id, token);
			return token;
		},
		enableToken: async (registryId, name) => {
			const id = `${registryId}/tokens/${name}`;
			const token = {...(world.tokens.get(id) ?? {id, name, scopeMapId: ''}), status: 'enabled'};
			world.tokens.set(id, token);
			return token;
		},
		getToken: async (registryId, name) => world.tokens.get(`${registryId}/tokens/${name}`),
		deleteToken: async (registryId, name) => void world.tokens.delete(`${registryId}/tokens/${name}`),
		deleteScopeMap: async (registryId, name) => void world.scopeMaps.delete(`${registryId}/scopeMaps/${name}`),
		generateTokenPassword: async (_registryId, tokenId) => ({username: tokenId.split('/').at(-1) ?? tokenId, password: newPassword(world)}),
	};
}

function connected(
	world: FakeAzureWorld,
): Pick<
	Azure,
	'createConnectedRegistry' | 'getConnectedRegistry' | 'listConnectedRegistries' | 'deleteConnectedRegistry' | 'addClientTokens' | 'deactivateConnectedRegistry'
> {
	const find = (registryId: string, name: string) => {
		const found = world.connectedRegistries.get(`${registryId}/connectedRegistries/${name}`);
		if (!found) throw notFound(`${registryId}/connectedRegistries/${name}`);
		return found;
	};
	return {
		createConnectedRegistry: async (registryId, input) => {
			const item = {
				id: `${registryId}/connectedRegistries/${input.name}`,
				name: input.name,
				mode: input.mode,
				connectionState: 'Offline',
				activationStatus: 'Inactive',
				syncTokenId: `${registryId}/tokens/${input.name}`,
				provisioningState: 'Succeeded',
				clientTokenIds: [] as readonly string[],
			};
			world.connectedRegistries.set(item.id, item);
			return item;
		},
		getConnectedRegistry: async (registryId, name) => world.connectedRegistries.get(`${registryId}/connectedRegistries/${name}`),
		listConnectedRegistries: async (registryId) => [...world.connectedRegistries.values()].filter((item) => item.id.startsWith(`${registryId}/`)),
		deleteConnectedRegistry: async (registryId, name) => void world.connectedRegistries.delete(`${registryId}/connectedRegistries/${name}`),
		addClientTokens: async (registryId, name, tokenIds) => {
			const current = find(registryId, name);
			const next = {...current, clientTokenIds: [...new Set([...(current.clientTokenIds ?? []), ...tokenIds])]};
			world.connectedRegistries.set(current.id, next);
			return next;
		},
		deactivateConnectedRegistry: async (registryId, name) => {
			const current = find(registryId, name);
			world.connectedRegistries.set(current.id, {...current, activationStatus: 'Inactive'});
		},
	};
}

function clusters(
	world: FakeAzureWorld,
): Pick<
	Azure,
	| 'listManagedClusters'
	| 'getManagedCluster'
	| 'getClusterUserKubeconfig'
	| 'getClusterUserSource'
	| 'getConnectedCluster'
	| 'listConnectedClusters'
	| 'createExtension'
	| 'getExtension'
	| 'listExtensions'
	| 'deleteExtension'
	| 'createManagedCluster'
	| 'deleteManagedCluster'
	| 'createUserAssignedIdentity'
	| 'deleteUserAssignedIdentity'
> {
	const get = (id: string) => {
		const found = world.clusters.find((item) => item.id.toLowerCase() === id.toLowerCase());
		if (!found) throw notFound(id);
		return found;
	};
	const kubeconfigOf = (id: string) => {
		const {name} = get(id);
		return `apiVersion: v1\nkind: Config\nclusters:\n- name: ${name}\n  cluster:\n    server: https://${name}.hcp.eastus.azmk8s.io:443\ncontexts:\n- name: ${name}\n  context:\n    cluster: ${name}\n    user: clusterUser_${name}\ncurrent-context: ${name}\nusers:\n- name: clusterUser_${name}\n  user:\n    token: fake-secret-kube-token\n`;
	};
	return {
		listManagedClusters: async (subscriptionId) => world.clusters.filter((item) => item.subscriptionId === subscriptionId),
		getManagedCluster: async (id) => get(id),
		getClusterUserKubeconfig: async (id) => kubeconfigOf(id),
		getClusterUserSource: async (id) => ({kind: 'inline', yaml: kubeconfigOf(id)}),
		getConnectedCluster: async (id) => {
			const found = world.connectedClusters.find((item) => item.id.toLowerCase() === id.toLowerCase());
			if (!found) throw notFound(id);
			return found;
		},
		listConnectedClusters: async () => [...world.connectedClusters],
		createExtension: async (clusterId, input) => {
			const extension = {
				id: `${clusterId}/providers/Microsoft.KubernetesConfiguration/extensions/${input.name}`,
				name: input.name,
				extensionType: input.extensionType,
				provisioningState: 'Succeeded',
				configurationSettings: {...input.configurationSettings},
			};
			world.extensions.set(extension.id, extension);
			return extension;
		},
		getExtension: async (clusterId, name) => world.extensions.get(`${clusterId}/providers/Microsoft.KubernetesConfiguration/extensions/${name}`),
		listExtensions: async (clusterId) =>
			[...world.extensions.entries()]
				.filter(([id]) => id.startsWith(`${clusterId}/providers/Microsoft.KubernetesConfiguration/extensions/`))
				.map(([, extension]) => extension),
		deleteExtension: async (clusterId, name) => void world.extensions.delete(`${clusterId}/providers/Microsoft.KubernetesConfiguration/extensions/${name}`),
		createManagedCluster: async (input) => {
			const id = `/subscriptions/${input.subscriptionId}/resourceGroups/${input.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${input.name}`;
			const kubelet = input.identities?.kubelet;
			const cluster = {
				id,
				name: input.name,
				subscriptionId: input.subscriptionId,
				resourceGroup: input.resourceGroup,
				location: input.location,
				kubeletIdentity: kubelet
					? {objectId: kubelet.principalId, clientId: kubelet.clientId, resourceId: kubelet.id}
					: {objectId: `kubelet-${input.name}`, clientId: `kubelet-client-${input.name}`, resourceId: `${id}-agentpool`},
			};
			world.clusters = [...world.clusters.filter((item) => item.id !== id), cluster];
			return cluster;
		},
		deleteManagedCluster: async (id) => {
			get(id);
			world.clusters = world.clusters.filter((item) => item.id.toLowerCase() !== id.toLowerCase());
		},
		createUserAssignedIdentity: async (input) => ({
			id: `/subscriptions/${input.subscriptionId}/resourceGroups/${input.resourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${input.name}`,
			name: input.name,
			clientId: `client-${input.name}`,
			principalId: `principal-${input.name}`,
		}),
		deleteUserAssignedIdentity: async () => undefined,
	};
}

function access(world: FakeAzureWorld): Pick<Azure, 'findRole' | 'listRoleAssignments' | 'assignRole' | 'deleteRoleAssignment'> {
	const roles: Record<string, string> = {
		acrpull: fakeIds.acrPullRoleId,
		acrpush: '8311e382-0749-4cb8-b61a-304f252e45ec',
		owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
		contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
	};
	const canonical: Record<string, string> = {acrpull: 'AcrPull', acrpush: 'AcrPush', owner: 'Owner', contributor: 'Contributor'};
	return {
		findRole: async (scope, roleName) => {
			const key = roleName.toLowerCase();
			const id = roles[key];
			return id ? {id: `${scope}/providers/Microsoft.Authorization/roleDefinitions/${id}`, name: id, roleName: canonical[key] ?? roleName} : undefined;
		},
		listRoleAssignments: async (scope, principalId) =>
			world.roleAssignments.filter((item) => scope.toLowerCase().startsWith(item.scope.toLowerCase()) && (!principalId || item.principalId === principalId)),
		assignRole: async (input) => {
			const existing = world.roleAssignments.find(
				(item) => item.scope === input.scope && item.roleDefinitionId === input.roleDefinitionId && item.principalId === input.principalId,
			);
			if (existing) return {assignment: existing, created: false};
			const assignment = {id: `${input.scope}/providers/Microsoft.Authorization/roleAssignments/${guid(world.roleAssignments.length + 1)}`, ...input};
			world.roleAssignments = [...world.roleAssignments, assignment];
			return {assignment, created: true};
		},
		deleteRoleAssignment: async (id) => {
			world.roleAssignments = world.roleAssignments.filter((item) => item.id !== id);
		},
	};
}

function directory(
	world: FakeAzureWorld,
): Pick<
	Azure,
	| 'findServicePrincipals'
	| 'getServicePrincipal'
	| 'servicePrincipalExists'
	| 'listGroupMembers'
	| 'findGroup'
	| 'addGroupMember'
	| 'removeGroupMember'
	| 'passwordExpiries'
	| 'createServicePrincipal'
	| 'resetPassword'
	| 'deleteServicePrincipal'
> {
	return {
		listGroupMembers: async () => [],
		findGroup: async () => undefined,
		addGroupMember: async () => ({added: true}),
		removeGroupMember: async () => undefined,
		passwordExpiries: async (appId) => (world.servicePrincipals.some((item) => item.appId === appId) ? [] : undefined),
		findServicePrincipals: async (displayName) => world.servicePrincipals.filter((item) => item.displayName === displayName),
		getServicePrincipal: async (appId) => world.servicePrincipals.find((item) => item.appId === appId),
		servicePrincipalExists: async (objectId) => world.servicePrincipals.some((item) => item.objectId === objectId),
		createServicePrincipal: async (displayName) => {
			const n = world.servicePrincipals.length + 1;
			const principal: ServicePrincipal = {appId: guid(100 + n), objectId: guid(200 + n), displayName, applicationObjectId: guid(300 + n)};
			world.servicePrincipals = [...world.servicePrincipals, principal];
			return {principal, password: newPassword(world)};
		},
		resetPassword: async () => newPassword(world),
		deleteServicePrincipal: async (principal) => {
			world.servicePrincipals = world.servicePrincipals.filter((item) => item.appId !== principal.appId);
		},
	};
}

/** The data plane over `world.images` (`repository:tag` per registry id), found by login server. */
function content(world: FakeAzureWorld): Pick<Azure, 'listRepositories' | 'listTags' | 'getTagManifest'> {
	const imagesOf = (loginServer: string): string[] => {
		const found = world.registries.find((item) => item.loginServer.toLowerCase() === loginServer.toLowerCase());
		return [...(found ? (world.images.get(found.id) ?? []) : [])];
	};
	const split = (image: string): [string, string] => [image.slice(0, image.lastIndexOf(':')), image.slice(image.lastIndexOf(':') + 1)];
	const tagsOf = (loginServer: string, repository: string): string[] =>
		imagesOf(loginServer)
			.map(split)
			.filter(([repo]) => repo === repository)
			.map(([, tag]) => tag);
	return {
		listRepositories: async (loginServer) => [...new Set(imagesOf(loginServer).map((image) => split(image)[0]))].sort(),
		listTags: async (loginServer, repository) => {
			const tags = tagsOf(loginServer, repository);
			return tags.length > 0 ? tags.sort() : undefined;
		},
		getTagManifest: async (loginServer, repository, tag) =>
			tagsOf(loginServer, repository).includes(tag)
				? {mediaType: 'application/vnd.docker.distribution.manifest.v2+json', digest: `sha256:${'0'.repeat(64)}`}
				: undefined,
	};
}

/** Every Azure method with its default in-memory behaviour over `world`. */
export function defaultAzure(world: FakeAzureWorld = defaultWorld()): Azure {
	return {
		...account(world),
		...registries(world),
		...content(world),
		...tokens(world),
		...connected(world),
		...clusters(world),
		...access(world),
		...directory(world),
	};
}
