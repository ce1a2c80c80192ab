import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ContainerRegistryManagementClient} from '@azure/arm-containerregistry';
import {seedIds, type Sandbox} from '../../source/sandbox/index.js';
import {raw, sdkOptions, startTestSandbox} from './helpers.js';

describe('faults, authentication and protocol rules', () => {
	let sandbox: Sandbox;
	let client: ContainerRegistryManagementClient;
	beforeEach(async () => {
		sandbox = await startTestSandbox();
		client = new ContainerRegistryManagementClient(sandbox.credential, sandbox.sharedSubscriptionId, sdkOptions(sandbox));
	});
	afterEach(async () => {
		await sandbox.close();
	});
	const get = () => client.registries.get(seedIds.sharedResourceGroup, seedIds.sharedRegistry);

	it('the SDK retries a 429 with Retry-After and succeeds', async () => {
		sandbox.faults.inject({method: 'GET', path: /registries\/contososharedacr$/, kind: 'throttle', retryAfterSeconds: 0, times: 2});
		expect((await get()).name).toBe(seedIds.sharedRegistry);
		expect(sandbox.faults.hits()).toEqual([2]);
	});

	it('holds an answer under injected latency and still answers correctly', async () => {
		sandbox.faults.inject({path: /registries\/contososharedacr$/, kind: 'latency', latencyMs: 5});
		expect((await get()).name).toBe(seedIds.sharedRegistry);
		expect(sandbox.faults.hits()).toEqual([1]);
	});

	it('the SDK retries a 500 and a dropped connection and succeeds', async () => {
		sandbox.faults.inject({path: /registries\/contososharedacr$/, kind: 'server-error'});
		sandbox.faults.inject({path: /registries\/contososharedacr$/, kind: 'drop-connection'});
		expect((await get()).name).toBe(seedIds.sharedRegistry);
		expect(sandbox.faults.hits()).toEqual([1, 1]);
	});

	it('a long-running operation told to fail surfaces its error code, and the resource shows Failed', async () => {
		sandbox.faults.inject({
			method: 'PUT',
			path: /registries\/failingacr01$/,
			kind: 'lro-failed',
			code: 'RegistryProvisioningFailed',
			message: 'The registry could not be provisioned.',
		});
		const error = await client.registries
			.create(seedIds.sharedResourceGroup, 'failingacr01', {location: 'eastus', sku: {name: 'Basic'}})
			.catch((e: unknown) => e);
		// core-lro puts the operation's error code and message into the thrown error's message.
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toBe('The long-running operation has failed. RegistryProvisioningFailed. The registry could not be provisioned.');
		expect((await client.registries.get(seedIds.sharedResourceGroup, 'failingacr01')).provisioningState).toBe('Failed');
	});

	it('answers a missing token with 401, an ARM error envelope and a Bearer challenge', async () => {
		const response = await raw(sandbox, 'GET', `/subscriptions?api-version=2022-12-01`, undefined, null);
		expect(response.status).toBe(401);
		expect(response.body).toMatchObject({error: {code: 'AuthenticationFailed'}});
		expect(response.headers['www-authenticate']).toMatch(
			/^Bearer authorization_uri="https:\/\/127\.0\.0\.1:\d+\/adfs\/[-0-9a-f]+", error="invalid_token", error_description="/,
		);
		expect(response.headers['x-ms-request-id']).toBeTruthy();
	});

	it('answers a forged token with 401 InvalidAuthenticationToken', async () => {
		const real = (await sandbox.credential.getToken(`${sandbox.armEndpoint}/.default`))?.token ?? '';
		const [head, body] = real.split('.');
		const response = await raw(sandbox, 'GET', `/subscriptions?api-version=2022-12-01`, undefined, `${head ?? ''}.${body ?? ''}.forged`);
		expect(response.status).toBe(401);
		expect(response.body).toMatchObject({error: {code: 'InvalidAuthenticationToken'}});
	});

	it('issues three-part JWTs carrying tid, oid, upn, aud and exp', async () => {
		const token = (await sandbox.credential.getToken('https://management.azure.com/.default'))?.token ?? '';
		const parts = token.split('.');
		expect(parts).toHaveLength(3);
		const claims = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
		expect(claims).toMatchObject({tid: sandbox.tenantId, oid: seedIds.userObjectId, upn: 'alex@sandbox.onmicrosoft.com', aud: 'https://management.azure.com'});
		expect(typeof claims.exp).toBe('number');
	});

	it('requires an api-version on ARM calls', async () => {
		const response = await raw(sandbox, 'GET', '/subscriptions');
		expect(response.status).toBe(400);
		expect(response.body).toMatchObject({error: {code: 'MissingApiVersionParameter'}});
	});

	it('serves the cloud metadata az reads, without a token', async () => {
		const response = await raw(sandbox, 'GET', '//metadata/endpoints?api-version=2015-01-01', undefined, null);
		expect(response.status).toBe(200);
		expect(response.body).toMatchObject({authentication: {audiences: expect.arrayContaining(['https://management.core.windows.net/']) as unknown}});
	});

	it('registers a provider: Registering at once, Registered on a later read', async () => {
		await sandbox.close();
		sandbox = await startTestSandbox({unregisteredProviders: ['Microsoft.KubernetesConfiguration']});
		const path = `/subscriptions/${sandbox.subscriptionId}/providers/Microsoft.KubernetesConfiguration`;
		expect((await raw(sandbox, 'GET', `${path}?api-version=2025-04-01`)).body).toMatchObject({registrationState: 'NotRegistered'});
		expect((await raw(sandbox, 'POST', `${path}/register?api-version=2025-04-01`)).body).toMatchObject({registrationState: 'Registering'});
		await raw(sandbox, 'GET', `${path}?api-version=2025-04-01`);
		expect((await raw(sandbox, 'GET', `${path}?api-version=2025-04-01`)).body).toMatchObject({registrationState: 'Registered'});
	});
});
