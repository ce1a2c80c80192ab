/** One cluster through @kubernetes/client-node: the KubeCluster port's verbs over CoreV1, AppsV1 and /version. */
import type {KubeConfig, V1Deployment, V1Pod, V1ServiceAccount} from '@kubernetes/client-node';
import {setTimeout as sleep} from 'node:timers/promises';
import {messages} from '../messages/catalog.js';
import type {AppsApi, CoreApi, MetaApi} from './client-node-api.js';
import {hasCode, toKubeError} from './client-node-errors.js';
import {doctorReads} from './client-node-doctor.js';
import {inspectionReads} from './client-node-inspect.js';
import {watchPodsAndEvents} from './client-node-watch.js';
import {KubeError, type KubeCluster, type Workload} from './kubernetes.js';
import {dockerRegistrySecretObject, podMatchesWorkload, workloadObject} from './manifests.js';

/**
 * The deadline of one request to a cluster, the first pause before a retry (doubled each time), and how
 * long a credential plugin (kubelogin, aws, gke-gcloud-auth-plugin) or a token renewal may take to give a token.
 */
export type KubeTiming = {readonly callTimeoutMs: number; readonly retryDelayMs: number; readonly pluginDeadlineMs: number};

/** kubectl's own request timeout is unlimited; the wizard gives a cluster 90 s to answer one request (longer than a credential plugin's own 60 s). */
export const defaultKubeTiming: KubeTiming = {callTimeoutMs: 90_000, retryDelayMs: 200, pluginDeadlineMs: 60_000};

/** The API clients of one cluster, made once. */
export type Clients = {
	readonly config: KubeConfig;
	readonly core: CoreApi;
	readonly apps: AppsApi;
	/** `/version` and access reviews. */
	readonly meta: MetaApi;
	readonly server: string;
	readonly timing: KubeTiming;
};

/** How many times a request that met a passing failure (throttled, 5xx, no answer) is tried. */
const tries = 4;

/** Whether a failure may pass on a retry: throttling, a server error, no answer or a timeout. */
function isTransient(error: KubeError): boolean {
	return error.reason === 'network' || error.reason === 'timeout' || error.statusCode === 429 || (error.statusCode !== undefined && error.statusCode >= 500);
}

/** Whether a failed write may have been applied all the same (everything transient but throttling, which says it was not). */
function mayHaveApplied(error: KubeError): boolean {
	return isTransient(error) && error.statusCode !== 429;
}

/** Any failure as a KubeError; a request aborted by its deadline says so, with the cluster and the time. */
function failureOf(error: unknown, c: Clients): KubeError {
	if (error instanceof Error && error.name === 'TimeoutError') {
		return new KubeError(messages().errors.kube.adapter.timeout(c.server, Math.round(c.timing.callTimeoutMs / 100) / 10), 'timeout');
	}
	return toKubeError(error, c.server);
}

/**
 * Runs `action` on the clients; every failure comes out as a KubeError. The actions run here are
 * reads, replaces and deletes, which may be repeated: a passing failure is retried a few times.
 */
function caller(clients: () => Promise<Clients>) {
	return async <T>(action: (c: Clients) => Promise<T>): Promise<T> => {
		const c = await clients();
		for (let attempt = 1; ; attempt++) {
			try {
				return await action(c);
			} catch (error) {
				const failure = failureOf(error, c);
				if (!isTransient(failure) || attempt >= tries) throw failure;
				await sleep(c.timing.retryDelayMs * 2 ** (attempt - 1));
			}
		}
	};
}

/**
 * Creates an object at most once in effect, and says whether this call made it. Read first: one
 * that exists is not ours (`created: false`), unless the caller knows it is not there (`absent`: in a
 * namespace this run has just created), as `kubectl create` goes straight to the create. Then create;
 * when the answer is lost (no answer, a 5xx, a timeout) the object is read back: there, it is the one
 * this call made; not there, the create is tried again. A 409 after such a lost answer is our own
 * object too; without one, it says the object was there (`created: false`).
 */
