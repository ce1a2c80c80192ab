import {AuthenticationError} from '@azure/identity';
import {afterEach, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../../source/sandbox/index.js';
import {otherTenant} from '../../../source/sandbox/scenarios/registry-in-other-tenant.js';
import {raw, startTestSandbox} from '../helpers.js';

const registryPath = `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${seedIds.sharedRegistry}`;
const acrPull = '7f951dda-4ed3-4680-a7ca-43fe172d538d';

describe('a second tenant: a registry in another directory', () => {
	let sandbox: Sandbox | undefined;
	afterEach(async () => {
		await sandbox?.close();
		sandbox = undefined;
	});

	it('a home-tenant token on the other tenant’s subscription gets ARM’s 401 InvalidAuthenticationTokenTenant', async () => {
		sandbox = await startTestSandbox({scenario: 'registry-in-other-tenant'});
		const answer = await raw(sandbox, 'GET', `${registryPath}?api-version=2025-11-01`);
		expect(answer.status).toBe(401);
		expect(answer.body).toMatchObject({
			error: {
				code: 'InvalidAuthenticationTokenTenant',
				message: expect.stringContaining(
					`The access token is from the wrong issuer 'https://sts.windows.net/${seedIds.tenantId}/'. It must match the tenant 'https://sts.windows.net/${otherTenant.tenantId}/' associated with this subscription.`,
				) as unknown,
			},
		});
		expect(String(answer.headers['www-authenticate'])).toContain(`authorization_uri="https://login.windows.net/${otherTenant.tenantId}"`);
		const subscriptions = (await raw(sandbox, 'GET', '/subscriptions?api-version=2022-12-01')).body as {value: {subscriptionId: string}[]};
		expect(subscriptions.value.map((s) => s.subscriptionId)).toEqual([seedIds.subscriptionId]);
		const tenants = (await raw(sandbox, 'GET', '/tenants?api-version=2022-12-01')).body as {value: {tenantId: string; displayName: string}[]};
		expect(tenants.value.map((t) => [t.tenantId, t.displayName])).toEqual([
			[seedIds.tenantId, 'Sandbox Directory'],
			[otherTenant.tenantId, 'Fabrikam'],
		]);
	});

	it('a token for the other tenant reads the registry, and AcrPull there for the AKS kubelet identity fails with PrincipalNotFound', async () => {
		sandbox = await startTestSandbox({scenario: 'registry-in-other-tenant'});
		const token = (await sandbox.credential.getToken(`${sandbox.armEndpoint}/.default`, {tenantId: otherTenant.tenantId}))?.token ?? '';
		expect((await raw(sandbox, 'GET', `${registryPath}?api-version=2025-11-01`, undefined, token)).status).toBe(200);
		const subscriptions = (await raw(sandbox, 'GET', '/subscriptions?api-version=2022-12-01', undefined, token)).body as {value: {subscriptionId: string}[]};
		expect(subscriptions.value.map((s) => s.subscriptionId)).toEqual([seedIds.sharedSubscriptionId]);
		const kubelet = [...sandbox.state.managedClusters.values()][0]?.kubelet.objectId ?? '';
		const put = await raw(
			sandbox,
			'PUT',
			`${registryPath}/providers/Microsoft.Authorization/roleAssignments/0f2c6a3e-4b1d-4c5e-9a8f-7d6e5c4b3a21?api-version=2022-04-01`,
			{
				properties: {
					roleDefinitionId: `/subscriptions/${seedIds.sharedSubscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${acrPull}`,
					principalId: kubelet,
				},
			},
			token,
		);
		expect(put.status).toBe(400);
		expect(put.body).toMatchObject({
			error: {
				code: 'PrincipalNotFound',
				message: expect.stringContaining(`Principal ${kubelet.replace(/-/g, '')} does not exist in the directory ${otherTenant.tenantId}.`) as unknown,
			},
		});
	});

	it('where the user has no account in the other tenant, signing in there fails with AADSTS50020', async () => {
		sandbox = await startTestSandbox({scenario: 'registry-in-unknown-tenant'});
		const error: unknown = await sandbox.credential.getToken(`${sandbox.armEndpoint}/.default`, {tenantId: otherTenant.tenantId}).then(
			() => undefined,
			(e: unknown) => e,
		);
		expect(error).toBeInstanceOf(AuthenticationError);
		expect((error as AuthenticationError).errorResponse).toMatchObject({
			error: 'invalid_grant',
			errorDescription: expect.stringContaining("AADSTS50020: User account 'alex@sandbox.onmicrosoft.com'") as unknown,
		});
		expect((error as AuthenticationError).errorResponse.errorDescription).toContain("does not exist in tenant 'Fabrikam'");
	});
});
