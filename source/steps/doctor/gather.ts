/**
 * Doctor's facts, read concurrently through the ports: the cluster's pods, events, nodes and pull secrets,
 * and Azure's registries, AKS cluster, role assignments, tokens and service principals. Reads only. A source
 * that cannot be read becomes an `unreadable` fact, so the checks that need it say so instead of guessing.
 */
import type {Azure, ManagedCluster, Registry, RoleAssignment} from '../../azure/azure.js';
import type {CredentialFacts, DoctorFacts, LocalFacts, PodFacts, SecretFacts, SecretTrial} from '../../diagnosis/doctor-facts.js';
import {credentialKey, normalServer} from '../../diagnosis/doctor-facts.js';
import {pullFailureOf} from '../../diagnosis/checks/input.js';
import {pullingRole} from '../../diagnosis/checks/roles.js';
import {parseImageRef} from '../../diagnosis/image-ref.js';
import type {NodeDetail, PodDetail, PodEvent} from '../../kubernetes/kubernetes.js';
import {connectedHosts} from './connected.js';
import {imageContents, servesImage, trySecret} from './content.js';
import type {DoctorTarget} from './target.js';

export type GatherDeps = {
	readonly azure: Azure;
	readonly acrSuffix: string;
	readonly now: () => Date;
	readonly defaultSubscriptionId?: string;
	/** The local tools, read beside the rest (absent: not checked). */
	readonly local?: Promise<LocalFacts>;
};

type Unreadable = {source: string; message: string};
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Runs a read; a failure is recorded as unreadable and answers `fallback`. */
async function tolerant<T>(unreadable: Unreadable[], source: string, read: () => Promise<T>, fallback: T): Promise<T> {
	try {
		return await read();
	} catch (error) {
		unreadable.push({source, message: messageOf(error)});
		return fallback;
	}
}

const selected = (target: DoctorTarget, pod: PodDetail): boolean => {
	if (target.pod !== undefined) return pod.name === target.pod;
	if (target.selector !== undefined) return target.selector.split(',').every((pair) => pod.labels[pair.split('=')[0] ?? ''] === pair.split('=')[1]);
	return true;
};

type Subscriptions = Promise<ReadonlyArray<{readonly id: string; readonly tenantId?: string}>>;

/** Registries in every subscription the user can see. */
async function allRegistries(azure: Azure, listing: Subscriptions): Promise<Registry[]> {
	const subscriptions = await listing;
	return (await Promise.all(subscriptions.map(async (subscription) => azure.listRegistries(subscription.id).catch(() => [])))).flat();
}

/** The AKS cluster named like the context's cluster, in any subscription. */
async function managedClusterNamed(azure: Azure, listing: Subscriptions, name: string): Promise<ManagedCluster | undefined> {
	const subscriptions = await listing;
	const clusters = (await Promise.all(subscriptions.map(async (subscription) => azure.listManagedClusters(subscription.id).catch(() => [])))).flat();
	return clusters.find((cluster) => cluster.name.toLowerCase() === name.toLowerCase());
}

/** The pull-role assignments at a registry held by groups `objectId` is a direct member of (each group's members read once). */
async function groupGrants(azure: Azure, registry: Registry, objectId: string, unreadable: Unreadable[]): Promise<RoleAssignment[]> {
	const all = await tolerant(unreadable, `role assignments on ${registry.name}`, async () => azure.listRoleAssignments(registry.id), []);
	const groups = all.filter((assignment) => assignment.principalType === 'Group' && pullingRole(assignment, registry, '') !== undefined);
	const members = await Promise.all(
		[...new Set(groups.map((assignment) => assignment.principalId))].map(
			async (group) => [group, await tolerant(unreadable, `members of group ${group}`, async () => azure.listGroupMembers(group), [])] as const,
		),
	);
	const holding = new Set(members.filter(([, ids]) => ids.some((id) => id.toLowerCase() === objectId.toLowerCase())).map(([group]) => group));
	return groups.filter((assignment) => holding.has(assignment.principalId));
}

/** The pods to examine: the named one, the deployment's, or every pod that fails to pull. */
function podsToExamine(target: DoctorTarget, pods: readonly PodDetail[], events: ReadonlyArray<PodEvent & {namespace: string}>, nodes: readonly NodeDetail[]) {
	return pods
		.filter((pod) => selected(target, pod))
		.map((pod) => {
			const own = events.filter((event) => event.namespace === pod.namespace && event.pod === pod.name);
			const node = nodes.find((item) => item.name === pod.nodeName);
			return {pod, events: own, ...(node ? {node} : {})};
		});
}