async function createOnce(c: Clients, read: () => Promise<unknown>, create: () => Promise<unknown>, absent = false): Promise<{created: boolean}> {
	const exists = async (): Promise<boolean> => !(await unless(404, read())).hit;
	if (!absent && (await retried(c, exists))) return {created: false};
	let lost = false;
	for (let attempt = 1; ; attempt++) {
		try {
			await create();
			return {created: true};
		} catch (error) {
			const failure = failureOf(error, c);
			if (failure.statusCode === 409) return {created: lost};
			if (!isTransient(failure) || attempt >= tries) throw failure;
			if (mayHaveApplied(failure)) {
				lost = true;
				if (await retried(c, exists)) return {created: true};
			}
			await sleep(c.timing.retryDelayMs * 2 ** (attempt - 1));
		}
	}
}

/** Runs a read with the retries of `caller`. */
async function retried<T>(c: Clients, read: () => Promise<T>): Promise<T> {
	return caller(async () => c)(async () => read());
}

/** Ignores one HTTP answer (404 on delete, 409 on create) and says whether it happened. */
async function unless<T>(code: number, action: Promise<T>): Promise<{value?: T; hit: boolean}> {
	try {
		return {value: await action, hit: false};
	} catch (error) {
		if (hasCode(error, code)) return {hit: true};
		throw error;
	}
}

/** `/version` with a deadline: the request is aborted, and a hung authentication plugin is raced. */
async function serverVersion(c: Clients, timeoutMs: number): Promise<string> {
	const controller = new AbortController();
	const timedOut = new KubeError(messages().errors.kube.adapter.timeout(c.server, Math.round(timeoutMs / 100) / 10), 'network');
	let timer: NodeJS.Timeout | undefined;
	const deadline = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => {
			controller.abort();
			reject(timedOut);
		}, timeoutMs);
	});
	try {
		const info = await Promise.race([c.meta.getCode(controller.signal), deadline]);
		return info.gitVersion;
	} catch (error) {
		throw controller.signal.aborted ? timedOut : toKubeError(error, c.server);
	} finally {
		clearTimeout(timer);
	}
}

/** Reads a service account; a namespace created a moment ago gets its `default` one shortly, so `patient` waits for it briefly. */
async function readServiceAccount(c: Clients, namespace: string, name: string, patient: boolean): Promise<V1ServiceAccount> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await c.core.readNamespacedServiceAccount({namespace, name});
		} catch (error) {
			const kubeError = toKubeError(error, c.server);
			if (!patient || !hasCode(kubeError, 404) || attempt >= 5) throw kubeError;
			await sleep(50 * 2 ** attempt);
		}
	}
}

/** Rewrites the service account's imagePullSecrets with `change`; `false` when nothing changed. */
async function updatePullSecrets(
	c: Clients,
	target: {namespace: string; name: string; patient: boolean},
	change: (names: string[]) => string[],
): Promise<boolean> {
	const {namespace, name} = target;
	const account = await readServiceAccount(c, namespace, name, target.patient);
	const before = (account.imagePullSecrets ?? []).map((reference) => reference.name ?? '');
	const after = change(before);
	if (after.length === before.length && after.every((item, index) => item === before[index])) return false;
	await c.core.replaceNamespacedServiceAccount({namespace, name, body: {...account, imagePullSecrets: after.map((item) => ({name: item}))}});
	return true;
}

