import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ContainerRegistryManagementClient} from '@azure/arm-containerregistry';
import {SourceControlConfigurationClient} from '@azure/arm-kubernetesconfiguration';
import {seedIds, type Sandbox} from '../../source/sandbox/index.js';
import {sdkOptions, startTestSandbox} from './helpers.js';

const rg = seedIds.resourceGroup;

describe('the connected registry flow: Premium registry → connected registry → Arc extension → pull from the clusterIP', () => {
	let sandbox: Sandbox;
	let acr: ContainerRegistryManagementClient;
	let k8s: SourceControlConfigurationClient;
	let arcId = '';
	beforeEach(async () => {
		sandbox = await startTestSandbox();
		acr = new ContainerRegistryManagementClient(sandbox.credential, sandbox.subscriptionId, sdkOptions(sandbox));
		k8s = new SourceControlConfigurationClient(sandbox.credential, sandbox.subscriptionId, sdkOptions(sandbox));
		arcId = [...sandbox.state.connectedClusters.values()][0]?.id ?? '';
	});
	afterEach(async () => {
		await sandbox.close();
	});

	/** Builds the parent registry, the connected registry with sync and client tokens, and returns the connection string and client password. */
	async function prepare(): Promise<{connectionString: string; clientPassword: string}> {
		const registry = await acr.registries.create(rg, 'edgeparent02', {location: 'eastus', sku: {name: 'Premium'}, dataEndpointEnabled: true});
		await acr.registries.importImage(rg, 'edgeparent02', {source: {registryUri: 'mcr.microsoft.com', sourceImage: 'hello-world:latest'}, targetTags: ['hello-world:latest'], mode: 'Force'});
		await acr.scopeMaps.create(rg, 'edgeparent02', 'edgesyncmap', {actions: ['repositories/hello-world/content/read', 'repositories/hello-world/metadata/read', 'gateway/edgereg02/config/read']});
		await acr.tokens.create(rg, 'edgeparent02', 'edgesynctoken', {scopeMapId: `${registry.id ?? ''}/scopeMaps/edgesyncmap`});
		await acr.scopeMaps.create(rg, 'edgeparent02', 'edgeclientmap', {actions: ['repositories/hello-world/content/read']});
		await acr.tokens.create(rg, 'edgeparent02', 'edgeclient', {scopeMapId: `${registry.id ?? ''}/scopeMaps/edgeclientmap`});
		const cr = await acr.connectedRegistries.create(rg, 'edgeparent02', 'edgereg02', {
			mode: 'ReadOnly',
			parent: {syncProperties: {tokenId: `${registry.id ?? ''}/tokens/edgesynctoken`, schedule: '* * * * *', messageTtl: 'P1D'}},
			clientTokenIds: [`${registry.id ?? ''}/tokens/edgeclient`],
		});
		const sync = await acr.registries.generateCredentials(rg, 'edgeparent02', {tokenId: `${registry.id ?? ''}/tokens/edgesynctoken`, name: 'password1'});
		const client = await acr.registries.generateCredentials(rg, 'edgeparent02', {tokenId: `${registry.id ?? ''}/tokens/edgeclient`, name: 'password1'});
		const connectionString = `ConnectedRegistryName=edgereg02;SyncTokenName=edgesynctoken;SyncTokenPassword=${sync.passwords?.[0]?.value ?? ''};ParentGatewayEndpoint=${cr.parent?.syncProperties.gatewayEndpoint ?? ''};ParentEndpointProtocol=https`;
		return {connectionString, clientPassword: client.passwords?.[0]?.value ?? ''};
	}
	const install = (connectionString: string, clusterIP: string) =>
		k8s.extensions.beginCreateAndWait(rg, 'Microsoft.Kubernetes', 'connectedClusters', seedIds.arcCluster, 'myconnectedregistry', {
			extensionType: 'Microsoft.ContainerRegistry.ConnectedRegistry',
			configurationSettings: {'service.clusterIP': clusterIP, 'cert-manager.install': 'false'},
			configurationProtectedSettings: {connectionString},
		});

	it('activates the connected registry and lets a client token pull hello-world from 192.100.100.1', async () => {
		const {connectionString, clientPassword} = await prepare();
		expect((await install(connectionString, '192.100.100.1')).provisioningState).toBe('Succeeded');
		expect((await acr.connectedRegistries.get(rg, 'edgeparent02', 'edgereg02')).activation?.status).toBe('Active');
		const credentials = [{server: '192.100.100.1', username: 'edgeclient', password: clientPassword, source: 'default/cr-client'}];
		expect(sandbox.authority.decidePull({image: '192.100.100.1/hello-world:latest', clusterId: arcId, credentials}).ok).toBe(true);
		expect(sandbox.authority.decidePull({image: '192.100.100.1/hello-world:latest', clusterId: arcId, credentials: []}).ok).toBe(false);
	});

	it('fails the extension with the Service clusterIP range error when the IP is outside the service CIDR', async () => {
		const {connectionString} = await prepare();
		const error = await install(connectionString, '10.0.0.50').catch((e: unknown) => e);
		expect((error as Error).message).toContain(
			'spec.clusterIPs: Invalid value: []string{"10.0.0.50"}: failed to allocate IP 10.0.0.50: the provided IP (10.0.0.50) is not in the valid range. The range of valid IPs is 192.100.0.0/16',
		);
	});

	it('fails the extension when the sync token password in the connection string is wrong', async () => {
		const {connectionString} = await prepare();
		const wrong = connectionString.replace(/SyncTokenPassword=[^;]+/, 'SyncTokenPassword=nope');
		await expect(install(wrong, '192.100.100.1')).rejects.toThrow(/connection string is invalid/);
	});
});
