import {timingSafeEqual} from 'node:crypto';
import type {EmulatedClusterSpec} from '../contracts.js';
import type {AccessAttributes, ApiServerAccess} from '../kube/access.js';
import {aksServerAppId} from '../azure/entra-id.js';
import {verifyJwt} from '../jwt.js';
import {key} from '../state.js';
import type {SandboxState} from '../state.js';
import {readApiServer, type AccessRule} from './types.js';

/** What the access rules of one cluster need from the sandbox. */
export type ApiServerAccessOptions = {
	readonly state: SandboxState;
	readonly spec: EmulatedClusterSpec;
	/** The bearer token of the kubeconfigs handed out for this cluster. */
	readonly token: string;
	/** The secret the sandbox signs its Entra tokens with. */
	readonly secret: Buffer;
	readonly now: () => Date;
	readonly tls: {readonly key: string; readonly cert: string};
	/** A certificate from another CA, presented once the cluster's CA is rotated. */
	readonly rotatedTls: {readonly key: string; readonly cert: string};
	/** Where changes of the control state are announced. */
	readonly listeners: Set<() => void>;
};

/** The user a local-account token signs in as: AKS's `clusterUser` credential is `masterclient`, kind's is `kubernetes-admin`. */
const localUser = (spec: EmulatedClusterSpec): string => (spec.kind === 'aks' ? 'masterclient' : 'kubernetes-admin');

function matches(rule: AccessRule, user: string, a: AccessAttributes): boolean {
	const namespace = a.namespace ?? '';
	return (
		rule.user.toLowerCase() === user.toLowerCase() &&
		(rule.namespaces.includes('*') || rule.namespaces.includes(namespace)) &&
		(rule.verbs.includes('*') || rule.verbs.includes(a.verb)) &&
		(rule.resources === undefined || rule.resources.includes('*') || rule.resources.includes(a.resource))
	);
}

/** Makes the access rules one cluster's API server follows, read from the control state on every call. */
export function createApiServerAccess(options: ApiServerAccessOptions): ApiServerAccess {
	const {state, spec} = options;
	const server = () => readApiServer(state.control, spec.name);
	return {
		authenticate(authorization) {
			const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
			const current = server();
			if (spec.kind === 'aks' && state.managedClusters.get(key(spec.id))?.entraId !== undefined) {
				// An Entra ID cluster (local accounts disabled) takes only Entra tokens for the AKS server application.
				const checked = verifyJwt(bearer, options.secret, Math.floor(options.now().getTime() / 1000));
				const audience = checked.ok ? checked.claims.aud.replace(/^spn:/, '').replace(/\/+$/, '').toLowerCase() : '';
				// The tenant is the cluster's subscription's (a cluster in a subscription of another tenant wants that tenant's tokens).
				const cluster = state.managedClusters.get(key(spec.id));
				const tenantId = (cluster ? state.subscriptions.get(cluster.subscriptionId)?.tenantId : undefined) ?? state.tenantId;
				if (!checked.ok || audience !== aksServerAppId || checked.claims.tid.toLowerCase() !== tenantId.toLowerCase()) return undefined;
				return checked.claims.upn ?? checked.claims.oid;
			}
			const given = Buffer.from(bearer);
			const expected = Buffer.from(options.token);
			if (current.tokensRevoked || given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
			return current.tokenUser ?? localUser(spec);
		},
		expiresAt(authorization) {
			if (spec.kind !== 'aks' || state.managedClusters.get(key(spec.id))?.entraId === undefined) return undefined;
			const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
			const checked = verifyJwt(bearer, options.secret, Math.floor(options.now().getTime() / 1000));
			return checked.ok ? checked.claims.exp * 1000 : undefined;
		},
		authorize(user, attributes) {
			const rule = server().rules.find((candidate) => matches(candidate, user, attributes));
			return rule === undefined || rule.effect === 'allow';
		},
		allowedRules(user, namespace) {
			const rules = server().rules.filter((r) => r.user.toLowerCase() === user.toLowerCase());
			if (rules.length === 0) return [{verbs: ['*'], apiGroups: ['*'], resources: ['*']}];
			// RBAC can only allow: the allow rules that cover the namespace are what the user may do there.
			return rules
				.filter((r) => r.effect === 'allow' && (r.namespaces.includes('*') || r.namespaces.includes(namespace)))
				.map((r) => ({verbs: [...r.verbs], apiGroups: ['*'], resources: [...(r.resources ?? ['*'])]}));
		},
		admissionPolicies() {
			return server().admissionPolicies ?? [];
		},
		reachable() {
			const current = server();
			return current.power === 'Running' && !current.privateCluster;
		},
		certificate() {
			return server().certificateAuthority === 'rotated' ? options.rotatedTls : options.tls;
		},
		onChange(listener) {
			options.listeners.add(listener);
			return () => options.listeners.delete(listener);
		},
	};
}
