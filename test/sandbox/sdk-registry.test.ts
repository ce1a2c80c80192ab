import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ContainerRegistryManagementClient} from '@azure/arm-containerregistry';
import {seedIds, type Sandbox} from '../../source/sandbox/index.js';
import {sdkOptions, startTestSandbox} from './helpers.js';

describe('the real @azure/arm-containerregistry client against the sandbox', () => {
	let sandbox: Sandbox;
	let client: ContainerRegistryManagementClient;
	beforeEach(async () => {
		sandbox = await startTestSandbox();
		client = new ContainerRegistryManagementClient(sandbox.credential, sandbox.subscriptionId, sdkOptions(sandbox));
	});
	afterEach(async () => {
		await sandbox.close();
	});

	it('creates a registry through the long-running PUT and reads it back Succeeded with a lower-case login server', async () => {
		const created = await client.registries.create(seedIds.resourceGroup, 'MyWizardAcr01', {location: 'eastus', sku: {name: 'Basic'}});
		expect(created.provisioningState).toBe('Succeeded');
		expect(created.loginServer).toBe('mywizardacr01.azurecr.io');
		const got = await client.registries.get(seedIds.resourceGroup, 'MyWizardAcr01');
		expect(got.id).toContain('/registries/MyWizardAcr01');
		const names: string[] = [];
		for await (const r of client.registries.list()) {
			names.push(r.name ?? '');
		}
		expect(names).toContain('MyWizardAcr01');
	});

	it('imports an image from docker.io through the POST operation and refuses a NoForce overwrite', async () => {
		await client.registries.create(seedIds.resourceGroup, 'importacr01', {location: 'eastus', sku: {name: 'Standard'}});
		await client.registries.importImage(seedIds.resourceGroup, 'importacr01', {
			source: {registryUri: 'docker.io', sourceImage: 'library/nginx:latest'},
			targetTags: ['nginx:v1'],
			mode: 'NoForce',
		});
		const decision = sandbox.authority.decidePull({image: 'importacr01.azurecr.io/nginx:v1', clusterId: 'x', credentials: []});
		expect(decision.ok).toBe(false);
		await expect(
			client.registries.importImage(seedIds.resourceGroup, 'importacr01', {
				source: {registryUri: 'docker.io', sourceImage: 'library/nginx:latest'},
				targetTags: ['nginx:v1'],
				mode: 'NoForce',
			}),
		).rejects.toMatchObject({message: expect.stringContaining('already exists') as unknown});
	});

	it('fails an import of an image the source registry does not have, naming the image', async () => {
		await client.registries.create(seedIds.resourceGroup, 'importacr02', {location: 'eastus', sku: {name: 'Basic'}});
		const error = await client.registries
			.importImage(seedIds.resourceGroup, 'importacr02', {
				source: {registryUri: 'docker.io', sourceImage: 'library/nginx:does-not-exist'},
				targetTags: ['nginx:v1'],
			})
			.catch((e: unknown) => e);
		expect(error).toMatchObject({
			message: expect.stringContaining("Image 'library/nginx:does-not-exist' was not found in the source registry 'docker.io'") as unknown,
		});
	});

	it('copies mcr.microsoft.com/mcr/hello-world:latest under its own name when no target tag is given', async () => {
		await client.registries.create(seedIds.resourceGroup, 'importacr03', {location: 'eastus', sku: {name: 'Basic'}});
		await client.registries.importImage(seedIds.resourceGroup, 'importacr03', {
			source: {registryUri: 'mcr.microsoft.com', sourceImage: 'mcr/hello-world:latest'},
		});
		const registry = [...sandbox.state.registries.values()].find((r) => r.name === 'importacr03');
		expect(registry?.images.get('mcr/hello-world')?.has('latest')).toBe(true);
	});
});
