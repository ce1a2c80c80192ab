/** The real Kubernetes adapter against a running sandbox, and a collector that waits for watch snapshots. */
import {mkdtemp, rm} from 'node:fs/promises';
import {connect, createServer, type Socket} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parse, stringify} from 'yaml';
import {createKubernetes} from '../../source/kubernetes/client-node.js';
import type {Kubernetes, PodsSnapshot, Workload} from '../../source/kubernetes/kubernetes.js';
import {seedIds, startSandbox, type Sandbox} from '../../source/sandbox/index.js';

/** A sandbox, its kubeconfig written to a 0600 file, and the adapter reading it. */
export type KubeSandbox = {sandbox: Sandbox; directory: string; kubeconfigPath: string; kubernetes: Kubernetes; close(): Promise<void>};

/** Starts the sandbox (fast pace, owner seed) and writes its kubeconfig. */
export async function startKubeSandbox(): Promise<KubeSandbox> {
	const sandbox = await startSandbox({pace: 'fast', seed: 'owner'});
	const directory = await mkdtemp(join(tmpdir(), 'kube-adapter-'));
	const kubeconfigPath = join(directory, 'config');
	await sandbox.writeKubeconfig(kubeconfigPath);
	return {
		sandbox,
		directory,
		kubeconfigPath,
		// An empty home and no $KUBECONFIG: only what a test names is read.
		kubernetes: createKubernetes({home: directory}),
		async close() {
			await sandbox.close();
			await rm(directory, {recursive: true, force: true});
		},
	};
}

type KubeconfigDocument = {
	clusters: Array<{name: string; cluster: Record<string, unknown>}>;
	users: Array<{name: string; user: Record<string, unknown>}>;
	contexts: Array<{name: string; context: Record<string, unknown>}>;
	'current-context': string;
};

/** The sandbox kubeconfig YAML with `change` applied to its parsed document. */
export function editedKubeconfig(yaml: string, change: (document: KubeconfigDocument) => void): string {
	const document = parse(yaml) as KubeconfigDocument;
	change(document);
	return stringify(document);
}

/** The seeded shared registry's login server and resource id. */
export const sharedRegistry = {
	loginServer: `${seedIds.sharedRegistry}.azurecr.io`,
	id: `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${seedIds.sharedRegistry}`,
};

/** The seed's `acr-nginx.yaml` deployment for `namespace`, pulling from the shared registry. */
export function nginxDeployment(namespace: string): Workload {
	return {
		kind: 'Deployment',
		namespace,
		name: 'nginx0-deployment',
		labels: {app: 'nginx0-deployment'},
		podLabels: {app: 'nginx0'},
		replicas: 2,
		image: `${sharedRegistry.loginServer}/nginx:v1`,
		containerName: 'nginx',
		containerPort: 80,
		imagePullSecrets: [],
	};
}

type Waiter = {check: (snapshot: PodsSnapshot) => boolean; resolve: (snapshot: PodsSnapshot) => void};

/** Records what a watch reports and waits (bounded) for a snapshot that satisfies a condition. */
export function snapshotCollector() {
	const snapshots: PodsSnapshot[] = [];
	const errors: Error[] = [];
	let waiters: Waiter[] = [];
	return {
		snapshots,
		errors,
		onChange(snapshot: PodsSnapshot) {
			snapshots.push(snapshot);
			const ready = waiters.filter((waiter) => waiter.check(snapshot));
			waiters = waiters.filter((waiter) => !ready.includes(waiter));
			for (const waiter of ready) waiter.resolve(snapshot);
		},
		onError(error: Error) {
			errors.push(error);
		},
		async until(check: (snapshot: PodsSnapshot) => boolean, what: string, timeoutMs = 15_000): Promise<PodsSnapshot> {
			const last = snapshots.at(-1);
			if (last && check(last)) return last;
			let timer: NodeJS.Timeout | undefined;
			const reached = new Promise<PodsSnapshot>((resolve) => waiters.push({check, resolve}));
			const expired = new Promise<never>((_resolve, reject) => {
				timer = setTimeout(() => {
					const seen =
						snapshots
							.at(-1)
							?.pods.map((pod) => `${pod.name} ${pod.ready} ${pod.status}`)
							.join('; ') ?? 'nothing';
					reject(new Error(`timed out waiting for ${what}; last seen: ${seen}; errors: ${errors.map((error) => error.message).join('; ')}`));
				}, timeoutMs);
			});
			try {
				return await Promise.race([reached, expired]);
			} finally {
				clearTimeout(timer);
			}
		},
	};
}

/** True when `count` pods are listed and every one is `status` and fully ready. */
export const allPods = (count: number, status: string) => (snapshot: PodsSnapshot) =>
	snapshot.pods.length === count && snapshot.pods.every((pod) => pod.status === status && (status !== 'Running' || pod.ready === '1/1'));

/** A TCP forwarder in front of a cluster API: counts connections and can drop them all, as a flaky network would. */
export async function startForwarder(target: string) {
	const upstreamUrl = new URL(target);
	const open = new Set<Socket>();
	let connections = 0;
	const server = createServer((socket) => {
		connections++;
		const upstream = connect(Number(upstreamUrl.port), upstreamUrl.hostname);
		for (const end of [socket, upstream]) {
			// Dropping the pair resets the other side; that is the point here.
			end.on('error', () => undefined);
			open.add(end);
			end.on('close', () => open.delete(end));
		}
		socket.pipe(upstream).pipe(socket);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	const dropAll = () => {
		for (const socket of open) socket.destroy();
	};
	return {
		url: `https://127.0.0.1:${port}`,
		connections: () => connections,
		dropAll,
		async close() {
			dropAll();
			await new Promise((resolve) => server.close(resolve));
		},
	};
}

/** The sandbox kubeconfig with every cluster's server set to `server`. */
export function kubeconfigPointedAt(yaml: string, server: string): string {
	return editedKubeconfig(yaml, (document) => document.clusters.forEach((entry) => (entry.cluster.server = server)));
}
