/** The AKS identity path: the kubelet identity (or service principal) and its pull roles on the registry. Pure. */
import {attachCommand, scopeMapCommand, tokenCommand, tokenPasswordCommand} from '../../commands/az.js';
import {assignRoleCommand, resetServicePrincipalCommand} from '../../commands/doctor.js';
import {createSecretCommand, restartPodsCommand} from '../../commands/kubectl.js';
import {messages} from '../../messages/catalog.js';
import type {Finding} from '../findings.js';
import {failedWith, type CheckInput} from './input.js';
import {abacMode, pullGrants, roleNameOf} from './roles.js';

/** A new assignment reaches the registry's pulls within minutes (longer through a group): younger ones may not count yet. */
const propagationMs = 30 * 60_000;

const repositoryReader = 'Container Registry Repository Reader';

const sameScope = (a: string, b: string): boolean => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

/** Whether the pod pulls with a secret naming the image's host (then the kubelet identity is not what pulls). */
function pullsWithSecret(input: CheckInput): boolean {
	return input.pod.secrets.some((secret) =>
		secret.detail?.auths.some(
			(auth) =>
				auth.server
					.replace(/^https?:\/\//, '')
					.replace(/\/.*$/, '')
					.toLowerCase() === input.ref.host,
		),
	);
}

function selectorOf(input: CheckInput): string {
	return Object.entries(input.pod.pod.labels)
		.filter(([key]) => key !== 'pod-template-hash')
		.map(([key, value]) => `${key}=${value}`)
		.join(',');
}

/** The kubelet's pull roles on the registry: present, present but new, absent, or not honoured in ABAC mode. */
export function kubeletPullRole(input: CheckInput): Finding[] {
	const {facts, registry} = input;
	const cluster = facts.cluster;
	const identity = cluster?.kubeletIdentity;
	// A deleted identity is its own finding (kubeletIdentity): its roles no longer matter.
	if (!cluster || !registry || !identity || facts.kubeletIdentityExists === false || pullsWithSecret(input) || tenantsOf(input)) return [];
	const text = messages().doctor.checks.identity;
	const base = {id: 'kubelet-pull-role', pod: input.podId};
	const assignments = facts.kubeletAssignments[registry.id.toLowerCase()] ?? [];
	const evidence = assignments.map(
		(a) =>
			`${roleNameOf(a) ?? a.roleDefinitionId} at ${a.scope}${a.createdOn ? ` (created ${a.createdOn})` : ''}${a.condition ? ` condition: ${a.condition}` : ''}`,
	);
	const groupAssignments = facts.kubeletGroupAssignments?.[registry.id.toLowerCase()] ?? [];
	const direct = pullGrants(assignments, registry, input.ref.repository);
	// A role held through a group counts as the kubelet's (and takes longer to reach pulls).
	const viaGroup = direct.length === 0 ? pullGrants(groupAssignments, registry, input.ref.repository) : [];
	const grants = direct.length > 0 ? direct : viaGroup;
	evidence.push(
		...groupAssignments.map(
			(a) => `${roleNameOf(a) ?? a.roleDefinitionId} at ${a.scope} through group ${a.principalId}${a.createdOn ? ` (created ${a.createdOn})` : ''}`,
		),
	);
	const unauthorized = failedWith(input, 'unauthorized', 'insufficient-scope', 'forbidden');
	const abac = registry.roleAssignmentMode === abacMode;
	const modeLine = `roleAssignmentMode: ${registry.roleAssignmentMode ?? 'LegacyRegistryPermissions'}`;
	if (grants.length === 0) {
		const role = abac ? repositoryReader : 'AcrPull';
		// In ABAC mode, a Repository Reader whose condition leaves this repository out is widened (replaced), not duplicated.
		const narrow = abac ? assignments.find((a) => roleNameOf(a) === repositoryReader && sameScope(a.scope, registry.id)) : undefined;
		const commands = abac
			? [assignRoleCommand(identity.objectId, 'ServicePrincipal', registry.id, role)]
			: [attachCommand(cluster, registry, facts.azDefaultSubscriptionId)];
		return [
			{
				...base,
				status: 'fail',
				title: abac ? text.abacTitle : text.missingTitle,
				cause: abac ? text.abac(registry.name, input.ref.repository, cluster.name) : text.missing(registry.name, cluster.name),
				evidence: [modeLine, ...(evidence.length > 0 ? evidence : [text.noAssignments(identity.objectId)])],
				fix: {
					commands,
					actions: [
						{
							kind: 'assign-role',
							scope: registry.id,
							principalId: identity.objectId,
							principalType: 'ServicePrincipal',
							role,
							...(narrow ? {replaces: narrow.id} : {}),
						},
					],
				},
				explainsKubelet: unauthorized,
			},
		];
	}
	const newest = grants.map((grant) => Date.parse(grant.assignment.createdOn ?? '')).filter((at) => !Number.isNaN(at));
	const young = newest.length > 0 && newest.every((at) => Date.parse(facts.now) - at < propagationMs);
	if (young && unauthorized) {
		const namespace = input.pod.pod.namespace;
		return [
			{
				...base,
				status: 'warn',
				title: viaGroup.length > 0 ? text.groupPropagatingTitle : text.propagatingTitle,
				cause:
					viaGroup.length > 0
						? text.groupPropagating(grants[0]?.role ?? 'AcrPull', registry.name, grants[0]?.assignment.principalId ?? '')
						: text.propagating(grants[0]?.role ?? 'AcrPull', registry.name),
				evidence: [modeLine, ...evidence],
				fix: {
					commands: [restartPodsCommand(selectorOf(input), {namespace, context: facts.context})],
					actions: [{kind: 'restart-pods', namespace, selector: selectorOf(input)}],
				},
				explainsKubelet: true,
			},
		];
	}
	if (unauthorized && !abac) {
		// The role is there and old enough, yet the registry refuses the kubelet: the nodes do not present that identity.
		const pool = input.pod.node?.pool;
		const pools = [...new Set((facts.nodes ?? []).flatMap((node) => (node.pool ? [node.pool] : [])))].sort();
		const onePool = pool !== undefined && pools.length > 1;
		const role = grants[0]?.role ?? 'AcrPull';
		return [
			{
				...base,
				status: 'fail',
				title: onePool ? text.poolRefusedTitle(pool) : text.refusedTitle,
				cause: onePool ? text.poolRefused(pool, role, registry.name, cluster.name, pools) : text.refused(role, registry.name, cluster.name),
				evidence: [
					modeLine,
					...evidence,
					...(input.pod.node ? [`node ${input.pod.node.name}: agentpool=${pool ?? '?'}`] : []),
					...(onePool ? [`pools: ${pools.join(', ')}`] : []),
				],
				fix: {commands: [text.assignIdentityCommand(identity.resourceId)], actions: []},
				explainsKubelet: true,
			},
		];
	}
	return [
		{
			...base,
			status: 'ok',
			title: text.grantedTitle,
			cause: text.granted(grants[0]?.role ?? 'AcrPull', registry.name),
			evidence: [modeLine, ...evidence],
			explainsKubelet: false,
		},
	];
}

/** The kubelet identity itself: deleted from the directory, or a cluster that pulls with a service principal. */
export function kubeletIdentity(input: CheckInput): Finding[] {
	const {facts, registry} = input;
	const cluster = facts.cluster;
	if (!cluster || !registry || pullsWithSecret(input)) return [];
	const text = messages().doctor.checks.identity;
	const unauthorized = failedWith(input, 'unauthorized');
	const base = {id: 'kubelet-identity', pod: input.podId};
	if (cluster.kubeletIdentity && facts.kubeletIdentityExists === false) {
		return [
			{
				...base,
				status: 'fail',
				title: text.deletedTitle,
				cause: text.deleted(cluster.name, cluster.kubeletIdentity.resourceId),
				evidence: [`identityProfile.kubeletidentity.resourceId: ${cluster.kubeletIdentity.resourceId}`, text.notInDirectory(cluster.kubeletIdentity.objectId)],
				fix: {commands: [text.recreateIdentityCommand(cluster.name, cluster.resourceGroup)], actions: []},
				explainsKubelet: unauthorized,
			},
		];
	}
	if (!cluster.kubeletIdentity && cluster.servicePrincipalClientId) {
		const appId = cluster.servicePrincipalClientId;
		const ends = facts.kubeletPasswordEnds ?? [];
		const latest = ends
			.map((end) => Date.parse(end))
			.filter((at) => !Number.isNaN(at))
			.sort((a, b) => b - a)[0];
		const expired = latest !== undefined && latest < Date.parse(facts.now);
		return [
			{
				...base,
				status: unauthorized || expired ? 'fail' : 'warn',
				title: expired ? text.servicePrincipalExpiredTitle : text.servicePrincipalTitle,
				cause: expired ? text.servicePrincipalExpired(cluster.name, appId, new Date(latest).toISOString()) : text.servicePrincipal(cluster.name, appId),
				evidence: [`servicePrincipalProfile.clientId: ${appId}`, ...ends.map((end) => `passwordCredentials[].endDateTime: ${end}`)],
				fix: {commands: [resetServicePrincipalCommand(cluster, appId, facts.azDefaultSubscriptionId)], actions: []},
				explainsKubelet: unauthorized,
			},
		];
	}
	return [];
}

/** The tenants of the registry and of the cluster when they differ (a managed identity is known only in its own tenant). */
function tenantsOf(input: CheckInput): {readonly registry: string; readonly cluster: string} | undefined {
	const tenants = input.facts.subscriptionTenants ?? {};
	const registry = input.registry && tenants[input.registry.subscriptionId.toLowerCase()];
	const cluster = input.facts.cluster && tenants[input.facts.cluster.subscriptionId.toLowerCase()];
	return registry && cluster && registry.toLowerCase() !== cluster.toLowerCase() ? {registry, cluster} : undefined;
}

/** A registry in another tenant than the cluster: no role there can name the kubelet identity, so it pulls only with a pull secret. */
export function crossTenant(input: CheckInput): Finding[] {
	const {facts, registry} = input;
	const cluster = facts.cluster;
	const tenants = tenantsOf(input);
	if (!cluster || !registry || !tenants || pullsWithSecret(input)) return [];
	const text = messages().doctor.checks.identity;
	const namespace = input.pod.pod.namespace;
	const name = `${cluster.name}-pull`.toLowerCase();
	const repository = input.ref.repository;
	return [
		{
			id: 'kubelet-tenant',
			pod: input.podId,
			status: 'fail',
			title: text.otherTenantTitle,
			cause: text.otherTenant(registry.name, tenants.registry, cluster.name, tenants.cluster),
			evidence: [
				`registry subscription ${registry.subscriptionId}: tenant ${tenants.registry}`,
				`cluster subscription ${cluster.subscriptionId}: tenant ${tenants.cluster}`,
			],
			fix: {
				commands: [
					scopeMapCommand('create', name, registry, [repository], ['content/read', 'metadata/read'], facts.azDefaultSubscriptionId),
					tokenCommand('create', name, registry, name, facts.azDefaultSubscriptionId),
					tokenPasswordCommand(name, registry, undefined, facts.azDefaultSubscriptionId),
					createSecretCommand('acr-pull', {namespace, context: facts.context}, registry.loginServer, name, '<token password>'),
					text.useSecret('acr-pull'),
				],
				actions: [],
			},
			explainsKubelet: failedWith(input, 'unauthorized', 'forbidden', 'insufficient-scope'),
		},
	];
}
