/**
 * What doctor works from, as plain data: what the cluster and Azure said about one context. Gathered
 * concurrently by steps/doctor/gather.ts; every check in checks/ is a pure function of these facts.
 * No secret is ever in here: a pull secret's password stays with the step that checks it.
 */
import type {ClusterExtension, ConnectedRegistry, ManagedCluster, Registry, RoleAssignment, TagManifest} from '../azure/azure.js';
import type {ConnectedRegistryFacts} from './facts.js';
import type {NodeDetail, PodDetail, PodEvent} from '../kubernetes/kubernetes.js';

/** A pull secret as the facts hold it: its type, and each server with its user name (no password). */
export type SecretFacts = {
	readonly namespace: string;
	readonly name: string;
	readonly type: string;
	readonly auths: ReadonlyArray<{readonly server: string; readonly username: string}>;
};

/** What Azure says about the user name of a credential for a registry. */
export type CredentialFacts =
	| {readonly kind: 'admin'; readonly enabled: boolean}
	| {
			readonly kind: 'token';
			readonly name: string;
			readonly id?: string;
			readonly status: string;
			readonly scopeMap: string;
			readonly scopeMapId?: string;
			readonly actions: readonly string[];
			/** Its password slots and when each ends (never their values). */
			readonly passwords?: ReadonlyArray<{readonly name: string; readonly expiresAt?: string}>;
	  }
	| {
			readonly kind: 'service-principal';
			readonly appId: string;
			readonly exists: boolean;
			readonly objectId?: string;
			readonly assignments: readonly RoleAssignment[];
	  }
	| {readonly kind: 'unknown'};

/** One pod under examination, with what the kubelet uses to pull its image. */
export type PodFacts = {
	readonly pod: PodDetail;
	/** The pod's events, newest first. */
	readonly events: readonly PodEvent[];
	readonly node?: NodeDetail;
	/** Each secret the pod names (its own and, copied in at admission, its service account's): undefined when it is not there. */
	readonly secrets: ReadonlyArray<{readonly name: string; readonly detail?: SecretFacts}>;
};

/** The tools on the machine doctor runs on, and who it runs as (read once per run). */
export type LocalFacts = {
	/** `az version -o json`: undefined version when az is missing or its answer unreadable. */
	readonly az: {readonly installed: boolean; readonly version?: string; readonly extensions: Readonly<Record<string, string>>};
	/** The aks-preview extension, when installed: it replaces `az aks`'s own code. */
	readonly aksPreview?: {readonly version?: string; readonly minCliCoreVersion?: string; readonly directory?: string};
	readonly kubectl: {readonly installed: boolean; readonly version?: string};
	/** The kubeconfig user's credential plugin (kubelogin…) for the examined context, and whether it is on PATH. */
	readonly execPlugin?: {readonly user: string; readonly command: string; readonly onPath: boolean};
	/** Run as root through sudo: the invoking user, root's az config dir, and what its profile holds. */
	readonly sudo?: {readonly user: string; readonly azConfigDir: string; readonly profile: 'missing' | 'empty' | 'signed-in'};
};

/** A connected registry that serves an examined image's host (its clusterIP), with what it says of itself. */
export type ConnectedHostFacts = {
	/** The image host it serves (the extension's `service.clusterIP`). */
	readonly host: string;
	/** Its cloud parent. */
	readonly registry: Registry;
	readonly connectedRegistry: ConnectedRegistry;
	readonly facts: ConnectedRegistryFacts;
	/** The sync scope map's actions as they are (a fix adds to them). */
	readonly syncActions: readonly string[];
	/** The Arc extension whose `service.clusterIP` is the host. */
	readonly extension?: ClusterExtension;
	/** The Service holding that clusterIP in the cluster, when there is one. */
	readonly service?: {readonly namespace: string; readonly name: string; readonly clusterIP: string};
};

