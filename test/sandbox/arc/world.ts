import {ContainerRegistryManagementClient} from '@azure/arm-containerregistry';
import {SourceControlConfigurationClient, type Extension} from '@azure/arm-kubernetesconfiguration';
import {AppsV1Api, CoreV1Api, KubeConfig, StorageV1Api} from '@kubernetes/client-node';
import {seedIds, startSandbox, type Sandbox} from '../../../source/sandbox/index.js';
import {sdkOptions} from '../helpers.js';

export const rg = seedIds.resourceGroup;
export const registryName = 'edgeparent04';
export const crName = 'myconnectedregistry';
export const extensionName = 'myconnectedregistry';
export const clusterIP = '192.100.100.1';

/** A sandbox with real emulated clusters, the SDK clients the wizard uses, and a Kubernetes client on the Arc cluster. */
export type ArcWorld = {
	sandbox: Sandbox;
	acr: ContainerRegistryManagementClient;
	k8s: SourceControlConfigurationClient;
	core: CoreV1Api;
	apps: AppsV1Api;
	storage: StorageV1Api;
	registryId: string;
	close(): Promise<void>;
};

export async function startArcWorld(): Promise<ArcWorld> {
	const sandbox = await startSandbox({pace: 'fast'});
	const acr = new ContainerRegistryManagementClient(sandbox.credential, sandbox.subscriptionId, sdkOptions(sandbox));
	const k8s = new SourceControlConfigurationClient(sandbox.credential, sandbox.subscriptionId, sdkOptions(sandbox));
	const config = new KubeConfig();
	config.loadFromString(sandbox.kubeconfigYaml);
	config.setCurrentContext(seedIds.arcCluster);
	return {
		sandbox,
		acr,
		k8s,
		core: config.makeApiClient(CoreV1Api),
		apps: config.makeApiClient(AppsV1Api),
		storage: config.makeApiClient(StorageV1Api),
		registryId: `/subscriptions/${sandbox.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.ContainerRegistry/registries/${registryName}`,
		close: () => sandbox.close(),
	};
}

/** The seed's prerequisites and `az acr connected-registry create --repository hello-world`: Premium, data endpoint, import, sync scope map and token named after the connected registry. */
export async function createConnectedRegistry(world: ArcWorld, options: {repositories?: string[]; clientTokens?: string[]} = {}): Promise<void> {
	const {acr, registryId} = world;
	await acr.registries.beginCreateAndWait(rg, registryName, {location: 'eastus', sku: {name: 'Premium'}, dataEndpointEnabled: true});
	await acr.registries.beginImportImageAndWait(rg, registryName, {
		source: {registryUri: 'mcr.microsoft.com', sourceImage: 'mcr/hello-world:latest'},
		targetTags: ['hello-world:latest'],
		mode: 'Force',
	});
	await acr.registries.beginImportImageAndWait(rg, registryName, {
		source: {registryUri: 'mcr.microsoft.com', sourceImage: 'mcr/hello-world:latest'},
		targetTags: ['other:latest'],
		mode: 'Force',
	});
	const repositories = options.repositories ?? ['hello-world'];
	const actions = [
		...repositories.flatMap((repo) => [`repositories/${repo}/content/read`, `repositories/${repo}/metadata/read`]),
		...['config/read', 'config/write', 'message/read', 'message/write'].map((a) => `gateway/${crName}/${a}`),
	];
	await acr.scopeMaps.beginCreateAndWait(rg, registryName, crName, {actions, description: `Created by connected registry sync token: ${crName}`});
	await acr.tokens.beginCreateAndWait(rg, registryName, crName, {scopeMapId: `${registryId}/scopeMaps/${crName}`, status: 'enabled'});
	await acr.connectedRegistries.beginCreateAndWait(rg, registryName, crName, {
		mode: 'ReadOnly',
		parent: {syncProperties: {tokenId: `${registryId}/tokens/${crName}`, schedule: '* * * * *', messageTtl: 'P1D'}},
		clientTokenIds: (options.clientTokens ?? []).map((name) => `${registryId}/tokens/${name}`),
		logging: {logLevel: 'Information', auditLogStatus: 'Disabled'},
	});
}

/** A client token with pull on the given repositories; returns its password1. */
export async function createClientToken(world: ArcWorld, name: string, repositories: string[]): Promise<string> {
	const {acr, registryId} = world;
	await acr.scopeMaps.beginCreateAndWait(rg, registryName, `${name}-scope`, {
		actions: repositories.flatMap((repo) => [`repositories/${repo}/content/read`, `repositories/${repo}/metadata/read`]),
	});
	await acr.tokens.beginCreateAndWait(rg, registryName, name, {scopeMapId: `${registryId}/scopeMaps/${name}-scope`, status: 'enabled'});
	const credentials = await acr.registries.beginGenerateCredentialsAndWait(rg, registryName, {tokenId: `${registryId}/tokens/${name}`, name: 'password1'});
	return credentials.passwords?.[0]?.value ?? '';
}

