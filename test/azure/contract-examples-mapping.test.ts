/**
 * The real Azure adapter fed Azure's own answers: each ARM example in test/fixtures/contracts/arm/ is served
 * as it stands (by a bare HTTPS server, not the sandbox) to the adapter call that reads it, and the test
 * asserts what the adapter maps out of it. So the adapter and the sandbox cannot agree on a field Azure
 * never sends: a field the adapter needs must be in Azure's example.
 * Every example file is either served here or listed in `unread` with the reason no adapter call reads it.
 */
import {readdirSync} from 'node:fs';
import {createServer, type Server} from 'node:https';
import type {AddressInfo} from 'node:net';
import {sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {AccessToken, TokenCredential} from '@azure/core-auth';
import type {Azure} from '../../source/azure/azure.js';
import {createAzure} from '../../source/azure/azure-sdk.js';
import {sandboxCloudProfile} from '../../source/environment.js';
import {sandboxCloudAt} from '../../source/sandbox/join.js';
import {createSandboxTls} from '../../source/sandbox/tls.js';
import {example} from '../sandbox/shape.js';

type Answer = {readonly status: number; readonly body?: unknown};
type Served = {method: string; path: string};
type Route = {readonly method: string; readonly path: string | RegExp; readonly file: string; readonly status?: string};

/** A token the SDK pipeline accepts (three base64url parts with a tenant and an object id). */
const token = (): string => {
	const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
	const now = Math.floor(Date.now() / 1000);
	return `${part({alg: 'none', typ: 'JWT'})}.${part({tid: 't', oid: 'o', aud: 'x', iat: now, nbf: now, exp: now + 3600})}.sig`;
};
const credential: TokenCredential = {getToken: async (): Promise<AccessToken> => ({token: token(), expiresOnTimestamp: Date.now() + 3_600_000})};

/** An example's path parameters. */
const params = (file: string): Record<string, string> => example(file).parameters as Record<string, string>;
/** The registry id an example's parameters name. */
const registryIdOf = (p: Record<string, string>): string =>
	`/subscriptions/${p['subscriptionId'] ?? ''}/resourceGroups/${p['resourceGroupName'] ?? ''}/providers/Microsoft.ContainerRegistry/registries/${p['registryName'] ?? ''}`;
type RegistryBody = {
	id: string;
	name: string;
	location: string;
	sku: {name: string};
	properties: {loginServer: string; adminUserEnabled: boolean; dataEndpointEnabled?: boolean};
};
/** What the adapter should map out of a registry body. */
/** The network and authorisation settings doctor reads, as the example states them (absent when it does not). */
function networkAndAuthorisation(got: {readonly properties: Readonly<Record<string, unknown>>}) {
	const p = got.properties as {
		publicNetworkAccess?: string;
		networkRuleSet?: {defaultAction: string; ipRules?: Array<{value: string}>};
		roleAssignmentMode?: string;
		anonymousPullEnabled?: boolean;
	};
	return {
		...(p.publicNetworkAccess ? {publicNetworkAccess: p.publicNetworkAccess} : {}),
		...(p.networkRuleSet
			? {networkRuleSet: {defaultAction: p.networkRuleSet.defaultAction, ipRules: (p.networkRuleSet.ipRules ?? []).map((rule) => rule.value)}}
			: {}),
		...(p.roleAssignmentMode ? {roleAssignmentMode: p.roleAssignmentMode} : {}),
		...(p.anonymousPullEnabled === undefined ? {} : {anonymousPullEnabled: p.anonymousPullEnabled}),
	};
}

const registryFrom = (got: RegistryBody) => ({
	id: got.id,
	name: got.name,
	subscriptionId: got.id.split('/')[2],
	resourceGroup: got.id.split('/')[4],
	location: got.location,
	sku: got.sku.name,
	loginServer: got.properties.loginServer,
	adminUserEnabled: got.properties.adminUserEnabled,
	dataEndpointEnabled: got.properties.dataEndpointEnabled ?? false,
	...networkAndAuthorisation(got),
});

/** The 200 body of an example file. */
const body = (file: string, status = '200'): Record<string, unknown> => (example(file).responses[status]?.body ?? {}) as Record<string, unknown>;

describe('the Azure adapter maps Azure’s example answers', () => {
	let server: Server;
	let azure: Azure;
	let answer: (served: Served) => Answer = () => ({status: 404});
	const seen: Served[] = [];
	beforeAll(async () => {
		const tls = await createSandboxTls(new Date());
		server = createServer({key: tls.key, cert: tls.cert}, (req, res) => {
			// The classic SDKs put a scope that starts with `/` after a `/` (`//subscriptions/…`), which ARM accepts.
			const url = new URL(`https://127.0.0.1${(req.url ?? '/').replace(/^\/+/, '/')}`);
			const served = {method: req.method ?? 'GET', path: decodeURIComponent(url.pathname)};
			seen.push(served);
			req.resume();
			req.on('end', () => {
				const reply = answer(served);
				const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
				res.writeHead(reply.status, {'content-type': 'application/json', 'x-ms-request-id': 'example'}).end(payload);
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
		azure = createAzure({
			cloud: sandboxCloudProfile({cloud: sandboxCloudAt(base), caPem: tls.caPem}),
			credential,
			timing: {pollIntervalMs: 5, retryDelayMs: 5},
		});
	});
	afterAll(async () => {
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	});
	/** Serves each route's example answer to requests of its method on its path (exact or a pattern), anything else 404. */
	const serveRoutes = (routes: readonly Route[]) => {
		seen.length = 0;
		answer = (served) => {
			const route = routes.find(
				(r) => r.method === served.method && (typeof r.path === 'string' ? served.path.toLowerCase() === r.path.toLowerCase() : r.path.test(served.path)),
			);
			return route
				? {status: Number(route.status ?? '200'), body: body(route.file, route.status ?? '200')}
				: {status: 404, body: {error: {code: 'NotServed', message: `${served.method} ${served.path}`}}};
		};
	};
	/** Serves `file`'s answer to requests of `method` on `path`, anything else 404. */
	const serve = (method: string, path: string, file: string, status = '200') => serveRoutes([{method, path, file, status}]);

	it('Registries_Get: id, name, group, location, SKU, login server and the flags', async () => {
		const file = 'Microsoft.ContainerRegistry/2025-11-01/RegistryGet.json';
		const got = body(file) as {id: string; name: string; location: string; sku: {name: string}; properties: {loginServer: string; adminUserEnabled: boolean}};
		serve('GET', got.id, file);
		expect(await azure.getRegistry(got.id)).toEqual({
			id: got.id,
			name: got.name,
			subscriptionId: got.id.split('/')[2],
			resourceGroup: got.id.split('/')[4],
			location: got.location,
			sku: got.sku.name,
			loginServer: got.properties.loginServer,
			adminUserEnabled: got.properties.adminUserEnabled,
			dataEndpointEnabled: false,
			...networkAndAuthorisation(got),
		});
	});

	it('Registries_List: every registry of the page', async () => {
		const file = 'Microsoft.ContainerRegistry/2025-11-01/RegistryList.json';
		const listed = body(file) as {value: {id: string; name: string; properties: {loginServer: string}}[]};
		const sub = listed.value[0]?.id.split('/')[2] ?? '';
		serve('GET', `/subscriptions/${sub}/providers/Microsoft.ContainerRegistry/registries`, file);
		const registries = await azure.listRegistries(sub);
		expect(registries.map((r) => [r.name, r.loginServer])).toEqual(listed.value.map((r) => [r.name, r.properties.loginServer]));
	});

	it('Registries_CheckNameAvailability: a taken name with its reason and message', async () => {
		const file = 'Microsoft.ContainerRegistry/2025-11-01/RegistryCheckNameNotAvailable.json';
		const sub = (example(file).parameters as Record<string, string>)['subscriptionId'] ?? '';
		serve('POST', `/subscriptions/${sub}/providers/Microsoft.ContainerRegistry/checkNameAvailability`, file);
		const wanted = body(file) as {reason: string; message: string};
		expect(await azure.checkRegistryName(sub, 'myRegistry')).toEqual({available: false, reason: wanted.reason, message: wanted.message});
	});

	it('ManagedClusters_Get: name, location, version and service CIDR', async () => {
		const file = 'Microsoft.ContainerService/2026-06-01/ManagedClustersGet.json';
		const got = body(file) as {id: string; name: string; location: string; properties: {kubernetesVersion: string; networkProfile?: {serviceCidr?: string}}};
		serve('GET', got.id, file);
		const cluster = await azure.getManagedCluster(got.id);
		expect(cluster).toMatchObject({id: got.id, name: got.name, location: got.location, kubernetesVersion: got.properties.kubernetesVersion});
		expect(cluster.serviceCidr).toBe(got.properties.networkProfile?.serviceCidr);
	});

	it('ManagedClusters_ListClusterUserCredentials: the kubeconfig decoded from base64', async () => {
		const file = 'Microsoft.ContainerService/2026-06-01/ManagedClustersListClusterUserCredentials.json';
		const parameters = example(file).parameters as Record<string, string>;
		const id = `/subscriptions/${parameters['subscriptionId'] ?? ''}/resourceGroups/${parameters['resourceGroupName'] ?? ''}/providers/Microsoft.ContainerService/managedClusters/${parameters['resourceName'] ?? ''}`;
		serve('POST', `${id}/listClusterUserCredential`, file);
		const value = (body(file) as {kubeconfigs: {value: string}[]}).kubeconfigs[0]?.value ?? '';
		expect(await azure.getClusterUserKubeconfig(id)).toBe(Buffer.from(value, 'base64').toString('utf8'));
	});

	it('ConnectedRegistries_Get: mode, sync token, connection state, activation', async () => {
		const file = 'Microsoft.ContainerRegistry/2025-11-01/ConnectedRegistryGet.json';
		const got = body(file) as {
			id: string;
			name: string;
			properties: {mode: string; connectionState?: string; activation?: {status?: string}; parent: {syncProperties: {tokenId: string}}};
		};
		serve('GET', got.id, file);
		const registryId = got.id.replace(/\/connectedRegistries\/[^/]+$/i, '');
		const connected = await azure.getConnectedRegistry(registryId, got.name);
		expect(connected).toMatchObject({id: got.id, name: got.name, mode: got.properties.mode, syncTokenId: got.properties.parent.syncProperties.tokenId});
		expect(connected?.connectionState).toBe(got.properties.connectionState);
		expect(connected?.activationStatus).toBe(got.properties.activation?.status);
	});

	it('ConnectedCluster_Get (Arc): name, group, location, connectivity and distribution', async () => {
		const file = 'Microsoft.Kubernetes/2024-01-01/GetClusterExample.json';
		const got = body(file) as {id: string; name: string; location: string; properties: {connectivityStatus?: string; distribution?: string}};
		serve('GET', got.id, file);
		expect(await azure.getConnectedCluster(got.id)).toEqual({
			id: got.id,
			name: got.name,
			resourceGroup: got.id.split('/')[4],
			location: got.location,
			...(got.properties.connectivityStatus ? {connectivityStatus: got.properties.connectivityStatus} : {}),
			...(got.properties.distribution ? {distribution: got.properties.distribution} : {}),
		});
	});

	it('Tokens_Get and ScopeMaps_Get: the token’s scope map and status, the scope map’s actions', async () => {
		const tokenFile = 'Microsoft.ContainerRegistry/2025-11-01/TokenGet.json';
		const tokenBody = body(tokenFile) as {id: string; name: string; properties: {scopeMapId: string; status: string}};
		const registryId = tokenBody.id.replace(/\/tokens\/[^/]+$/i, '');
		serve('GET', tokenBody.id, tokenFile);
		expect(await azure.getToken(registryId, tokenBody.name)).toEqual({
			id: tokenBody.id,
			name: tokenBody.name,
			scopeMapId: tokenBody.properties.scopeMapId,
			status: tokenBody.properties.status,
		});
		const mapFile = 'Microsoft.ContainerRegistry/2025-11-01/ScopeMapGet.json';
		const mapBody = body(mapFile) as {id: string; name: string; properties: {actions: string[]}};
		serve('GET', mapBody.id, mapFile);
		expect(await azure.getScopeMap(mapBody.id.replace(/\/scopeMaps\/[^/]+$/i, ''), mapBody.name)).toEqual({
			id: mapBody.id,
			name: mapBody.name,
			actions: mapBody.properties.actions,
		});
	});

	it('Extensions_Get: type, provisioning state and settings', async () => {
		const file = 'Microsoft.KubernetesConfiguration/2023-05-01/GetExtension.json';
		const got = body(file) as {
			id: string;
			name: string;
			properties: {extensionType: string; provisioningState: string; configurationSettings: Record<string, string>; version: string; statuses: unknown[]};
		};
		serve('GET', got.id, file);
		const clusterId = got.id.replace(/\/providers\/Microsoft\.KubernetesConfiguration\/extensions\/[^/]+$/i, '');
		expect(await azure.getExtension(clusterId, got.name)).toEqual({
			id: got.id,
			name: got.name,
			extensionType: got.properties.extensionType,
			provisioningState: got.properties.provisioningState,
			configurationSettings: got.properties.configurationSettings,
			version: got.properties.version,
			statuses: got.properties.statuses,
		});
	});

	it('RoleAssignments_ListForScope: scope, role and principal of each', async () => {
		const file = 'Microsoft.Authorization/2022-04-01/RoleAssignments_ListForScope.json';
		const listed = body(file) as {value: {id: string; properties: {scope: string; roleDefinitionId: string; principalId: string; principalType?: string}}[]};
		const scope = (example(file).parameters as Record<string, string>)['scope'] ?? '';
		serve('GET', `/${scope.replace(/^\//, '')}/providers/Microsoft.Authorization/roleAssignments`, file);
		const assignments = await azure.listRoleAssignments(`/${scope.replace(/^\//, '')}`);
		expect(assignments.map((a) => [a.id, a.scope, a.roleDefinitionId, a.principalId])).toEqual(
			listed.value.map((a) => [a.id, a.properties.scope, a.properties.roleDefinitionId, a.properties.principalId]),
		);
	});

	it('Registries_CheckNameAvailability: a free name is available, with no reason', async () => {
		const file = 'Microsoft.ContainerRegistry/2025-11-01/RegistryCheckNameAvailable.json';
		const sub = params(file)['subscriptionId'] ?? '';
		serve('POST', `/subscriptions/${sub}/providers/Microsoft.ContainerRegistry/checkNameAvailability`, file);
		expect(await azure.checkRegistryName(sub, 'myRegistry')).toEqual({available: true});
	});

	it('Registries_Create: the created registry as Azure answers it', async () => {
		const file = 'Microsoft.ContainerRegistry/2025-11-01/RegistryCreate.json';
		const got = body(file) as RegistryBody;
		serve('PUT', got.id, file);
		const [subscriptionId, resourceGroup] = [got.id.split('/')[2] ?? '', got.id.split('/')[4] ?? ''];
		expect(await azure.createRegistry({subscriptionId, resourceGroup, name: got.name, location: got.location, sku: 'Standard'})).toEqual(registryFrom(got));
	});

	it('Registries_Update: the updated registry as Azure answers it', async () => {
		const file = 'Microsoft.ContainerRegistry/2025-11-01/RegistryUpdate.json';
		const got = body(file) as RegistryBody;
		serve('PATCH', got.id, file);
		expect(await azure.updateRegistry(got.id, {adminUserEnabled: true})).toEqual(registryFrom(got));
	});

	it('Registries_Delete: Azure’s empty 200 completes the delete (after the read that proves it exists)', async () => {
		const file = 'Microsoft.ContainerRegistry/2025-11-01/RegistryDelete.json';
		const id = registryIdOf(params(file));
		serveRoutes([
			{method: 'GET', path: id, file: 'Microsoft.ContainerRegistry/2025-11-01/RegistryGet.json'},
			{method: 'DELETE', path: id, file},
		]);
		await expect(azure.deleteRegistry(id)).resolves.toBeUndefined();
		expect(seen.map((s) => s.method)).toEqual(['GET', 'DELETE']);
	});

	it('Registries_ImportImage: Azure’s empty 200 means the image was imported', async () => {
		const file = 'Microsoft.ContainerRegistry/2025-11-01/ImportImageFromPublicRegistry.json';
		const id = registryIdOf(params(file));
		serve('POST', `${id}/importImage`, file);
		expect(await azure.importImage(id, 'docker.io/library/hello-world', 'targetRepository:targetTag')).toEqual({created: true});
	});

	it('Registries_GenerateCredentials: the token’s user name and the chosen password with its expiry', async () => {
		const file = 'Microsoft.ContainerRegistry/2025-11-01/RegistryGenerateCredentials.json';
		const id = registryIdOf(params(file));
		const tokenId = (example(file).parameters as {generateCredentialsParameters: {tokenId: string}}).generateCredentialsParameters.tokenId;
		serve('POST', `${id}/generateCredentials`, file);
		const got = body(file) as {username: string; passwords: {name: string; value: string; expiry: string}[]};
		const second = got.passwords.find((p) => p.name === 'password2');
		expect(await azure.generateTokenPassword(id, tokenId, 'password2')).toEqual({
			username: got.username,
			password: {value: second?.value, expiresAt: new Date(second?.expiry ?? '').toISOString()},
		});
	});

	it('ScopeMaps_Create and Tokens_Create: the scope map’s actions, the token’s scope map and status', async () => {
		const mapFile = 'Microsoft.ContainerRegistry/2025-11-01/ScopeMapCreate.json';
		const mapBody = body(mapFile) as {id: string; name: string; properties: {actions: string[]; description?: string}};
		const registryId = mapBody.id.replace(/\/scopeMaps\/[^/]+$/i, '');
		serve('PUT', mapBody.id, mapFile);
		expect(await azure.createScopeMap(registryId, mapBody.name, mapBody.properties.actions, mapBody.properties.description)).toEqual({
			id: mapBody.id,
			name: mapBody.name,
			actions: mapBody.properties.actions,
		});
		const tokenFile = 'Microsoft.ContainerRegistry/2025-11-01/TokenCreate.json';
		const tokenBody = body(tokenFile) as {id: string; name: string; properties: {scopeMapId: string; status: string}};
		serve('PUT', tokenBody.id, tokenFile);
		expect(await azure.createToken(registryId, tokenBody.name, tokenBody.properties.scopeMapId)).toEqual({
			id: tokenBody.id,
			name: tokenBody.name,
			scopeMapId: tokenBody.properties.scopeMapId,
			status: tokenBody.properties.status,
		});
	});

	it('Tokens_Delete: Azure’s empty 200 completes the delete', async () => {
		const file = 'Microsoft.ContainerRegistry/2025-11-01/TokenDelete.json';
		const p = params(file);
		const id = registryIdOf(p);
		serve('DELETE', `${id}/tokens/${p['tokenName'] ?? ''}`, file);
		await expect(azure.deleteToken(id, p['tokenName'] ?? '')).resolves.toBeUndefined();
		expect(seen).toHaveLength(1);
	});

	it('ConnectedRegistries_Create: the sync scope map and token, then the connected registry’s mode and sync token', async () => {
		const file = 'Microsoft.ContainerRegistry/2025-11-01/ConnectedRegistryCreate.json';
		const got = body(file) as {id: string; name: string; properties: {mode: 'ReadOnly' | 'ReadWrite'; parent: {syncProperties: {tokenId: string}}}};
		const registryId = got.id.replace(/\/connectedRegistries\/[^/]+$/i, '');
		serveRoutes([
			{method: 'PUT', path: /\/scopeMaps\/[^/]+$/i, file: 'Microsoft.ContainerRegistry/2025-11-01/ScopeMapCreate.json'},
			{method: 'PUT', path: /\/tokens\/[^/]+$/i, file: 'Microsoft.ContainerRegistry/2025-11-01/TokenCreate.json'},
			{method: 'PUT', path: got.id, file},
		]);
		const connected = await azure.createConnectedRegistry(registryId, {name: got.name, mode: got.properties.mode, repositories: ['hello-world']});
		expect(connected).toMatchObject({id: got.id, name: got.name, mode: got.properties.mode, syncTokenId: got.properties.parent.syncProperties.tokenId});
		expect(seen.map((s) => `${s.method} ${s.path.split('/').at(-2) ?? ''}`)).toEqual(['PUT scopeMaps', 'PUT tokens', 'PUT connectedRegistries']);
	});

	it('ConnectedRegistries_List: every connected registry of the page with its mode and sync token', async () => {
		const file = 'Microsoft.ContainerRegistry/2025-11-01/ConnectedRegistryList.json';
		const id = registryIdOf(params(file));
		const listed = body(file) as {value: {id: string; name: string; properties: {mode: string; parent: {syncProperties: {tokenId: string}}}}[]};
		serve('GET', `${id}/connectedRegistries`, file);
		const connected = await azure.listConnectedRegistries(id);
		expect(connected.map((c) => [c.id, c.name, c.mode, c.syncTokenId])).toEqual(
			listed.value.map((c) => [c.id, c.name, c.properties.mode, c.properties.parent.syncProperties.tokenId]),
		);
	});

	it('ConnectedRegistries_Delete: Azure’s empty 200 completes the delete', async () => {
		const file = 'Microsoft.ContainerRegistry/2025-11-01/ConnectedRegistryDelete.json';
		const p = params(file);
		const id = registryIdOf(p);
		serve('DELETE', `${id}/connectedRegistries/${p['connectedRegistryName'] ?? ''}`, file);
		await expect(azure.deleteConnectedRegistry(id, p['connectedRegistryName'] ?? '')).resolves.toBeUndefined();
		expect(seen).toHaveLength(1);
	});

	it('ManagedClusters_List: every cluster of the page with its group, location and version', async () => {
		const file = 'Microsoft.ContainerService/2026-06-01/ManagedClustersList.json';
		const sub = params(file)['subscriptionId'] ?? '';
		const listed = body(file) as {value: {id: string; name: string; location: string; properties: {kubernetesVersion: string}}[]};
		serve('GET', `/subscriptions/${sub}/providers/Microsoft.ContainerService/managedClusters`, file);
		const clusters = await azure.listManagedClusters(sub);
		expect(clusters.map((c) => [c.id, c.name, c.resourceGroup, c.location, c.kubernetesVersion])).toEqual(
			listed.value.map((c) => [c.id, c.name, c.id.split('/')[4], c.location, c.properties.kubernetesVersion]),
		);
	});

	it('Extensions_Create: the created extension’s type, state and settings', async () => {
		const file = 'Microsoft.KubernetesConfiguration/2023-05-01/CreateExtension.json';
		const got = body(file) as {
			id: string;
			name: string;
			properties: {extensionType: string; provisioningState: string; configurationSettings: Record<string, string>; version: string; statuses: unknown[]};
		};
		serve('PUT', got.id, file);
		const clusterId = got.id.replace(/\/providers\/Microsoft\.KubernetesConfiguration\/extensions\/[^/]+$/i, '');
		const input = {
			name: got.name,
			extensionType: got.properties.extensionType,
			configurationSettings: got.properties.configurationSettings,
			protectedSettings: {},
		};
		expect(await azure.createExtension(clusterId, input)).toEqual({
			id: got.id,
			name: got.name,
			extensionType: got.properties.extensionType,
			provisioningState: got.properties.provisioningState,
			configurationSettings: got.properties.configurationSettings,
			version: got.properties.version,
			statuses: got.properties.statuses,
		});
	});

	it('Extensions_Delete: Azure’s empty 200 completes the delete', async () => {
		const file = 'Microsoft.KubernetesConfiguration/2023-05-01/DeleteExtension.json';
		const p = params(file);
		const clusterId = `/subscriptions/${p['subscriptionId'] ?? ''}/resourceGroups/${p['resourceGroupName'] ?? ''}/providers/${p['clusterRp'] ?? ''}/${p['clusterResourceName'] ?? ''}/${p['clusterName'] ?? ''}`;
		serve('DELETE', `${clusterId}/providers/Microsoft.KubernetesConfiguration/extensions/${p['extensionName'] ?? ''}`, file);
		await expect(azure.deleteExtension(clusterId, p['extensionName'] ?? '')).resolves.toBeUndefined();
		expect(seen).toHaveLength(1);
	});

	it('RoleDefinitions_List: the role found by its name, with its id and GUID name', async () => {
		const file = 'Microsoft.Authorization/2022-04-01/GetRoleDefinitionAtScope.json';
		const role = (body(file) as {value: {id: string; name: string; properties: {roleName: string; assignableScopes: string[]}}[]}).value[0];
		const scope = role?.properties.assignableScopes[0] ?? '';
		serve('GET', `${scope}/providers/Microsoft.Authorization/roleDefinitions`, file);
		expect(await azure.findRole(scope, role?.properties.roleName ?? '')).toEqual({id: role?.id, name: role?.name, roleName: role?.properties.roleName});
	});

	it('RoleAssignments_Create: the new assignment’s scope, role, principal and principal type', async () => {
		const file = 'Microsoft.Authorization/2022-04-01/RoleAssignments_CreateForResource.json';
		const got = body(file, '201') as {id: string; properties: {scope: string; roleDefinitionId: string; principalId: string; principalType: string}};
		const scope = `/${(params(file)['scope'] ?? '').replace(/^\//, '')}`;
		const path = new RegExp(`^${scope.replace(/\./g, '\\.')}/providers/Microsoft\\.Authorization/roleAssignments/[0-9a-f-]+$`, 'i');
		serveRoutes([{method: 'PUT', path, file, status: '201'}]);
		const {roleDefinitionId, principalId, principalType} = got.properties;
		expect(await azure.assignRole({scope, roleDefinitionId, principalId, principalType})).toEqual({
			assignment: {id: got.id, scope: got.properties.scope, roleDefinitionId, principalId, principalType},
			created: true,
		});
	});

	it('RoleAssignments_DeleteById: Azure’s 200 with the deleted assignment completes the delete', async () => {
		const file = 'Microsoft.Authorization/2022-04-01/RoleAssignments_Delete.json';
		const id = (body(file) as {id: string}).id;
		serve('DELETE', id, file);
		await expect(azure.deleteRoleAssignment(id)).resolves.toBeUndefined();
		expect(seen).toHaveLength(1);
	});

	it('Permissions_ListForResource: a scope whose permissions list no action cannot write role assignments', async () => {
		const file = 'Microsoft.Authorization/2022-04-01/GetResourcePermissions.json';
		const p = params(file);
		const scope = `/subscriptions/${p['subscriptionId'] ?? ''}/resourceGroups/${p['resourceGroupName'] ?? ''}/providers/${p['resourceProviderNamespace'] ?? ''}/${p['parentResourcePath'] ?? ''}/${p['resourceType'] ?? ''}/${p['resourceName'] ?? ''}`;
		serve('GET', `${scope}/providers/Microsoft.Authorization/permissions`, file);
		expect((body(file) as {value: {actions: string[]}[]}).value.every((v) => v.actions.length === 0)).toBe(true);
		expect(await azure.canWriteRoleAssignments(scope)).toBe(false);
		expect(seen).toHaveLength(1);
	});

	it('Providers_Get: the namespace’s registration state', async () => {
		const file = 'Microsoft.Resources/2025-04-01/GetProvider.json';
		const p = params(file);
		serve('GET', `/subscriptions/${p['subscriptionId'] ?? ''}/providers/${p['resourceProviderNamespace'] ?? ''}`, file);
		expect(await azure.providerState(p['subscriptionId'] ?? '', p['resourceProviderNamespace'] ?? '')).toBe(
			(body(file) as {registrationState: string}).registrationState,
		);
	});

	it('ResourceGroups_CreateOrUpdate: the group’s id, name and location', async () => {
		const file = 'Microsoft.Resources/2025-04-01/CreateResourceGroup.json';
		const got = body(file, '201') as {id: string; name: string; location: string};
		serve('PUT', got.id, file, '201');
		expect(await azure.createResourceGroup(got.id.split('/')[2] ?? '', got.name, got.location)).toEqual({id: got.id, name: got.name, location: got.location});
	});
});

/** Example files whose answer no adapter call reads, each with the reason; every other file is served above. */
const unread: readonly {readonly file: string; readonly why: string}[] = [
	{
		file: 'Microsoft.ContainerRegistry/2025-11-01/RegistryListByResourceGroup.json',
		why: 'no adapter call lists registries by group: listRegistries lists the subscription (Registries_List, covered)',
	},
	{
		file: 'Microsoft.ContainerRegistry/2025-11-01/RegistryListCredentials.json',
		why: 'no adapter call reads the admin user’s credentials: the wizard pulls with identities and tokens',
	},
	{file: 'Microsoft.ContainerRegistry/2025-11-01/ConnectedRegistryDeactivate.json', why: 'no adapter call deactivates a connected registry'},
	{
		file: 'Microsoft.ContainerService/2026-06-01/ManagedClustersListByResourceGroup.json',
		why: 'no adapter call lists clusters by group: listManagedClusters lists the subscription (ManagedClusters_List, covered)',
	},
	{
		file: 'Microsoft.Kubernetes/2026-03-01/GetClusterExample.json',
		why: 'the adapter asks Microsoft.Kubernetes for api-version 2024-01-01 (its example is covered), so Azure never sends it this version’s answer',
	},
	{
		file: 'Microsoft.KubernetesConfiguration/2023-05-01/GetExtensionAsyncOperationStatus.json',
		why: 'only the SDK’s long-running-operation poller reads the operation status; the adapter maps nothing from it',
	},
	{
		file: 'Microsoft.Authorization/2022-04-01/GetRoleDefinitionByName.json',
		why: 'no adapter call gets a role definition by id: findRole lists them by roleName (RoleDefinitions_List, covered)',
	},
	{
		file: 'Microsoft.Authorization/2022-04-01/RoleAssignments_Get.json',
		why: 'no adapter call gets one role assignment: they are listed for a scope (RoleAssignments_ListForScope, covered)',
	},
];

/** Every example file a test above serves to the adapter. */
const served: readonly string[] = [
	'Microsoft.ContainerRegistry/2025-11-01/RegistryGet.json',
	'Microsoft.ContainerRegistry/2025-11-01/RegistryList.json',
	'Microsoft.ContainerRegistry/2025-11-01/RegistryCheckNameAvailable.json',
	'Microsoft.ContainerRegistry/2025-11-01/RegistryCheckNameNotAvailable.json',
	'Microsoft.ContainerRegistry/2025-11-01/RegistryCreate.json',
	'Microsoft.ContainerRegistry/2025-11-01/RegistryUpdate.json',
	'Microsoft.ContainerRegistry/2025-11-01/RegistryDelete.json',
	'Microsoft.ContainerRegistry/2025-11-01/ImportImageFromPublicRegistry.json',
	'Microsoft.ContainerRegistry/2025-11-01/RegistryGenerateCredentials.json',
	'Microsoft.ContainerRegistry/2025-11-01/ScopeMapGet.json',
	'Microsoft.ContainerRegistry/2025-11-01/ScopeMapCreate.json',
	'Microsoft.ContainerRegistry/2025-11-01/TokenGet.json',
	'Microsoft.ContainerRegistry/2025-11-01/TokenCreate.json',
	'Microsoft.ContainerRegistry/2025-11-01/TokenDelete.json',
	'Microsoft.ContainerRegistry/2025-11-01/ConnectedRegistryGet.json',
	'Microsoft.ContainerRegistry/2025-11-01/ConnectedRegistryCreate.json',
	'Microsoft.ContainerRegistry/2025-11-01/ConnectedRegistryList.json',
	'Microsoft.ContainerRegistry/2025-11-01/ConnectedRegistryDelete.json',
	'Microsoft.ContainerService/2026-06-01/ManagedClustersGet.json',
	'Microsoft.ContainerService/2026-06-01/ManagedClustersList.json',
	'Microsoft.ContainerService/2026-06-01/ManagedClustersListClusterUserCredentials.json',
	'Microsoft.Kubernetes/2024-01-01/GetClusterExample.json',
	'Microsoft.KubernetesConfiguration/2023-05-01/GetExtension.json',
	'Microsoft.KubernetesConfiguration/2023-05-01/CreateExtension.json',
	'Microsoft.KubernetesConfiguration/2023-05-01/DeleteExtension.json',
	'Microsoft.Authorization/2022-04-01/GetRoleDefinitionAtScope.json',
	'Microsoft.Authorization/2022-04-01/RoleAssignments_ListForScope.json',
	'Microsoft.Authorization/2022-04-01/RoleAssignments_CreateForResource.json',
	'Microsoft.Authorization/2022-04-01/RoleAssignments_Delete.json',
	'Microsoft.Authorization/2022-04-01/GetResourcePermissions.json',
	'Microsoft.Resources/2025-04-01/GetProvider.json',
	'Microsoft.Resources/2025-04-01/CreateResourceGroup.json',
];

describe('the ARM examples the adapter never reads', () => {
	it.each(unread)('$file: $why', ({file, why}) => {
		expect(Object.keys(example(file).responses).length).toBeGreaterThan(0);
		expect(why).not.toBe('');
	});

	it('every example file is either served to the adapter or listed with the reason it is unread', () => {
		const root = fileURLToPath(new URL('../fixtures/contracts/arm/', import.meta.url));
		const files = readdirSync(root, {recursive: true, encoding: 'utf8'})
			.filter((f) => f.endsWith('.json'))
			.map((f) => f.split(sep).join('/'))
			.sort();
		const listed = [...served, ...unread.map((u) => u.file)];
		expect(new Set(listed).size).toBe(listed.length);
		expect([...listed].sort()).toEqual(files);
	});
});
