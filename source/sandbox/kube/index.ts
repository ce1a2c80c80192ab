import {createServer} from 'node:https';
import type {AddressInfo} from 'node:net';
import type {EmulatedClusterSpec, PullAuthority, SandboxClock} from '../contracts.js';
import type {ApiServerAccess} from './access.js';
import type {ServerContext} from './context.js';
import {followAccess} from './reachability.js';
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
};

/** Starts one HTTPS Kubernetes API server (with its kubelet simulation) for an emulated cluster on 127.0.0.1. */
export async function startClusterApi(options: ClusterApiOptions): Promise<ClusterApi> {
	const {spec, authority, clock, tls, token, access} = options;
	const closing = deferred();
	let closed = false;
	const store = new ObjectStore(clock);
	const context: ServerContext = {store, spec, clock, closed: closing.promise, isClosed: () => closed, ...(access ? {access} : {})};
	const stopAccounts = startServiceAccountController(context);
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
	const stopFollowing = access ? followAccess(server, port, access) : () => undefined;

	return {
		url: `https://127.0.0.1:${port}`,
		store,
		async close() {
			if (closed) return;
			closed = true;
			closing.resolve();
			stopFollowing();
			kubelet.stop();
			controller.stop();
			stopAccounts();
			await new Promise<void>((resolve) => {
				// A stopped cluster's server is not listening: close still calls back (with ERR_SERVER_NOT_RUNNING).
				server.close(() => resolve());
				server.closeAllConnections();
			});
		},
	};
}
