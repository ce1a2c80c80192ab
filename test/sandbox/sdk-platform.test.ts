import {randomUUID} from 'node:crypto';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {AuthorizationManagementClient} from '@azure/arm-authorization';
import {ContainerRegistryManagementClient} from '@azure/arm-containerregistry';
import {ContainerServiceClient} from '@azure/arm-containerservice';
import {SourceControlConfigurationClient} from '@azure/arm-kubernetesconfiguration';
import {ResourceManagementClient} from '@azure/arm-resources';
import {SubscriptionClient} from '@azure/arm-resources-subscriptions';
import {parse} from 'yaml';
import {seedIds, type Sandbox} from '../../source/sandbox/index.js';
import {sdkOptions, startTestSandbox} from './helpers.js';

const acrPull = '7f951dda-4ed3-4680-a7ca-43fe172d538d';

describe('the real Azure SDK clients against the sandbox', () => {
	let sandbox: Sandbox;
	beforeEach(async () => {
		sandbox = await startTestSandbox();
	});
	afterEach(async () => {
		await sandbox.close();
	});
	const kubeletObjectId = (): string => [...sandbox.state.managedClusters.values()][0]?.kubelet.objectId ?? '';

	it('lists both subscriptions and creates a resource group', async () => {
		const subs = new SubscriptionClient(sandbox.credential, sdkOptions(sandbox));
		const ids: string[] = [];
		for await (const s of subs.subscriptions.list()) {
			ids.push(s.subscriptionId ?? '');
		}
		expect(ids).toEqual([seedIds.subscriptionId, seedIds.sharedSubscriptionId]);
		const resources = new ResourceManagementClient(sandbox.credential, sandbox.subscriptionId, sdkOptions(sandbox));
		const rg = await resources.resourceGroups.createOrUpdate('rg-new', {location: 'westeurope'});
		expect(rg.properties?.provisioningState).toBe('Succeeded');
	});

	it('refuses the sandbox when the CA is not trusted', async () => {
		const subs = new SubscriptionClient(sandbox.credential, {endpoint: sandbox.armEndpoint, retryOptions: {maxRetries: 0}});
		await expect(subs.subscriptions.get(sandbox.subscriptionId)).rejects.toThrow(/certificate/i);
	});

	it('creates an AcrPull role assignment (201), answers a duplicate with 409 RoleAssignmentExists, lists it for the principal', async () => {
		const auth = new AuthorizationManagementClient(sandbox.credential, sandbox.subscriptionId, sdkOptions(sandbox));
		const scope = [...sandbox.state.registries.values()][0]?.id ?? '';
		const defs: string[] = [];
		for await (const d of auth.roleDefinitions.list(scope, {filter: "roleName eq 'acrpull'"})) {
			defs.push(d.id ?? '');
		}
		expect(defs).toHaveLength(1);
		const params = {roleDefinitionId: defs[0] ?? '', principalId: kubeletObjectId()};
		const created = await auth.roleAssignments.create(scope, randomUUID(), params);
		expect(created.principalType).toBe('ServicePrincipal');
		await expect(auth.roleAssignments.create(scope, randomUUID(), params)).rejects.toMatchObject({
			statusCode: 409,
			code: 'RoleAssignmentExists',
			message: 'The role assignment already exists.',
		});
		const listed: string[] = [];
		for await (const a of auth.roleAssignments.listForScope(scope, {filter: `principalId eq '${kubeletObjectId()}'`})) {
			listed.push(a.roleDefinitionId ?? '');
		}
		expect(listed).toHaveLength(1);
	});

	it('answers a Contributor writing a role assignment with the real 403 AuthorizationFailed', async () => {
		await sandbox.close();
		sandbox = await startTestSandbox({seed: 'contributor'});
		const auth = new AuthorizationManagementClient(sandbox.credential, sandbox.subscriptionId, sdkOptions(sandbox));
		const scope = `/subscriptions/${sandbox.subscriptionId}/resourceGroups/${seedIds.resourceGroup}`;
		const name = randomUUID();
		const error = await auth.roleAssignments
			.create(scope, name, {
				roleDefinitionId: `/subscriptions/${sandbox.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${acrPull}`,
				principalId: kubeletObjectId(),
			})
			.catch((e: unknown) => e);
		expect(error).toMatchObject({
			statusCode: 403,
			code: 'AuthorizationFailed',
			message: `The client 'alex@sandbox.onmicrosoft.com' with object id '${seedIds.userObjectId}' does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/write' over scope '${scope}/providers/Microsoft.Authorization/roleAssignments/${name}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
		});
	});

	it('creates a scope map and token, then generates passwords with an expiry through the LRO', async () => {
		const acr = new ContainerRegistryManagementClient(sandbox.credential, sandbox.subscriptionId, sdkOptions(sandbox));
		const registry = await acr.registries.create(seedIds.resourceGroup, 'tokenacr01', {location: 'eastus', sku: {name: 'Standard'}});
		await acr.scopeMaps.create(seedIds.resourceGroup, 'tokenacr01', 'hello-pull', {actions: ['repositories/hello-world/content/read']});
		const token = await acr.tokens.create(seedIds.resourceGroup, 'tokenacr01', 'hello-token', {
			scopeMapId: `${registry.id ?? ''}/scopeMaps/hello-pull`,
			status: 'enabled',
		});
		expect(token.provisioningState).toBe('Succeeded');
		const expiry = new Date('2031-01-01T00:00:00Z');
		const creds = await acr.registries.generateCredentials(seedIds.resourceGroup, 'tokenacr01', {tokenId: token.id ?? '', expiry});
		expect(creds.username).toBe('hello-token');
		expect(creds.passwords?.map((p) => p.name)).toEqual(['password1', 'password2']);
		expect(creds.passwords?.[0]?.value).toMatch(/^\S{32}$/);
		expect(creds.passwords?.[0]?.expiry?.toISOString()).toBe(expiry.toISOString());
	});

	it('refuses a connected registry on a Standard registry, then creates it once Premium with a data endpoint', async () => {
		const acr = new ContainerRegistryManagementClient(sandbox.credential, sandbox.subscriptionId, sdkOptions(sandbox));
		const registry = await acr.registries.create(seedIds.resourceGroup, 'edgeparent01', {location: 'eastus', sku: {name: 'Standard'}});
		await acr.tokens.create(seedIds.resourceGroup, 'edgeparent01', 'edgesync', {scopeMapId: `${registry.id ?? ''}/scopeMaps/_repositories_pull`});
		const body = {mode: 'ReadOnly', parent: {syncProperties: {tokenId: `${registry.id ?? ''}/tokens/edgesync`, schedule: '* * * * *', messageTtl: 'P1D'}}};
		await expect(acr.connectedRegistries.create(seedIds.resourceGroup, 'edgeparent01', 'edgereg01', body)).rejects.toMatchObject({
			statusCode: 400,
			code: 'ConnectedRegistryNotSupported',
		});
		const updated = await acr.registries.update(seedIds.resourceGroup, 'edgeparent01', {sku: {name: 'Premium'}, dataEndpointEnabled: true});
		expect(updated.dataEndpointEnabled).toBe(true);
		expect(updated.provisioningState).toBe('Succeeded');
		const cr = await acr.connectedRegistries.create(seedIds.resourceGroup, 'edgeparent01', 'edgereg01', body);
		expect(cr.provisioningState).toBe('Succeeded');
		expect(cr.activation?.status).toBe('Inactive');
		expect(cr.parent?.syncProperties.gatewayEndpoint).toBe('edgeparent01.eastus.data.azurecr.io');
	});

	it('creates an Arc extension through the LRO without echoing protected settings, and deletes it', async () => {
		const k8s = new SourceControlConfigurationClient(sandbox.credential, sandbox.subscriptionId, sdkOptions(sandbox));
		const ext = await k8s.extensions.beginCreateAndWait(seedIds.resourceGroup, 'Microsoft.Kubernetes', 'connectedClusters', seedIds.arcCluster, 'monitor', {
			extensionType: 'azuremonitor-containers',
			configurationSettings: {a: 'b'},
			configurationProtectedSettings: {secret: 'do-not-echo'},
		});
		expect(ext.provisioningState).toBe('Succeeded');
		expect(JSON.stringify(ext)).not.toContain('do-not-echo');
		await k8s.extensions.beginDeleteAndWait(seedIds.resourceGroup, 'Microsoft.Kubernetes', 'connectedClusters', seedIds.arcCluster, 'monitor');
		await expect(k8s.extensions.get(seedIds.resourceGroup, 'Microsoft.Kubernetes', 'connectedClusters', seedIds.arcCluster, 'monitor')).rejects.toMatchObject({
			statusCode: 404,
		});
	});

	it('reads the AKS cluster with its kubelet identity and a user kubeconfig pointing at its emulated API with the sandbox CA', async () => {
		const aks = new ContainerServiceClient(sandbox.credential, sandbox.subscriptionId, sdkOptions(sandbox));
		const cluster = await aks.managedClusters.get(seedIds.resourceGroup, seedIds.aksCluster);
		expect(cluster.identityProfile?.kubeletidentity?.objectId).toBe(kubeletObjectId());
		expect(cluster.networkProfile?.serviceCidr).toBe('10.0.0.0/16');
		const creds = await aks.managedClusters.listClusterUserCredentials(seedIds.resourceGroup, seedIds.aksCluster);
		expect(creds.kubeconfigs?.[0]?.name).toBe('clusterUser');
		const config = parse(Buffer.from(creds.kubeconfigs?.[0]?.value ?? new Uint8Array()).toString('utf8')) as {
			clusters: {cluster: {server: string; 'certificate-authority-data': string}}[];
			users: {user: {token: string}}[];
		};
		const api = sandbox.clusters.find((c) => c.spec.kind === 'aks');
		expect(config.clusters[0]?.cluster.server).toBe(api?.url);
		expect(Buffer.from(config.clusters[0]?.cluster['certificate-authority-data'] ?? '', 'base64').toString('utf8')).toBe(sandbox.caPem);
		expect(config.users[0]?.user.token).toBe(api?.token);
	});
});
