import {createServer} from 'node:https';
import type {AddressInfo} from 'node:net';
import type {ClusterWorkloads, EmulatedClusterSpec, PullAuthority, SandboxClock} from '../contracts.js';
import type {ApiServerAccess} from './access.js';
import type {ServerContext} from './context.js';
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
};

/** A running emulated cluster API server. */
export type ClusterApi = {
	url: string;
	close(): Promise<void>;
	/** The object store behind the server, for tests and the sandbox's own inspection. */
	store: ObjectStore;
	/** The cluster as its in-cluster agents (the Arc extension manager) use it. */
	workloads: ClusterWorkloads;
};

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

	const server = createServer({key: tls.key, cert: tls.cert}, (request, response) => {
		void route(context, token, request, response);
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