/** Creates the workload, or replaces it when it exists. */
async function applyWorkload(c: Clients, workload: Workload, absent: boolean): Promise<{created: boolean}> {
	const {namespace, name} = workload;
	const object = workloadObject(workload);
	if (workload.kind === 'Deployment') {
		const body = object as V1Deployment;
		const result = await createOnce(
			c,
			async () => c.apps.readNamespacedDeployment({namespace, name}),
			async () => c.apps.createNamespacedDeployment({namespace, body}),
			absent,
		);
		if (!result.created) await retried(c, async () => c.apps.replaceNamespacedDeployment({namespace, name, body}));
		return result;
	}
	const body = object as V1Pod;
	const result = await createOnce(
		c,
		async () => c.core.readNamespacedPod({namespace, name}),
		async () => c.core.createNamespacedPod({namespace, body}),
		absent,
	);
	if (result.created) return result;
	if (podMatchesWorkload(await c.core.readNamespacedPod({namespace, name}), workload)) return {created: false};
	// A pod's spec (imagePullSecrets included) cannot change in place: replace it as `kubectl replace --force` does.
	await unless(404, c.core.deleteNamespacedPod({namespace, name, gracePeriodSeconds: 0}));
	// The old pod may take a moment to go; the last attempt lets its 409 through.
	for (let attempt = 0; attempt < 5; attempt++) {
		if (!(await unless(409, c.core.createNamespacedPod({namespace, body}))).hit) return {created: false};
		await sleep(50 * 2 ** attempt);
	}
	await c.core.createNamespacedPod({namespace, body});
	return {created: false};
}

