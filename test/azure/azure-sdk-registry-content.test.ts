/**
 * The registry data-plane port over the sandbox's login servers over HTTPS: repositories, tags and manifests,
 * signed in as ACR does it (Entra token → /oauth2/exchange → /oauth2/token) or with a token's username and password.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {AzureError, type Azure, type Registry} from '../../source/azure/azure.js';
import {putImage} from '../../source/sandbox/azure/images.js';
import {seedIds, startSandbox, type Sandbox} from '../../source/sandbox/index.js';
import {registryNetworkOf} from '../../source/sandbox/registry/network.js';
import {findRegistryByName} from '../../source/sandbox/state.js';
import {sandboxAzure} from './sandbox-azure.js';

describe('the registry data plane through the Azure port (sandbox)', () => {
	let sandbox: Sandbox;
	let azure: Azure;
	let registry: Registry;
	let token: {username: string; password: string};

	beforeAll(async () => {
		sandbox = await startSandbox({pace: 'fast', seed: 'owner'});
		azure = sandboxAzure(sandbox);
		registry = await azure.createRegistry({
			subscriptionId: sandbox.subscriptionId,
			resourceGroup: seedIds.resourceGroup,
			name: 'contentacr01',
			location: 'eastus',
			sku: 'Basic',
		});
		await azure.importImage(registry.id, 'mcr.microsoft.com/mcr/hello-world:latest', 'hello-world:latest');
		await azure.importImage(registry.id, 'mcr.microsoft.com/oss/nginx/nginx:1.15.5-alpine', 'nginx:v1');
		const stored = findRegistryByName(sandbox.state, 'contentacr01');
		if (stored) putImage(stored.images, 'multiarch', 'v2', {digest: `sha256:${'a'.repeat(64)}`, sizeBytes: 2048, platforms: ['linux/amd64', 'linux/arm/v7']});
		const map = await azure.createScopeMap(registry.id, 'hello-pull', ['repositories/hello-world/content/read']);
		const made = await azure.createToken(registry.id, 'hello-pull', map.id);
		const generated = await azure.generateTokenPassword(registry.id, made.id, 'password1');
		token = {username: generated.username, password: generated.password.value};
	});
	afterAll(async () => {
		await sandbox.close();
	});

	it('lists the repositories as the signed-in Entra identity (exchange, then a catalog-scoped token)', async () => {
		expect(await azure.listRepositories(registry.loginServer)).toEqual(['hello-world', 'multiarch', 'nginx']);
	});

	it("lists a repository's tags, and says undefined for a repository that does not exist", async () => {
		expect(await azure.listTags(registry.loginServer, 'hello-world')).toEqual(['latest']);
		expect(await azure.listTags(registry.loginServer, 'not-there')).toBeUndefined();
	});

	it("reads a tag's manifest: media type and digest; undefined for a missing tag or repository", async () => {
		const manifest = await azure.getTagManifest(registry.loginServer, 'nginx', 'v1');
		expect(manifest?.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
		expect(manifest?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
		expect(manifest?.platforms).toBeUndefined();
		expect(await azure.getTagManifest(registry.loginServer, 'nginx', 'v9')).toBeUndefined();
		expect(await azure.getTagManifest(registry.loginServer, 'not-there', 'latest')).toBeUndefined();
	});

	it("reads an OCI index's platforms, with the variant where there is one", async () => {
		const manifest = await azure.getTagManifest(registry.loginServer, 'multiarch', 'v2');
		expect(manifest?.mediaType).toBe('application/vnd.oci.image.index.v1+json');
		expect(manifest?.platforms?.map((p) => [p.os, p.architecture, p.variant])).toEqual([
			['linux', 'amd64', undefined],
			['linux', 'arm', 'v7'],
		]);
		expect(manifest?.platforms?.every((p) => /^sha256:/.test(p.digest))).toBe(true);
	});

	it("reads with a repository-scoped token's username and password, within its scope only", async () => {
		expect(await azure.listTags(registry.loginServer, 'hello-world', token)).toEqual(['latest']);
		expect((await azure.getTagManifest(registry.loginServer, 'hello-world', 'latest', token))?.digest).toMatch(/^sha256:/);
		const refused = await azure.getTagManifest(registry.loginServer, 'nginx', 'v1', token).catch((error: unknown) => error);
		expect(refused).toBeInstanceOf(AzureError);
		expect(refused).toMatchObject({code: 'UNAUTHORIZED', statusCode: 401});
		expect((refused as AzureError).message).toMatch(/did not accept the credentials for nginx:v1/);
	});

	it('refuses a wrong password with the registry code UNAUTHORIZED, and the password never appears in the error', async () => {
		const wrong = {username: token.username, password: `${token.password}x`};
		const refused = await azure.listTags(registry.loginServer, 'hello-world', wrong).catch((error: unknown) => error);
		expect(refused).toMatchObject({code: 'UNAUTHORIZED', statusCode: 401});
		expect(String((refused as Error).message)).not.toContain(wrong.password);
		expect(String((refused as Error).message)).toContain(registry.loginServer);
	});

	it('refuses a client the registry firewall keeps out with DENIED (403), in plain words', async () => {
		const stored = findRegistryByName(sandbox.state, 'contentacr01');
		if (!stored) throw new Error('the registry contentacr01 is missing from the sandbox');
		const network = registryNetworkOf(stored);
		network.publicNetworkAccess = 'Disabled';
		try {
			const refused = await azure.listRepositories(registry.loginServer).catch((error: unknown) => error);
			expect(refused).toMatchObject({code: 'DENIED', statusCode: 403});
			expect((refused as AzureError).message).toMatch(/refused the list of its repositories/);
		} finally {
			network.publicNetworkAccess = 'Enabled';
		}
	});
});
