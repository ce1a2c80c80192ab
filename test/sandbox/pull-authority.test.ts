import {randomUUID} from 'node:crypto';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../source/sandbox/index.js';
import {raw, startTestSandbox} from './helpers.js';

const acrPull = '7f951dda-4ed3-4680-a7ca-43fe172d538d';
const acr = `${seedIds.sharedRegistry}.azurecr.io`;

describe('pull decisions through the PullAuthority', () => {
	let sandbox: Sandbox;
	let registryId = '';
	let aksId = '';
	let kubelet = '';
	beforeEach(async () => {
		sandbox = await startTestSandbox();
		registryId = [...sandbox.state.registries.values()][0]?.id ?? '';
		const aks = [...sandbox.state.managedClusters.values()][0];
		aksId = aks?.id ?? '';
		kubelet = aks?.kubelet.objectId ?? '';
	});
	afterEach(async () => {
		await sandbox.close();
	});
	const assign = async (principalId: string, scope = registryId): Promise<number> => {
		const sub = /^\/subscriptions\/([^/]+)/.exec(scope)?.[1] ?? '';
		const response = await raw(sandbox, 'PUT', `${scope}/providers/Microsoft.Authorization/roleAssignments/${randomUUID()}?api-version=2022-04-01`, {
			properties: {roleDefinitionId: `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${acrPull}`, principalId},
		});
		return response.status;
	};

	it("refuses the kubelet without AcrPull with containerd's anonymous-token 401 chain", () => {
		const decision = sandbox.authority.decidePull({image: `${acr}/nginx:v1`, clusterId: aksId, kubeletObjectId: kubelet, credentials: []});
		expect(decision).toEqual({
			ok: false,
			kind: 'unauthorized',
			message: `rpc error: code = Unknown desc = failed to pull and unpack image "${acr}/nginx:v1": failed to resolve reference "${acr}/nginx:v1": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://${acr}/oauth2/token?scope=repository%3Anginx%3Apull&service=${acr}: 401 Unauthorized`,
		});
	});

	it('lets the kubelet pull once it holds AcrPull on the registry (across subscriptions), and tells listeners', async () => {
		let changes = 0;
		sandbox.authority.onAccessChange(() => {
			changes += 1;
		});
		expect(await assign(kubelet)).toBe(201);
		expect(changes).toBe(1);
		const decision = sandbox.authority.decidePull({image: `${acr}/nginx:v1`, clusterId: aksId, kubeletObjectId: kubelet, credentials: []});
		expect(decision).toMatchObject({ok: true, digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) as unknown});
	});

	it('inherits a role assigned on the resource group above the registry', async () => {
		expect(await assign(kubelet, `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}`)).toBe(201);
		expect(sandbox.authority.decidePull({image: `${acr}/nginx:v1`, clusterId: aksId, kubeletObjectId: kubelet, credentials: []}).ok).toBe(true);
	});

	it('answers a missing tag with not found once authorized', async () => {
		await assign(kubelet);
		const image = `${acr}/nginx:v9`;
		expect(sandbox.authority.decidePull({image, clusterId: aksId, kubeletObjectId: kubelet, credentials: []})).toEqual({
			ok: false,
			kind: 'not-found',
			message: `rpc error: code = NotFound desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": ${image}: not found`,
		});
	});

	it('accepts a service principal password whose principal holds AcrPull, and refuses a wrong password with the oauth 401', async () => {
		const graphToken = (await sandbox.credential.getToken(`${sandbox.graphEndpoint}/.default`))?.token ?? '';
		const app = await raw(sandbox, 'POST', `${sandbox.graphEndpoint}/v1.0/applications`, {displayName: 'acr-pull-sp'}, graphToken);
		const appId = (app.body as {appId: string; id: string}).appId;
		const sp = await raw(sandbox, 'POST', `${sandbox.graphEndpoint}/v1.0/servicePrincipals`, {appId}, graphToken);
		const secret = await raw(
			sandbox,
			'POST',
			`${sandbox.graphEndpoint}/v1.0/applications/${(app.body as {id: string}).id}/addPassword`,
			{passwordCredential: {displayName: 'wizard'}},
			graphToken,
		);
		const password = (secret.body as {secretText: string}).secretText;
		expect(await assign((sp.body as {id: string}).id)).toBe(201);
		const pull = (pw: string) =>
			sandbox.authority.decidePull({
				image: `${acr}/nginx:v1`,
				clusterId: 'kind-local',
				credentials: [{server: acr, username: appId, password: pw, source: 'default/acr-secret'}],
			});
		expect(pull(password).ok).toBe(true);
		expect(pull('wrong')).toEqual({
			ok: false,
			kind: 'unauthorized',
			message: `rpc error: code = Unknown desc = failed to pull and unpack image "${acr}/nginx:v1": failed to resolve reference "${acr}/nginx:v1": failed to authorize: failed to fetch oauth token: unexpected status from POST request to https://${acr}/oauth2/token: 401 Unauthorized`,
		});
	});

	it('refuses a repository token scoped to another repository with insufficient_scope', async () => {
		const q = '?api-version=2025-11-01';
		await raw(sandbox, 'PUT', `${registryId}/scopeMaps/hello-only${q}`, {properties: {actions: ['repositories/hello-world/content/read']}});
		await raw(sandbox, 'PUT', `${registryId}/tokens/hello-token${q}`, {properties: {scopeMapId: `${registryId}/scopeMaps/hello-only`}});
		const started = await raw(sandbox, 'POST', `${registryId}/generateCredentials${q}`, {tokenId: `${registryId}/tokens/hello-token`});
		const result = await raw(sandbox, 'GET', String(started.headers.location));
		const password = (result.body as {passwords: {value: string}[]}).passwords[0]?.value ?? '';
		const credentials = [{server: acr, username: 'hello-token', password, source: 'default/token-secret'}];
		expect(sandbox.authority.decidePull({image: `${acr}/hello-world:v1`, clusterId: 'kind-local', credentials}).ok).toBe(true);
		expect(sandbox.authority.decidePull({image: `${acr}/nginx:v1`, clusterId: 'kind-local', credentials})).toMatchObject({
			ok: false,
			kind: 'forbidden',
			message: expect.stringContaining('insufficient_scope: authorization failed') as unknown,
		});
	});

	it('pulls public images anonymously and says no such host for an unknown registry', () => {
		expect(sandbox.authority.decidePull({image: 'nginx', clusterId: 'kind-local', credentials: []}).ok).toBe(true);
		expect(sandbox.authority.decidePull({image: 'mcr.microsoft.com/mcr/hello-world:latest', clusterId: 'kind-local', credentials: []}).ok).toBe(true);
		expect(sandbox.authority.decidePull({image: 'nosuchacr.azurecr.io/nginx:v1', clusterId: 'kind-local', credentials: []})).toMatchObject({
			ok: false,
			kind: 'unknown-host',
			message: expect.stringContaining('lookup nosuchacr.azurecr.io: no such host') as unknown,
		});
	});

	it('accepts the admin user only while it is enabled', async () => {
		const registry = [...sandbox.state.registries.values()][0];
		const [password] = registry?.adminPasswords ?? [''];
		const credentials = [{server: acr, username: seedIds.sharedRegistry, password, source: 'default/admin'}];
		expect(sandbox.authority.decidePull({image: `${acr}/nginx:v1`, clusterId: 'kind-local', credentials}).ok).toBe(false);
		await raw(sandbox, 'PATCH', `${registryId}?api-version=2025-11-01`, {properties: {adminUserEnabled: true}});
		expect(sandbox.authority.decidePull({image: `${acr}/nginx:v1`, clusterId: 'kind-local', credentials}).ok).toBe(true);
	});
});
