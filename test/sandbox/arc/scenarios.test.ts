import {AppsV1Api, CoreV1Api, KubeConfig, StorageV1Api} from '@kubernetes/client-node';
import {SourceControlConfigurationClient} from '@azure/arm-kubernetesconfiguration';
import {ContainerRegistryManagementClient} from '@azure/arm-containerregistry';
import {afterEach, describe, expect, it} from 'vitest';
import {seedIds, startSandbox, type Sandbox} from '../../../source/sandbox/index.js';
import {sdkOptions} from '../helpers.js';
import {waitFor} from './world.js';

const rg = seedIds.resourceGroup;
const registry = 'edgeparentacr';
const name = 'myconnectedregistry';

describe('the connected-registry scenarios, as clients then see them', () => {
	let sandbox: Sandbox | undefined;
	afterEach(async () => {
		await sandbox?.close();
		sandbox = undefined;
	});

	async function start(scenario: string) {
		sandbox = await startSandbox({pace: 'fast', scenario});
		const config = new KubeConfig();
		config.loadFromString(sandbox.kubeconfigYaml);
		config.setCurrentContext(seedIds.arcCluster);
		const core = config.makeApiClient(CoreV1Api);
		const acr = new ContainerRegistryManagementClient(sandbox.credential, sandbox.subscriptionId, sdkOptions(sandbox));
		const k8s = new SourceControlConfigurationClient(sandbox.credential, sandbox.subscriptionId, sdkOptions(sandbox));
		const logs = async () => {
			const pod = (await core.listNamespacedPod({namespace: 'connected-registry'})).items.find((p) => p.metadata?.name?.startsWith('connected-registry-'))
				?.metadata?.name;
			return pod ? core.readNamespacedPodLog({namespace: 'connected-registry', name: pod}).catch(() => '') : '';
		};
		const show = () => k8s.extensions.get(rg, 'Microsoft.Kubernetes', 'connectedClusters', seedIds.arcCluster, name);
		const install = (settings: Record<string, string> = {}) =>
			k8s.extensions
				.beginCreateAndWait(rg, 'Microsoft.Kubernetes', 'connectedClusters', seedIds.arcCluster, name, {
					extensionType: 'Microsoft.ContainerRegistry.ConnectedRegistry',
					configurationSettings: {'service.clusterIP': '192.100.100.1', ...settings},
					configurationProtectedSettings: {
						connectionString:
							'ConnectedRegistryName=myconnectedregistry;SyncTokenName=myconnectedregistry;SyncTokenPassword=unknown;ParentGatewayEndpoint=x;ParentEndpointProtocol=https',
					},
				})
				.then(
					(e) => e.provisioningState ?? '',
					(e: unknown) => (e instanceof Error ? e.message : String(e)),
				);
		return {core, acr, k8s, logs, show, install, apps: config.makeApiClient(AppsV1Api), storage: config.makeApiClient(StorageV1Api)};
	}

	it('connected-registry-already-activated: the registry is Active with no live instance, so it reads Offline', async () => {
		const {acr} = await start('connected-registry-already-activated');
		const cr = await acr.connectedRegistries.get(rg, registry, name);
		expect([cr.activation?.status, cr.connectionState]).toEqual(['Active', 'Offline']);
	});

	it('connected-registry-no-storage-class: the Arc cluster lists no storage class', async () => {
		const {storage} = await start('connected-registry-no-storage-class');
		expect((await storage.listStorageClass()).items).toEqual([]);
	});

	it('connected-registry-release-name-in-use: an install of that name fails with "cannot re-use a name that is still in use"', async () => {
		const {install, show} = await start('connected-registry-release-name-in-use');
		await install();
		expect((await show()).errorInfo?.message).toContain('cannot re-use a name that is still in use');
	});

	it('connected-registry-namespace-terminating: the namespace is Terminating and an install fails with "being terminated"', async () => {
		const {core, install, show} = await start('connected-registry-namespace-terminating');
		expect((await core.readNamespace({name: 'connected-registry'})).status?.phase).toBe('Terminating');
		await install();
		expect((await show()).errorInfo?.message).toContain('unable to create new content in namespace connected-registry because it is being terminated');
	});

	it('connected-registry-bad-chart-version: the extension is Failed with "failed in download the Chart path not found"', async () => {
		const {show} = await start('connected-registry-bad-chart-version');
		const shown = await show();
		expect([shown.provisioningState, shown.errorInfo?.code]).toEqual(['Failed', 'ExtensionOperationFailed']);
		expect(shown.errorInfo?.message).toContain('failed in download the Chart path not found');
	});

	it('connected-registry-wrong-password: the pod logs UNAUTHORIZED and the registry stays Offline', async () => {
		const {logs, acr} = await start('connected-registry-wrong-password');
		expect(
			await waitFor(async () => ((await logs()).includes('"code":"UNAUTHORIZED","message":"Incorrect Password"') ? true : undefined), 'the UNAUTHORIZED line'),
		).toBe(true);
		expect((await acr.connectedRegistries.get(rg, registry, name)).connectionState).toBe('Offline');
	});

	it('connected-registry-sync-password-rotated: the pod logs UNAUTHORIZED and the registry reads Offline', async () => {
		const {logs, acr} = await start('connected-registry-sync-password-rotated');
		expect(await waitFor(async () => ((await logs()).includes('"code":"UNAUTHORIZED"') ? true : undefined), 'the UNAUTHORIZED line')).toBe(true);
		expect((await acr.connectedRegistries.get(rg, registry, name)).connectionState).toBe('Offline');
	});

	it('connected-registry-trust-not-distributed: a pod pulling from the clusterIP fails with x509 unknown authority', async () => {
		const {apps, core} = await start('connected-registry-trust-not-distributed');
		await apps.createNamespacedDeployment({
			namespace: 'default',
			body: {
				metadata: {name: 'hello-world-deployment'},
				spec: {
					selector: {matchLabels: {app: 'hello-world'}},
					template: {metadata: {labels: {app: 'hello-world'}}, spec: {containers: [{name: 'hello-world', image: '192.100.100.1/hello-world:latest'}]}},
				},
			},
		});
		const message = await waitFor(
			async () =>
				(await core.listNamespacedPod({namespace: 'default', labelSelector: 'app=hello-world'})).items[0]?.status?.containerStatuses?.[0]?.state?.waiting
					?.message,
			'the pull failure',
		);
		expect(message).toContain('x509: certificate signed by unknown authority');
	});
});
