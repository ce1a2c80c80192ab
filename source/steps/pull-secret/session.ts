/**
 * What the pull-secret path keeps between its steps for one run, in memory only: the target,
 * and the credential with its password. It is a slot of the run's memory (wizard/session.ts),
 * never the store, so the password never reaches the store, the journal or a renderer, and
 * dies with the run.
 */
import type {ServicePrincipal} from '../../azure/azure.js';
import type {KubeCluster} from '../../kubernetes/kubernetes.js';
import type {Context} from '../../wizard/context.js';
import {memorySlot, type RunMemory, type SecretValue} from '../../wizard/session.js';
import type {SecretVariable} from '../../commands/variables.js';

export {SecretValue} from '../../wizard/session.js';

/** The roles the seeds offer for a service principal on the registry. */
export type RoleName = 'acrpull' | 'acrpush' | 'owner';

/** The three credential kinds of the path. */
export type CredentialKind = 'new-service-principal' | 'existing-service-principal' | 'token';

/** A repository-scoped token and what it allows. */
export type TokenSpec = {
	readonly name: string;
	readonly scopeMapName: string;
	readonly repositories: readonly string[];
	readonly access: 'pull' | 'push';
	/** Days the password is valid; undefined: it does not expire. */
	readonly expiryDays?: number;
};

/** The credential the pull secret will carry: a user name (appId or token name) and its password. */
export type PullCredential = {
	readonly kind: CredentialKind;
	readonly username: string;
	readonly password: SecretValue;
	readonly principal?: ServicePrincipal;
	readonly role?: RoleName;
	readonly token?: TokenSpec;
	/** The shell variable the equivalent commands keep the password in (`PASSWORD`, `TOKEN_PASSWORD`, `SP_PASSWORD`). */
	readonly passwordVariable: SecretVariable;
};

/** Where the secret and the sample pod go. */
export type PullTarget = {
	readonly context: string;
	readonly namespace: string;
	/** False when the namespace is new and the secret plan creates it first. */
	readonly namespaceExists: boolean;
	/** Whether it is kubectl's current context (else the equivalent commands name it with --context). */
	readonly isCurrent: boolean;
	/** The API server of the context (an AKS one ends in `.azmk8s.io`). */
	readonly server?: string;
	/** The kubeconfig file the context was read from, for the undo commands and `kubectl --kubeconfig`. */
	readonly kubeconfigPath?: string;
};

/** The run's in-memory state of this path. */
export type PullSecretSession = {
	target?: PullTarget;
	credential?: PullCredential;
	/** Bumped whenever the credential changes, so the secret action of a new credential is not skipped as already done. */
	revision: number;
	/** The secret name step 3 used, for the sample pod. */
	secretName?: string;
	/** A fingerprint of what each secret (`context/namespace/name`) was last set to, so setting it again is `unchanged`. */
	readonly applied: Map<string, string>;
	/** Service principals this run created, by display name (so a re-run reuses them instead of failing on the name). */
	readonly principals: Map<string, ServicePrincipal>;
	/** Passwords obtained by this run's actions, by action id (a re-run skips the action and reuses the password). */
	readonly secrets: Map<string, SecretValue>;
	/** The password slot this run filled for each token, by token name: a later fix regenerates that slot, not one someone else uses. */
	readonly tokenSlots: Map<string, 'password1' | 'password2'>;
	/** The cluster of each kubeconfig context used, so the steps share its API clients and connections. */
	readonly clusters: Map<string, KubeCluster>;
};

const pullSecretSlot = memorySlot<PullSecretSession>('pull-secret', () => ({
	principals: new Map(),
	secrets: new Map(),
	tokenSlots: new Map(),
	applied: new Map(),
	clusters: new Map(),
	revision: 0,
}));

/** This path's memory in the run of `context`, made on first use. */
export function sessionOf(context: {readonly memory: RunMemory}): PullSecretSession {
	return context.memory.get(pullSecretSlot);
}

/** The cluster of kubeconfig context `name`, made on first use in this run and shared by the path's steps. */
export function clusterOf(context: Pick<Context, 'memory' | 'kubernetes' | 'kubeconfig'>, name: string): KubeCluster {
	const {clusters} = sessionOf(context);
	let cluster = clusters.get(name);
	if (!cluster) {
		cluster = context.kubernetes.cluster(context.kubeconfig, name);
		clusters.set(name, cluster);
	}
	return cluster;
}

/** Records the credential; a different user name or password starts a new revision. */
export function setCredential(session: PullSecretSession, credential: PullCredential): void {
	const previous = session.credential;
	const same = previous !== undefined && previous.username === credential.username && previous.password.reveal() === credential.password.reveal();
	if (!same) session.revision++;
	session.credential = credential;
}
