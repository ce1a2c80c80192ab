import {createServer} from 'node:https';
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import type {ClusterWorkloads, EmulatedClusterSpec, PullAuthority, SandboxClock} from '../contracts.js';
import type {ApiServerAccess} from './access.js';
import type {ServerContext} from './context.js';
import type {SandboxFaults} from '../faults.js';
import type {ClusterInventory} from '../inventory.js';
import {applyFault, type ErrorWriter} from '../http/fault-effects.js';
import {sendJson} from './http.js';
import {followAccess} from './reachability.js';
import {createObject, deleteObject, finishTerminatingNamespaces} from './crud.js';
import {resourceType} from './resources.js';
import {startVolumeController} from './volumes.js';
import type {KubeObject} from './types.js';
import {DeploymentController} from './deployments.js';
import {Kubelet} from './kubelet.js';
import {deferred} from './deferred.js';
import {route} from './router.js';
import {seedCluster, startServiceAccountController} from './seed.js';
import {ObjectStore} from './store.js';

/** What one emulated cluster's API server needs. */
export type ClusterApiOptions = {
	spec: EmulatedClusterSpec;
	authority: PullAuthority;
	clock: SandboxClock;
	tls: {key: string; cert: string};
	token: string;
	/** Who may call, and whether the server answers (the sandbox's control state); absent: its token, all allowed. */
	access?: ApiServerAccess;
	/** The sandbox's fault switchboard; faults armed for the `kube` surface (or any) hit this server too. */
	faults?: SandboxFaults;
};

/** A fault's 429 or 500 as the apiserver writes them: a Status with its reason. */
const writeStatusError: ErrorWriter = (response, status, code, message, headers) => {
	const throttled = status === 429;
	const reason = throttled ? 'TooManyRequests' : 'InternalError';
	const ownCode = code !== 'TooManyRequests' && code !== 'InternalServerError';
	const text = ownCode
		? message
		: throttled
			? 'Too many requests, please try again later.'
			: 'Internal error occurred: the sandbox was told to fail this request';
	for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
	sendJson(response, status, {
		kind: 'Status',
		apiVersion: 'v1',
		metadata: {},
		status: 'Failure',
		message: text,
		reason,
		code: status,
		...(throttled ? {details: {retryAfterSeconds: Number(headers?.['Retry-After'] ?? 0)}} : {}),
	});
};

/** A running emulated cluster API server. */
export type ClusterApi = {
	url: string;
	close(): Promise<void>;
	/** The object store behind the server, for tests and the sandbox's own inspection. */
	store: ObjectStore;
	/** The cluster as its in-cluster agents (the Arc extension manager) use it. */
	workloads: ClusterWorkloads;
	/** The objects a run may create, by name (`GET /_sandbox/inventory`). */
	inventory(): ClusterInventory;
};

/** The names of the objects a run may create in one cluster's store. */
function clusterInventory(store: ObjectStore): ClusterInventory {
	const named = (resource: string) => store.list(resource).map((o) => (o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name));
	const pullSecrets = store.list('serviceaccounts').flatMap((account) => {
		const refs = Array.isArray(account.imagePullSecrets) ? (account.imagePullSecrets as Array<{name?: string}>) : [];
		return refs.map((ref) => `${account.metadata.namespace ?? ''}/${account.metadata.name}:${ref.name ?? ''}`);
	});
	return {
		namespaces: named('namespaces'),
		secrets: named('secrets'),
		deployments: named('deployments'),
		pods: named('pods'),
		serviceAccountPullSecrets: pullSecrets,
	};
}

function workloadsOf(context: ServerContext): ClusterWorkloads {
	const {store} = context;
	const namespaceOf = (resource: string, namespace: string | undefined) => (resourceType(resource).namespaced ? namespace : undefined);
	return {
		create(resource, object) {
			const type = resourceType(resource);
			const metadata = (object.metadata ?? {}) as {namespace?: string};
			return createObject(context, {type, namespace: namespaceOf(resource, metadata.namespace)}, object, new URLSearchParams()).body as KubeObject;
		},
		find: (resource, namespace, name) => store.find(resource, namespaceOf(resource, namespace), name),
		list: (resource, namespace) => store.list(resource, namespace),
		remove(resource, namespace, name) {
			const type = resourceType(resource);
			if (!store.find(resource, namespaceOf(resource, namespace), name)) return;
			if (resource === 'namespaces') deleteObject(context, {type}, name);
			else store.delete(resource, namespaceOf(resource, namespace), name);
		},
		logs(namespace, podName, containerName) {
			const prefix = `${namespace}/${podName}/`;
			const entry = [...context.logs.entries()].find(([key]) => (containerName === undefined ? key.startsWith(prefix) : key === `${prefix}${containerName}`));
			return entry?.[1] ?? [];
		},
		onChange: (listener) =>
			store.subscribe((event) => {
				if (event.resource !== 'events') listener();
			}),
	};
}

/** Starts one HTTPS Kubernetes API server (with its kubelet simulation) for an emulated cluster on 127.0.0.1. */
export async function startClusterApi(options: ClusterApiOptions): Promise<ClusterApi> {
	const {spec, authority, clock, tls, token, access} = options;
	const closing = deferred();
	let closed = false;
	const store = new ObjectStore(clock);
	const context: ServerContext = {store, spec, clock, closed: closing.promise, isClosed: () => closed, logs: new Map(), ...(access ? {access} : {})};
	const stopAccounts = startServiceAccountController(context);
	const stopVolumes = startVolumeController(context);
	const stopNamespaces = finishTerminatingNamespaces(context);
	seedCluster(context);
	const controller = new DeploymentController(context);
	const kubelet = new Kubelet(context, authority);

	const serve = async (request: IncomingMessage, response: ServerResponse) => {
		const path = new URL(request.url ?? '/', 'https://127.0.0.1').pathname.replace(/\/+$/, '') || '/';
		const fault = options.faults?.take(request.method ?? 'GET', path, 'kube');
		if ((await applyFault(fault, request, response, writeStatusError)) === 'answered') return;
		await route(context, token, request, response);
	};
	const server = createServer({key: tls.key, cert: tls.cert}, (request, response) => {
		void serve(request, response);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	const {port} = server.address() as AddressInfo;
	const stopFollowing = access ? followAccess(server, port, access, tls) : () => undefined;

	return {
		url: `https://127.0.0.1:${port}`,
		store,
		inventory: () => clusterInventory(store),
		workloads: workloadsOf(context),
		async close() {
			if (closed) return;
			closed = true;
			closing.resolve();
			stopFollowing();
			kubelet.stop();
			controller.stop();
			stopAccounts();
			stopVolumes();
			stopNamespaces();
			await new Promise<void>((resolve) => {
				// A stopped cluster's server is not listening: close still calls back (with ERR_SERVER_NOT_RUNNING).
				server.close(() => resolve());
				server.closeAllConnections();
			});
		},
	};
}
