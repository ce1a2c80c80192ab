/**
 * The Kubernetes port, in our words. The adapter (`client-node.ts`) is the only file that
 * imports @kubernetes/client-node; steps and tests see plain data only.
 */

/** One pod as `kubectl get pods` shows it, plus why it is waiting. */
export type PodSummary = {
	readonly name: string;
	readonly namespace: string;
	readonly ready: string;
	readonly status: string;
	readonly restarts: number;
	readonly createdAt?: string;
	readonly images: readonly string[];
	/** The kubelet's message for a waiting container (ErrImagePull, ImagePullBackOff…). */
	readonly message?: string;
};

/** A recent event of a pod, as `kubectl describe pod` lists them. */
export type PodEvent = {
	readonly pod: string;
	readonly type: 'Normal' | 'Warning';
	readonly reason: string;
	readonly message: string;
	readonly count: number;
	readonly lastSeen?: string;
};

/** A bearer token for a cluster and when it expires (ms since the epoch). */
export type BearerToken = {readonly token: string; readonly expiresOnTimestamp: number};

/**
 * A cluster user's bearer token that expires and is fetched again before it does (an Entra ID cluster's token for
 * its server application, from the wizard's own sign-in): `first` is the token the kubeconfig carries.
 */
export type BearerSource = {readonly first: BearerToken; readonly renew: () => Promise<BearerToken>};

/**
 * Where the cluster configuration comes from: a kubeconfig file, or one held in memory (AKS user credentials),
 * with the source of its user's token when that token expires and must be renewed during a long watch.
 */
export type KubeconfigSource = {readonly kind: 'file'; readonly path?: string} | InlineKubeconfig;

/** A kubeconfig held in memory (never written to disk), and the source of its user's token when that token must be renewed. */
export type InlineKubeconfig = {readonly kind: 'inline'; readonly yaml: string; readonly bearer?: BearerSource};

export type KubeContext = {
	readonly name: string;
	readonly cluster: string;
	readonly server: string;
	readonly namespace?: string;
	readonly user: string;
	/** The credential plugin the user runs (`users[].user.exec.command`: kubelogin, aws, gke-gcloud-auth-plugin), if any. */
	readonly execCommand?: string;
};

export type KubeconfigInfo = {
	readonly contexts: readonly KubeContext[];
	readonly currentContext?: string;
	/** The file that was read, for messages. */
	readonly path?: string;
};

/** A docker-registry pull secret as `kubectl create secret docker-registry` makes it. */
/**
 * What the caller knows of an object it creates: `absent` when it cannot be there yet (its namespace was created by
 * this run a moment ago), so the create is sent without reading first.
 */
export type CreateOptions = {readonly absent?: boolean};

export type DockerRegistrySecret = {
	readonly namespace: string;
	readonly name: string;
	readonly server: string;
	readonly username: string;
	readonly password: string;
};

/** A sample workload: the seeds' deployment or pod, described as data. */
export type Workload =
	| {
			readonly kind: 'Deployment';
			readonly namespace: string;
			readonly name: string;
			readonly labels: Readonly<Record<string, string>>;
			readonly replicas: number;
			/** Labels of the pod template and the selector (the seed's `app: nginx0`); `labels` when absent. */
			readonly podLabels?: Readonly<Record<string, string>>;
			readonly image: string;
			readonly containerName: string;
			readonly containerPort?: number;
			readonly imagePullPolicy?: ImagePullPolicy;
			readonly imagePullSecrets: readonly string[];
			/** Meets Pod Security "restricted": non-root as `runAsUser`, no privilege escalation, no capabilities, RuntimeDefault seccomp, requests and limits. */
			readonly hardened?: {readonly runAsUser: number};
	  }
	| {
			readonly kind: 'Pod';
			readonly namespace: string;
			readonly name: string;
			readonly labels: Readonly<Record<string, string>>;
			readonly image: string;
			readonly containerName: string;
			readonly imagePullPolicy?: ImagePullPolicy;
			readonly imagePullSecrets: readonly string[];
			readonly hardened?: {readonly runAsUser: number};
	  };

/** When the kubelet pulls the image (the pull-secret seed's pod says `IfNotPresent`). */
export type ImagePullPolicy = 'Always' | 'IfNotPresent' | 'Never';

/**
 * What one watch reports: the pods matching the selector and their recent events, and the ReplicaSets'
 * FailedCreate events (`pod` is then the ReplicaSet's name): pods the cluster refused to create.
 */
