import {randomUUID} from 'node:crypto';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../source/sandbox/index.js';
import {raw, startTestSandbox} from './helpers.js';

const acrPull = '7f951dda-4ed3-4680-a7ca-43fe172d538d';
const acr = `${seedIds.sharedRegistry}.azurecr.io`;

type Created = {readonly appObjectId: string; readonly appId: string; readonly spObjectId: string};

describe('Graph DELETE of applications and service principals', () => {
	let sandbox: Sandbox;
	let token = '';
	beforeEach(async () => {
		sandbox = await startTestSandbox();
		token = (await sandbox.credential.getToken(`${sandbox.graphEndpoint}/.default`))?.token ?? '';
	});
	afterEach(async () => {
		await sandbox.close();
	});
	const graph = async (method: string, path: string, body?: unknown) => raw(sandbox, method, `${sandbox.graphEndpoint}/v1.0${path}`, body, token);
	const create = async (displayName: string): Promise<Created> => {
		const app = (await graph('POST', '/applications', {displayName})).body as {id: string; appId: string};
		const sp = (await graph('POST', '/servicePrincipals', {appId: app.appId})).body as {id: string};
		return {appObjectId: app.id, appId: app.appId, spObjectId: sp.id};
	};
	const spsNamed = async (displayName: string): Promise<unknown[]> =>
		((await graph('GET', `/servicePrincipals?$filter=${encodeURIComponent(`displayName eq '${displayName}'`)}`)).body as {value: unknown[]}).value;

	it('deletes an application by object id with 204 and no body, taking its service principal with it', async () => {
		const created = await create('delete-by-id');
		const response = await graph('DELETE', `/applications/${created.appObjectId}`);
		expect([response.status, response.body]).toEqual([204, undefined]);
		expect((await graph('GET', `/applications/${created.appObjectId}`)).status).toBe(404);
		expect((await graph('GET', `/servicePrincipals/${created.spObjectId}`)).status).toBe(404);
		expect(await spsNamed('delete-by-id')).toEqual([]);
	});

	it("deletes an application by its applications(appId='…') key", async () => {
		const created = await create('delete-by-app-id');
		expect((await graph('DELETE', `/applications(appId='${created.appId}')`)).status).toBe(204);
		expect((await graph('GET', `/applications(appId='${created.appId}')`)).status).toBe(404);
		expect(await spsNamed('delete-by-app-id')).toEqual([]);
	});

	it('deletes a service principal by object id and by appId key, leaving its application', async () => {
		const first = await create('sp-by-id');
		const second = await create('sp-by-app-id');
		expect((await graph('DELETE', `/servicePrincipals/${first.spObjectId}`)).status).toBe(204);
		expect((await graph('DELETE', `/servicePrincipals(appId='${second.appId}')`)).status).toBe(204);
		expect([...(await spsNamed('sp-by-id')), ...(await spsNamed('sp-by-app-id'))]).toEqual([]);
		expect((await graph('GET', `/applications/${first.appObjectId}`)).status).toBe(200);
		expect((await graph('GET', `/applications/${second.appObjectId}`)).status).toBe(200);
	});

	it("answers a second delete with Graph's 404 envelope, innerError included", async () => {
		const created = await create('delete-twice');
		await graph('DELETE', `/applications/${created.appObjectId}`);
		const response = await graph('DELETE', `/applications/${created.appObjectId}`);
		expect(response.status).toBe(404);
		expect(response.body).toEqual({
			error: {
				code: 'Request_ResourceNotFound',
				message: `Resource '${created.appObjectId}' does not exist or one of its queried reference-property objects are not present.`,
				innerError: {
					date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/) as unknown,
					'request-id': expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
					'client-request-id': expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
				},
			},
		});
		expect(response.headers['request-id']).toBe((response.body as {error: {innerError: Record<string, string>}}).error.innerError['request-id']);
	});

	it("answers a missing service principal's appId key with 404 naming the appId", async () => {
		const appId = randomUUID();
		const response = await graph('DELETE', `/servicePrincipals(appId='${appId}')`);
		expect(response.status).toBe(404);
		expect(response.body).toMatchObject({error: {code: 'Request_ResourceNotFound', message: expect.stringContaining(`Resource '${appId}'`) as unknown}});
	});

	it('refuses DELETE of a whole collection with 405', async () => {
		expect((await graph('DELETE', '/applications')).status).toBe(405);
		expect((await graph('DELETE', '/servicePrincipals')).status).toBe(405);
	});

	it("stops the principal's passwords for pulls at once and tells listeners; its role assignment stays", async () => {
		const created = await create('pull-then-delete');
		const secret = await graph('POST', `/applications/${created.appObjectId}/addPassword`, {passwordCredential: {displayName: 'wizard'}});
		const password = (secret.body as {secretText: string}).secretText;
		const registryId = [...sandbox.state.registries.values()].find((r) => r.name === seedIds.sharedRegistry)?.id ?? '';
		const sub = /^\/subscriptions\/([^/]+)/.exec(registryId)?.[1] ?? '';
		const assigned = await raw(sandbox, 'PUT', `${registryId}/providers/Microsoft.Authorization/roleAssignments/${randomUUID()}?api-version=2022-04-01`, {
			properties: {roleDefinitionId: `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${acrPull}`, principalId: created.spObjectId},
		});
		expect(assigned.status).toBe(201);
		const pull = () =>
			sandbox.authority.decidePull({
				image: `${acr}/nginx:v1`,
				clusterId: 'kind-local',
				credentials: [{server: acr, username: created.appId, password, source: 'default/acr-secret'}],
			});
		expect(pull().ok).toBe(true);
		let changes = 0;
		sandbox.authority.onAccessChange(() => {
			changes += 1;
		});
		expect((await graph('DELETE', `/applications/${created.appObjectId}`)).status).toBe(204);
		expect(changes).toBe(1);
		expect(pull()).toMatchObject({ok: false, kind: 'unauthorized', message: expect.stringContaining('failed to fetch oauth token') as unknown});
		expect([...sandbox.state.roleAssignments.values()].filter((a) => a.principalId === created.spObjectId)).toHaveLength(1);
	});
});
