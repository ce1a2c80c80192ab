import {createServer} from 'node:https';
import type {AddressInfo} from 'node:net';
import type {EmulatedClusterSpec, PullAuthority, SandboxClock} from '../contracts.js';
import type {ServerContext} from './context.js';
import {DeploymentController} from './deployments.js';
import {Kubelet} from './kubelet.js';
import {deferred} from './deferred.js';
import {route} from './router.js';
import {seedCluster, startServiceAccountController} from './seed.js';
import {ObjectStore} from './store.js';

/** What one emulated cluster's API server needs. */
export type ClusterApiOptions = {spec: EmulatedClusterSpec; authority: PullAuthority; clock: SandboxClock; tls: {key: string; cert: string}; token: string;
	/** Replaces the static-token check (an Entra-ID cluster accepts only Entra tokens for the AKS server application). */
	authenticate?: (bearer: string) => boolean;
};

/** A running emulated cluster API server. */
export type ClusterApi = {
	url: string;
	close(): Promise<void>;
	/** The object store behind the server, for tests and the sandbox's own inspection. */
	store: ObjectStore;
};

/** Starts one HTTPS Kubernetes API server (with its kubelet simulation) for an emulated cluster on 127.0.0.1. */
export async function startClusterApi(options: ClusterApiOptions): Promise<ClusterApi> {
	const {spec, authority, clock, tls, token, authenticate} = options;
	const closing = deferred();
	let closed = false;
	const store = new ObjectStore(clock);
	const context: ServerContext = {store, spec, clock, closed: closing.promise, isClosed: () => closed};
	const stopAccounts = startServiceAccountController(context);
	seedCluster(context);
	const controller = new DeploymentController(context);
	const kubelet = new Kubelet(context, authority);

	const server = createServer({key: tls.key, cert: tls.cert}, (request, response) => {
		void route(context, authenticate ?? token, request, response);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	const {port} = server.address() as AddressInfo;

	return {
		url: `https://127.0.0.1:${port}`,
		store,
		async close() {
			if (closed) return;
			closed = true;
			closing.resolve();
			kubelet.stop();
			controller.stop();
			stopAccounts();
			await new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			});
		},
	};
}