export type PodsSnapshot = {readonly pods: readonly PodSummary[]; readonly events: readonly PodEvent[]; readonly refusals?: readonly PodEvent[]};

/** A handle to stop a watch. */
export type Stop = () => void;

/** What a namespace holds, as `kubectl get pod,svc,pvc -n <ns>` lists it. */
export type NamespaceObjects = {
	readonly pods: ReadonlyArray<{readonly name: string; readonly phase: string; readonly ready: string; readonly restarts: number; readonly status: string}>;
	readonly services: ReadonlyArray<{readonly name: string; readonly clusterIP: string; readonly ports: string}>;
	readonly claims: ReadonlyArray<{readonly name: string; readonly phase: string; readonly storageClass: string; readonly capacity: string}>;
};

/** A pod as doctor reads it: the `kubectl get pods` row, where it runs, and what it pulls with. */
export type PodDetail = PodSummary & {
	readonly nodeName?: string;
	readonly serviceAccount: string;
	/** The pod's own imagePullSecrets (the service account's are copied in at admission). */
	readonly imagePullSecrets: readonly string[];
	readonly labels: Readonly<Record<string, string>>;
	/** The workload that made it (a ReplicaSet's Deployment is named by the pod's owner chain when known). */
	readonly owner?: {readonly kind: string; readonly name: string};
	readonly containers: ReadonlyArray<{readonly name: string; readonly image: string}>;
};

/** A node: its OS and architecture labels, and the pool it belongs to. */
export type NodeDetail = {readonly name: string; readonly os?: string; readonly arch?: string; readonly pool?: string};

/**
 * A pull secret as doctor reads it: its type and, for a docker config, each server with its user name. The
 * password stays in memory only as long as doctor checks it, and never reaches a report.
 */
export type PullSecretDetail = {
	readonly namespace: string;
	readonly name: string;
	readonly type: string;
	readonly auths: ReadonlyArray<{readonly server: string; readonly username: string; readonly password: string}>;
};

/** What doctor reads of a cluster (reads only). */
export type KubeDoctorReads = {
	/** Pods of a namespace, or of every namespace. */
	listPodDetails(namespace?: string): Promise<PodDetail[]>;
	/** Pod events of a namespace (or all), newest first, each with its namespace. */
	listPodEvents(namespace?: string): Promise<Array<PodEvent & {readonly namespace: string}>>;
	listNodes(): Promise<NodeDetail[]>;
	/** The secret, or undefined when it is not there. */
	readPullSecret(namespace: string, name: string): Promise<PullSecretDetail | undefined>;
	/** The service account's imagePullSecrets; undefined when it is not there. */
	serviceAccountPullSecrets(namespace: string, name: string): Promise<string[] | undefined>;
	/** A deployment's pod selector (`app=nginx0`), undefined when it is not there. */
	deploymentSelector(namespace: string, name: string): Promise<string | undefined>;
	/** Replaces the image of one container of a deployment (as `kubectl set image`). */
	setDeploymentImage(namespace: string, name: string, container: string, image: string): Promise<void>;
};

/** One container of a pod as `kubectl describe pod` shows it: its state now, the last one, readiness and restarts. */
export type ContainerDescription = {
	readonly name: string;
	readonly image: string;
	readonly imageID?: string;
	readonly state: ContainerStateDescription;
	readonly lastState?: ContainerStateDescription;
	readonly ready: boolean;
	readonly restartCount: number;
};

/** `Waiting` (with its reason and the kubelet's message), `Running` (since), `Terminated` (reason, exit code, when). */
export type ContainerStateDescription = {
	readonly state: 'Waiting' | 'Running' | 'Terminated';
	readonly reason?: string;
	readonly message?: string;
	readonly exitCode?: number;
	readonly startedAt?: string;
	readonly finishedAt?: string;
};

/** The fields of `kubectl describe pod` that matter to a pull: where it runs, who made it, what it pulls with, each container's state. */
export type PodDescription = {
	readonly name: string;
	readonly namespace: string;
	readonly node?: string;
	readonly startTime?: string;
	readonly labels: Readonly<Record<string, string>>;
	readonly phase: string;
	readonly ip?: string;
	/** `ReplicaSet/nginx0-deployment-5d…`, as kubectl's `Controlled By`. */
	readonly controlledBy?: string;
	readonly serviceAccount: string;
	readonly imagePullSecrets: readonly string[];
	readonly containers: readonly ContainerDescription[];
	readonly conditions: ReadonlyArray<{readonly type: string; readonly status: string}>;
	readonly qosClass?: string;
};