/** What Azure says about one credential's user name on a registry. */
async function credentialFacts(azure: Azure, registry: Registry, username: string): Promise<CredentialFacts> {
	if (username.toLowerCase() === registry.name.toLowerCase()) return {kind: 'admin', enabled: registry.adminUserEnabled};
	const token = await azure.getToken(registry.id, username).catch(() => undefined);
	if (token) {
		const scopeMap = token.scopeMapId.split('/').at(-1) ?? token.scopeMapId;
		const map = await azure.getScopeMap(registry.id, scopeMap).catch(() => undefined);
		return {
			kind: 'token',
			name: token.name,
			id: token.id,
			status: token.status,
			scopeMap,
			scopeMapId: token.scopeMapId,
			actions: map?.actions ?? [],
			...(token.passwords ? {passwords: token.passwords.map((slot) => ({name: slot.name, ...(slot.expiresAt ? {expiresAt: slot.expiresAt} : {})}))} : {}),
		};
	}
	if (/^[0-9a-f-]{36}$/i.test(username)) {
		const principal = await azure.getServicePrincipal(username).catch(() => undefined);
		const assignments: RoleAssignment[] = principal ? await azure.listRoleAssignments(registry.id, principal.objectId).catch(() => []) : [];
		return {kind: 'service-principal', appId: username, exists: principal !== undefined, ...(principal ? {objectId: principal.objectId} : {}), assignments};
	}
	return {kind: 'unknown'};
}

/** Reads everything doctor's checks need, with the independent reads running at once. */
export async function gatherFacts(target: DoctorTarget, deps: GatherDeps): Promise<DoctorFacts> {
	const unreadable: Unreadable[] = [];
	const {cluster} = target;
	const subscriptions = deps.azure.listSubscriptions();
	// Both readers below handle its failure; this keeps an early rejection from going unhandled meanwhile.
	void subscriptions.catch(() => undefined);
	const [pods, events, nodes, registries, managed, namespaces] = await Promise.all([
		cluster.listPodDetails(target.namespace),
		tolerant(unreadable, 'pod events', async () => cluster.listPodEvents(target.namespace), []),
		tolerant(unreadable, 'nodes', async () => cluster.listNodes(), []),
		tolerant(unreadable, 'Azure registries', async () => allRegistries(deps.azure, subscriptions), []),
		tolerant(unreadable, 'Azure AKS clusters', async () => managedClusterNamed(deps.azure, subscriptions, target.clusterName), undefined),
		cluster.listNamespaces().catch(() => []),
	]);
	const candidates = podsToExamine(target, pods, events, nodes);
	const named = target.pod !== undefined || target.selector !== undefined;
	const failing = named ? candidates : candidates.filter((candidate) => pullFailureOf({...candidate, secrets: []}) !== undefined);
	// --registry: only the pods whose image is on that registry (named by name or login server).
	const wanted = target.registry?.toLowerCase();
	const onRegistry = (host: string) => wanted === undefined || host === wanted || host === `${wanted}${deps.acrSuffix.toLowerCase()}`;
	const examined = failing.filter((item) => onRegistry(parseImageRef(item.pod.containers[0]?.image ?? '').host));
	const hosts = new Set(examined.map((item) => parseImageRef(item.pod.containers[0]?.image ?? '').host));
	const used = registries.filter((registry) => hosts.has(registry.loginServer.toLowerCase()));
	const identity = managed?.kubeletIdentity;
	const spAppId = identity ? undefined : managed?.servicePrincipalClientId;
	const trials: Record<string, SecretTrial> = {};
	const [podFacts, assignments, kubeletIdentityExists, kubeletPasswordEnds, tenants, groupAssignments, images] = await Promise.all([
		Promise.all(examined.map(async (item): Promise<PodFacts> => ({...item, secrets: await podSecrets(target, item.pod, {azure: deps.azure, used, trials})}))),
		Promise.all(
			used.map(
				async (registry) =>
					[
						registry.id.toLowerCase(),
						identity
							? await tolerant(
									unreadable,
									`role assignments on ${registry.name}`,
									async () => deps.azure.listRoleAssignments(registry.id, identity.objectId),
									[],
								)
							: [],
					] as const,
			),
		),
		identity
			? deps.azure.servicePrincipalExists(identity.objectId).then(
					(found) => found,
					() => undefined,
				)
			: Promise.resolve(undefined),
		spAppId ? deps.azure.passwordExpiries(spAppId).catch(() => undefined) : Promise.resolve(undefined),
		subscriptions.then(
			(list) => Object.fromEntries(list.flatMap((item) => (item.tenantId ? [[item.id.toLowerCase(), item.tenantId] as const] : []))),
			() => ({}),
		),
		Promise.all(
			used.map(
				async (registry) => [registry.id.toLowerCase(), identity ? await groupGrants(deps.azure, registry, identity.objectId, unreadable) : []] as const,
			),
		),
		imageContents(
			deps.azure,
			examined.map((item) => item.pod),
			used,
		),
	]);
	const [credentials, secretElsewhere, local, connected] = await Promise.all([
		credentialsOf(deps.azure, podFacts, used),
		elsewhere(target, podFacts, namespaces),
		deps.local,
		tolerant(
			unreadable,
			'connected registries',
			async () => connectedHosts(target, deps.azure, await subscriptions.catch(() => []), registries, podFacts, deps.acrSuffix),
			{},
		),
	]);
	return {
		context: target.context,
		acrSuffix: deps.acrSuffix,
		pods: podFacts,
		nodes,
		registries,
		...(managed ? {cluster: managed} : {}),
		...(kubeletIdentityExists === undefined ? {} : {kubeletIdentityExists}),
		...(kubeletPasswordEnds ? {kubeletPasswordEnds} : {}),
		subscriptionTenants: tenants,
		kubeletAssignments: Object.fromEntries(assignments),
		kubeletGroupAssignments: Object.fromEntries(groupAssignments),
		images,
		secretTrials: trials,
		credentials,
		secretElsewhere,
		now: deps.now().toISOString(),
		unreadable,
		...(deps.defaultSubscriptionId ? {azDefaultSubscriptionId: deps.defaultSubscriptionId} : {}),
		...(local ? {local} : {}),
		...(Object.keys(connected).length > 0 ? {connected} : {}),
	};
}

