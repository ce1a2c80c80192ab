import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {KubeConfig} from '@kubernetes/client-node';
import {generate} from 'selfsigned';
import type {PullAuthority, PullDecision, PullRequest, SandboxClock} from '../../../source/sandbox/contracts.js';
import {startClusterApi, type ClusterApi} from '../../../source/sandbox/kube/index.js';

/** A clock that never waits. */
export const fastClock: SandboxClock = {now: () => new Date(), delay: async () => undefined};

/** A clock whose short waits pass at once but whose back-off waits (10 s and more) never end. */
export const stalledBackOffClock: SandboxClock = {now: () => new Date(), delay: async (ms) => (ms >= 10_000 ? new Promise<void>(() => undefined) : undefined)};

/** The runtime error an ACR gives an anonymous pull, as containerd reports it. */
export function unauthorizedMessage(image: string): string {
	const [server = '', ...rest] = image.split('/');
	const repository = rest.join('/').replace(/:[^:]+$/, '');
	return `rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://${server}/oauth2/token?scope=repository%3A${repository}%3Apull&service=${server}: 401 Unauthorized`;
}

/** A PullAuthority whose decision the test flips; records every request. */
export type FakeAuthority = PullAuthority & {requests: PullRequest[]; allow(isAllowed: boolean): void};

/** Creates a fake authority that allows or refuses every pull. */
export function fakeAuthority(initiallyAllowed: boolean): FakeAuthority {
	let allowed = initiallyAllowed;
	const listeners = new Set<() => void>();
	const requests: PullRequest[] = [];
	return {
		requests,
		decidePull(request): PullDecision {
			requests.push(request);
			if (allowed) return {ok: true, digest: 'sha256:' + 'ab'.repeat(32), sizeBytes: 72_312_345};
			return {ok: false, kind: 'unauthorized', message: unauthorizedMessage(request.image)};
		},
		onAccessChange(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		allow(isAllowed) {
			allowed = isAllowed;
			for (const listener of listeners) listener();
		},
	};
}

/** One emulated cluster for a test, with a kubeconfig file and a client-node KubeConfig. */
export type TestCluster = {
	api: ClusterApi;
	kubeconfigPath: string;
	kubeConfig: KubeConfig;
	directory: string;
	token: string;
	ca: string;
	close(): Promise<void>;
};

/** Starts a cluster API with a throwaway TLS certificate and writes its kubeconfig. */
export async function startTestCluster(authority: PullAuthority, clock: SandboxClock = fastClock): Promise<TestCluster> {
	const pems = await generate([{name: 'commonName', value: '127.0.0.1'}], {
		keySize: 2048,
		extensions: [
			{name: 'basicConstraints', cA: true},
			{
				name: 'subjectAltName',
				altNames: [
					{type: 7, ip: '127.0.0.1'},
					{type: 2, value: 'localhost'},
				],
			},
		],
	});
	const token = 'test-token-' + Math.random().toString(36).slice(2);
	const api = await startClusterApi({
		spec: {
			id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks1',
			name: 'aks1',
			kind: 'aks',
			serviceCidr: '10.0.0.0/16',
			kubeletObjectId: 'kubelet-oid',
			nodeNames: ['aks-nodepool1-12345678-vmss000000', 'aks-nodepool1-12345678-vmss000001'],
			kubernetesVersion: '1.32.4',
		},
		authority,
		clock,
		tls: {key: pems.private, cert: pems.cert},
		token,
	});
	const directory = await mkdtemp(join(tmpdir(), 'kube-test-'));
	const caData = Buffer.from(pems.cert).toString('base64');
	const kubeconfig = [
		'apiVersion: v1',
		'kind: Config',
		'clusters:',
		`- name: aks1\n  cluster:\n    server: ${api.url}\n    certificate-authority-data: ${caData}`,
		'users:',
		`- name: clusterUser\n  user:\n    token: ${token}`,
		'contexts:',
		'- name: aks1\n  context:\n    cluster: aks1\n    user: clusterUser\n    namespace: default',
		'current-context: aks1',
		'',
	].join('\n');
	const kubeconfigPath = join(directory, 'kubeconfig');
	await writeFile(kubeconfigPath, kubeconfig, {mode: 0o600});
	const kubeConfig = new KubeConfig();
	kubeConfig.loadFromString(kubeconfig);
	return {
		api,
		kubeconfigPath,
		kubeConfig,
		directory,
		token,
		ca: pems.cert,
		async close() {
			await api.close();
			await rm(directory, {recursive: true, force: true});
		},
	};
}

/** Polls `check` until it returns a value (not undefined) or the bounded wait ends. */
export async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}
