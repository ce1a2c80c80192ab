import {request} from 'node:https';
import {AuthenticationError} from '@azure/identity';
import {afterEach, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../../source/sandbox/index.js';
import {raw, startTestSandbox} from '../helpers.js';

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

/** Creates an application with a service principal and a password as the user, and signs in as it (client credentials). */
async function signInAsNewPrincipal(sandbox: Sandbox, scope: string): Promise<{appId: string; secret: string; token: string; status: number}> {
	const graphToken = (await sandbox.credential.getToken(`${sandbox.graphEndpoint}/.default`))?.token ?? '';
	const app = (await raw(sandbox, 'POST', `${sandbox.graphEndpoint}/v1.0/applications`, {displayName: 'ci-deployer'}, graphToken)).body as {
		id: string;
		appId: string;
	};
	await raw(sandbox, 'POST', `${sandbox.graphEndpoint}/v1.0/servicePrincipals`, {appId: app.appId}, graphToken);
	const secret = ((await raw(sandbox, 'POST', `${sandbox.graphEndpoint}/v1.0/applications/${app.id}/addPassword`, {}, graphToken)).body as {secretText: string})
		.secretText;
	const answer = await postForm(sandbox, '/adfs/oauth2/token', {grant_type: 'client_credentials', client_id: app.appId, client_secret: secret, scope});
	return {appId: app.appId, secret, token: typeof answer.body.access_token === 'string' ? answer.body.access_token : '', status: answer.status};
}

describe('directory-side authorisation: Graph permissions, eligible roles, refused sign-ins', () => {
	let sandbox: Sandbox | undefined;
	afterEach(async () => {
		await sandbox?.close();
		sandbox = undefined;
	});

	it('a CI principal without directory read gets Graph’s 403 Authorization_RequestDenied; granting Application.Read.All lets it read', async () => {
		sandbox = await startTestSandbox();
		const ci = await signInAsNewPrincipal(sandbox, `${sandbox.graphEndpoint}/.default`);
		const denied = await raw(
			sandbox,
			'GET',
			`${sandbox.graphEndpoint}/v1.0/servicePrincipals?$filter=displayName eq '${seedIds.existingServicePrincipal}'`,
			undefined,
			ci.token,
		);
		expect(denied.status).toBe(403);
		expect(denied.body).toMatchObject({
			error: {
				code: 'Authorization_RequestDenied',
				message: 'Insufficient privileges to complete the operation.',
				innerError: {'request-id': expect.any(String) as unknown, date: expect.any(String) as unknown},
			},
		});
		await raw(sandbox, 'PATCH', '/_sandbox/state', {graphPermissions: {[ci.appId]: ['Application.Read.All']}}, null);
		expect((await raw(sandbox, 'GET', `${sandbox.graphEndpoint}/v1.0/servicePrincipals`, undefined, ci.token)).status).toBe(200);
		const write = await raw(sandbox, 'POST', `${sandbox.graphEndpoint}/v1.0/applications`, {displayName: 'x'}, ci.token);
		expect(write.status).toBe(403);
		expect((await raw(sandbox, 'GET', `${sandbox.graphEndpoint}/v1.0/me`, undefined, ci.token)).body).toMatchObject({
			error: {code: 'BadRequest', message: '/me request is only valid with delegated authentication flow.'},
		});
	});

	it('a user who may not register applications reads the directory, but creating one answers 403 Authorization_RequestDenied', async () => {
		sandbox = await startTestSandbox({scenario: 'directory-read-only-user'});
		const graphToken = (await sandbox.credential.getToken(`${sandbox.graphEndpoint}/.default`))?.token ?? '';
		expect((await raw(sandbox, 'GET', `${sandbox.graphEndpoint}/v1.0/applications`, undefined, graphToken)).status).toBe(200);
		const created = await raw(sandbox, 'POST', `${sandbox.graphEndpoint}/v1.0/applications`, {displayName: 'acr-wizard-puller'}, graphToken);
		expect(created.status).toBe(403);
		expect(created.body).toMatchObject({error: {code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.'}});
	});

	it('an eligible (PIM) Owner role is listed by roleEligibilityScheduleInstances but grants nothing: role writes get 403', async () => {
		sandbox = await startTestSandbox({scenario: 'pim-eligible-owner'});
		const scope = `/subscriptions/${seedIds.subscriptionId}`;
		const eligible = await raw(
			sandbox,
			'GET',
			`${scope}/providers/Microsoft.Authorization/roleEligibilityScheduleInstances?api-version=2020-10-01&$filter=asTarget()`,
		);
		expect(eligible.status).toBe(200);
		expect((eligible.body as {value: unknown[]}).value).toEqual([
			expect.objectContaining({
				type: 'Microsoft.Authorization/RoleEligibilityScheduleInstances',
				properties: expect.objectContaining({
					principalId: seedIds.userObjectId,
					status: 'Provisioned',
					memberType: 'Direct',
					roleDefinitionId: `${scope}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`,
					expandedProperties: expect.objectContaining({roleDefinition: expect.objectContaining({displayName: 'Owner'}) as unknown}) as unknown,
				}) as unknown,
			}),
		]);
		const kubelet = [...sandbox.state.managedClusters.values()][0]?.kubelet.objectId ?? '';
		const write = await raw(
			sandbox,
			'PUT',
			`${scope}/providers/Microsoft.Authorization/roleAssignments/7c1f2e3d-4a5b-4c6d-8e7f-9a0b1c2d3e4f?api-version=2022-04-01`,
			{
				properties: {roleDefinitionId: `${scope}/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d`, principalId: kubelet},
			},
		);
		expect(write.status).toBe(403);
		expect(write.body).toMatchObject({error: {code: 'AuthorizationFailed'}});
		// Activating the eligible role (SelfActivate) makes it an assignment, and the same write then succeeds.
		const activation = await raw(
			sandbox,
			'PUT',
			`${scope}/providers/Microsoft.Authorization/roleAssignmentScheduleRequests/5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b?api-version=2020-10-01`,
			{
				properties: {
					principalId: seedIds.userObjectId,
					roleDefinitionId: `${scope}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`,
					requestType: 'SelfActivate',
					justification: 'attach a registry',
				},
			},
		);
		expect(activation.status).toBe(201);
		const retried = await raw(
			sandbox,
			'PUT',
			`${scope}/providers/Microsoft.Authorization/roleAssignments/7c1f2e3d-4a5b-4c6d-8e7f-9a0b1c2d3e4f?api-version=2022-04-01`,
			{
				properties: {roleDefinitionId: `${scope}/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d`, principalId: kubelet},
			},
		);
		expect(retried.status).toBe(201);
	});

	it('an AdminAssign roleEligibilityScheduleRequest makes a principal eligible, still without access', async () => {
		sandbox = await startTestSandbox();
		const scope = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}`;
		const put = await raw(
			sandbox,
			'PUT',
			`${scope}/providers/Microsoft.Authorization/roleEligibilityScheduleRequests/3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a?api-version=2020-10-01`,
			{
				properties: {
					principalId: seedIds.userObjectId,
					roleDefinitionId: `${scope}/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9`,
					requestType: 'AdminAssign',
					scheduleInfo: {startDateTime: '2026-01-05T09:30:00Z'},
				},
			},
		);
		expect(put.status).toBe(201);
		const listed = await raw(
			sandbox,
			'GET',
			`${scope}/providers/Microsoft.Authorization/roleEligibilityScheduleInstances?api-version=2020-10-01&$filter=assignedTo('${seedIds.userObjectId}')`,
		);
		expect((listed.body as {value: unknown[]}).value).toHaveLength(1);
		const assignments = (await raw(sandbox, 'GET', `${scope}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01`)).body as {
			value: {properties: {roleDefinitionId: string}}[];
		};
		expect(assignments.value.some((a) => a.properties.roleDefinitionId.endsWith('18d7d88d-d35e-4fb5-a5c3-7773c20a72d9'))).toBe(false);
	});

	it('MFA required: the managed-identity token endpoint answers AADSTS50076 in Entra’s error JSON, and the SDK credential throws it', async () => {
		sandbox = await startTestSandbox({scenario: 'mfa-required'});
		const answer = await postForm(sandbox, '/msi/token', {resource: 'https://management.core.windows.net/'}, {metadata: 'true'});
		expect(answer.status).toBe(400);
		expect(answer.body).toMatchObject({
			error: 'interaction_required',
			error_codes: [50076],
			suberror: 'basic_action',
			error_uri: 'https://login.microsoftonline.com/error?code=50076',
			trace_id: expect.any(String) as unknown,
			correlation_id: expect.any(String) as unknown,
		});
		expect(String(answer.body.error_description)).toMatch(
			/^AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '797f4846-ba00-4fd7-ba43-dac1f8f63013'\.\r\nTrace ID: /,
		);
		expect(JSON.parse(String(answer.body.claims))).toMatchObject({access_token: {capolids: {essential: true}}});
		const error: unknown = await sandbox.credential.getToken(`${sandbox.armEndpoint}/.default`).then(
			() => undefined,
			(e: unknown) => e,
		);
		expect(error).toBeInstanceOf(AuthenticationError);
		expect((error as Error).message).toContain('AADSTS50076');
	});

	it('Conditional Access blocks a CI principal: the same client credentials that worked now answer AADSTS53003', async () => {
		sandbox = await startTestSandbox();
		const scope = 'https://management.core.windows.net//.default';
		const ci = await signInAsNewPrincipal(sandbox, scope);
		expect(ci.status).toBe(200);
		await raw(sandbox, 'PATCH', '/_sandbox/state', {signInRefusals: {[ci.appId]: 'conditional-access-blocked'}}, null);
		const answer = await postForm(sandbox, '/adfs/oauth2/token', {grant_type: 'client_credentials', client_id: ci.appId, client_secret: ci.secret, scope});
		expect(answer.status).toBe(400);
		expect(answer.body).toMatchObject({error: 'interaction_required', error_codes: [53003], suberror: 'message_only'});
		expect(String(answer.body.error_description)).toContain(
			'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
		);
	});
});
