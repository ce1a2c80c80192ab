/**
 * The real Azure adapter fed Azure's own answers: each ARM example in test/fixtures/contracts/arm/ is served
 * as it stands (by a bare HTTPS server, not the sandbox) to the adapter call that reads it, and the test
 * asserts what the adapter maps out of it. So the adapter and the sandbox cannot agree on a field Azure
 * never sends: a field the adapter needs must be in Azure's example.
 */
import {createServer, type Server} from 'node:https';
import type {AddressInfo} from 'node:net';
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

/** A token the SDK pipeline accepts (three base64url parts with a tenant and an object id). */
const token = (): string => {
	const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
	const now = Math.floor(Date.now() / 1000);
	return `${part({alg: 'none', typ: 'JWT'})}.${part({tid: 't', oid: 'o', aud: 'x', iat: now, nbf: now, exp: now + 3600})}.sig`;
};
const credential: TokenCredential = {getToken: async (): Promise<AccessToken> => ({token: token(), expiresOnTimestamp: Date.now() + 3_600_000})};

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
		azure = createAzure({cloud: sandboxCloudProfile({cloud: sandboxCloudAt(base), caPem: tls.caPem}), credential, timing: {pollIntervalMs: 5, retryDelayMs: 5}});
	});
	afterAll(async () => {
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	});
	/** Serves `file`'s answer to requests of `method` on `path`, anything else 404. */
	const serve = (method: string, path: string, file: string, status = '200') => {
		seen.length = 0;
		answer = (served) => (served.method === method && served.path.toLowerCase() === path.toLowerCase() ? {status: Number(status), body: body(file, status)} : {status: 404, body: {error: {code: 'NotServed', message: `${served.method} ${served.path}`}}});
	};

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
		const got = body(file) as {id: string; name: string; properties: {mode: string; connectionState?: string; activation?: {status?: string}; parent: {syncProperties: {tokenId: string}}}};
		serve('GET', got.id, file);
		const registryId = got.id.replace(/\/connectedRegistries\/[^/]+$/i, '');
		const connected = await azure.getConnectedRegistry(registryId, got.name);
		expect(connected).toMatchObject({id: got.id, name: got.name, mode: got.properties.mode, syncTokenId: got.properties.parent.syncProperties.tokenId});
		expect(connected?.connectionState).toBe(got.properties.connectionState);
		expect(connected?.activationStatus).toBe(got.properties.activation?.status);
	});

	it('ConnectedCluster_Get (Arc): name, group, location and connectivity', async () => {
		const file = 'Microsoft.Kubernetes/2024-01-01/GetClusterExample.json';
		const got = body(file) as {id: string; name: string; location: string; properties: {connectivityStatus?: string}};
		serve('GET', got.id, file);
		expect(await azure.getConnectedCluster(got.id)).toEqual({
			id: got.id,
			name: got.name,
			resourceGroup: got.id.split('/')[4],
			location: got.location,
			...(got.properties.connectivityStatus ? {connectivityStatus: got.properties.connectivityStatus} : {}),
		});
	});

	it('Tokens_Get and ScopeMaps_Get: the token’s scope map and status, the scope map’s actions', async () => {
		const tokenFile = 'Microsoft.ContainerRegistry/2025-11-01/TokenGet.json';
		const tokenBody = body(tokenFile) as {id: string; name: string; properties: {scopeMapId: string; status: string}};
		const registryId = tokenBody.id.replace(/\/tokens\/[^/]+$/i, '');
		serve('GET', tokenBody.id, tokenFile);
		expect(await azure.getToken(registryId, tokenBody.name)).toEqual({id: tokenBody.id, name: tokenBody.name, scopeMapId: tokenBody.properties.scopeMapId, status: tokenBody.properties.status});
		const mapFile = 'Microsoft.ContainerRegistry/2025-11-01/ScopeMapGet.json';
		const mapBody = body(mapFile) as {id: string; name: string; properties: {actions: string[]}};
		serve('GET', mapBody.id, mapFile);
		expect(await azure.getScopeMap(mapBody.id.replace(/\/scopeMaps\/[^/]+$/i, ''), mapBody.name)).toEqual({id: mapBody.id, name: mapBody.name, actions: mapBody.properties.actions});
	});

	it('Extensions_Get: type, provisioning state and settings', async () => {
		const file = 'Microsoft.KubernetesConfiguration/2023-05-01/GetExtension.json';
		const got = body(file) as {id: string; name: string; properties: {extensionType: string; provisioningState: string; configurationSettings: Record<string, string>}};
		serve('GET', got.id, file);
		const clusterId = got.id.replace(/\/providers\/Microsoft\.KubernetesConfiguration\/extensions\/[^/]+$/i, '');
		expect(await azure.getExtension(clusterId, got.name)).toEqual({
			id: got.id,
			name: got.name,
			extensionType: got.properties.extensionType,
			provisioningState: got.properties.provisioningState,
			configurationSettings: got.properties.configurationSettings,
		});
	});

	it('RoleAssignments_ListForScope: scope, role and principal of each', async () => {
		const file = 'Microsoft.Authorization/2022-04-01/RoleAssignments_ListForScope.json';
		const listed = body(file) as {value: {id: string; properties: {scope: string; roleDefinitionId: string; principalId: string; principalType?: string}}[]};
		const scope = (example(file).parameters as Record<string, string>)['scope'] ?? '';
		serve('GET', `/${scope.replace(/^\//, '')}/providers/Microsoft.Authorization/roleAssignments`, file);
		const assignments = await azure.listRoleAssignments(`/${scope.replace(/^\//, '')}`);
		expect(assignments.map((a) => [a.id, a.scope, a.roleDefinitionId, a.principalId])).toEqual(listed.value.map((a) => [a.id, a.properties.scope, a.properties.roleDefinitionId, a.properties.principalId]));
	});
});
