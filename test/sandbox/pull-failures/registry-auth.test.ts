import {afterEach, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../../source/sandbox/index.js';
import {raw} from '../helpers.js';
import {attachAcr, basic, coreFor, pullVerdict, registryCall, sharedLoginServer, startWorld} from './helpers.js';

const registryPath = `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${seedIds.sharedRegistry}`;
const api = 'api-version=2025-11-01';
const repositoryReader = 'b93aa761-3e63-49ed-ac28-beffa264f7ac';
const anonymous401 = (image: string, repository: string): string =>
	`Failed to pull image "${image}": rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://${sharedLoginServer}/oauth2/token?scope=repository%3A${repository}%3Apull&service=${sharedLoginServer}: 401 Unauthorized`;

describe('registry authorisation modes', () => {
	let sandbox: Sandbox;
	afterEach(async () => {
		await sandbox.close();
	});

	it('ABAC repository permissions: AcrPull is not honoured; Container Registry Repository Reader with a repository condition is, for those repositories only', async () => {
		sandbox = await startWorld();
		expect(await attachAcr(sandbox)).toBe(201);
		const core = coreFor(sandbox, seedIds.aksCluster);
		expect(await pullVerdict(core, 'legacy', `${sharedLoginServer}/nginx:v1`)).toMatch(/^Successfully pulled image/);
		const switched = await raw(sandbox, 'PATCH', `${registryPath}?${api}`, {properties: {roleAssignmentMode: 'AbacRepositoryPermissions'}});
		expect((switched.body as {properties: {roleAssignmentMode: string}}).properties.roleAssignmentMode).toBe('AbacRepositoryPermissions');
		expect(await pullVerdict(core, 'abac-acrpull', `${sharedLoginServer}/nginx:v1`)).toBe(anonymous401(`${sharedLoginServer}/nginx:v1`, 'nginx'));
		const condition =
			"((!(ActionMatches{'Microsoft.ContainerRegistry/registries/repositories/content/read'})) OR (@Request[Microsoft.ContainerRegistry/registries/repositories:name] StringEqualsIgnoreCase 'hello-world'))";
		expect(await attachAcr(sandbox, repositoryReader, undefined, {condition, conditionVersion: '2.0'})).toBe(201);
		expect(await pullVerdict(core, 'abac-other', `${sharedLoginServer}/nginx:v1`)).toBe(anonymous401(`${sharedLoginServer}/nginx:v1`, 'nginx'));
		expect(await pullVerdict(core, 'abac-allowed', `${sharedLoginServer}/hello-world:v1`)).toMatch(/^Successfully pulled image/);
		const listed = (await raw(sandbox, 'GET', `${registryPath}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01`)).body as {
			value: {properties: {condition: string | null; conditionVersion: string | null}}[];
		};
		expect(listed.value.some((a) => a.properties.condition === condition && a.properties.conditionVersion === '2.0')).toBe(true);
	});

	it('registry-abac-other-repository starts with the reader role limited to hello-world', async () => {
		sandbox = await startWorld({scenario: 'registry-abac-other-repository'});
		const core = coreFor(sandbox, seedIds.aksCluster);
		expect(await pullVerdict(core, 'nginx', `${sharedLoginServer}/nginx:v1`)).toBe(anonymous401(`${sharedLoginServer}/nginx:v1`, 'nginx'));
		expect(await pullVerdict(core, 'hello', `${sharedLoginServer}/hello-world:v1`)).toMatch(/^Successfully pulled image/);
	});

	it('an unknown roleAssignmentMode is refused before anything changes', async () => {
		sandbox = await startWorld({scenario: 'registry-abac-acrpull-ignored'});
		const answer = await raw(sandbox, 'PATCH', `${registryPath}?${api}`, {properties: {roleAssignmentMode: 'Abac'}});
		expect(answer.status).toBe(400);
		expect(answer.body).toEqual({
			error: {
				code: 'InvalidParameter',
				message: "The value 'Abac' of property 'roleAssignmentMode' is invalid. Allowed values are: LegacyRegistryPermissions, AbacRepositoryPermissions.",
			},
		});
		expect(await pullVerdict(coreFor(sandbox, seedIds.aksCluster), 'still-abac', `${sharedLoginServer}/nginx:v1`)).toMatch(/401 Unauthorized$/);
	});

	it('with azureADAuthenticationAsArmPolicy disabled, /oauth2/exchange refuses an ARM-audience token and accepts one for containerregistry.azure.net', async () => {
		sandbox = await startWorld();
		const disabled = await raw(sandbox, 'PATCH', `${registryPath}?${api}`, {properties: {policies: {azureADAuthenticationAsArmPolicy: {status: 'disabled'}}}});
		expect(
			(disabled.body as {properties: {policies: {azureADAuthenticationAsArmPolicy: {status: string}}}}).properties.policies.azureADAuthenticationAsArmPolicy,
		).toEqual({status: 'disabled'});
		const exchange = async (scope: string) => {
			const token = (await sandbox.credential.getToken(scope))?.token ?? '';
			return registryCall(sandbox, sharedLoginServer, 'POST', '/oauth2/exchange', {
				form: {grant_type: 'access_token', service: sharedLoginServer, tenant: sandbox.tenantId, access_token: token},
			});
		};
		const arm = await exchange(sandbox.cloud.armScope);
		expect(arm.status).toBe(401);
		expect(arm.body).toMatchObject({errors: [{code: 'UNAUTHORIZED'}]});
		const acr = await exchange('https://containerregistry.azure.net/.default');
		expect(acr.status).toBe(200);
		expect(acr.body).toEqual({refresh_token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) as unknown});
	});

	it('the admin user: credentials only while it is on; regenerateCredential replaces a password and the old one stops working', async () => {
		sandbox = await startWorld();
		const refused = await raw(sandbox, 'POST', `${registryPath}/regenerateCredential?${api}`, {name: 'password'});
		expect(refused.status).toBe(400);
		expect(refused.body).toMatchObject({error: {code: 'UnAuthorizedForCredentialOperations'}});
		await raw(sandbox, 'PATCH', `${registryPath}?${api}`, {properties: {adminUserEnabled: true}});
		const before = (await raw(sandbox, 'POST', `${registryPath}/listCredentials?${api}`)).body as {
			username: string;
			passwords: {name: string; value: string}[];
		};
		const old = before.passwords[0]?.value ?? '';
		expect((await registryCall(sandbox, sharedLoginServer, 'GET', '/v2/', {authorization: basic(before.username, old)})).status).toBe(200);
		const renewed = (await raw(sandbox, 'POST', `${registryPath}/regenerateCredential?${api}`, {name: 'password'})).body as {
			passwords: {name: string; value: string}[];
		};
		expect(renewed.passwords[0]?.value).not.toBe(old);
		expect(renewed.passwords[1]?.value).toBe(before.passwords[1]?.value);
		const stale = await registryCall(sandbox, sharedLoginServer, 'GET', '/v2/', {authorization: basic(before.username, old)});
		expect(stale.status).toBe(401);
		expect(stale.body).toEqual({
			errors: [{code: 'UNAUTHORIZED', message: 'authentication required, visit https://aka.ms/acr/authorization for more information.', detail: null}],
		});
		expect(
			(await registryCall(sandbox, sharedLoginServer, 'GET', '/v2/', {authorization: basic(before.username, renewed.passwords[0]?.value ?? '')})).status,
		).toBe(200);
	});

	it('registry-admin-password-rotated: a pod using the pull secret with the old admin password fails 401', async () => {
		sandbox = await startWorld({scenario: 'registry-admin-password-rotated'});
		const image = `${sharedLoginServer}/nginx:v1`;
		expect(await pullVerdict(coreFor(sandbox, seedIds.aksCluster), 'stale-admin', image, {imagePullSecrets: [{name: 'acr-admin'}]})).toBe(
			`Failed to pull image "${image}": rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": failed to authorize: failed to fetch oauth token: unexpected status from POST request to https://${sharedLoginServer}/oauth2/token: 401 Unauthorized`,
		);
	});
});