/** What the registry's data plane holds for an image, read with the user's own sign-in. */
export type ImageContent = {
	/** The repository's tags; null when the repository does not exist; absent when it could not be read. */
	readonly tags?: readonly string[] | null;
	/** The tag's manifest; null when the tag does not exist; absent when it could not be read. */
	readonly manifest?: TagManifest | null;
	/** Why it could not be read (the registry's words and code). */
	readonly error?: string;
};

/** A pull secret's own credentials tried against the registry's token exchange (for the pod's repository). */
export type SecretTrial = {readonly accepted: boolean; readonly code?: string; readonly message?: string};

/** The facts of one doctor run. */
export type DoctorFacts = {
	readonly context: string;
	/** The registries' login server suffix in this cloud (`.azurecr.io`). */
	readonly acrSuffix: string;
	readonly pods: readonly PodFacts[];
	/** Every node of the cluster (its OS, architecture and pool). */
	readonly nodes?: readonly NodeDetail[];
	/** Every registry the user can see, in every subscription. */
	readonly registries: readonly Registry[];
	/** The AKS cluster behind the context, when it is one the user can see. */
	readonly cluster?: ManagedCluster;
	/** The tenant of each subscription the user can see (by subscription id, lower case). */
	readonly subscriptionTenants?: Readonly<Record<string, string>>;
	/** A cluster that pulls with a service principal: when each of its application's passwords ends (undefined: not readable). */
	readonly kubeletPasswordEnds?: readonly string[];
	/** Whether the kubelet identity still exists in the directory (undefined: not known). */
	readonly kubeletIdentityExists?: boolean;
	/** The kubelet identity's role assignments that apply at each registry (by registry id, lower case). */
	readonly kubeletAssignments: Readonly<Record<string, readonly RoleAssignment[]>>;
	/** Pull-role assignments at each registry held by a group the kubelet identity is a member of (by registry id, lower case). */
	readonly kubeletGroupAssignments?: Readonly<Record<string, ReadonlyArray<RoleAssignment & {readonly groupName?: string}>>>;
	/** What Azure says about each credential of the pull secrets, by `<server>|<username>`. */
	readonly credentials: Readonly<Record<string, CredentialFacts>>;
	/** For each pull secret a pod names and its namespace lacks: the other namespaces that hold one of that name. */
	readonly secretElsewhere: Readonly<Record<string, readonly string[]>>;
	/** When the facts were read (ISO). */
	readonly now: string;
	/** A source that could not be read (Azure signed out, a forbidden list): the checks that need it say so. */
	readonly unreadable: ReadonlyArray<{readonly source: string; readonly message: string}>;
	/** az's default subscription, so a fix on a resource of another one names --subscription. */
	readonly azDefaultSubscriptionId?: string;
	/** What each examined image's registry holds, by `<host>/<repository>:<tag>`. */
	readonly images?: Readonly<Record<string, ImageContent>>;
	/** Each pull secret credential tried against the registry, by `<server>|<username>`. */
	readonly secretTrials?: Readonly<Record<string, SecretTrial>>;
	/** The connected registries serving examined images, by host (absent: none does). */
	readonly connected?: Readonly<Record<string, ConnectedHostFacts>>;
	/** The local tools (absent when not read: a test, or a re-examination after a fix). */
	readonly local?: LocalFacts;
};

/** The key of a credential in `DoctorFacts.credentials`. */
export function credentialKey(server: string, username: string): string {
	return `${normalServer(server)}|${username}`;
}

/** A docker config server as a host: `https://x.azurecr.io/` → `x.azurecr.io`. */
export function normalServer(server: string): string {
	return server
		.replace(/^https?:\/\//, '')
		.replace(/\/.*$/, '')
		.toLowerCase();
}

/** The key of an image in `DoctorFacts.images`. */
export function imageKey(host: string, repository: string, tag: string): string {
	return `${host}/${repository}:${tag}`;
}
