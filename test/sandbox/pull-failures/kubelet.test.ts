import {ApiException} from '@kubernetes/client-node';
import {afterEach, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../../source/sandbox/index.js';
import {raw} from '../helpers.js';
import {coreFor, pullVerdict, sharedLoginServer, startWorld, waitFor} from './helpers.js';

const aksPath = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
const registryPath = `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${seedIds.sharedRegistry}`;

describe('node pools by architecture and images with platform metadata (arm64-pool-amd64-image)', () => {
	let sandbox: Sandbox;
	afterEach(async () => {
		await sandbox.close();
	});

	it('an amd64-only image fails on an arm64 node with no match for platform; a multi-arch one pulls there', async () => {
		sandbox = await startWorld({scenario: 'arm64-pool-amd64-image'});
		const cluster = (await raw(sandbox, 'GET', `${aksPath}?api-version=2025-10-01`)).body as {
			properties: {agentPoolProfiles: {name: string; vmSize: string; osType: string}[]};
		};
		expect(cluster.properties.agentPoolProfiles.map((p) => [p.name, p.vmSize])).toEqual([
			['nodepool1', 'Standard_DS2_v2'],
			['armpool', 'Standard_D4ps_v5'],
		]);
		const core = coreFor(sandbox, seedIds.aksCluster);
		const arm = (await core.listNode({labelSelector: 'kubernetes.io/arch=arm64'})).items.map((n) => n.metadata?.name);
		expect(arm).toEqual(['aks-armpool-34567890-vmss000000']);
		const amd64Only = `${sharedLoginServer}/app:v1`;
		expect(await pullVerdict(core, 'arm-v1', amd64Only, {nodeSelector: {'kubernetes.io/arch': 'arm64'}})).toBe(
			`Failed to pull image "${amd64Only}": rpc error: code = NotFound desc = failed to pull and unpack image "${amd64Only}": no match for platform in manifest: not found`,
		);
		expect(await pullVerdict(core, 'amd-v1', amd64Only, {nodeSelector: {'kubernetes.io/arch': 'amd64'}})).toMatch(/^Successfully pulled image/);
		expect(await pullVerdict(core, 'arm-v2', `${sharedLoginServer}/app:v2`, {nodeSelector: {'kubernetes.io/arch': 'arm64'}})).toMatch(
			/^Successfully pulled image/,
		);
	});

	it("a nodeSelector no node matches leaves the pod Pending with the scheduler's FailedScheduling event", async () => {
		sandbox = await startWorld({scenario: 'arm64-pool-amd64-image'});
		const core = coreFor(sandbox, seedIds.aksCluster);
		await core.createNamespacedPod({
			namespace: 'default',
			body: {
				metadata: {name: 'windows-only'},
				spec: {nodeSelector: {'kubernetes.io/os': 'windows'}, containers: [{name: 'app', image: `${sharedLoginServer}/app:v1`}]},
			},
		});
		const event = await waitFor(
			async () =>
				(await core.listNamespacedEvent({namespace: 'default', fieldSelector: 'involvedObject.name=windows-only'})).items.find(
					(e) => e.reason === 'FailedScheduling',
				),
			'FailedScheduling',
		);
		expect(event.message).toBe(
			"0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
		);
		expect((await core.readNamespacedPod({namespace: 'default', name: 'windows-only'})).status?.phase).toBe('Pending');
	});
});

describe('admission policies on the probe pods (Pod Security)', () => {
	let sandbox: Sandbox;
	afterEach(async () => {
		await sandbox.close();
	});
	const probe = {metadata: {name: 'canipull'}, spec: {containers: [{name: 'canipull', image: 'mcr.microsoft.com/aks/canipull:v0.1.0'}]}};

	it('probe-namespace-restricted: a probe pod without a restricted securityContext is refused with the apiserver 403', async () => {
		sandbox = await startWorld({scenario: 'probe-namespace-restricted'});
		const core = coreFor(sandbox, seedIds.aksCluster);
		const error = await core.createNamespacedPod({namespace: 'default', body: probe}).then(
			() => undefined,
			(e: unknown) => e,
		);
		expect(error).toBeInstanceOf(ApiException);
		const status = JSON.parse(String((error as ApiException<string>).body)) as {code: number; reason: string; message: string};
		expect(status).toMatchObject({code: 403, reason: 'Forbidden'});
		expect(status.message).toBe(
			'pods "canipull" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "canipull" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "canipull" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "canipull" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "canipull" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
		);
		const compliant = {
			metadata: {name: 'canipull-restricted'},
			spec: {
				securityContext: {runAsNonRoot: true, seccompProfile: {type: 'RuntimeDefault'}},
				containers: [
					{name: 'canipull', image: 'mcr.microsoft.com/aks/canipull:v0.1.0', securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: ['ALL']}}},
				],
			},
		};
		expect((await core.createNamespacedPod({namespace: 'default', body: compliant})).metadata?.name).toBe('canipull-restricted');
	});

	it('probe-namespace-warns: the pod is admitted with a Warning header', async () => {
		sandbox = await startWorld({scenario: 'probe-namespace-warns'});
		const answer = await coreFor(sandbox, seedIds.aksCluster).createNamespacedPodWithHttpInfo({namespace: 'default', body: probe});
		expect(answer.httpStatusCode).toBe(201);
		expect(answer.headers.warning).toMatch(/^299 - "would violate PodSecurity \\"restricted:latest\\": allowPrivilegeEscalation != false/);
	});
});

