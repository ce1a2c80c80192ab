/**
 * Retries never duplicate: with the answer of each create lost (the connection dropped after the
 * write, a 5xx, the operation's polls lost), the adapter looks the object up and adopts it, so
 * the sandbox holds exactly one of each afterwards. Every call has a deadline.
 */
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {AzureError, type Azure} from '../../source/azure/azure.js';
import {createAzure} from '../../source/azure/azure-sdk.js';
import {parseFaultSpec, seedIds, startSandbox, type Sandbox} from '../../source/sandbox/index.js';
import {sandboxAzure, sandboxCloud} from './sandbox-azure.js';

const registryId = (name: string) =>
	`/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/${name}`;
const newRegistry = (name: string) => ({
	subscriptionId: seedIds.subscriptionId,
	resourceGroup: seedIds.resourceGroup,
	name,
	location: 'eastus',
	sku: 'Basic' as const,
});

describe('the adapter never duplicates a create whose answer was lost', () => {
	let sandbox: Sandbox;
	let azure: Azure;
	beforeEach(async () => {
		sandbox = await startSandbox({pace: 'fast'});
		azure = sandboxAzure(sandbox);
	});
	afterEach(async () => {
		await sandbox.close();
	});

	const appsNamed = (name: string) => [...sandbox.state.applications.values()].filter((a) => a.displayName === name);
	const principalsNamed = (name: string) => [...sandbox.state.servicePrincipals.values()].filter((s) => s.displayName === name);

	for (const spec of [
		'drop-after POST /v1.0/applications$',
		'drop-before POST /v1.0/applications$ x2',
		'server-error POST /v1.0/applications$',
		'drop-after POST /v1.0/servicePrincipals$',
		'drop-after POST /addPassword$',
		'server-error POST /addPassword$',
		'drop-after POST /v1.0/applications$; drop-after POST /v1.0/servicePrincipals$; drop-after POST /addPassword$',
	]) {
		it(`a service principal with "${spec}": one application, one principal, one working password`, async () => {
			for (const fault of spec.split(';')) sandbox.faults.inject(parseOne(fault));
			const name = 'acr-service-principal';
			const {principal, password} = await azure.createServicePrincipal(name);
			const apps = appsNamed(name);
			expect(apps).toHaveLength(1);
			expect(principalsNamed(name)).toHaveLength(1);
			expect(apps[0]?.appId).toBe(principal.appId);
			// The password handed back is the only one, and it is the one that works.
			expect(apps[0]?.passwordCredentials.map((p) => p.secretText)).toEqual([password.value]);
			expect(sandbox.faults.hits().every((hits) => hits > 0)).toBe(true);
		});
	}

	it('a password reset whose answer is lost leaves one new password, not two', async () => {
		const {principal} = await azure.createServicePrincipal('acr-reset-sp');
		sandbox.faults.inject({kind: 'drop-after', method: 'POST', path: /addPassword$/});
		const reset = await azure.resetPassword(principal);
		const passwords = appsNamed('acr-reset-sp')[0]?.passwordCredentials.map((p) => p.secretText) ?? [];
		expect(passwords).toHaveLength(2);
		expect(passwords).toContain(reset.value);
	});

	for (const spec of ['drop-after PUT /registries/dupacr01$', 'drop-after GET /operationStatuses/ x*', 'server-error GET /operationStatuses/ x*']) {
		it(`a registry create with "${spec}" is read back and adopted: one registry, Succeeded`, async () => {
			sandbox.faults.inject(parseOne(spec));
			const registry = await azure.createRegistry(newRegistry('dupacr01'));
			expect(registry.name).toBe('dupacr01');
			expect([...sandbox.state.registries.values()].filter((r) => r.name === 'dupacr01')).toHaveLength(1);
			expect(sandbox.faults.hits()[0]).toBeGreaterThan(0);
		});
	}

	it('a role assignment whose answer was lost is adopted as created by this call (so undo removes it), and is there once', async () => {
		await azure.createRegistry(newRegistry('dupacr02'));
		const scope = registryId('dupacr02');
		const role = await azure.findRole(scope, 'AcrPull');
		sandbox.faults.inject({kind: 'drop-after', method: 'PUT', path: /roleAssignments\//});
		const result = await azure.assignRole({scope, roleDefinitionId: role?.id ?? '', principalId: seedIds.userObjectId});
		expect(result.created).toBe(true);
		const mine = (await azure.listRoleAssignments(scope, seedIds.userObjectId)).filter(
			(a) => a.roleDefinitionId.toLowerCase() === (role?.id ?? '').toLowerCase() && a.scope.toLowerCase() === scope.toLowerCase(),
		);
		expect(mine).toHaveLength(1);
	});

	it('a scope map and a token whose answers were lost are adopted, once each', async () => {
		await azure.createRegistry(newRegistry('dupacr03'));
		sandbox.faults.inject({kind: 'drop-after', method: 'PUT', path: /scopeMaps\/pull-map$/});
		sandbox.faults.inject({kind: 'drop-after', method: 'PUT', path: /tokens\/pull-token$/});
		const map = await azure.createScopeMap(registryId('dupacr03'), 'pull-map', ['repositories/nginx/content/read']);
		const token = await azure.createToken(registryId('dupacr03'), 'pull-token', map.id);
		expect(token.scopeMapId).toBe(map.id);
		expect(sandbox.faults.hits()).toEqual([1, 1]);
	});
});

describe('failures in plain words, with what was left', () => {
	let sandbox: Sandbox;
	afterEach(async () => {
		await sandbox.close();
	});

	it('a registry operation ending Failed keeps its inner code and says the failed registry is left, with the command to remove it', async () => {
		sandbox = await startSandbox({
			pace: 'fast',
			faults: 'lro-failed(RegistryQuotaExceeded:The maximum number of registries for the subscription has been reached.) PUT /registries/quotaacr01$',
		});
		const error = await sandboxAzure(sandbox)
			.createRegistry(newRegistry('quotaacr01'))
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(AzureError);
		expect(error).toMatchObject({code: 'RegistryQuotaExceeded'});
		expect((error as AzureError).message).toContain('The maximum number of registries for the subscription has been reached.');
		expect((error as AzureError).message).toContain(`az acr delete --name quotaacr01 --resource-group ${seedIds.resourceGroup}`);
	});

	it('a call with no answer within the deadline fails with the code timeout, naming the request', async () => {
		sandbox = await startSandbox({pace: 'fast', faults: 'latency(600000) PUT /registries/slowacr01$ x*'});
		const azure = createAzure({cloud: sandboxCloud(sandbox), credential: sandbox.credential, timing: {pollIntervalMs: 5, retryDelayMs: 5, callTimeoutMs: 300}});
		const error = await azure.createRegistry(newRegistry('slowacr01')).catch((e: unknown) => e);
		expect(error).toMatchObject({code: 'timeout'});
		expect((error as Error).message).toMatch(/^No answer to PUT 127\.0\.0\.1:\d+\/subscriptions\/.*\/registries\/slowacr01 within 0\.3 s\.$/);
		// The hold ended with the client's give-up: the write never happened.
		expect([...sandbox.state.registries.values()].some((r) => r.name === 'slowacr01')).toBe(false);
	});

	it('a Graph call with no answer within the deadline fails with the code timeout too', async () => {
		sandbox = await startSandbox({pace: 'fast', faults: 'latency(600000)@graph GET x*'});
		const azure = createAzure({cloud: sandboxCloud(sandbox), credential: sandbox.credential, timing: {pollIntervalMs: 5, retryDelayMs: 5, callTimeoutMs: 200}});
		await expect(azure.findServicePrincipals('anything')).rejects.toMatchObject({code: 'timeout'});
	});
});

/** One fault of a spec (the sandbox's own parser). */
function parseOne(text: string) {
	const [spec] = parseFaultSpec(text);
	if (!spec) throw new Error(`no fault in ${text}`);
	return spec;
}