/** `get-settings --generate-password 1 --parent-protocol https`: the connection string, exactly the CLI's format. */
export async function connectionString(world: ArcWorld): Promise<string> {
	const {acr, registryId} = world;
	const cr = await acr.connectedRegistries.get(rg, registryName, crName);
	const credentials = await acr.registries.beginGenerateCredentialsAndWait(rg, registryName, {tokenId: `${registryId}/tokens/${crName}`, name: 'password1'});
	const password = credentials.passwords?.find((p) => p.name === 'password1')?.value ?? '';
	return `ConnectedRegistryName=${crName};SyncTokenName=${crName};SyncTokenPassword=${password};ParentGatewayEndpoint=${cr.parent?.syncProperties.gatewayEndpoint ?? ''};ParentEndpointProtocol=https`;
}

/** `az k8s-extension create … --config service.clusterIP=… --config-protected-file …`, followed to its end; a failure comes back as the SDK's error. */
export async function installExtension(world: ArcWorld, settings: Record<string, string>, connection: string, version?: string): Promise<Extension> {
	return world.k8s.extensions.beginCreateAndWait(rg, 'Microsoft.Kubernetes', 'connectedClusters', seedIds.arcCluster, extensionName, {
		extensionType: 'Microsoft.ContainerRegistry.ConnectedRegistry',
		autoUpgradeMinorVersion: true,
		releaseTrain: 'preview',
		...(version ? {version} : {}),
		configurationSettings: settings,
		configurationProtectedSettings: {connectionString: connection},
	});
}

/** The extension as `az k8s-extension show` reads it. */
export const showExtension = (world: ArcWorld): Promise<Extension> =>
	world.k8s.extensions.get(rg, 'Microsoft.Kubernetes', 'connectedClusters', seedIds.arcCluster, extensionName);

/** Polls until `check` returns a value, for at most `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 15_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

/** The connected-registry pod of the release, once it exists. */
export async function registryPod(world: ArcWorld): Promise<string> {
	return waitFor(
		async () =>
			(await world.core.listNamespacedPod({namespace: 'connected-registry'})).items.find((pod) => pod.metadata?.name?.startsWith('connected-registry-'))
				?.metadata?.name,
		'the connected-registry pod',
	);
}

/** `kubectl logs -n connected-registry <pod>`. */
export async function registryLogs(world: ArcWorld): Promise<string> {
	const name = await registryPod(world);
	return world.core.readNamespacedPodLog({name, namespace: 'connected-registry'});
}

/** The seed's `regcred` and `hello-world-deployment` pulling `<clusterIP>/<image>`; returns the pod's first container state once it settles. */
export async function deployHelloWorld(
	world: ArcWorld,
	credentials: {username: string; password: string} | undefined,
	image = `${clusterIP}/hello-world:latest`,
): Promise<{running: boolean; reason?: string; message?: string}> {
	const {core, apps} = world;
	if (credentials) {
		const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
		const dockerconfig = JSON.stringify({auths: {[clusterIP]: {username: credentials.username, password: credentials.password, auth}}});
		await core.createNamespacedSecret({
			namespace: 'default',
			body: {metadata: {name: 'regcred'}, type: 'kubernetes.io/dockerconfigjson', data: {'.dockerconfigjson': Buffer.from(dockerconfig).toString('base64')}},
		});
	}
	await apps.createNamespacedDeployment({
		namespace: 'default',
		body: {
			metadata: {name: 'hello-world-deployment', labels: {app: 'hello-world'}},
			spec: {
				selector: {matchLabels: {app: 'hello-world'}},
				replicas: 1,
				template: {
					metadata: {labels: {app: 'hello-world'}},
					spec: {...(credentials ? {imagePullSecrets: [{name: 'regcred'}]} : {}), containers: [{name: 'hello-world', image}]},
				},
			},
		},
	});
	return waitFor(async () => {
		const pod = (await core.listNamespacedPod({namespace: 'default', labelSelector: 'app=hello-world'})).items[0];
		const state = pod?.status?.containerStatuses?.[0]?.state;
		if (state?.running) return {running: true};
		const waiting = state?.waiting;
		if (waiting?.reason === 'ErrImagePull' || waiting?.reason === 'ImagePullBackOff')
			return {running: false, reason: waiting.reason, ...(waiting.message ? {message: waiting.message} : {})};
		return undefined;
	}, 'the hello-world pod to run or fail its pull');
}

/** Attaches client tokens to the connected registry (`az acr connected-registry update --add-client-tokens`), keeping its other properties. */
export async function attachClientTokens(world: ArcWorld, names: string[]): Promise<void> {
	const {acr, registryId} = world;
	const current = await acr.connectedRegistries.get(rg, registryName, crName);
	await acr.connectedRegistries.beginCreateAndWait(rg, registryName, crName, {
		mode: current.mode,
		parent: current.parent,
		logging: current.logging,
		clientTokenIds: [...(current.clientTokenIds ?? []), ...names.map((name) => `${registryId}/tokens/${name}`)],
	});
}
