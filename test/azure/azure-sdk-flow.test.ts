import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {AzureError, type Azure, type Registry} from '../../source/azure/azure.js';
import {seedIds, startSandbox, type Sandbox} from '../../source/sandbox/index.js';
import {sandboxAzure} from './sandbox-azure.js';

describe('the Azure adapter against the sandbox (owner)', () => {
	let sandbox: Sandbox;
	let azure: Azure;
	let registry: Registry;
	const rg = seedIds.resourceGroup;

	beforeAll(async () => {
		sandbox = await startSandbox({pace: 'fast', seed: 'owner'});
		azure = sandboxAzure(sandbox);
		registry = await azure.createRegistry({subscriptionId: sandbox.subscriptionId, resourceGroup: rg, name: 'wizardflowacr', location: 'eastus', sku: 'Basic'});
	});
	afterAll(async () => {
		await sandbox.close();
	});

	it('lists the subscriptions the credential can see', async () => {
		const subscriptions = await azure.listSubscriptions();
		expect(subscriptions.map((s) => s.id)).toContain(sandbox.subscriptionId);
		expect(subscriptions.every((s) => s.tenantId === sandbox.tenantId)).toBe(true);
	});

	it('reads who signed in from the token claims', async () => {
		const identity = await azure.signedInIdentity();
		expect(identity).toEqual({name: 'alex@sandbox.onmicrosoft.com', objectId: seedIds.userObjectId, tenantId: sandbox.tenantId, type: 'user'});
	});

	it('says whether a registry name is available, taken or invalid', async () => {
		expect((await azure.checkRegistryName(sandbox.subscriptionId, 'brandnewacr42')).available).toBe(true);
		const taken = await azure.checkRegistryName(sandbox.subscriptionId, seedIds.sharedRegistry);
		expect(taken).toMatchObject({available: false, reason: 'AlreadyExists'});
		const invalid = await azure.checkRegistryName(sandbox.subscriptionId, 'no!');
		expect(invalid.available).toBe(false);
		expect(invalid.reason).toBeTruthy();
	});

	it('creates a registry and returns its login server from the resource', () => {
		expect(registry).toMatchObject({
			name: 'wizardflowacr',
			resourceGroup: rg,
			subscriptionId: sandbox.subscriptionId,
			sku: 'Basic',
			loginServer: 'wizardflowacr.azurecr.io',
		});
	});

	it('imports an image once and reports the second import of the same tag as not created', async () => {
		const progress: string[] = [];
		expect(await azure.importImage(registry.id, 'docker.io/library/nginx:latest', 'nginx:v1', (s) => progress.push(s))).toEqual({created: true});
		expect(progress.at(-1)).toBe('succeeded');
		expect(await azure.importImage(registry.id, 'docker.io/library/nginx:latest', 'nginx:v1')).toEqual({created: false});
	});

	it('fails an import of an image the source does not have with ARM code', async () => {
		await expect(azure.importImage(registry.id, 'docker.io/library/nosuchimage:9', 'nosuch:v1')).rejects.toMatchObject({
			name: 'AzureError',
			code: 'InvalidParameters',
		});
	});

	it('lists managed clusters with their kubelet identity', async () => {
		const clusters = await azure.listManagedClusters(sandbox.subscriptionId);
		const aks = clusters.find((c) => c.name === seedIds.aksCluster);
		expect(aks?.kubeletIdentity?.objectId).toMatch(/^[0-9a-f-]{36}$/);
		expect(aks?.serviceCidr).toBeTruthy();
	});

	it('finds AcrPull case-insensitively, assigns it twice (created, then already there) and deletes it', async () => {
		const role = await azure.findRole(registry.id, 'acrpull');
		expect(role?.roleName).toBe('AcrPull');
		const aks = (await azure.listManagedClusters(sandbox.subscriptionId)).find((c) => c.name === seedIds.aksCluster);
		const principalId = aks?.kubeletIdentity?.objectId ?? '';
		const input = {scope: registry.id, roleDefinitionId: role?.id ?? '', principalId, principalType: 'ServicePrincipal'};
		const first = await azure.assignRole(input);
		expect(first.created).toBe(true);
		const second = await azure.assignRole(input);
		expect(second).toMatchObject({created: false, assignment: {id: first.assignment?.id}});
		await azure.deleteRoleAssignment(first.assignment?.id ?? '');
		expect(await azure.listRoleAssignments(registry.id, principalId)).toEqual([]);
	});

	it('says the owner may write role assignments on the registry', async () => {
		expect(await azure.canWriteRoleAssignments(registry.id)).toBe(true);
		expect(await azure.canWriteRoleAssignments(`/subscriptions/${sandbox.subscriptionId}`)).toBe(true);
	});

	it('creates a service principal with a password, then adds another', async () => {
		const {principal, password} = await azure.createServicePrincipal('acr-wizard-flow-sp');
		expect(principal.appId).toMatch(/^[0-9a-f-]{36}$/);
		expect(password.value.length).toBeGreaterThan(10);
		expect((await azure.findServicePrincipals('acr-wizard-flow-sp')).map((p) => p.appId)).toEqual([principal.appId]);
		const again = await azure.resetPassword(principal);
		expect(again.value).not.toBe(password.value);
		expect((await azure.getServicePrincipal(principal.appId))?.applicationObjectId).toBe(principal.applicationObjectId);
	});

	it('creates a repository-scoped token and generates its password', async () => {
		const map = await azure.createScopeMap(registry.id, 'nginx-pull', ['repositories/nginx/content/read']);
		const token = await azure.createToken(registry.id, 'nginx-pull-token', map.id);
		expect(token).toMatchObject({name: 'nginx-pull-token', scopeMapId: map.id, status: 'enabled'});
		const {username, password} = await azure.generateTokenPassword(registry.id, token.id, 'password1');
		expect(username).toBe('nginx-pull-token');
		expect(password.value.length).toBeGreaterThan(10);
		expect(await azure.getToken(registry.id, 'missing-token')).toBeUndefined();
	});

	it('returns the cluster user kubeconfig as YAML', async () => {
		const aksId = `/subscriptions/${sandbox.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
		const kubeconfig = parse(await azure.getClusterUserKubeconfig(aksId)) as {kind: string; clusters: {cluster: {server: string}}[]};
		expect(kubeconfig.kind).toBe('Config');
		expect(kubeconfig.clusters[0]?.cluster.server).toMatch(/^https:\/\/127\.0\.0\.1:/);
	});

	it('lists and reads Arc connected clusters over plain REST', async () => {
		const clusters = await azure.listConnectedClusters(sandbox.subscriptionId);
		const arc = clusters.find((c) => c.name === seedIds.arcCluster);
		expect(arc?.resourceGroup).toBe(rg);
		expect((await azure.getConnectedCluster(arc?.id ?? '')).name).toBe(seedIds.arcCluster);
	});

	it('retries a throttled and a failing call and then succeeds', async () => {
		sandbox.faults.inject({method: 'GET', path: /^\/subscriptions$/, kind: 'throttle', retryAfterSeconds: 0});
		sandbox.faults.inject({method: 'GET', path: /^\/subscriptions$/, kind: 'server-error'});
		expect((await azure.listSubscriptions()).length).toBeGreaterThan(0);
		expect(sandbox.faults.hits()).toEqual([1, 1]);
		sandbox.faults.clear();
	});

	it('retries throttled plain REST calls (Permissions API, Graph) too', async () => {
		sandbox.faults.inject({method: 'GET', path: /\/permissions$/i, kind: 'throttle', retryAfterSeconds: 0});
		sandbox.faults.inject({method: 'GET', path: /\/graph\/v1\.0\/servicePrincipals$/i, kind: 'server-error'});
		expect(await azure.canWriteRoleAssignments(registry.id)).toBe(true);
		expect(await azure.findServicePrincipals('nobody-by-this-name')).toEqual([]);
		expect(sandbox.faults.hits()).toEqual([1, 1]);
		sandbox.faults.clear();
	});

	it('turns a long-running operation that ends Failed into an AzureError with its code', async () => {
		sandbox.faults.inject({
			method: 'PUT',
			path: /registries\/lrofailacr$/i,
			kind: 'lro-failed',
			code: 'RegistryProvisioningFailed',
			message: 'The registry could not be provisioned.',
		});
		const creating = azure.createRegistry({subscriptionId: sandbox.subscriptionId, resourceGroup: rg, name: 'lrofailacr', location: 'eastus', sku: 'Basic'});
		await expect(creating).rejects.toBeInstanceOf(AzureError);
		await expect(creating).rejects.toMatchObject({code: 'RegistryProvisioningFailed'});
		sandbox.faults.clear();
	});

	it('reports an import whose operation ends Failed with its code, not as an existing tag', async () => {
		sandbox.faults.inject({
			method: 'POST',
			path: /\/importImage$/i,
			kind: 'lro-failed',
			code: 'ImportSourceUnreachable',
			message: 'The source registry could not be reached.',
		});
		await expect(azure.importImage(registry.id, 'docker.io/library/nginx:latest', 'nginx:v9')).rejects.toMatchObject({
			name: 'AzureError',
			code: 'ImportSourceUnreachable',
		});
		sandbox.faults.clear();
	});
});