describe('kubelet fidelity: pull secret types and the Docker Hub rate limit', () => {
	let sandbox: Sandbox;
	afterEach(async () => {
		await sandbox.close();
	});
	const image = `${sharedLoginServer}/nginx:v1`;

	it('pull-secret-opaque: an Opaque secret with a valid .dockerconfigjson is ignored; the same payload as kubernetes.io/dockerconfigjson or a .dockercfg works', async () => {
		sandbox = await startWorld({scenario: 'pull-secret-opaque'});
		const core = coreFor(sandbox, seedIds.localCluster);
		const account = await core.readNamespacedServiceAccount({namespace: 'default', name: 'default'});
		expect(account.imagePullSecrets).toEqual([{name: 'acr-secret'}]);
		expect(await pullVerdict(core, 'opaque', image)).toBe(
			`Failed to pull image "${image}": rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://${sharedLoginServer}/oauth2/token?scope=repository%3Anginx%3Apull&service=${sharedLoginServer}: 401 Unauthorized`,
		);
		const opaque = await core.readNamespacedSecret({namespace: 'default', name: 'acr-secret'});
		const payload = opaque.data?.['.dockerconfigjson'] ?? '';
		await core.createNamespacedSecret({
			namespace: 'default',
			body: {metadata: {name: 'acr-typed'}, type: 'kubernetes.io/dockerconfigjson', data: {'.dockerconfigjson': payload}},
		});
		expect(await pullVerdict(core, 'typed', image, {imagePullSecrets: [{name: 'acr-typed'}]})).toMatch(/^Successfully pulled image/);
		const auths = (JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as {auths: unknown}).auths;
		await core.createNamespacedSecret({
			namespace: 'default',
			body: {metadata: {name: 'acr-legacy'}, type: 'kubernetes.io/dockercfg', data: {'.dockercfg': Buffer.from(JSON.stringify(auths)).toString('base64')}},
		});
		expect(await pullVerdict(core, 'legacy', image, {imagePullSecrets: [{name: 'acr-legacy'}]})).toMatch(/^Successfully pulled image/);
	});

	it('a kubernetes.io/dockercfg secret without .dockercfg is refused by the apiserver', async () => {
		sandbox = await startWorld();
		const error = await coreFor(sandbox, seedIds.localCluster)
			.createNamespacedSecret({namespace: 'default', body: {metadata: {name: 'bad'}, type: 'kubernetes.io/dockercfg', data: {}}})
			.then(
				() => undefined,
				(e: unknown) => e,
			);
		expect(JSON.parse(String((error as ApiException<string>).body))).toMatchObject({
			code: 422,
			reason: 'Invalid',
			message: 'Secret "bad" is invalid: data[.dockercfg]: Required value',
		});
	});

	it('docker-hub-rate-limited: docker.io pulls fail with 429 toomanyrequests while mcr.microsoft.com pulls', async () => {
		sandbox = await startWorld({scenario: 'docker-hub-rate-limited'});
		const core = coreFor(sandbox, seedIds.localCluster);
		expect(await pullVerdict(core, 'hub', 'nginx')).toMatch(
			/^Failed to pull image "nginx": rpc error: code = Unknown desc = failed to pull and unpack image "docker\.io\/library\/nginx:latest": failed to copy: httpReadSeeker: failed open: unexpected status code https:\/\/registry-1\.docker\.io\/v2\/library\/nginx\/manifests\/sha256:[0-9a-f]{64}: 429 Too Many Requests - Server message: toomanyrequests: You have reached your unauthenticated pull rate limit\. https:\/\/www\.docker\.com\/increase-rate-limit$/,
		);
		expect(await pullVerdict(core, 'mcr', 'mcr.microsoft.com/aks/canipull:v0.1.0')).toMatch(/^Successfully pulled image/);
	});

	it('the registry JSON keeps its other fields while the sandbox models network and auth settings', async () => {
		sandbox = await startWorld();
		const shown = (await raw(sandbox, 'GET', `${registryPath}?api-version=2025-11-01`)).body as {properties: Record<string, unknown>};
		expect(shown.properties).toMatchObject({
			roleAssignmentMode: 'LegacyRegistryPermissions',
			publicNetworkAccess: 'Enabled',
			privateEndpointConnections: [],
			policies: {azureADAuthenticationAsArmPolicy: {status: 'enabled'}},
		});
	});
});

