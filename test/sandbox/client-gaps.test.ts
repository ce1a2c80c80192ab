/**
 * What real az sends that the sandbox now answers (see test/conformance for the real clients): Graph filter
 * forms, getByIds and removePassword, PUT of managed clusters as a long-running operation, PATCH of tokens
 * and connected registries with merge semantics, and ARM authorization per role.
 */
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../source/sandbox/index.js';
import {applyGraphFilter} from '../../source/sandbox/graph/filter.js';
import {armActionOf} from '../../source/sandbox/azure/enforce.js';
import {roleIds} from '../../source/sandbox/azure/roles.js';
import {key} from '../../source/sandbox/state.js';
import {raw, startTestSandbox} from './helpers.js';

const schema = {displayName: 'string', appId: 'string', servicePrincipalNames: 'collection', accountEnabled: 'boolean'} as const;
const items = [
	{displayName: 'ci-image-puller', appId: 'a1', names: ['a1']},
	{displayName: 'ci-other', appId: 'b2', names: ['b2', 'http://other']},
	{displayName: 'web', appId: 'c3', names: ['c3']},
];
const read = (item: (typeof items)[number], property: string) =>
	property === 'servicePrincipalNames' ? item.names : property === 'accountEnabled' ? true : property === 'appId' ? item.appId : item.displayName;
const names = (filter: string) => {
	const result = applyGraphFilter(filter, items, schema, read);
	return result.ok ? result.items.map((i) => i.displayName) : result.refusal;
};

describe('Graph $filter', () => {
	it.each([
		["displayName eq 'CI-Image-Puller'", ['ci-image-puller']],
		["startswith(displayName,'ci-')", ['ci-image-puller', 'ci-other']],
		["servicePrincipalNames/any(c:c eq 'http://other')", ['ci-other']],
		["appId in ('a1', 'c3')", ['ci-image-puller', 'web']],
		["startswith(displayName,'ci') and appId eq 'b2'", ['ci-other']],
		["displayName eq 'it''s'", []],
		['accountEnabled eq true', ['ci-image-puller', 'ci-other', 'web']],
	])('%s selects only what it names', (filter, expected) => {
		expect(names(filter)).toEqual(expected);
	});

	it.each(["displayName eq 'a' or appId eq 'b'", "tags/any(t:t eq 'x')", 'displayName ne null', "endswith(displayName,'x')", "displayName eq 'unterminated"])(
		'refuses %s instead of answering everything',
		(filter) => {
			expect(names(filter)).not.toBeInstanceOf(Array);
		},
	);

	it('names the property it cannot filter on, even when nothing would match', () => {
		expect(applyGraphFilter("tags/any(t:t eq 'x')", [], schema, read)).toEqual({ok: false, refusal: {property: 'tags'}});
	});
});

describe('ARM actions derived from requests', () => {
	const registry = `/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/r`;
	it.each([
		['GET', registry, 'Microsoft.ContainerRegistry/registries/read', registry],
		['PATCH', `${registry}/tokens/t`, 'Microsoft.ContainerRegistry/registries/tokens/write', `${registry}/tokens/t`],
		['POST', `${registry}/importImage`, 'Microsoft.ContainerRegistry/registries/importImage/action', registry],
		['GET', '/subscriptions/s/resourceGroups/rg', 'Microsoft.Resources/subscriptions/resourceGroups/read', '/subscriptions/s/resourceGroups/rg'],
		['POST', '/subscriptions/s/providers/Microsoft.Kubernetes/register', 'Microsoft.Kubernetes/register/action', '/subscriptions/s'],
		['GET', `${registry}/providers/Microsoft.Authorization/roleAssignments`, 'Microsoft.Authorization/roleAssignments/read', registry],
	])('%s %s is %s at its scope', (method, path, action, scope) => {
		expect(armActionOf(method, path)).toMatchObject({action, scope});
	});

	it('does not check polls of long-running operations', () => {
		expect(armActionOf('GET', `${registry}/operationStatuses/1`)).toBeUndefined();
	});
});

