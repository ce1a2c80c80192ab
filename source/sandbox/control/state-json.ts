import {ArmError} from '../http/errors.js';
import {seedIds} from '../seed.js';
import type {SandboxState} from '../state.js';
import {patchPullWorld, pullWorldJson} from '../registry/pull-world-json.js';
import {readApiServer, type AccessRule, type ApiServerState, type SignInRefusal} from './types.js';
import {admissionPolicyRules, type AdmissionPolicy} from '../kube/gatekeeper.js';

const refusals: readonly SignInRefusal[] = ['mfa-required', 'conditional-access-blocked', 'not-in-tenant'];
const sections = ['apiServers', 'signInRefusals', 'graphPermissions', 'pull'] as const;

/** The control state as `GET /_sandbox/state` answers it. */
export function controlStateJson(state: SandboxState): Record<string, unknown> {
	const c = state.control;
	return {
		apiServers: Object.fromEntries(c.apiServers),
		signInRefusals: Object.fromEntries(c.signInRefusals),
		graphPermissions: Object.fromEntries(c.graphPermissions),
		foreignTenants: [...c.foreignTenants.values()],
		roleEligibilities: [...c.roleEligibilities.values()],
		pull: pullWorldJson({state}),
	};
}

const invalid = (message: string): ArmError => new ArmError(400, 'InvalidControlState', message);

function record(value: unknown, where: string): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw invalid(`'${where}' must be an object.`);
	}
	return value as Record<string, unknown>;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
	const found = allowed.find((a) => a === value);
	if (found === undefined) {
		throw invalid(`'${where}' must be one of ${allowed.map((a) => `'${a}'`).join(', ')}; got ${JSON.stringify(value)}.`);
	}
	return found;
}

function strings(value: unknown, where: string): string[] {
	if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
		throw invalid(`'${where}' must be an array of strings.`);
	}
	return value;
}

function rule(value: unknown, where: string): AccessRule {
	const r = record(value, where);
	if (typeof r.user !== 'string' || r.user === '') {
		throw invalid(`'${where}.user' must name the user (e.g. the UPN, or 'masterclient' for an AKS local account).`);
	}
	return {
		user: r.user,
		effect: oneOf(r.effect, ['allow', 'deny'] as const, `${where}.effect`),
		namespaces: strings(r.namespaces ?? ['*'], `${where}.namespaces`),
		verbs: strings(r.verbs ?? ['*'], `${where}.verbs`),
		...(r.resources === undefined ? {} : {resources: strings(r.resources, `${where}.resources`)}),
	};
}

function admissionPolicy(value: unknown, where: string): AdmissionPolicy {
	const p = record(value, where);
	if (typeof p.name !== 'string' || p.name === '')
		throw invalid(`'${where}.name' must name the constraint (e.g. azurepolicy-k8sazurev3containerlimits-1a2b3c).`);
	return {
		name: p.name,
		rule: oneOf(p.rule, admissionPolicyRules, `${where}.rule`),
		...(p.namespaces === undefined ? {} : {namespaces: strings(p.namespaces, `${where}.namespaces`)}),
	};
}

function clusterNames(state: SandboxState): string[] {
	return [...state.managedClusters.values(), ...state.connectedClusters.values()].map((c) => c.name.toLowerCase()).concat(seedIds.localCluster);
}

function patchApiServer(target: ApiServerState, patch: Record<string, unknown>, where: string): void {
	for (const [field, value] of Object.entries(patch)) {
		const at = `${where}.${field}`;
		if (field === 'power') target.power = oneOf(value, ['Running', 'Stopped'] as const, at);
		else if (field === 'privateCluster' || field === 'tokensRevoked') {
			if (typeof value !== 'boolean') throw invalid(`'${at}' must be true or false.`);
			target[field] = value;
		} else if (field === 'certificateAuthority') target.certificateAuthority = oneOf(value, ['current', 'rotated'] as const, at);
		else if (field === 'rules') {
			if (!Array.isArray(value)) throw invalid(`'${at}' must be an array of rules.`);
			target.rules = value.map((r, i) => rule(r, `${at}[${i}]`));
		} else if (field === 'admissionPolicies') {
			if (!Array.isArray(value)) throw invalid(`'${at}' must be an array of admission policies.`);
			target.admissionPolicies = value.map((p, i) => admissionPolicy(p, `${at}[${i}]`));
		} else
			throw invalid(
				`'${at}' is not a field of an API server; use power, privateCluster, certificateAuthority, tokensRevoked, tokenUser, rules or admissionPolicies (Entra ID sign-in is the cluster's own setting: the entraIdClusters start option or a scenario).`,
			);
	}
}

/** Applies a `PATCH /_sandbox/state` body; throws a 400 naming the first wrong field, before changing anything. */
export function patchControlState(state: SandboxState, body: Record<string, unknown>): void {
	for (const name of Object.keys(body)) {
		if (!sections.some((s) => s === name)) {
			throw invalid(
				`'${name}' cannot be set here; the sections are ${sections.join(', ')} (foreign tenants come from scenarios, eligible roles from roleEligibilityScheduleRequests).`,
			);
		}
	}
	// Validate everything on copies first, so a bad field changes nothing.
	const servers = new Map<string, ApiServerState>();
	for (const [cluster, patch] of Object.entries(record(body.apiServers ?? {}, 'apiServers'))) {
		if (!clusterNames(state).includes(cluster.toLowerCase())) {
			throw invalid(`There is no cluster '${cluster}'; the clusters are ${clusterNames(state).join(', ')}.`);
		}
		const copy = structuredClone(readApiServer(state.control, cluster));
		patchApiServer(copy, record(patch, `apiServers.${cluster}`), `apiServers.${cluster}`);
		servers.set(cluster.toLowerCase(), copy);
	}
	const signIns = Object.entries(record(body.signInRefusals ?? {}, 'signInRefusals')).map(
		([who, value]) => [who.toLowerCase(), value === null ? null : oneOf(value, refusals, `signInRefusals.${who}`)] as const,
	);
	const graph = Object.entries(record(body.graphPermissions ?? {}, 'graphPermissions')).map(
		([who, value]) => [who.toLowerCase(), value === null ? null : strings(value, `graphPermissions.${who}`)] as const,
	);
	// The pull section checks all its fields before it changes any, and nothing below can fail.
	if (body.pull !== undefined) patchPullWorld({state}, body.pull);
	for (const [name, server] of servers) state.control.apiServers.set(name, server);
	for (const [who, refusal] of signIns) {
		if (refusal === null) state.control.signInRefusals.delete(who);
		else state.control.signInRefusals.set(who, refusal);
	}
	for (const [who, granted] of graph) {
		if (granted === null) state.control.graphPermissions.delete(who);
		else state.control.graphPermissions.set(who, granted);
	}
}
