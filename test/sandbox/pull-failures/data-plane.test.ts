import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../../source/sandbox/index.js';
import {raw} from '../helpers.js';
import {attachAcr, basic, registryCall, sharedLoginServer, startWorld} from './helpers.js';

const unauthorized = {code: 'UNAUTHORIZED', message: 'authentication required, visit https://aka.ms/acr/authorization for more information.'};

describe('the registry data plane on the login server', () => {
	let sandbox: Sandbox;
	beforeEach(async () => {
		sandbox = await startWorld({scenario: 'registry-token-one-repository'});
	});
	afterEach(async () => {
		await sandbox.close();
	});

	/** What az acr login and canipull do: Entra token → /oauth2/exchange → refresh token → /oauth2/token with scopes. */
	async function accessToken(scopes: string[]): Promise<string> {
		const aad = (await sandbox.credential.getToken('https://containerregistry.azure.net/.default'))?.token ?? '';
		const exchanged = await registryCall(sandbox, sharedLoginServer, 'POST', '/oauth2/exchange', {
			form: {grant_type: 'access_token', service: sharedLoginServer, tenant: sandbox.tenantId, access_token: aad},
		});
		const refresh = (exchanged.body as {refresh_token: string}).refresh_token;
		const token = await registryCall(sandbox, sharedLoginServer, 'POST', '/oauth2/token', {
			form: {grant_type: 'refresh_token', service: sharedLoginServer, refresh_token: refresh, scope: scopes.join(' ')},
		});
		return (token.body as {access_token: string}).access_token;
	}

	it('GET /v2/ without credentials answers 401 with the Bearer challenge naming the token realm and service', async () => {
		const answer = await registryCall(sandbox, sharedLoginServer, 'GET', '/v2/');
		expect(answer.status).toBe(401);
		expect(answer.headers['www-authenticate']).toBe(`Bearer realm="https://${sharedLoginServer}/oauth2/token",service="${sharedLoginServer}"`);
		expect(answer.body).toEqual({errors: [{...unauthorized, detail: null}]});
	});

	it('the Owner (who holds pull through Owner) gets a token that lists tags and reads a manifest; a missing repository or tag answers ACR errors', async () => {
		const token = await accessToken(['repository:nginx:pull,metadata_read', 'registry:catalog:*']);
		const auth = `Bearer ${token}`;
		expect((await registryCall(sandbox, sharedLoginServer, 'GET', '/v2/', {authorization: auth})).status).toBe(200);
		expect((await registryCall(sandbox, sharedLoginServer, 'GET', '/v2/_catalog', {authorization: auth})).body).toEqual({
			repositories: ['hello-world', 'nginx'],
		});
		expect((await registryCall(sandbox, sharedLoginServer, 'GET', '/v2/nginx/tags/list', {authorization: auth})).body).toEqual({name: 'nginx', tags: ['v1']});
		const manifest = await registryCall(sandbox, sharedLoginServer, 'GET', '/v2/nginx/manifests/v1', {authorization: auth});
		expect(manifest.status).toBe(200);
		expect(manifest.headers['docker-content-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
		const missingTag = await registryCall(sandbox, sharedLoginServer, 'HEAD', '/v2/nginx/manifests/v9', {authorization: auth});
		expect(missingTag.status).toBe(404);
		const noTag = await registryCall(sandbox, sharedLoginServer, 'GET', '/v2/nginx/manifests/v9', {authorization: auth});
		expect(noTag.body).toEqual({errors: [{code: 'MANIFEST_UNKNOWN', message: 'manifest tagged by "v9" is not found', detail: {Tag: 'v9'}}]});
		const otherToken = await accessToken(['repository:no-such-repo:pull']);
		const noRepo = await registryCall(sandbox, sharedLoginServer, 'GET', '/v2/no-such-repo/tags/list', {authorization: `Bearer ${otherToken}`});
		expect(noRepo.status).toBe(404);
		expect(noRepo.body).toEqual({errors: [{code: 'NAME_UNKNOWN', message: 'repository name not known to registry', detail: {name: 'no-such-repo'}}]});
	});

	it('a token used beyond its scopes answers 401 insufficient_scope with the action it lacked', async () => {
		const token = await accessToken(['repository:nginx:pull']);
		const answer = await registryCall(sandbox, sharedLoginServer, 'GET', '/v2/hello-world/manifests/v1', {authorization: `Bearer ${token}`});
		expect(answer.status).toBe(401);
		expect(answer.headers['www-authenticate']).toBe(
			`Bearer realm="https://${sharedLoginServer}/oauth2/token",service="${sharedLoginServer}",scope="repository:hello-world:pull",error="insufficient_scope"`,
		);
		expect(answer.body).toEqual({errors: [{...unauthorized, detail: [{Type: 'repository', Name: 'hello-world', Action: 'pull'}]}]});
	});

	it('a repository-scoped token reads its repository and is granted nothing on another (the canipull question)', async () => {
		const token = sandbox.state.registries.get([...sandbox.state.registries.keys()][0] ?? '')?.tokens.get('ci-hello-reader');
		const password = token?.passwords[0]?.value ?? '';
		const issued = await registryCall(
			sandbox,
			sharedLoginServer,
			'GET',
			`/oauth2/token?service=${sharedLoginServer}&scope=repository:nginx:pull&scope=repository:hello-world:pull`,
			{authorization: basic('ci-hello-reader', password)},
		);
		const claims = JSON.parse(Buffer.from((issued.body as {access_token: string}).access_token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
			access: unknown;
		};
		expect(claims.access).toEqual([
			{type: 'repository', name: 'nginx', actions: []},
			{type: 'repository', name: 'hello-world', actions: ['pull']},
		]);
		expect(
			(await registryCall(sandbox, sharedLoginServer, 'GET', '/v2/hello-world/tags/list', {authorization: basic('ci-hello-reader', password)})).status,
		).toBe(200);
		expect((await registryCall(sandbox, sharedLoginServer, 'GET', '/v2/nginx/tags/list', {authorization: basic('ci-hello-reader', password)})).status).toBe(
			401,
		);
	});

	it('a service principal without a role is granted nothing; with AcrPull it may pull', async () => {
		const ci = [...sandbox.state.servicePrincipals.values()].find((s) => s.displayName === seedIds.existingServicePrincipal);
		const graphToken = (await sandbox.credential.getToken(sandbox.cloud.graphScope))?.token;
		const app = (await raw(sandbox, 'GET', `${sandbox.graphEndpoint}/v1.0/applications?$filter=appId eq '${ci?.appId ?? ''}'`, undefined, graphToken)).body as {
			value: {id: string}[];
		};
		const secret = (
			(await raw(sandbox, 'POST', `${sandbox.graphEndpoint}/v1.0/applications/${app.value[0]?.id ?? ''}/addPassword`, {passwordCredential: {}}, graphToken))
				.body as {secretText: string}
		).secretText;
		const ask = async () => {
			const issued = await registryCall(sandbox, sharedLoginServer, 'GET', `/oauth2/token?service=${sharedLoginServer}&scope=repository:nginx:pull`, {
				authorization: basic(ci?.appId ?? '', secret),
			});
			return (
				JSON.parse(Buffer.from((issued.body as {access_token: string}).access_token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {access: unknown}
			).access;
		};
		expect(await ask()).toEqual([{type: 'repository', name: 'nginx', actions: []}]);
		expect(await attachAcr(sandbox, undefined, ci?.id)).toBe(201);
		expect(await ask()).toEqual([{type: 'repository', name: 'nginx', actions: ['pull']}]);
	});
});
