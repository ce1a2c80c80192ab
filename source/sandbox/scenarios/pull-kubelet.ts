/** Scenarios of what the node and the kubelet do: platforms, admission policies, pull secret types, rate limits. */
import {putImage} from '../azure/images.js';
import {aksOf, attachSharedRegistry, kubeRequest, sharedRegistryOf} from './pull-helpers.js';
import type {Scenario} from './types.js';

export const arm64PoolAmd64Image: Scenario = {
	name: 'arm64-pool-amd64-image',
	description:
		"aks-sandbox has an arm64 pool 'armpool' (nodes labelled kubernetes.io/arch=arm64) and the shared registry's app:v1 is built for linux/amd64 only: pods on armpool fail with no match for platform in manifest.",
	apply(world) {
		attachSharedRegistry(world);
		const aks = aksOf(world);
		const registry = sharedRegistryOf(world);
		if (!aks || !registry) return;
		aks.agentPools = [
			{name: 'nodepool1', osType: 'Linux', arch: 'amd64', vmSize: 'Standard_DS2_v2', nodeNames: aks.nodeNames},
			{name: 'armpool', osType: 'Linux', arch: 'arm64', vmSize: 'Standard_D4ps_v5', nodeNames: ['aks-armpool-34567890-vmss000000']},
		];
		putImage(registry.images, 'app', 'v1', {
			digest: 'sha256:5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270',
			sizeBytes: 7_341_920,
			platforms: ['linux/amd64'],
		});
		putImage(registry.images, 'app', 'v2', {
			digest: 'sha256:9c7a54a9a43cca047013b82af109fe963fde787f63f9e016fdc3384500c2823d',
			sizeBytes: 7_402_112,
			platforms: ['linux/amd64', 'linux/arm64'],
		});
	},
};

/** Labels the `default` namespace of aks-sandbox for Pod Security admission. */
function podSecurityScenario(name: string, description: string, labels: Record<string, string>): Scenario {
	return {
		name,
		description,
		apply(world) {
			attachSharedRegistry(world);
		},
		async started(sandbox) {
			await kubeRequest(sandbox, 'aks-sandbox', 'PATCH', '/api/v1/namespaces/default', {metadata: {labels}});
		},
	};
}

export const probeNamespaceRestricted = podSecurityScenario(
	'probe-namespace-restricted',
	'The default namespace of aks-sandbox enforces Pod Security "restricted": a probe pod without a restricted securityContext is refused with 403 violates PodSecurity.',
	{'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'latest'},
);

export const probeNamespaceWarns = podSecurityScenario(
	'probe-namespace-warns',
	'The default namespace of aks-sandbox warns on Pod Security "restricted": probe pods are admitted with a Warning: would violate PodSecurity header.',
	{'pod-security.kubernetes.io/warn': 'restricted', 'pod-security.kubernetes.io/warn-version': 'latest'},
);

export const pullSecretOpaque: Scenario = {
	name: 'pull-secret-opaque',
	description:
		'Secret default/acr-secret on kind-local holds a valid .dockerconfigjson but is of type Opaque, and the default service account names it: the kubelet ignores it, so pulls answer 401.',
	apply(world) {
		const registry = sharedRegistryOf(world);
		if (registry) registry.adminUserEnabled = true;
	},
	async started(sandbox) {
		const registry = [...sandbox.state.registries.values()].find((r) => r.adminUserEnabled);
		if (!registry) return;
		const server = `${registry.name.toLowerCase()}.${sandbox.cloud.acrSuffix}`;
		const [password] = registry.adminPasswords;
		const config = {auths: {[server]: {username: registry.name, password, auth: Buffer.from(`${registry.name}:${password}`).toString('base64')}}};
		const secret = {
			apiVersion: 'v1',
			kind: 'Secret',
			metadata: {name: 'acr-secret', namespace: 'default'},
			type: 'Opaque',
			data: {'.dockerconfigjson': Buffer.from(JSON.stringify(config)).toString('base64')},
		};
		await kubeRequest(sandbox, 'kind-local', 'POST', '/api/v1/namespaces/default/secrets', secret, 'application/json');
		await kubeRequest(sandbox, 'kind-local', 'PATCH', '/api/v1/namespaces/default/serviceaccounts/default', {imagePullSecrets: [{name: 'acr-secret'}]});
	},
};

export const dockerHubRateLimited: Scenario = {
	name: 'docker-hub-rate-limited',
	description:
		'Docker Hub has no anonymous pulls left for the clusters (limit reached): docker.io pulls fail with 429 toomanyrequests; images from mcr.microsoft.com and ACR still pull.',
	apply({state, now}) {
		state.pullWorld.rateLimits.set('docker.io', {limit: 100, windowMs: 6 * 3_600_000, pulls: Array.from({length: 100}, () => now.getTime())});
	},
};
