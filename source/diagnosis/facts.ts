/**
 * What a diagnosis works from, as plain data: the facts of a setup (a wizard run or, later, a
 * doctor reading a cluster) and the evidence one failing pod shows. No run state, no ports.
 */

/** How the cluster is meant to get its images; `unknown` when nobody says (a doctor on a foreign cluster). */
export type PullMethod = 'attach' | 'pull-secret' | 'connected-registry' | 'unknown';

/** The causes the wizard tells apart. */
export type DiagnosisKind =
	| 'no-pull-permission'
	| 'image-not-found'
	| 'wrong-login-server'
	| 'bad-credentials'
	| 'secret-not-found'
	| 'token-scope'
	| 'pods-refused'
	| 'unknown'
	// A connected registry's own causes (diagnosis/connected-registry.ts), told apart by ConnectedRegistryFacts.
	| 'client-token-not-attached'
	| 'repository-not-synced'
	| 'connected-registry-offline'
	| 'trust-not-distributed'
	| 'sync-password-wrong'
	| 'already-activated';

/** A cause in plain words, the exact fix when there is one, and the kubelet's reason as `code`. */
export type Diagnosis = {
	readonly kind: DiagnosisKind;
	readonly title: string;
	readonly explanation: string;
	readonly fix?: string;
	readonly code?: string;
};

/** What is known about the setup, so the explanation and the fix use the real names. */
export type DiagnosisFacts = {
	readonly method: PullMethod;
	/**
	 * The hosts the pods are meant to pull from: the registry's login server, or a connected
	 * registry's clusterIP. An image on any other host is pulled from the wrong place.
	 */
	readonly pullHosts: readonly string[];
	readonly loginServer: string;
	readonly registryName: string;
	/** The registry's resource id and subscription, when known: a fix then names a registry of another subscription correctly. */
	readonly registryId?: string;
	readonly registrySubscriptionId?: string;
	readonly image: string;
	readonly namespace: string;
	readonly secretName?: string;
	readonly clusterName?: string;
	readonly resourceGroup?: string;
	readonly clusterSubscriptionId?: string;
	/** The kubeconfig context the kubectl fixes name; absent when it is the current one. */
	readonly kubeContext?: string;
	/** az's default subscription: a fix on a resource of another one names it with --subscription. */
	readonly azDefaultSubscriptionId?: string;
	/**
	 * Attach: the pull role (its name) granted to the kubelet identity that the registry still did not honour when the
	 * wizard stopped waiting for it (verify before deploying timed out): a refusal then is the delay, not a missing role.
	 */
	readonly pullGrantPending?: string;
	/** What the connected registry the pods pull from says of itself (method `connected-registry`). */
	readonly connectedRegistry?: ConnectedRegistryFacts;
};

/** What one failing pod showed. */
export type Evidence = {
	readonly pod: string;
	readonly image?: string;
	/** The runtime error (the part after `Failed to pull image "…": `). */
	readonly message: string;
	/** The kubelet's message as it was, for the unknown case. */
	readonly verbatim: string;
	/** ErrImagePull, ImagePullBackOff… */
	readonly code: string;
	readonly missingSecrets: readonly string[];
};

/** What is known of a connected registry and its Arc extension, read from ARM and its pod's log. */
export type ConnectedRegistryFacts = {
	readonly name: string;
	readonly connectionState?: string;
	readonly lastSyncTime?: string;
	/** Names of the client tokens attached to it. */
	readonly clientTokens: readonly string[];
	/** The client token the pull secret uses, whether it exists, its scope map and what that map lets it read. */
	readonly clientToken?: string;
	readonly clientTokenExists?: boolean;
	readonly clientScopeMap?: string;
	readonly clientRepositories?: readonly string[];
	/** The sync scope map and the repositories it syncs. */
	readonly syncScopeMap: string;
	readonly syncRepositories: readonly string[];
	readonly extensionName?: string;
	readonly arcClusterName?: string;
	readonly arcResourceGroup?: string;
	/** Whether the extension distributes the connected registry's CA to the nodes (`trustDistribution.enabled`). */
	readonly trustDistributed: boolean;
	/** The connected registry pod's last refusal line (`Response: '{"errors":[{"code":"UNAUTHORIZED",…`), verbatim. */
	readonly podLogLine?: string;
};
