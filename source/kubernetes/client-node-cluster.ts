/** One cluster through @kubernetes/client-node: the KubeCluster port's verbs over CoreV1, AppsV1 and /version. */
import {Observable, type AppsV1Api, type AuthorizationV1Api, type ConfigurationOptions, type CoreV1Api, type KubeConfig, type V1Deployment, type V1Pod, type V1ServiceAccount, type VersionApi} from '@kubernetes/client-node';
import {setTimeout as sleep} from 'node:timers/promises';
import {messages} from '../messages/catalog.js';
import {hasCode, toKubeError} from './client-node-errors.js';
import {watchPodsAndEvents} from './client-node-watch.js';
import {KubeError, type KubeCluster, type Workload} from './kubernetes.js';
import {dockerRegistrySecretObject, podMatchesWorkload, workloadObject} from './manifests.js';

/** The API clients of one cluster, made once. */
export type Clients = {readonly config: KubeConfig; readonly core: CoreV1Api; readonly apps: AppsV1Api; readonly version: VersionApi; readonly authorization: AuthorizationV1Api; readonly server: string};

/** Request options that make a call abortable with `signal`. */
function withSignal(signal: AbortSignal): ConfigurationOptions {
	return {
		middleware: [
			{
				pre: (context) => {
					context.setSignal(signal);
					return new Observable(Promise.resolve(context));
				},
				post: (response) => new Observable(Promise.resolve(response)),
			},
		],
		middlewareMergeStrategy: 'append',
	};
}

/** Runs `action` on the clients; every failure comes out as a KubeError. */
function caller(clients: () => Promise<Clients>) {
	return async <T>(action: (c: Clients) => Promise<T>): Promise<T> => {
		const c = await clients();
		try {
			return await action(c);
		} catch (error) {
			throw toKubeError(error, c.server);
		}
	};
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
		const info = await Promise.race([c.version.getCode({}, withSignal(controller.signal)), deadline]);
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
async function updatePullSecrets(c: Clients, target: {namespace: string; name: string; patient: boolean}, change: (names: string[]) => string[]): Promise<boolean> {
	const {namespace, name} = target;
	const account = await readServiceAccount(c, namespace, name, target.patient);
	const before = (account.imagePullSecrets ?? []).map((reference) => reference.name ?? '');
	const after = change(before);
	if (after.length === before.length && after.every((item, index) => item === before[index])) return false;
	await c.core.replaceNamespacedServiceAccount({namespace, name, body: {...account, imagePullSecrets: after.map((item) => ({name: item}))}});
	return true;
}

/** Creates the workload, or replaces it when it exists. */
async function applyWorkload(c: Clients, workload: Workload): Promise<{created: boolean}> {
	const {namespace, name} = workload;
	const object = workloadObject(workload);
	if (workload.kind === 'Deployment') {
		const body = object as V1Deployment;
		const created = await unless(409, c.apps.createNamespacedDeployment({namespace, body}));
		if (created.hit) await c.apps.replaceNamespacedDeployment({namespace, name, body});
		return {created: !created.hit};
	}
	const body = object as V1Pod;
	const created = await unless(409, c.core.createNamespacedPod({namespace, body}));
	if (!created.hit) return {created: true};
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
		serverVersion: async (timeoutMs) => serverVersion(await clients(), timeoutMs),
		listNamespaces: async () => call(async (c) => (await c.core.listNamespace()).items.map((item) => item.metadata?.name ?? '')),
		podSecurityLevel: async (namespace) =>
			call(async (c) => (await c.core.readNamespace({name: namespace})).metadata?.labels?.['pod-security.kubernetes.io/enforce']).catch(() => undefined),
		canI: async ({verb, resource, group = '', namespace}) =>
			call(async (c) => {
				const review = await c.authorization.createSelfSubjectAccessReview({body: {spec: {resourceAttributes: {verb, resource, group, ...(namespace === undefined ? {} : {namespace})}}}});
				return review.status?.allowed === true;
			}),
		createNamespace: async (name) => ({created: !(await unless(409, call(async (c) => c.core.createNamespace({body: {metadata: {name}}})))).hit}),
		// Unlike deleteSecret, a 404 comes through: undo tells "already gone" (unchanged) from a deletion by it.
		deleteNamespace: async (name) => void (await call(async (c) => c.core.deleteNamespace({name}))),
		secretExists: async (namespace, name) => !(await unless(404, call(async (c) => c.core.readNamespacedSecret({namespace, name})))).hit,
		async applyDockerRegistrySecret(secret) {
			const body = dockerRegistrySecretObject(secret);
			const {namespace, name} = secret;
			const created = await unless(409, call(async (c) => c.core.createNamespacedSecret({namespace, body})));
			if (created.hit) await call(async (c) => c.core.replaceNamespacedSecret({namespace, name, body}));
			return {created: !created.hit};
		},
		deleteSecret: async (namespace, name) => void (await unless(404, call(async (c) => c.core.deleteNamespacedSecret({namespace, name})))),
		addImagePullSecretToServiceAccount: async (namespace, account, secret) => ({
			changed: await call(async (c) => updatePullSecrets(c, {namespace, name: account, patient: true}, (names) => (names.includes(secret) ? names : [...names, secret]))),
		}),
		async removeImagePullSecretFromServiceAccount(namespace, account, secret) {
			await unless(404, call(async (c) => updatePullSecrets(c, {namespace, name: account, patient: false}, (names) => names.filter((item) => item !== secret))));
		},
		applyWorkload: async (workload) => call(async (c) => applyWorkload(c, workload)),
		async deleteWorkload(kind, namespace, name) {
			const remove = async (c: Clients): Promise<unknown> => (kind === 'Deployment' ? c.apps.deleteNamespacedDeployment({namespace, name}) : c.core.deleteNamespacedPod({namespace, name}));
			await unless(404, call(remove));
		},
		async restartPods(namespace, labelSelector) {
			const pods = await call(async (c) => c.core.listNamespacedPod({namespace, labelSelector}));
			for (const pod of pods.items) await unless(404, call(async (c) => c.core.deleteNamespacedPod({namespace, name: pod.metadata?.name ?? ''})));
		},
		watchPods: async (namespace, labelSelector, onChange, onError) => watchPodsAndEvents(await clients(), namespace, labelSelector, {onChange, onError}),
	};
}
