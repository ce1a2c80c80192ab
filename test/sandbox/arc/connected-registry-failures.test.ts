import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {seedIds} from '../../../source/sandbox/index.js';
import {
	clusterIP,
	connectionString,
	createConnectedRegistry,
	crName,
	extensionName,
	installExtension,
	registryLogs,
	registryName,
	rg,
	showExtension,
	startArcWorld,
	waitFor,
	type ArcWorld,
} from './world.js';

const defaults = {'service.clusterIP': clusterIP};
const failedWith = (inner: string) =>
	`The extension operation failed with the following error:  Error: {${inner}} occurred while doing the operation : {Installing the extension} on the config.`;
const helm = (error: string) => `Helm from path [] for release [${extensionName}] failed with the following error: err [${error}]`;
const atomic = (detail: string) => helm(`release ${extensionName} failed, and has been uninstalled due to atomic being set: ${detail}`);
const incorrectPassword = `Response: '{"errors":[{"code":"UNAUTHORIZED","message":"Incorrect Password","detail":"Please visit https://aka.ms/acr#UNAUTHORIZED for more information."}]}'`;
const alreadyActivated = `Response: '{"errors":[{"code":"ALREADY_ACTIVATED","message":"Failed to activate the connected registry as it is already activated by another instance. Only one instance is supported at any time.","detail":"Please visit https://aka.ms/acr#ALREADY_ACTIVATED for more information."}]}'`;

/** The install's failure as the SDK poller reports it, and the extension as `az k8s-extension show` then reads it. */
async function failedInstall(
	world: ArcWorld,
	settings: Record<string, string>,
	connection: string,
	version?: string,
): Promise<{error: string; provisioningState?: string; errorInfo?: string}> {
	const error = await installExtension(world, settings, connection, version).then(
		() => 'the install succeeded',
		(e: unknown) => (e instanceof Error ? e.message : String(e)),
	);
	const shown = await showExtension(world);
	return {error, provisioningState: shown.provisioningState, errorInfo: shown.errorInfo?.message};
}

