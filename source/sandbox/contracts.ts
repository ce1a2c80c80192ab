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
};

/** Why a pull failed, in the categories containerd would report. */
export type PullFailureKind = 'not-found' | 'unauthorized' | 'forbidden' | 'unknown-host' | 'invalid-name';

export type PullDecision =
	| {readonly ok: true; readonly digest: string; readonly sizeBytes: number}
	| {
			readonly ok: false;
			readonly kind: PullFailureKind;
			/** The runtime error as the kubelet prints it after `Failed to pull image "…": `. */
			readonly message: string;
	  };

/** Decides pulls the way ACR (and a connected registry on its clusterIP) would. Implemented by the Azure side. */
export type PullAuthority = {
	decidePull(request: PullRequest): PullDecision;
	/** Calls back whenever something that may change a pull decision changes (role assignment, token, import…). */
	onAccessChange(listener: () => void): () => void;
	/** The Azure region of the registry behind a login server, if one exists (canipull compares it with the cluster's). */
	registryLocation?(host: string): string | undefined;
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
};
