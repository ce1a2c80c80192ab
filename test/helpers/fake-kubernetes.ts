/**
 * `fakeKubernetes(overrides)` and `fakeCluster`: an in-memory kubeconfig and cluster
 * (namespaces, secrets, service accounts, workloads) that record calls. `watchPods` is driven
 * by the test: `cluster.pushPods({pods, events})` calls every open watch.
 */
import {
	KubeError,
	type DockerRegistrySecret,
	type KubeCluster,
	type KubeconfigInfo,
	type Kubernetes,
	type PodsSnapshot,
	type Workload,
} from '../../source/kubernetes/kubernetes.js';

/** The in-memory state of one fake cluster. */
export type FakeClusterWorld = {
	namespaces: Set<string>;
	/** `namespace/name` → secret (the password is held, never printed). */
	secrets: Map<string, DockerRegistrySecret>;
	/** `namespace/serviceAccount` → imagePullSecrets names. */
	serviceAccounts: Map<string, string[]>;
	/** `Kind/namespace/name` → workload. */
	workloads: Map<string, Workload>;
	version: string;
	/** Label selectors restarted with `restartPods`, as `namespace/selector`. */
	restarts: string[];
};

type Watch = {
	readonly namespace: string;
	readonly selector: string;
	readonly onChange: (snapshot: PodsSnapshot) => void;
	readonly onError: (error: Error) => void;
};

/** The call records of a cluster, per method. */
export type ClusterCalls = {readonly [K in keyof KubeCluster]: Array<Parameters<KubeCluster[K]>>};

/** A fake cluster: the port, its world, its calls and the knobs that drive watches. */
export type FakeKubeCluster = KubeCluster & {
	readonly world: FakeClusterWorld;
	readonly calls: ClusterCalls;
	/** Sends a snapshot to every open watch (optionally only those in `namespace`). */
	pushPods(snapshot: PodsSnapshot, namespace?: string): void;
	/** Fails every open watch with `error`. */
	failWatch(error: Error): void;
	/** How many watches are open (started and not stopped). */
	openWatches(): number;
};

const key = (namespace: string, name: string) => `${namespace}/${name}`;

function defaultCluster(world: FakeClusterWorld, watches: Set<Watch>): KubeCluster {
	return {
		// Doctor's reads: an empty cluster (doctor's own tests run over the sandbox).
		listPodDetails: async () => [],
		listPodEvents: async () => [],
		listNodes: async () => [],
		readPullSecret: async () => undefined,
		serviceAccountPullSecrets: async () => [],
		deploymentSelector: async () => undefined,
		setDeploymentImage: async () => undefined,
		serviceRange: async () => '10.0.0.0/16',
		serviceClusterIPs: async () => ['10.0.0.1', '10.0.0.10'],
		namespaceObjects: async () => ({pods: [], services: [], claims: []}),
		podLogs: async () => [],
		// The pod inspector's reads: no pod to describe (its own tests run over the sandbox).
		describePod: async () => undefined,
		containerLogs: async () => [],
		podYaml: async () => undefined,
		serverVersion: async () => world.version,
		listNamespaces: async () => [...world.namespaces].sort(),
		// The fake's user may do anything, as a kind cluster's admin may.
		canI: async () => true,
		podSecurityLevel: async () => undefined,
		createNamespace: async (name) => {
			const created = !world.namespaces.has(name);
			world.namespaces.add(name);
			return {created};
		},
		deleteNamespace: async (name) => {
			if (!world.namespaces.delete(name)) throw new KubeError(`namespaces "${name}" not found`, 'NotFound', 404);
			const inside = (id: string) => id.startsWith(`${name}/`);
			for (const id of [...world.secrets.keys()].filter(inside)) world.secrets.delete(id);
			for (const id of [...world.serviceAccounts.keys()].filter(inside)) world.serviceAccounts.delete(id);
			for (const [id, workload] of [...world.workloads]) if (workload.namespace === name) world.workloads.delete(id);
		},
		secretExists: async (namespace, name) => world.secrets.has(key(namespace, name)),
		applyDockerRegistrySecret: async (secret) => {
			const created = !world.secrets.has(key(secret.namespace, secret.name));
			world.secrets.set(key(secret.namespace, secret.name), secret);
			return {created};
		},
		deleteSecret: async (namespace, name) => void world.secrets.delete(key(namespace, name)),
		addImagePullSecretToServiceAccount: async (namespace, serviceAccount, secretName) => {
			const list = world.serviceAccounts.get(key(namespace, serviceAccount)) ?? [];
			if (list.includes(secretName)) return {changed: false};
			world.serviceAccounts.set(key(namespace, serviceAccount), [...list, secretName]);
			return {changed: true};
		},
		removeImagePullSecretFromServiceAccount: async (namespace, serviceAccount, secretName) => {
			const list = world.serviceAccounts.get(key(namespace, serviceAccount)) ?? [];
			world.serviceAccounts.set(
				key(namespace, serviceAccount),
				list.filter((item) => item !== secretName),
			);
		},
		applyWorkload: async (workload) => {
			const id = `${workload.kind}/${key(workload.namespace, workload.name)}`;
			const created = !world.workloads.has(id);
			world.workloads.set(id, workload);
			return {created};
		},
		deleteWorkload: async (kind, namespace, name) => void world.workloads.delete(`${kind}/${key(namespace, name)}`),
		restartPods: async (namespace, labelSelector) => void world.restarts.push(key(namespace, labelSelector)),
		watchPods: async (namespace, selector, onChange, onError) => {
			const watch = {namespace, selector, onChange, onError};
			watches.add(watch);
			return () => void watches.delete(watch);
		},
	};
}