/**
 * The pod's pull secrets, without their passwords; each credential for the image's registry is tried against it
 * on the way (into `trials`), so the password goes from the secret to that one request only.
 */
async function podSecrets(
	target: DoctorTarget,
	pod: PodDetail,
	{azure, used, trials}: {readonly azure: Azure; readonly used: readonly Registry[]; readonly trials: Record<string, SecretTrial>},
): Promise<PodFacts['secrets']> {
	const image = pod.containers[0]?.image ?? '';
	const ref = parseImageRef(image);
	return Promise.all(
		pod.imagePullSecrets.map(async (name) => {
			const secret = await target.cluster.readPullSecret(pod.namespace, name);
			await Promise.all(
				(secret?.auths ?? []).map(async (auth) => {
					const registry = servesImage(auth.server, image, used);
					if (registry && auth.password)
						trials[credentialKey(auth.server, auth.username)] = await trySecret(
							azure,
							registry.loginServer,
							ref.repository,
							ref.tag,
							auth.username,
							auth.password,
						);
				}),
			);
			const detail: SecretFacts | undefined = secret && {
				namespace: secret.namespace,
				name: secret.name,
				type: secret.type,
				auths: secret.auths.map((auth) => ({server: auth.server, username: auth.username})),
			};
			return {name, ...(detail ? {detail} : {})};
		}),
	);
}

async function credentialsOf(azure: Azure, pods: readonly PodFacts[], registries: readonly Registry[]): Promise<Record<string, CredentialFacts>> {
	const wanted = new Map<string, {registry: Registry; username: string}>();
	for (const pod of pods)
		for (const secret of pod.secrets)
			for (const auth of secret.detail?.auths ?? []) {
				const registry = registries.find((item) => item.loginServer.toLowerCase() === normalServer(auth.server));
				if (registry) wanted.set(credentialKey(auth.server, auth.username), {registry, username: auth.username});
			}
	const entries = await Promise.all([...wanted].map(async ([key, {registry, username}]) => [key, await credentialFacts(azure, registry, username)] as const));
	return Object.fromEntries(entries);
}

/** For each missing secret, the other namespaces holding one of that name. */
async function elsewhere(target: DoctorTarget, pods: readonly PodFacts[], namespaces: readonly string[]): Promise<Record<string, string[]>> {
	const missing = new Set(pods.flatMap((pod) => pod.secrets.filter((secret) => !secret.detail).map((secret) => `${pod.pod.namespace}/${secret.name}`)));
	const entries = await Promise.all(
		[...missing].map(async (id) => {
			const [namespace = '', name = ''] = id.split('/');
			const found = await Promise.all(
				namespaces
					.filter((other) => other !== namespace)
					.map(async (other) => ((await target.cluster.readPullSecret(other, name).catch(() => undefined)) ? other : undefined)),
			);
			return [id, found.filter((item): item is string => item !== undefined)] as const;
		}),
	);
	return Object.fromEntries(entries);
}