describe('the connected-registry extension failing as it does on real Arc clusters', () => {
	let world: ArcWorld;
	beforeEach(async () => {
		world = await startArcWorld();
		await createConnectedRegistry(world);
	});
	afterEach(async () => {
		await world.close();
	});

	it('fails with the API server range error when service.clusterIP is outside the service CIDR, and leaves nothing in the cluster', async () => {
		const result = await failedInstall(world, {'service.clusterIP': '10.0.0.50'}, await connectionString(world));
		const range =
			'Service "connected-registry" is invalid: spec.clusterIPs: Invalid value: []string{"10.0.0.50"}: failed to allocate IP 10.0.0.50: the provided IP (10.0.0.50) is not in the valid range. The range of valid IPs is 192.100.0.0/16';
		expect(result.provisioningState).toBe('Failed');
		expect(result.errorInfo).toBe(failedWith(atomic(`failed to create resource: ${range}`)));
		expect(result.error).toContain('The range of valid IPs is 192.100.0.0/16');
		expect((await world.core.listNamespacedPersistentVolumeClaim({namespace: 'connected-registry'})).items).toEqual([]);
		expect((await world.apps.listNamespacedDeployment({namespace: 'connected-registry'})).items).toEqual([]);
	});

	it('fails with "provided IP is already allocated" when another Service holds the clusterIP', async () => {
		await world.core.createNamespacedService({namespace: 'default', body: {metadata: {name: 'squatter'}, spec: {clusterIP, ports: [{port: 80}]}}});
		const result = await failedInstall(world, defaults, await connectionString(world));
		expect(result.errorInfo).toContain(
			`spec.clusterIPs: Invalid value: []string{"${clusterIP}"}: failed to allocate IP ${clusterIP}: provided IP is already allocated`,
		);
	});

	it('with a wrong sync password in the connection string installs as on Azure: the pod runs, logs UNAUTHORIZED, and the registry stays Offline', async () => {
		const wrong = (await connectionString(world)).replace(/SyncTokenPassword=[^;]+/, 'SyncTokenPassword=not-the-password');
		await installExtension(world, defaults, wrong);
		expect((await showExtension(world)).provisioningState).toBe('Succeeded');
		expect(await waitFor(async () => ((await registryLogs(world)).includes(incorrectPassword) ? true : undefined), 'the UNAUTHORIZED log line')).toBe(true);
		const pods = (await world.core.listNamespacedPod({namespace: 'connected-registry'})).items.filter((pod) =>
			(pod.metadata?.name ?? '').startsWith('connected-registry-'),
		);
		expect(pods.map((pod) => pod.status?.phase)).toEqual(['Running']);
		expect((await world.acr.connectedRegistries.get(rg, registryName, crName)).connectionState).toBe('Offline');
		expect((await world.acr.connectedRegistries.get(rg, registryName, crName)).activation?.status).toBe('Inactive');
	});

	it('refuses a second instance with ALREADY_ACTIVATED until the connected registry is deactivated, then comes Online', async () => {
		const connection = await connectionString(world);
		await installExtension(world, defaults, connection);
		await world.k8s.extensions.beginDeleteAndWait(rg, 'Microsoft.Kubernetes', 'connectedClusters', seedIds.arcCluster, extensionName);
		expect((await world.core.listNamespace()).items.map((ns) => ns.metadata?.name)).not.toContain('connected-registry');
		expect((await world.acr.connectedRegistries.get(rg, registryName, crName)).activation?.status).toBe('Active');
		const again = await installExtension(world, defaults, connection);
		expect(again.provisioningState).toBe('Succeeded');
		expect(await waitFor(async () => ((await registryLogs(world)).includes(alreadyActivated) ? true : undefined), 'the ALREADY_ACTIVATED log line')).toBe(true);
		expect((await world.acr.connectedRegistries.get(rg, registryName, crName)).connectionState).toBe('Offline');
		await world.acr.connectedRegistries.beginDeactivateAndWait(rg, registryName, crName);
		const online = await waitFor(async () => {
			const cr = await world.acr.connectedRegistries.get(rg, registryName, crName);
			return cr.connectionState === 'Online' ? cr : undefined;
		}, 'the connected registry Online after deactivate');
		expect(online.activation?.status).toBe('Active');
	});

	it('leaves the PVC Pending with ProvisioningFailed and the pod unschedulable when the storage class does not exist, and times out', async () => {
		await world.storage.deleteStorageClass({name: 'standard'});
		const install = failedInstall(world, defaults, await connectionString(world));
		const claim = await waitFor(async () => {
			const found = await world.core
				.readNamespacedPersistentVolumeClaim({name: 'connected-registry-pvc', namespace: 'connected-registry'})
				.catch(() => undefined);
			return found?.status?.phase === 'Pending' ? found : undefined;
		}, 'the Pending claim');
		expect(claim.spec?.storageClassName).toBe('standard');
		const events = await waitFor(async () => {
			const list = (await world.core.listNamespacedEvent({namespace: 'connected-registry'})).items;
			return list.some((e) => e.reason === 'FailedScheduling') && list.some((e) => e.reason === 'ProvisioningFailed') ? list : undefined;
		}, 'the scheduling and provisioning events');
		expect(events.find((e) => e.reason === 'ProvisioningFailed')?.message).toBe('storageclass.storage.k8s.io "standard" not found');
		expect(events.find((e) => e.reason === 'FailedScheduling')?.message).toBe(
			'0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.',
		);
		expect((await install).errorInfo).toBe(failedWith(atomic('timed out waiting for the condition')));
	});

	it('fails with "cannot re-use a name that is still in use" when a Helm release of that name is left in the namespace', async () => {
		await world.core.createNamespace({body: {metadata: {name: 'connected-registry'}}});
		await world.core.createNamespacedSecret({
			namespace: 'connected-registry',
			body: {
				metadata: {name: `sh.helm.release.v1.${extensionName}.v1`, labels: {name: extensionName, owner: 'helm', status: 'deployed', version: '1'}},
				type: 'helm.sh/release.v1',
				data: {release: 'e30='},
			},
		});
		const result = await failedInstall(world, defaults, await connectionString(world));
		expect(result.errorInfo).toBe(failedWith(helm('cannot re-use a name that is still in use')));
	});

	it('fails with "being terminated" when the release namespace is still terminating', async () => {
		await world.core.createNamespace({body: {metadata: {name: 'connected-registry', finalizers: ['example.com/cleanup']}}});
		await world.core.deleteNamespace({name: 'connected-registry'});
		expect((await world.core.readNamespace({name: 'connected-registry'})).status?.phase).toBe('Terminating');
		const result = await failedInstall(world, defaults, await connectionString(world));
		expect(result.errorInfo).toBe(
			failedWith(
				atomic(
					`failed to create resource: secrets "sh.helm.release.v1.${extensionName}.v1" is forbidden: unable to create new content in namespace connected-registry because it is being terminated`,
				),
			),
		);
	});

	it('fails with "failed in download the Chart path not found" for a chart version that does not exist', async () => {
		const result = await failedInstall(world, defaults, await connectionString(world), '9.9.9');
		expect(result.errorInfo).toBe(failedWith('failed in download the Chart path not found'));
		expect((await world.core.listNamespace()).items.map((ns) => ns.metadata?.name)).not.toContain('connected-registry');
	});

	it('goes Offline and logs UNAUTHORIZED when the sync token password is rotated after activation', async () => {
		await installExtension(world, defaults, await connectionString(world));
		await waitFor(async () => ((await world.acr.connectedRegistries.get(rg, registryName, crName)).connectionState === 'Online' ? true : undefined), 'Online');
		await world.acr.registries.beginGenerateCredentialsAndWait(rg, registryName, {tokenId: `${world.registryId}/tokens/${crName}`, name: 'password1'});
		expect(await waitFor(async () => ((await registryLogs(world)).includes(incorrectPassword) ? true : undefined), 'the UNAUTHORIZED log line')).toBe(true);
		expect((await world.acr.connectedRegistries.get(rg, registryName, crName)).connectionState).toBe('Offline');
	});

	it('deleting the extension removes everything the release made in the cluster', async () => {
		await installExtension(world, {...defaults, 'cert-manager.install': 'true'}, await connectionString(world));
		expect((await world.core.listNamespace()).items.map((ns) => ns.metadata?.name)).toEqual(expect.arrayContaining(['cert-manager', 'connected-registry']));
		await world.k8s.extensions.beginDeleteAndWait(rg, 'Microsoft.Kubernetes', 'connectedClusters', seedIds.arcCluster, extensionName);
		const names = (await world.core.listNamespace()).items.map((ns) => ns.metadata?.name);
		expect(names).not.toContain('connected-registry');
		expect(names).not.toContain('cert-manager');
		expect((await world.core.listServiceForAllNamespaces()).items.map((s) => s.spec?.clusterIP)).not.toContain(clusterIP);
	});
});