/** A fake cluster with `default` and `kube-system` namespaces and a `default` service account. */
export function fakeCluster(overrides: Partial<KubeCluster> = {}): FakeKubeCluster {
	const world: FakeClusterWorld = {
		namespaces: new Set(['default', 'kube-system']),
		secrets: new Map(),
		serviceAccounts: new Map([['default/default', []]]),
		workloads: new Map(),
		version: 'v1.32.4',
		restarts: [],
	};
	const watches = new Set<Watch>();
	const defaults = defaultCluster(world, watches);
	const calls: Record<string, unknown[][]> = {};
	const fake: Record<string, unknown> = {
		world,
		calls,
		pushPods: (snapshot: PodsSnapshot, namespace?: string) => {
			for (const watch of [...watches]) if (!namespace || watch.namespace === namespace) watch.onChange(snapshot);
		},
		failWatch: (error: Error) => {
			for (const watch of [...watches]) watch.onError(error);
		},
		openWatches: () => watches.size,
	};
	for (const name of Object.keys(defaults) as Array<keyof KubeCluster>) {
		calls[name] = [];
		const implementation = (overrides[name] ?? defaults[name]) as (...args: unknown[]) => Promise<unknown>;
		fake[name] = async (...args: unknown[]) => {
			calls[name]?.push(args);
			return implementation(...args);
		};
	}
	return fake as FakeKubeCluster;
}

/** The default kubeconfig: one context for the AKS cluster, current. */
export const defaultKubeconfig: KubeconfigInfo = {
	contexts: [
		{
			name: 'myAKSCluster',
			cluster: 'myAKSCluster',
			server: 'https://myaksclust-myresourcegroup-000000-abcd1234.hcp.eastus.azmk8s.io:443',
			user: 'clusterUser_myResourceGroup_myAKSCluster',
			namespace: 'default',
		},
	],
	currentContext: 'myAKSCluster',
	path: '/home/alice/.kube/config',
};

/** Options of the fake Kubernetes: the kubeconfig it reads and the clusters per context. */
export type FakeKubernetesOptions = {
	readonly kubeconfig?: KubeconfigInfo;
	/** One cluster per context name; a context without one gets the shared default cluster. */
	readonly clusters?: Readonly<Record<string, FakeKubeCluster>>;
};

/** The fake Kubernetes: the port, the cluster handed out by default, and the calls. */
export type FakeKubernetes = Kubernetes & {
	/** The cluster returned for contexts without their own. */
	readonly defaultCluster: FakeKubeCluster;
	readonly calls: {readonly readKubeconfig: Array<Parameters<Kubernetes['readKubeconfig']>>; readonly cluster: Array<Parameters<Kubernetes['cluster']>>};
};

/** A complete default Kubernetes; `overrides` replace `readKubeconfig` or `cluster`. */
export function fakeKubernetes(overrides: Partial<Kubernetes> = {}, options: FakeKubernetesOptions = {}): FakeKubernetes {
	const shared = fakeCluster();
	const calls = {readKubeconfig: [] as Array<Parameters<Kubernetes['readKubeconfig']>>, cluster: [] as Array<Parameters<Kubernetes['cluster']>>};
	const kubeconfig = options.kubeconfig ?? defaultKubeconfig;
	return {
		defaultCluster: shared,
		calls,
		async readKubeconfig(source) {
			calls.readKubeconfig.push([source]);
			return overrides.readKubeconfig ? overrides.readKubeconfig(source) : kubeconfig;
		},
		cluster(source, context) {
			calls.cluster.push([source, context]);
			if (overrides.cluster) return overrides.cluster(source, context);
			return (context ? options.clusters?.[context] : undefined) ?? shared;
		},
	};
}
