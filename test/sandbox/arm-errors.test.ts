import {randomUUID} from 'node:crypto';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../source/sandbox/index.js';
import {raw, startTestSandbox} from './helpers.js';

const q = '?api-version=2025-11-01';

describe('ARM errors and authorization answers the wizard meets', () => {
	let sandbox: Sandbox;
	let sub = '';
	beforeEach(async () => {
		sandbox = await startTestSandbox();
		sub = `/subscriptions/${sandbox.subscriptionId}`;
	});
	afterEach(async () => {
		await sandbox.close();
	});

	it('answers a missing resource group and a missing registry with the real codes and messages', async () => {
		const missingRg = await raw(sandbox, 'GET', `${sub}/resourceGroups/nope/providers/Microsoft.ContainerRegistry/registries/someacr01${q}`);
		expect(missingRg.status).toBe(404);
		expect(missingRg.body).toEqual({error: {code: 'ResourceGroupNotFound', message: "Resource group 'nope' could not be found."}});
		const missing = await raw(sandbox, 'GET', `${sub}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/someacr01${q}`);
		expect(missing.status).toBe(404);
		expect(missing.body).toEqual({
			error: {
				code: 'ResourceNotFound',
				message: `The Resource 'Microsoft.ContainerRegistry/registries/someacr01' under resource group '${seedIds.resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
			},
		});
	});

	it('says an invalid registry name is Invalid with the naming rule', async () => {
		const response = await raw(sandbox, 'POST', `${sub}/providers/Microsoft.ContainerRegistry/checkNameAvailability${q}`, {
			name: 'my-acr',
			type: 'Microsoft.ContainerRegistry/registries',
		});
		expect(response.body).toEqual({
			nameAvailable: false,
			reason: 'Invalid',
			message: 'Registry names may contain only alpha numeric characters and must be between 5 and 50 characters',
		});
	});

	it('treats registry names as global across subscriptions, case-insensitively', async () => {
		const response = await raw(sandbox, 'POST', `${sub}/providers/Microsoft.ContainerRegistry/checkNameAvailability${q}`, {
			name: 'ContosoSharedAcr',
			type: 'Microsoft.ContainerRegistry/registries',
		});
		expect(response.body).toMatchObject({nameAvailable: false, reason: 'AlreadyExists'});
		const put = await raw(
			sandbox,
			'PUT',
			`${sub}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/ContosoSharedAcr${q}`,
			{location: 'eastus', sku: {name: 'Basic'}},
		);
		expect(put.status).toBe(409);
		expect(put.body).toMatchObject({error: {code: 'AlreadyInUse'}});
	});

	it('refuses a registry in a subscription not registered for Microsoft.ContainerRegistry, with details', async () => {
		await sandbox.close();
		sandbox = await startTestSandbox({unregisteredProviders: ['Microsoft.ContainerRegistry']});
		const response = await raw(sandbox, 'PUT', `${sub}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/newacr01${q}`, {
			location: 'eastus',
			sku: {name: 'Basic'},
		});
		expect(response.status).toBe(409);
		const message =
			"The subscription is not registered to use namespace 'Microsoft.ContainerRegistry'. See https://aka.ms/rps-not-found for how to register subscriptions.";
		expect(response.body).toEqual({
			error: {
				code: 'MissingSubscriptionRegistration',
				message,
				details: [{code: 'MissingSubscriptionRegistration', target: 'Microsoft.ContainerRegistry', message}],
			},
		});
	});

	it('refuses admin credentials while the admin user is disabled', async () => {
		const registry = [...sandbox.state.registries.values()][0]?.id ?? '';
		const response = await raw(sandbox, 'POST', `${registry}/listCredentials${q}`);
		expect(response.status).toBe(400);
		expect(response.body).toMatchObject({error: {code: 'UnAuthorizedForCredentialOperations'}});
	});

	it('lists role assignments at or above a scope with atScope(), and also below it without', async () => {
		const aks = [...sandbox.state.managedClusters.values()][0];
		const rgScope = `${sub}/resourceGroups/${seedIds.resourceGroup}`;
		const clusterScope = aks?.id ?? '';
		const put = await raw(sandbox, 'PUT', `${clusterScope}/providers/Microsoft.Authorization/roleAssignments/${randomUUID()}?api-version=2022-04-01`, {
			properties: {
				roleDefinitionId: `${sub}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`,
				principalId: aks?.kubelet.objectId,
			},
		});
		expect(put.status).toBe(201);
		const list = async (filter?: string) => {
			const query = filter ? `&$filter=${encodeURIComponent(filter)}` : '';
			const response = await raw(sandbox, 'GET', `${rgScope}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01${query}`);
			return (response.body as {value: {properties: {scope: string}}[]}).value.map((a) => a.properties.scope);
		};
		expect(await list('atScope()')).toEqual([sub]);
		expect(await list()).toEqual([sub, clusterScope]);
		expect(await list(`principalId eq '${aks?.kubelet.objectId ?? ''}'`)).toEqual([clusterScope]);
	});

	it("reports a Contributor's permissions with the Authorization write exclusions", async () => {
		await sandbox.close();
		sandbox = await startTestSandbox({seed: 'contributor'});
		const registry = [...sandbox.state.registries.values()][0]?.id ?? '';
		const response = await raw(sandbox, 'GET', `${registry}/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`);
		const [permission] = (response.body as {value: {actions: string[]; notActions: string[]}[]}).value;
		expect(permission?.actions).toEqual(['*']);
		expect(permission?.notActions).toContain('Microsoft.Authorization/*/Write');
	});
});