/** Which logs to read: a container (the only one when absent), the previous run's (`kubectl logs --previous`), the last lines. */
export type ContainerLogRequest = {readonly container?: string; readonly previous?: boolean; readonly tailLines?: number};

/** What a pod inspector reads of one pod (reads only): describe, logs, the YAML. */
export type KubePodInspection = {
	/** The pod as `kubectl describe pod` shows it; undefined when it is gone. */
	describePod(namespace: string, name: string): Promise<PodDescription | undefined>;
	/** A container's log lines; a container that has not started (or has no previous run) rejects with the kubelet's KubeError. */
	containerLogs(namespace: string, name: string, request: ContainerLogRequest): Promise<string[]>;
	/** The pod as `kubectl get pod -o yaml` prints it (without managedFields); undefined when it is gone. */
	podYaml(namespace: string, name: string): Promise<string | undefined>;
};

/** One cluster, reached through one context. */
export type KubeCluster = KubeDoctorReads &
	KubePodInspection & {
		/** `/version` with a short timeout: the server's git version. */
		serverVersion(timeoutMs: number): Promise<string>;
		listNamespaces(): Promise<string[]>;
		/** The Pod Security level the namespace enforces (its `pod-security.kubernetes.io/enforce` label), undefined when none or unreadable. */
		podSecurityLevel(namespace: string): Promise<string | undefined>;
		/** Whether the user may do `verb` on `resource` (in `namespace`): a SelfSubjectAccessReview, as `kubectl auth can-i`. */
		canI(attributes: {readonly verb: string; readonly resource: string; readonly group?: string; readonly namespace?: string}): Promise<boolean>;
		createNamespace(name: string): Promise<{created: boolean}>;
		/** Deletes the namespace and everything in it; one that is not there rejects with a 404 KubeError. */
		deleteNamespace(name: string): Promise<void>;
		secretExists(namespace: string, name: string): Promise<boolean>;
		/** Creates or replaces the secret; `created: false` when it replaced one. `absent`: the caller knows there is none (no read first). */
		applyDockerRegistrySecret(secret: DockerRegistrySecret, options?: CreateOptions): Promise<{created: boolean}>;
		deleteSecret(namespace: string, name: string): Promise<void>;
		/** Adds `secretName` to the service account's imagePullSecrets; `changed: false` if it was there. */
		addImagePullSecretToServiceAccount(namespace: string, serviceAccount: string, secretName: string): Promise<{changed: boolean}>;
		removeImagePullSecretFromServiceAccount(namespace: string, serviceAccount: string, secretName: string): Promise<void>;
		/** Creates or updates the workload (server-side apply semantics); `created: false` when it existed. `absent` as for a secret. */
		applyWorkload(workload: Workload, options?: CreateOptions): Promise<{created: boolean}>;
		deleteWorkload(kind: Workload['kind'], namespace: string, name: string): Promise<void>;
		/** Deletes the pods matching `labelSelector` so that their owner recreates them (a rollout restart). */
		restartPods(namespace: string, labelSelector: string): Promise<void>;
		/**
		 * The cluster's service IP range, as the API server names it when a Service asks for an address outside it
		 * (a server-side dry run of a probe Service: nothing is created); undefined when the answer names no range.
		 */
		serviceRange(): Promise<string | undefined>;
		/** The clusterIPs every Service holds. */
		serviceClusterIPs(): Promise<string[]>;
		/** Pods, Services and claims of a namespace (empty when it does not exist). */
		namespaceObjects(namespace: string): Promise<NamespaceObjects>;
		/** The last lines a pod's (only) container wrote; empty when it has not started. */
		podLogs(namespace: string, name: string, tailLines: number): Promise<string[]>;
		/** Watches pods and their events; calls `onChange` with the whole picture on every change. */
		watchPods(namespace: string, labelSelector: string, onChange: (snapshot: PodsSnapshot) => void, onError: (error: Error) => void): Promise<Stop>;
	};

/** Kubeconfig reading, and a cluster per context. */
export type Kubernetes = {
	readKubeconfig(source: KubeconfigSource): Promise<KubeconfigInfo>;
	cluster(source: KubeconfigSource, context?: string): KubeCluster;
};

/** A Kubernetes API failure in our words (the Status object's reason and code kept). */
export class KubeError extends Error {
	override readonly name = 'KubeError';
	constructor(
		message: string,
		readonly reason: string,
		readonly statusCode?: number,
	) {
		super(message);
	}
}