describe('the sandbox answers what az sends', () => {
	let sandbox: Sandbox;
	let graphToken = '';
	const rg = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}`;
	const aks = `${rg}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
	beforeEach(async () => {
		sandbox = await startTestSandbox();
		graphToken = (await sandbox.credential.getToken(`${sandbox.graphEndpoint}/.default`))?.token ?? '';
	});
	afterEach(async () => {
		await sandbox.close();
	});
	const graph = (method: string, path: string, body?: unknown) => raw(sandbox, method, `${sandbox.graphEndpoint}/v1.0${path}`, body, graphToken);

	it('answers an unsupported Graph filter with 400 Request_UnsupportedQuery', async () => {
		const answer = await graph('GET', `/servicePrincipals?$filter=${encodeURIComponent("tags/any(t:t eq 'x')")}`);
		expect(answer.status).toBe(400);
		expect(answer.body).toMatchObject({
			error: {
				code: 'Request_UnsupportedQuery',
				message: "Unsupported or invalid query filter clause specified for property 'tags' of resource 'ServicePrincipal'.",
			},
		});
	});

	it('finds a service principal by servicePrincipalNames/any, not the first one', async () => {
		const app = (await graph('POST', '/applications', {displayName: 'second'})).body as {appId: string};
		await graph('POST', '/servicePrincipals', {appId: app.appId});
		const found = await graph('GET', `/servicePrincipals?$filter=${encodeURIComponent(`servicePrincipalNames/any(c:c eq '${app.appId}')`)}`);
		expect((found.body as {value: {displayName: string}[]}).value.map((s) => s.displayName)).toEqual(['second']);
	});

	it('resolves directory objects by id (users and service principals), and removes a password by keyId', async () => {
		const sp = [...sandbox.state.servicePrincipals.values()].find((s) => s.displayName === seedIds.existingServicePrincipal);
		const objects = await graph('POST', '/directoryObjects/getByIds', {
			ids: [seedIds.userObjectId, sp?.id, 'not-there'],
			types: ['user', 'group', 'servicePrincipal', 'directoryObjectPartnerReference'],
		});
		expect((objects.body as {value: {'@odata.type': string}[]}).value.map((o) => o['@odata.type'])).toEqual([
			'#microsoft.graph.user',
			'#microsoft.graph.servicePrincipal',
		]);
		const added = (await graph('POST', `/servicePrincipals/${sp?.id ?? ''}/addPassword`, {passwordCredential: {displayName: 'x'}})).body as {keyId: string};
		expect((await graph('POST', `/servicePrincipals/${sp?.id ?? ''}/removePassword`, {keyId: added.keyId})).status).toBe(204);
		expect(sp?.passwordCredentials).toHaveLength(0);
		expect((await graph('POST', `/servicePrincipals/${sp?.id ?? ''}/removePassword`, {keyId: added.keyId})).status).toBe(400);
	});

	it('serves PUT of a managed cluster as Updating then Succeeded, keeping fields it does not model', async () => {
		const current = (await raw(sandbox, 'GET', `${aks}?api-version=2022-11-01`)).body as {properties: Record<string, unknown>};
		const put = await raw(sandbox, 'PUT', `${aks}?api-version=2022-11-01`, {
			location: 'eastus',
			properties: {...current.properties, autoUpgradeProfile: {upgradeChannel: 'patch'}},
		});
		expect(put.status).toBe(200);
		expect((put.body as {properties: {provisioningState: string}}).properties.provisioningState).toBe('Updating');
		const status = await raw(sandbox, 'GET', String(put.headers['azure-asyncoperation']));
		expect((status.body as {status: string}).status).toBe('Succeeded');
		const after = (await raw(sandbox, 'GET', `${aks}?api-version=2022-11-01`)).body as {properties: Record<string, unknown>};
		expect(after.properties['provisioningState']).toBe('Succeeded');
		expect(after.properties['autoUpgradeProfile']).toEqual({upgradeChannel: 'patch'});
	});

	it('creates a managed cluster from a PUT with its own kubelet identity in the directory', async () => {
		const id = `${rg}/providers/Microsoft.ContainerService/managedClusters/second-cluster`;
		const put = await raw(sandbox, 'PUT', `${id}?api-version=2022-11-01`, {
			location: 'eastus',
			identity: {type: 'SystemAssigned'},
			properties: {kubernetesVersion: '', agentPoolProfiles: [{name: 'nodepool1', count: 2}]},
		});
		expect(put.status).toBe(201);
		expect((put.body as {properties: {provisioningState: string}}).properties.provisioningState).toBe('Creating');
		const created = sandbox.state.managedClusters.get(key(id));
		expect(created?.nodeNames).toHaveLength(2);
		expect(created?.kubernetesVersion).toMatch(/^\d+\.\d+\.\d+$/);
		expect(sandbox.state.servicePrincipals.get(created?.kubelet.objectId ?? '')?.servicePrincipalType).toBe('ManagedIdentity');
		expect(created?.kubelet.objectId).not.toBe([...sandbox.state.managedClusters.values()].find((c) => c.name === seedIds.aksCluster)?.kubelet.objectId);
	});

	it('merges a PATCH of a token: only the status changes', async () => {
		const registry = `${rg}/providers/Microsoft.ContainerRegistry/registries/patchacr`;
		await raw(sandbox, 'PUT', `${registry}?api-version=2025-11-01`, {location: 'eastus', sku: {name: 'Premium'}});
		const token = `${registry}/tokens/t1`;
		await raw(sandbox, 'PUT', `${token}?api-version=2025-11-01`, {properties: {scopeMapId: `${registry}/scopeMaps/_repositories_pull`, status: 'enabled'}});
		const patched = await raw(sandbox, 'PATCH', `${token}?api-version=2025-11-01`, {properties: {status: 'disabled'}});
		expect(patched.status).toBe(200);
		expect((patched.body as {properties: {status: string; scopeMapId: string}}).properties).toMatchObject({
			status: 'disabled',
			scopeMapId: `${registry}/scopeMaps/_repositories_pull`,
		});
		expect((await raw(sandbox, 'PATCH', `${token}?api-version=2025-11-01`, {properties: {status: 'paused'}})).status).toBe(400);
	});

	it('refuses ARM reads and writes to a principal holding only AcrPull, with ARM AuthorizationFailed', async () => {
		const registry = `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${seedIds.sharedRegistry}`;
		const sp = [...sandbox.state.servicePrincipals.values()].find((s) => s.displayName === seedIds.existingServicePrincipal);
		const principalId = sp?.id ?? '';
		sandbox.state.roleAssignments.set(key(`${registry}/providers/Microsoft.Authorization/roleAssignments/pull`), {
			id: `${registry}/providers/Microsoft.Authorization/roleAssignments/pull`,
			name: 'pull',
			scope: registry,
			roleDefinitionId: `/subscriptions/${seedIds.sharedSubscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleIds.acrPull}`,
			principalId,
			principalType: 'ServicePrincipal',
			description: null,
			createdOn: '2026-01-05T09:30:00Z',
			createdBy: seedIds.userObjectId,
		});
		const app = [...sandbox.state.applications.values()].find((a) => a.appId === sp?.appId);
		const password = app?.passwordCredentials[0]?.secretText ?? '';
		const login = await raw(sandbox, 'POST', '/adfs/oauth2/token', undefined, null).catch(() => undefined);
		expect(login?.status).toBe(401);
		const form = new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: sp?.appId ?? '',
			client_secret: password,
			scope: `${sandbox.armEndpoint}/.default`,
		});
		const issued = await fetchToken(sandbox, form);
		const read = await raw(sandbox, 'GET', `${registry}?api-version=2025-11-01`, undefined, issued);
		expect(read.status).toBe(403);
		expect(read.body).toEqual({
			error: {
				code: 'AuthorizationFailed',
				message: `The client '${sp?.appId ?? ''}' with object id '${principalId}' does not have authorization to perform action 'Microsoft.ContainerRegistry/registries/read' over scope '${registry}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
			},
		});
		const create = await raw(
			sandbox,
			'PUT',
			`${rg}/providers/Microsoft.ContainerRegistry/registries/notallowed?api-version=2025-11-01`,
			{location: 'eastus', sku: {name: 'Basic'}},
			issued,
		);
		expect(create.status).toBe(403);
		// The seeded user (Owner) still reads it.
		expect((await raw(sandbox, 'GET', `${registry}?api-version=2025-11-01`)).status).toBe(200);
	});
});

/** Signs in a service principal at the sandbox's ADFS-style authority, as az does (client credentials). */
async function fetchToken(sandbox: Sandbox, form: URLSearchParams): Promise<string> {
	const {request} = await import('node:https');
	return new Promise((resolve, reject) => {
		const req = request(
			`${sandbox.armEndpoint}/adfs/oauth2/token`,
			{method: 'POST', ca: sandbox.caPem, headers: {'content-type': 'application/x-www-form-urlencoded'}},
			(res) => {
				let text = '';
				res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
				res.on('end', () => resolve((JSON.parse(text) as {access_token: string}).access_token));
			},
		);
		req.on('error', reject);
		req.end(form.toString());
	});
}
