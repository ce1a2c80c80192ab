import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Sandbox} from '../../source/sandbox/index.js';
import {raw, startTestSandbox} from './helpers.js';

describe('the Microsoft Graph subset', () => {
	let sandbox: Sandbox;
	let token = '';
	beforeEach(async () => {
		sandbox = await startTestSandbox();
		token = (await sandbox.credential.getToken(`${sandbox.graphEndpoint}/.default`))?.token ?? '';
	});
	afterEach(async () => {
		await sandbox.close();
	});
	const graph = (method: string, path: string, body?: unknown) => raw(sandbox, method, `${sandbox.graphEndpoint}/v1.0${path}`, body, token);

	it('allows duplicate display names, as Graph does, and finds them all by displayName', async () => {
		const first = await graph('POST', '/applications', {displayName: 'acr-wizard-sp'});
		const second = await graph('POST', '/applications', {displayName: 'acr-wizard-sp'});
		expect([first.status, second.status]).toEqual([201, 201]);
		const found = await graph('GET', `/applications?$filter=${encodeURIComponent("displayName eq 'acr-wizard-sp'")}`);
		expect((found.body as {value: unknown[]}).value).toHaveLength(2);
	});

	it('creates a service principal for an application, finds it by displayName and by appId, and refuses a second one', async () => {
		const app = (await graph('POST', '/applications', {displayName: 'pull-sp'})).body as {appId: string};
		const sp = await graph('POST', '/servicePrincipals', {appId: app.appId});
		expect(sp.status).toBe(201);
		expect(sp.body).toMatchObject({appId: app.appId, displayName: 'pull-sp', servicePrincipalType: 'Application'});
		const byName = await graph('GET', `/servicePrincipals?$filter=${encodeURIComponent("displayName eq 'pull-sp'")}`);
		expect((byName.body as {value: {appId: string}[]}).value.map((s) => s.appId)).toEqual([app.appId]);
		expect((await graph('GET', `/servicePrincipals(appId='${app.appId}')`)).body).toMatchObject({appId: app.appId});
		expect((await graph('POST', '/servicePrincipals', {appId: app.appId})).status).toBe(409);
	});

	it('returns a password secret only from addPassword, never on later reads', async () => {
		const app = (await graph('POST', '/applications', {displayName: 'secret-sp'})).body as {id: string};
		const added = await graph('POST', `/applications/${app.id}/addPassword`, {
			passwordCredential: {displayName: 'wizard', endDateTime: '2030-01-01T00:00:00Z'},
		});
		const secret = (added.body as {secretText: string}).secretText;
		expect(secret.length).toBeGreaterThan(20);
		const read = await graph('GET', `/applications/${app.id}`);
		expect(JSON.stringify(read.body)).not.toContain(secret);
	});

	it('refuses an ARM token on Graph and a Graph token on ARM', async () => {
		const armToken = (await sandbox.credential.getToken(`${sandbox.armEndpoint}/.default`))?.token ?? '';
		expect((await raw(sandbox, 'GET', `${sandbox.graphEndpoint}/v1.0/applications`, undefined, armToken)).status).toBe(401);
		expect((await raw(sandbox, 'GET', '/subscriptions?api-version=2022-12-01', undefined, token)).status).toBe(401);
	});

	it('answers an unknown object with Request_ResourceNotFound', async () => {
		const response = await graph('GET', '/applications/00000000-0000-0000-0000-000000000000');
		expect(response.status).toBe(404);
		expect(response.body).toMatchObject({error: {code: 'Request_ResourceNotFound'}});
	});
});
