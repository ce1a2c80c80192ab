/**
 * The seams inside the sandbox: the Azure side (ARM, Graph, registries) and the Kubernetes
 * side (one API server per emulated cluster, with a kubelet simulation) meet only here.
 */

/** Docker credentials a pod brings for one registry server (from a dockerconfigjson pull secret). */
export type PullCredential = {
	readonly server: string;
	readonly username: string;
	readonly password: string;
	/** Where the credential came from, e.g. `default/acr-secret`, for messages. */
	readonly source: string;
};

/** What a node of a cluster knows when it pulls: its kubelet identity and the pod's pull secrets. */
export type PullRequest = {
	/** `server/repo:tag` or `server/repo@sha256:…`, exactly as written in the pod spec. */
	readonly image: string;
	/** ARM id of the emulated cluster doing the pull. */
	readonly clusterId: string;
	/** Object id of the cluster's kubelet identity, when the cluster has one (AKS). */
	readonly kubeletObjectId?: string;
	readonly credentials: readonly PullCredential[];
	/** The node pulling (its pool may have its own kubelet identity), and its `kubernetes.io/os` and `kubernetes.io/arch`. */
	readonly node?: string;
	readonly platform?: {readonly os: string; readonly arch: string};
};

/** Why a pull failed, in the categories containerd would report. */
export type PullFailureKind =
	| 'not-found'
	| 'unauthorized'
	| 'forbidden'
	| 'unknown-host'
	| 'invalid-name'
	/** The connection timed out or was cut (firewall, unreachable private endpoint). */
	| 'unreachable'
	/** TLS failed (a firewall re-signing with an untrusted CA). */
	| 'tls'
	/** The image has no manifest for the node's OS and architecture. */
	| 'platform'
	/** The registry refused for too many pulls (429). */
	| 'rate-limited';

export type PullDecision =
	| {readonly ok: true; readonly digest: string; readonly sizeBytes: number}
	| {
			readonly ok: false;
			readonly kind: PullFailureKind;
			/** The runtime error as the kubelet prints it after `Failed to pull image "…": `. */
			readonly message: string;
	  };

/** A container the kubelet has started, as the program inside it sees its world. */
export type ContainerStart = {
	/** ARM id of the emulated cluster. */
	readonly clusterId: string;
	readonly namespace: string;
	readonly podName: string;
	readonly containerName: string;
	readonly image: string;
	/** The container's environment, `valueFrom.secretKeyRef` already resolved (values may be secrets: never log them). */
	readonly env: Readonly<Record<string, string>>;
};

/** What a started container does: the lines it has written so far and whether its readiness probe passes. */
export type ContainerRun = {readonly ready: boolean; readonly logs: readonly string[]};

/** Decides pulls the way ACR (and a connected registry on its clusterIP) would. Implemented by the Azure side. */
export type PullAuthority = {
	decidePull(request: PullRequest): PullDecision;
	/** Calls back whenever something that may change a pull decision changes (role assignment, token, import…). */
	onAccessChange(listener: () => void): () => void;
	/** The Azure region of the registry behind a login server, if one exists (canipull compares it with the cluster's). */
	registryLocation?(host: string): string | undefined;
	/** The Azure cloud the nodes run in, as canipull names it and its front ends' DNS suffix (the public cloud when absent). */
	readonly cloud?: {readonly environmentName: string; readonly cloudappSuffix: string; readonly location: string};
	/**
	 * The behaviour of a container whose program the Azure side knows (the connected registry's), asked when it
	 * starts and again after every access change; `undefined` for an ordinary container (ready, silent).
	 */
	runContainer?(start: ContainerStart): ContainerRun | undefined;
};

/** A failure of a cluster write, with the API server's code and Status message. */
export type ClusterWriteError = Error & {readonly code: number; readonly reason: string};

/**
 * What the in-cluster agents (the Arc extension manager running Helm) may do in one emulated cluster:
 * write objects through the API server's admission (so a write fails as `kubectl apply` would), read them
 * back and remove them. Implemented by the Kubernetes side; objects are plain JSON.
 */
export type ClusterWorkloads = {
	/** Creates an object (a `ClusterWriteError` when admission refuses it or it exists). */
	create(resource: string, object: Readonly<Record<string, unknown>>): Record<string, unknown>;
	find(resource: string, namespace: string | undefined, name: string): Record<string, unknown> | undefined;
	list(resource: string, namespace?: string): Record<string, unknown>[];
	/** Deletes an object if it exists (a namespace with what it holds). */
	remove(resource: string, namespace: string | undefined, name: string): void;
	/** The lines a pod's container has written (`kubectl logs`). */
	logs(namespace: string, podName: string, containerName?: string): readonly string[];
	/** Calls back after any change in the cluster's objects. */
	onChange(listener: () => void): () => void;
};

/** Time and pacing, injectable: tests run `fast`, the demo runs at a pace a person can watch. */
export type SandboxClock = {
	now(): Date;
	/** Waits `ms` scaled by the pace (0 under `fast`). */
	delay(ms: number): Promise<void>;
};

/** One emulated cluster as the Azure side describes it to the Kubernetes side. */
export type EmulatedClusterSpec = {
	/** ARM id (a managed cluster or a connected cluster), or a plain name for the "local" cluster. */
	readonly id: string;
	readonly name: string;
	readonly kind: 'aks' | 'arc' | 'local';
	/** Service CIDR, e.g. `10.0.0.0/16`. */
	readonly serviceCidr: string;
	readonly kubeletObjectId?: string;
	/** Client id of the kubelet identity (what canipull prints), when the cluster has one. */
	readonly kubeletClientId?: string;
	/** Azure region of the cluster, when it is an Azure one. */
	readonly location?: string;
	readonly nodeNames: readonly string[];
	readonly kubernetesVersion: string;
	/** Extra labels per node (node pools: `kubernetes.io/os`, `kubernetes.io/arch`, `agentpool`). */
	readonly nodeLabels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
};
