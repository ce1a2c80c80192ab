import {randomUUID} from 'node:crypto';
import {request} from 'node:https';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../source/sandbox/index.js';
import {raw, startTestSandbox} from './helpers.js';

function postForm(
	sandbox: Sandbox,
	path: string,
	form: Record<string, string>,
	headers: Record<string, string> = {},
): Promise<{status: number; body: Record<string, unknown>}> {
	const payload = new URLSearchParams(form).toString();
	return new Promise((resolve, reject) => {
		const req = request(
			new URL(`${sandbox.armEndpoint}${path}`),
			{
				method: 'POST',
				ca: sandbox.caPem,
				headers: {'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(payload), ...headers},
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => {
					resolve({status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>});
				});
			},
		);
		req.on('error', reject);
		req.end(payload);
	});
}

describe('sign-in endpoints for az', () => {
	let sandbox: Sandbox;
	beforeEach(async () => {
		sandbox = await startTestSandbox();
	});
	afterEach(async () => {
		await sandbox.close();
	});

	it('the managed-identity endpoint signs in as the seeded user with a token ARM accepts', async () => {
		const answer = await postForm(sandbox, '/msi/token', {resource: 'https://management.core.windows.net/'}, {metadata: 'true'});
		expect(answer.status).toBe(200);
		expect(answer.body).toMatchObject({token_type: 'Bearer'});
		const token = String(answer.body.access_token);
		expect(token.split('.')).toHaveLength(3);
		expect((await raw(sandbox, 'GET', '/subscriptions?api-version=2022-12-01', undefined, token)).status).toBe(200);
	});

	it('the ADFS client-credentials grant signs in a service principal, whose role writes ARM refuses by appId', async () => {
		const graphToken = (await sandbox.credential.getToken(`${sandbox.graphEndpoint}/.default`))?.token ?? '';
		const app = (await raw(sandbox, 'POST', `${sandbox.graphEndpoint}/v1.0/applications`, {displayName: 'ci-sp'}, graphToken)).body as {
			id: string;
			appId: string;
		};
		const sp = (await raw(sandbox, 'POST', `${sandbox.graphEndpoint}/v1.0/servicePrincipals`, {appId: app.appId}, graphToken)).body as {id: string};
		const secret = (
			(await raw(sandbox, 'POST', `${sandbox.graphEndpoint}/v1.0/applications/${app.id}/addPassword`, {}, graphToken)).body as {secretText: string}
		).secretText;
		const bad = await postForm(sandbox, '/adfs/oauth2/token', {
			grant_type: 'client_credentials',
			client_id: app.appId,
			client_secret: 'wrong',
			scope: 'https://management.core.windows.net//.default',
		});
		expect(bad.status).toBe(401);
		const good = await postForm(sandbox, '/adfs/oauth2/token', {
			grant_type: 'client_credentials',
			client_id: app.appId,
			client_secret: secret,
			scope: 'https://management.core.windows.net//.default',
		});
		expect(good.status).toBe(200);
		const scope = `/subscriptions/${seedIds.subscriptionId}`;
		const name = randomUUID();
		const write = await raw(
			sandbox,
			'PUT',
			`${scope}/providers/Microsoft.Authorization/roleAssignments/${name}?api-version=2022-04-01`,
			{properties: {roleDefinitionId: `${scope}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`, principalId: sp.id}},
			String(good.body.access_token),
		);
		expect(write.status).toBe(403);
		expect(write.body).toMatchObject({
			error: {code: 'AuthorizationFailed', message: expect.stringContaining(`The client '${app.appId}' with object id '${sp.id}'`) as unknown},
		});
	});
});
