import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Azure, Registry} from '../../source/azure/azure.js';
import {seedIds, startSandbox, type Sandbox} from '../../source/sandbox/index.js';
import {sandboxAzure} from './sandbox-azure.js';

/** The first usable address of a CIDR plus `offset` (enough for the sandbox's /16 service ranges). */
function addressIn(cidr: string, offset: number): string {
	const [base = ''] = cidr.split('/');
	const parts = base.split('.').map(Number);
	parts[3] = (parts[3] ?? 0) + offset;
	return parts.join('.');
}

describe('the Azure adapter: connected registry on an Arc cluster (sandbox)', () => {
	let sandbox: Sandbox;
	let azure: Azure;
	let registry: Registry;
	let arcId: string;
	const rg = seedIds.resourceGroup;

	beforeAll(async () => {
		sandbox = await startSandbox({pace: 'fast', seed: 'owner'});
		azure = sandboxAzure(sandbox);
		registry = await azure.createRegistry({subscriptionId: sandbox.subscriptionId, resourceGroup: rg, name: 'edgeparentacr', location: 'eastus', sku: 'Basic'});
		arcId = (await azure.listConnectedClusters(sandbox.subscriptionId)).find((c) => c.name === seedIds.arcCluster)?.id ?? '';
	});
	afterAll(async () => {
		await sandbox.close();
	});

	it('refuses a connected registry on a Basic registry with ARM code', async () => {
		await expect(
			azure.createConnectedRegistry(registry.id, {name: 'myconnectedregistry', mode: 'ReadOnly', repositories: ['hello-world']}),
		).rejects.toMatchObject({
			code: 'ConnectedRegistryNotSupported',
			statusCode: 400,
		});
	});

	it('upgrades to Premium with a data endpoint, creates the connected registry and activates it through the Arc extension', async () => {
		const progress: string[] = [];
		const premium = await azure.updateRegistry(registry.id, {sku: 'Premium', dataEndpointEnabled: true}, (s) => progress.push(s));
		expect(premium).toMatchObject({sku: 'Premium', dataEndpointEnabled: true});
		const cr = await azure.createConnectedRegistry(registry.id, {name: 'myconnectedregistry', mode: 'ReadOnly', repositories: ['hello-world']});
		expect(cr).toMatchObject({name: 'myconnectedregistry', mode: 'ReadOnly', activationStatus: 'Inactive'});
		expect(cr.syncTokenId).toMatch(/\/tokens\/myconnectedregistry$/);
		expect(cr).toMatchObject({schedule: '* * * * *', logLevel: 'Information', clientTokenIds: []});
		expect((await azure.getScopeMap(registry.id, 'myconnectedregistry'))?.actions).toEqual([
			'repositories/hello-world/content/read',
			'repositories/hello-world/metadata/read',
			'gateway/myconnectedregistry/config/read',
			'gateway/myconnectedregistry/config/write',
			'gateway/myconnectedregistry/message/read',
			'gateway/myconnectedregistry/message/write',
		]);

		const {username, password} = await azure.generateTokenPassword(registry.id, cr.syncTokenId, 'password1');
		const connectionString = `ConnectedRegistryName=${cr.name};SyncTokenName=${username};SyncTokenPassword=${password.value};ParentGatewayEndpoint=${cr.gatewayEndpoint ?? ''};ParentEndpointProtocol=https`;
		const serviceCidr = sandbox.clusters.find((c) => c.spec.kind === 'arc')?.spec.serviceCidr ?? '';
		const extension = await azure.createExtension(arcId, {
			name: 'myconnectedregistry',
			extensionType: 'Microsoft.ContainerRegistry.ConnectedRegistry',
			configurationSettings: {'service.clusterIP': addressIn(serviceCidr, 50)},
			protectedSettings: {connectionString},
		});
		expect(extension).toMatchObject({name: 'myconnectedregistry', provisioningState: 'Succeeded'});
		expect(JSON.stringify(extension)).not.toContain(password.value);
		expect((await azure.getConnectedRegistry(registry.id, 'myconnectedregistry'))?.activationStatus).toBe('Active');
		expect((await azure.listConnectedRegistries(registry.id)).map((c) => c.name)).toEqual(['myconnectedregistry']);
	});

	it('deletes the extension, the connected registry, its token and scope map, and then finds none of them', async () => {
		await azure.deleteExtension(arcId, 'myconnectedregistry');
		expect(await azure.getExtension(arcId, 'myconnectedregistry')).toBeUndefined();
		await azure.deleteConnectedRegistry(registry.id, 'myconnectedregistry');
		expect(await azure.getConnectedRegistry(registry.id, 'myconnectedregistry')).toBeUndefined();
		await azure.deleteToken(registry.id, 'myconnectedregistry');
		await azure.deleteScopeMap(registry.id, 'myconnectedregistry');
		expect(await azure.getToken(registry.id, 'myconnectedregistry')).toBeUndefined();
		expect(await azure.getScopeMap(registry.id, 'myconnectedregistry')).toBeUndefined();
	});

	it('once the first release is gone, answers an extension whose install fails as Arc shows it: Failed, with its errorInfo', async () => {
		const failed = await azure.createExtension(arcId, {
			name: 'badip',
			extensionType: 'Microsoft.ContainerRegistry.ConnectedRegistry',
			configurationSettings: {'service.clusterIP': '192.0.2.10'},
			protectedSettings: {connectionString: 'ConnectedRegistryName=x'},
		});
		expect(failed.provisioningState).toBe('Failed');
		expect(failed.errorInfo).toMatchObject({code: 'ExtensionOperationFailed'});
		expect(failed.errorInfo?.message).toContain('The range of valid IPs is 192.100.0.0/16');
		await azure.deleteExtension(arcId, 'badip');
	});
});
