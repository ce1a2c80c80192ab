/** What doctor reads of a cluster through @kubernetes/client-node: pods with their pull settings, events, nodes, pull secrets. */
import type {V1Pod, V1Secret} from '@kubernetes/client-node';
import {hasCode} from './client-node-errors.js';
import type {KubeDoctorReads, NodeDetail, PodDetail, PullSecretDetail} from './kubernetes.js';
import {summarizeEvent, summarizePod} from './pod-summary.js';
import type {Clients} from './client-node-cluster.js';

/** Runs one call with the cluster's retries; every failure comes out as a KubeError. */
type Call = <T>(action: (c: Clients) => Promise<T>) => Promise<T>;

/** The Deployment behind a ReplicaSet's pod: the ReplicaSet's name without its `-<pod-template-hash>`. */
function ownerOf(pod: V1Pod): PodDetail['owner'] {
	const reference = pod.metadata?.ownerReferences?.[0];
	if (!reference) return undefined;
	const hash = pod.metadata?.labels?.['pod-template-hash'];
	if (reference.kind === 'ReplicaSet' && hash && reference.name.endsWith(`-${hash}`)) {
		return {kind: 'Deployment', name: reference.name.slice(0, -hash.length - 1)};
	}
	return {kind: reference.kind, name: reference.name};
}

function podDetailOf(pod: V1Pod): PodDetail {
	return {
		...summarizePod(pod),
		...(pod.spec?.nodeName ? {nodeName: pod.spec.nodeName} : {}),
		serviceAccount: pod.spec?.serviceAccountName ?? 'default',
		imagePullSecrets: (pod.spec?.imagePullSecrets ?? []).map((reference) => reference.name ?? ''),
		labels: pod.metadata?.labels ?? {},
		...(ownerOf(pod) ? {owner: ownerOf(pod)} : {}),
		containers: (pod.spec?.containers ?? []).map((container) => ({name: container.name, image: container.image ?? ''})),
	};
}

type Auths = Readonly<Record<string, {readonly username?: string; readonly password?: string; readonly auth?: string}>>;

/** The servers and user names of a docker config (`.dockerconfigjson`, or the older `.dockercfg` without `auths`). */
function authsOf(secret: V1Secret): PullSecretDetail['auths'] {
	const raw = secret.data?.['.dockerconfigjson'] ?? secret.data?.['.dockercfg'];
	if (raw === undefined) return [];
	try {
		const parsed = JSON.parse(Buffer.from(raw, 'base64').toString('utf8')) as Auths & {readonly auths?: Auths};
		// `.dockerconfigjson` wraps the servers in `auths`; the older `.dockercfg` is the servers themselves.
		const auths: Auths = secret.data?.['.dockerconfigjson'] === undefined ? parsed : (parsed.auths ?? {});
		return Object.entries(auths).map(([server, entry]) => {
			const decoded = entry.auth ? Buffer.from(entry.auth, 'base64').toString('utf8') : '';
			const colon = decoded.indexOf(':');
			return {
				server,
				username: entry.username ?? (colon === -1 ? '' : decoded.slice(0, colon)),
				password: entry.password ?? (colon === -1 ? '' : decoded.slice(colon + 1)),
			};
		});
	} catch {
		return [];
	}
}

function nodeOf(node: {metadata?: {name?: string; labels?: Record<string, string>}}): NodeDetail {
	const labels = node.metadata?.labels ?? {};
	const os = labels['kubernetes.io/os'];
	const arch = labels['kubernetes.io/arch'];
	const pool = labels['agentpool'] ?? labels['kubernetes.azure.com/agentpool'];
	return {name: node.metadata?.name ?? '', ...(os ? {os} : {}), ...(arch ? {arch} : {}), ...(pool ? {pool} : {})};
}

/** A read that answers undefined on 404. */
async function unlessMissing<T>(read: () => Promise<T>): Promise<T | undefined> {
	try {
		return await read();
	} catch (error) {
		if (hasCode(error, 404)) return undefined;
		throw error;
	}
}

/** Doctor's reads of the KubeCluster port. */
export function doctorReads(call: Call): KubeDoctorReads {
	return {
		listPodDetails: async (namespace) =>
			call(async (c) =>
				(namespace === undefined ? await c.core.listPodForAllNamespaces() : await c.core.listNamespacedPod({namespace})).items.map(podDetailOf),
			),
		listPodEvents: async (namespace) =>
			call(async (c) => {
				const fieldSelector = 'involvedObject.kind=Pod';
				const listed =
					namespace === undefined ? await c.core.listEventForAllNamespaces({fieldSelector}) : await c.core.listNamespacedEvent({namespace, fieldSelector});
				return listed.items
					.map((event) => ({...summarizeEvent(event), namespace: event.involvedObject.namespace ?? event.metadata.namespace ?? ''}))
					.sort((a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''));
			}),
		listNodes: async () => call(async (c) => (await c.core.listNode()).items.map(nodeOf)),
		readPullSecret: async (namespace, name) =>
			call(async (c) => {
				const secret = await unlessMissing(async () => c.core.readNamespacedSecret({namespace, name}));
				return secret && {namespace, name, type: secret.type ?? 'Opaque', auths: authsOf(secret)};
			}),
		serviceAccountPullSecrets: async (namespace, name) =>
			call(async (c) => {
				const account = await unlessMissing(async () => c.core.readNamespacedServiceAccount({namespace, name}));
				return account && (account.imagePullSecrets ?? []).map((reference) => reference.name ?? '');
			}),
		deploymentSelector: async (namespace, name) =>
			call(async (c) => {
				const deployment = await unlessMissing(async () => c.apps.readNamespacedDeployment({namespace, name}));
				const labels = deployment?.spec?.selector.matchLabels;
				return (
					labels &&
					Object.entries(labels)
						.map(([key, value]) => `${key}=${value}`)
						.join(',')
				);
			}),
		setDeploymentImage: async (namespace, name, container, image) =>
			call(async (c) => {
				const deployment = await c.apps.readNamespacedDeployment({namespace, name});
				const containers = deployment.spec?.template.spec?.containers ?? [];
				for (const item of containers) if (item.name === container) item.image = image;
				await c.apps.replaceNamespacedDeployment({namespace, name, body: deployment});
			}),
	};
}