/** The KubeCluster port over the clients `clients()` makes (once, on first use). */
export function createCluster(clients: () => Promise<Clients>): KubeCluster {
	const call = caller(clients);
	return {
		...doctorReads(call),
		...inspectionReads(call),
		serverVersion: async (timeoutMs) => serverVersion(await clients(), timeoutMs),
		listNamespaces: async () => call(async (c) => (await c.core.listNamespace()).items.map((item) => item.metadata?.name ?? '')),
		podSecurityLevel: async (namespace) =>
			call(async (c) => (await c.core.readNamespace({name: namespace})).metadata?.labels?.['pod-security.kubernetes.io/enforce']).catch(() => undefined),
		canI: async ({verb, resource, group = '', namespace}) =>
			call(async (c) => {
				const review = await c.meta.createSelfSubjectAccessReview({
					body: {spec: {resourceAttributes: {verb, resource, group, ...(namespace === undefined ? {} : {namespace})}}},
				});
				return review.status?.allowed === true;
			}),
		createNamespace: async (name) => {
			const c = await clients();
			return createOnce(
				c,
				async () => c.core.readNamespace({name}),
				async () => c.core.createNamespace({body: {metadata: {name}}}),
			);
		},
		// Unlike deleteSecret, a 404 comes through: undo tells "already gone" (unchanged) from a deletion by it.
		deleteNamespace: async (name) => void (await call(async (c) => c.core.deleteNamespace({name}))),
		secretExists: async (namespace, name) =>
			!(
				await unless(
					404,
					call(async (c) => c.core.readNamespacedSecret({namespace, name})),
				)
			).hit,
		async applyDockerRegistrySecret(secret, {absent = false} = {}) {
			const body = dockerRegistrySecretObject(secret);
			const {namespace, name} = secret;
			const c = await clients();
			const result = await createOnce(
				c,
				async () => c.core.readNamespacedSecret({namespace, name}),
				async () => c.core.createNamespacedSecret({namespace, body}),
				absent,
			);
			if (!result.created) await call(async (cl) => cl.core.replaceNamespacedSecret({namespace, name, body}));
			return result;
		},
		deleteSecret: async (namespace, name) =>
			void (await unless(
				404,
				call(async (c) => c.core.deleteNamespacedSecret({namespace, name})),
			)),
		addImagePullSecretToServiceAccount: async (namespace, account, secret) => ({
			changed: await call(async (c) =>
				updatePullSecrets(c, {namespace, name: account, patient: true}, (names) => (names.includes(secret) ? names : [...names, secret])),
			),
		}),
		async removeImagePullSecretFromServiceAccount(namespace, account, secret) {
			await unless(
				404,
				call(async (c) => updatePullSecrets(c, {namespace, name: account, patient: false}, (names) => names.filter((item) => item !== secret))),
			);
		},
		applyWorkload: async (workload, {absent = false} = {}) => {
			const c = await clients();
			try {
				return await applyWorkload(c, workload, absent);
			} catch (error) {
				throw failureOf(error, c);
			}
		},
		async deleteWorkload(kind, namespace, name) {
			const remove = async (c: Clients): Promise<unknown> =>
				kind === 'Deployment' ? c.apps.deleteNamespacedDeployment({namespace, name}) : c.core.deleteNamespacedPod({namespace, name});
			await unless(404, call(remove));
		},
		async restartPods(namespace, labelSelector) {
			const pods = await call(async (c) => c.core.listNamespacedPod({namespace, labelSelector}));
			for (const pod of pods.items)
				await unless(
					404,
					call(async (c) => c.core.deleteNamespacedPod({namespace, name: pod.metadata?.name ?? ''})),
				);
		},
		async serviceRange() {
			// An address no service range holds (TEST-NET-1 is never a cluster's); the 422 names the valid range.
			const probe = {metadata: {generateName: 'acr-wizard-range-probe-'}, spec: {clusterIP: '192.0.2.1', ports: [{port: 443}]}};
			try {
				await call(async (c) => c.core.createNamespacedService({namespace: 'default', body: probe, dryRun: 'All'}));
				return undefined;
			} catch (error: unknown) {
				const message = error instanceof Error ? error.message : String(error);
				return /The range of valid IPs is (\S+)/.exec(message)?.[1];
			}
		},
		serviceClusterIPs: async () =>
			call(async (c) =>
				(await c.core.listServiceForAllNamespaces()).items.flatMap((item) => item.spec?.clusterIPs ?? (item.spec?.clusterIP ? [item.spec.clusterIP] : [])),
			),
		async namespaceObjects(namespace) {
			const [pods, services, claims] = await Promise.all([
				call(async (c) => c.core.listNamespacedPod({namespace})),
				call(async (c) => c.core.listNamespacedService({namespace})),
				call(async (c) => c.core.listNamespacedPersistentVolumeClaim({namespace})),
			]);
			return {
				pods: pods.items.map((pod) => {
					const statuses = pod.status?.containerStatuses ?? [];
					const waiting = statuses.find((status) => status.state?.waiting?.reason)?.state?.waiting?.reason;
					return {
						name: pod.metadata?.name ?? '',
						phase: pod.status?.phase ?? 'Pending',
						ready: `${statuses.filter((status) => status.ready).length}/${pod.spec?.containers.length ?? 0}`,
						restarts: statuses.reduce((sum, status) => sum + status.restartCount, 0),
						status: waiting ?? pod.status?.phase ?? 'Pending',
					};
				}),
				services: services.items.map((service) => ({
					name: service.metadata?.name ?? '',
					clusterIP: service.spec?.clusterIP ?? '',
					ports: (service.spec?.ports ?? []).map((port) => `${port.port}/${port.protocol ?? 'TCP'}`).join(','),
				})),
				claims: claims.items.map((claim) => ({
					name: claim.metadata?.name ?? '',
					phase: claim.status?.phase ?? 'Pending',
					storageClass: claim.spec?.storageClassName ?? '',
					capacity: claim.status?.capacity?.storage ?? '',
				})),
			};
		},
		async podLogs(namespace, name, tailLines) {
			const found = await unless(
				400,
				call(async (c) => c.core.readNamespacedPodLog({namespace, name, tailLines})),
			);
			return found.hit ? [] : (found.value ?? '').split('\n').filter((line) => line !== '');
		},
		watchPods: async (namespace, labelSelector, onChange, onError) => watchPodsAndEvents(await clients(), namespace, labelSelector, {onChange, onError}),
	};
}
