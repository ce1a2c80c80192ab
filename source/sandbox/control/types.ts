/**
 * The sandbox's state that no Azure or Kubernetes API sets: how each cluster's API server behaves, which sign-ins
 * the directory refuses, which Microsoft Graph permissions each application holds, and the other tenants.
 * Scenarios and the `/_sandbox/state` control endpoint set it; the emulated APIs read it on every call.
 */
import type {AdmissionPolicy} from '../kube/gatekeeper.js';

/** What a client meets at one cluster's Kubernetes API server. */
export type ApiServerState = {
	/** `Stopped` after `az aks stop` (or a scenario): the server stops answering. */
	power: 'Running' | 'Stopped';
	/** A private cluster: its API server has no public endpoint, so nothing outside its network reaches it. */
	privateCluster: boolean;
	/** `rotated`: the server presents a certificate from a CA the kubeconfigs handed out earlier do not carry. */
	certificateAuthority: 'current' | 'rotated';
	/** The bearer tokens of kubeconfigs handed out so far are no longer accepted (401 Unauthorized). */
	tokensRevoked: boolean;
	/** Who the kubeconfig's token authenticates as; absent: the cluster's admin account (`masterclient` on AKS, `kubernetes-admin` elsewhere). */
	tokenUser?: string;
	/** Per-user authorization rules, read in order; a user no rule names is allowed everything (cluster-admin). */
	rules: AccessRule[];
	/** Azure Policy for AKS: the Gatekeeper constraints its validating webhook enforces on pods (none when absent). */
	admissionPolicies?: AdmissionPolicy[];
};

/** One per-user allow/deny rule on a cluster's API server. */
export type AccessRule = {
	/** The user name as the API server sees it (the kubeconfig user's identity, e.g. the UPN or `clusterUser`). */
	readonly user: string;
	readonly effect: 'allow' | 'deny';
	/** Namespaces the rule covers (`*` for all, `''` for cluster-scoped resources). */
	readonly namespaces: readonly string[];
	/** Verbs the rule covers: get, list, watch, create, update, patch, delete, or `*`. */
	readonly verbs: readonly string[];
	/** Resources the rule covers (`pods`, `secrets`, …) or `*`; all when absent. */
	readonly resources?: readonly string[];
};

/** Why the directory refuses a sign-in. */
export type SignInRefusal = 'mfa-required' | 'conditional-access-blocked' | 'not-in-tenant';

/** A tenant other than the home one: its directory's members and the subscriptions it holds. */
export type ForeignTenant = {
	readonly tenantId: string;
	readonly displayName: string;
	readonly defaultDomain: string;
	/** Object ids (lower case) of the principals in that tenant's directory. */
	readonly principals: string[];
	/** The signed-in user's own object id as a guest in that tenant; absent when the user has no account there. */
	readonly guestUserId?: string;
};

/** A role the principal could activate through Privileged Identity Management, which grants nothing until it is. */
export type RoleEligibility = {
	readonly id: string;
	readonly name: string;
	readonly scope: string;
	readonly roleDefinitionId: string;
	readonly principalId: string;
	readonly principalType: string;
	readonly startDateTime: string;
	readonly endDateTime: string | null;
};

/** Everything the control endpoint can read and set. */
export type ControlState = {
	/** Cluster name (lower case) → its API server's behaviour; absent means running, public, current CA, its token accepted, allow all. */
	readonly apiServers: Map<string, ApiServerState>;
	/** Object id or UPN or appId (lower case) → why its sign-in is refused. */
	readonly signInRefusals: Map<string, SignInRefusal>;
	/** appId (lower case) of an application → the Microsoft Graph application permissions granted to it (e.g. `Application.Read.All`). */
	readonly graphPermissions: Map<string, string[]>;
	/** Tenants other than the home tenant. */
	readonly foreignTenants: Map<string, ForeignTenant>;
	/** Eligible (PIM) role assignments, by id (lower case). */
	readonly roleEligibilities: Map<string, RoleEligibility>;
	/** The CA (and a server certificate it signed) an API server presents once its cluster's CA is rotated; made at start. */
	rotatedTls?: {readonly caPem: string; readonly key: string; readonly cert: string};
};

/** A fresh control state: nothing refused, nothing broken. */
export function createControlState(): ControlState {
	return {apiServers: new Map(), signInRefusals: new Map(), graphPermissions: new Map(), foreignTenants: new Map(), roleEligibilities: new Map()};
}

/** The default behaviour of an API server. */
export function defaultApiServer(): ApiServerState {
	return {power: 'Running', privateCluster: false, certificateAuthority: 'current', tokensRevoked: false, rules: []};
}

/** The API server state of a cluster, created with the defaults on first use. */
export function apiServerOf(control: ControlState, clusterName: string): ApiServerState {
	const name = clusterName.toLowerCase();
	let found = control.apiServers.get(name);
	if (!found) {
		found = defaultApiServer();
		control.apiServers.set(name, found);
	}
	return found;
}

/** The API server state of a cluster without recording it (the defaults when nothing was set). */
export function readApiServer(control: ControlState, clusterName: string): ApiServerState {
	return control.apiServers.get(clusterName.toLowerCase()) ?? defaultApiServer();
}
