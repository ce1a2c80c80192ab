import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
	attachClientTokens,
	clusterIP,
	connectionString,
	createClientToken,
	createConnectedRegistry,
	crName,
	deployHelloWorld,
	installExtension,
	registryLogs,
	registryName,
	rg,
	showExtension,
	startArcWorld,
	type ArcWorld,
} from './world.js';

const defaults = {'service.clusterIP': clusterIP};

describe('the connected-registry Arc extension at run time (seed 004)', () => {
	let world: ArcWorld;
	beforeEach(async () => {
		world = await startArcWorld();
	});
	afterEach(async () => {
		await world.close();
	});

	it('on Succeeded has created the namespace, a Running pod, the Service on service.clusterIP and a Bound PVC', async () => {
		await createConnectedRegistry(world);
		const extension = await installExtension(world, defaults, await connectionString(world));
		expect(extension.provisioningState).toBe('Succeeded');
		expect(extension.configurationSettings).toEqual({'pvc.storageClassName': 'standard', 'pvc.storageRequest': '250Gi', 'service.clusterIP': clusterIP});
		expect(extension.configurationProtectedSettings).toBeUndefined();
		const namespace = await world.core.readNamespace({name: 'connected-registry'});
		expect(namespace.status?.phase).toBe('Active');
		const pods = (await world.core.listNamespacedPod({namespace: 'connected-registry'})).items;
		expect(pods.map((pod) => [pod.metadata?.name?.replace(/-[a-z0-9]+-[a-z0-9]+$/, ''), pod.status?.phase, pod.status?.containerStatuses?.[0]?.ready])).toEqual(
			[['connected-registry', 'Running', true]],
		);
		const service = await world.core.readNamespacedService({name: 'connected-registry', namespace: 'connected-registry'});
		expect(service.spec?.clusterIP).toBe(clusterIP);
		const claim = await world.core.readNamespacedPersistentVolumeClaim({name: 'connected-registry-pvc', namespace: 'connected-registry'});
		expect([claim.status?.phase, claim.spec?.storageClassName, claim.status?.capacity?.storage]).toEqual(['Bound', 'standard', '250Gi']);
		expect(await registryLogs(world)).toContain(`Connected registry '${crName}' activated`);
	});

	it('moves the connection state Offline → Syncing → Online, with the last sync time, schedule and window', async () => {
		await createConnectedRegistry(world);
		expect((await world.acr.connectedRegistries.get(rg, registryName, crName)).connectionState).toBe('Offline');
		await installExtension(world, defaults, await connectionString(world));
		const first = await world.acr.connectedRegistries.get(rg, registryName, crName);
		expect([first.activation?.status, first.connectionState]).toEqual(['Active', 'Syncing']);
		const online = await world.acr.connectedRegistries.get(rg, registryName, crName);
		expect(online.connectionState).toBe('Online');
		expect(Date.parse(online.parent?.syncProperties.lastSyncTime?.toISOString() ?? '')).toBeGreaterThan(0);
		expect(online.parent?.syncProperties.schedule).toBe('* * * * *');
		expect(online.parent?.syncProperties.gatewayEndpoint).toBe(`${registryName}.eastus.data.azurecr.io`);
	});

	it('serves <clusterIP>/hello-world:latest to a pod whose regcred holds an attached client token with pull on it', async () => {
		await createConnectedRegistry(world);
		const password = await createClientToken(world, 'mytoken', ['hello-world']);
		await attachClientTokens(world, ['mytoken']);
		await installExtension(world, defaults, await connectionString(world));
		expect(await deployHelloWorld(world, {username: 'mytoken', password})).toEqual({running: true});
	});

	it('answers 401 to a client token that exists in the registry but is not attached to the connected registry', async () => {
		await createConnectedRegistry(world);
		const password = await createClientToken(world, 'mytoken', ['hello-world']);
		await installExtension(world, defaults, await connectionString(world));
		const result = await deployHelloWorld(world, {username: 'mytoken', password});
		expect(result.running).toBe(false);
		expect(result.message).toContain(
			`failed to authorize: failed to fetch oauth token: unexpected status from POST request to https://${clusterIP}/oauth2/token: 401 Unauthorized`,
		);
	});

	it('answers insufficient_scope to an attached client token without pull on the repository', async () => {
		await createConnectedRegistry(world, {repositories: ['hello-world', 'other']});
		const password = await createClientToken(world, 'mytoken', ['other']);
		await attachClientTokens(world, ['mytoken']);
		await installExtension(world, defaults, await connectionString(world));
		const result = await deployHelloWorld(world, {username: 'mytoken', password});
		expect(result.message).toContain('insufficient_scope: authorization failed');
	});

	it('answers not found for a repository outside the sync scope, even to a client token allowed to read it', async () => {
		await createConnectedRegistry(world);
		const password = await createClientToken(world, 'mytoken', ['hello-world', 'other']);
		await attachClientTokens(world, ['mytoken']);
		await installExtension(world, defaults, await connectionString(world));
		const result = await deployHelloWorld(world, {username: 'mytoken', password}, `${clusterIP}/other:latest`);
		expect(result.message).toContain(`${clusterIP}/other:latest: not found`);
	});

	it('answers x509 unknown authority when trust distribution is off, before any credential is looked at', async () => {
		await createConnectedRegistry(world);
		await installExtension(world, {...defaults, 'trustDistribution.enabled': 'false'}, await connectionString(world));
		const result = await deployHelloWorld(world, undefined);
		expect(result.message).toContain(
			`failed to do request: Head "https://${clusterIP}/v2/hello-world/manifests/latest": tls: failed to verify certificate: x509: certificate signed by unknown authority`,
		);
	});

	it('answers connection refused on a clusterIP no Service holds', async () => {
		await createConnectedRegistry(world);
		const result = await deployHelloWorld(world, undefined, '192.100.100.9/hello-world:latest');
		expect(result.message).toContain('dial tcp 192.100.100.9:443: connect: connection refused');
	});

	it('keeps showing the extension when read with az k8s-extension show, never its protected settings', async () => {
		await createConnectedRegistry(world);
		const connection = await connectionString(world);
		await installExtension(world, defaults, connection);
		const shown = await showExtension(world);
		expect(JSON.stringify(shown)).not.toContain(connection.split('SyncTokenPassword=')[1]?.split(';')[0] ?? 'never');
	});
});
