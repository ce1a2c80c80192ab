import {createServer, type Server} from 'node:net';
import {CredentialUnavailableError} from '@azure/identity';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Azure} from '../../source/azure/azure.js';
import {createAzure} from '../../source/azure/azure-sdk.js';
import {seedIds, startSandbox, type Sandbox} from '../../source/sandbox/index.js';
import {sandboxAzure, sandboxCloud} from './sandbox-azure.js';

describe('the Azure adapter: account, providers and failures (sandbox)', () => {
	let sandbox: Sandbox;
	let azure: Azure;

	beforeAll(async () => {
		sandbox = await startSandbox({pace: 'fast', seed: 'owner', unregisteredProviders: ['Microsoft.ContainerRegistry']});
		azure = sandboxAzure(sandbox);
	});
	afterAll(async () => {
		await sandbox.close();
	});

	it('keeps MissingSubscriptionRegistration with the namespace as its target, then registers the provider', async () => {
		const input = {
			subscriptionId: sandbox.subscriptionId,
			resourceGroup: seedIds.resourceGroup,
			name: 'unregisteredacr',
			location: 'eastus',
			sku: 'Basic' as const,
		};
		await expect(azure.createRegistry(input)).rejects.toMatchObject({
			code: 'MissingSubscriptionRegistration',
			statusCode: 409,
			target: 'Microsoft.ContainerRegistry',
		});
		expect(await azure.providerState(sandbox.subscriptionId, 'Microsoft.ContainerRegistry')).toBe('NotRegistered');
		expect(await azure.registerProvider(sandbox.subscriptionId, 'Microsoft.ContainerRegistry')).toBe('Registering');
	});

	it('lists and creates resource groups', async () => {
		const created = await azure.createResourceGroup(sandbox.subscriptionId, 'rg-wizard-new', 'westeurope');
		expect(created).toMatchObject({name: 'rg-wizard-new', location: 'westeurope'});
		expect((await azure.listResourceGroups(sandbox.subscriptionId)).map((g) => g.name)).toEqual(
			expect.arrayContaining([seedIds.resourceGroup, 'rg-wizard-new']),
		);
	});

	it('reads a registry in another subscription by its id', async () => {
		const shared = (await azure.listRegistries(sandbox.sharedSubscriptionId)).find((r) => r.name === seedIds.sharedRegistry);
		expect(shared?.subscriptionId).toBe(sandbox.sharedSubscriptionId);
		expect((await azure.getRegistry(shared?.id ?? '')).loginServer).toBe(`${seedIds.sharedRegistry}.azurecr.io`);
	});

	it('says a missing registry is not found with ARM code and status', async () => {
		const id = `/subscriptions/${sandbox.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/nosuchacr`;
		await expect(azure.getRegistry(id)).rejects.toMatchObject({code: 'ResourceNotFound', statusCode: 404});
	});

	it('says the credential is unavailable when no credential can sign in, without a token in the message', async () => {
		const signedOut = createAzure({
			cloud: sandboxCloud(sandbox),
			credential: {
				async getToken() {
					throw new CredentialUnavailableError('Please run az login to set up an account.');
				},
			},
		});
		await expect(signedOut.listSubscriptions()).rejects.toMatchObject({name: 'AzureError', code: 'CredentialUnavailable'});
		await expect(signedOut.signedInIdentity()).rejects.toMatchObject({code: 'CredentialUnavailable'});
	});
});

describe('the Azure adapter when nothing answers', () => {
	let server: Server;
	let port = 0;
	beforeAll(async () => {
		// A port that accepts and then drops every connection, so the test never depends on a free port staying free.
		server = createServer((socket) => socket.destroy());
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const address = server.address();
		port = typeof address === 'object' && address ? address.port : 0;
	});
	afterAll(async () => {
		await new Promise<void>((resolve) => server.close(() => resolve()));
	});

	it('calls a dropped connection a network failure', async () => {
		const endpoint = `https://127.0.0.1:${port}`;
		const azure = createAzure({
			cloud: {
				name: 'Nowhere',
				azureCloud: 'AzureCloud',
				armEndpoint: endpoint,
				acrSuffix: '.azurecr.io',
				authorityHost: endpoint,
				graphEndpoint: endpoint,
				armScope: `${endpoint}/.default`,
				graphScope: `${endpoint}/.default`,
			},
			credential: {getToken: async () => ({token: 'a.b.c', expiresOnTimestamp: Date.now() + 3_600_000})},
			timing: {retryDelayMs: 1},
		});
		await expect(azure.listSubscriptions()).rejects.toMatchObject({name: 'AzureError', code: 'network'});
		await expect(azure.canWriteRoleAssignments('/subscriptions/s1')).rejects.toMatchObject({code: 'network'});
	});
});

describe('the Azure adapter against the sandbox (contributor)', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox({pace: 'fast', seed: 'contributor'});
	});
	afterAll(async () => {
		await sandbox.close();
	});

	it('says a contributor may not write role assignments, and a try is refused with AuthorizationFailed', async () => {
		const azure = sandboxAzure(sandbox);
		const scope = `/subscriptions/${sandbox.subscriptionId}/resourceGroups/${seedIds.resourceGroup}`;
		expect(await azure.canWriteRoleAssignments(scope)).toBe(false);
		const role = await azure.findRole(scope, 'AcrPull');
		const aks = (await azure.listManagedClusters(sandbox.subscriptionId))[0];
		await expect(
			azure.assignRole({scope, roleDefinitionId: role?.id ?? '', principalId: aks?.kubeletIdentity?.objectId ?? '', principalType: 'ServicePrincipal'}),
		).rejects.toMatchObject({code: 'AuthorizationFailed', statusCode: 403});
	});
});