describe('kubelet fidelity: where pull secrets are read from', () => {
	let sandbox: Sandbox;
	afterEach(async () => {
		await sandbox.close();
	});
	const image = `${sharedLoginServer}/nginx:v1`;

	it('imagePullSecrets count only at pod level or copied from the service account at admission; adding them to the account later does not help a pod', async () => {
		sandbox = await startWorld({scenario: 'pull-secret-opaque'});
		const core = coreFor(sandbox, seedIds.localCluster);
		const payload = (await core.readNamespacedSecret({namespace: 'default', name: 'acr-secret'})).data?.['.dockerconfigjson'] ?? '';
		await core.createNamespacedSecret({
			namespace: 'default',
			body: {metadata: {name: 'acr-typed'}, type: 'kubernetes.io/dockerconfigjson', data: {'.dockerconfigjson': payload}},
		});
		// A pod created now gets the account's (Opaque, ignored) secret copied in; pointing the account at the typed one afterwards changes nothing for it.
		expect(await pullVerdict(core, 'copied-early', image)).toMatch(/401 Unauthorized$/);
		await core.patchNamespacedServiceAccount({
			namespace: 'default',
			name: 'default',
			body: [{op: 'replace', path: '/imagePullSecrets', value: [{name: 'acr-typed'}]}],
		});
		const early = await core.readNamespacedPod({namespace: 'default', name: 'copied-early'});
		expect(early.spec?.imagePullSecrets).toEqual([{name: 'acr-secret'}]);
		expect(await pullVerdict(core, 'copied-late', image)).toMatch(/^Successfully pulled image/);
		expect((await core.readNamespacedPod({namespace: 'default', name: 'copied-late'})).spec?.imagePullSecrets).toEqual([{name: 'acr-typed'}]);
	});
});
