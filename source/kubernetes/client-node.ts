/**
 * The @kubernetes/client-node adapter: kubeconfig reading and one KubeCluster per context. Only the
 * `client-node*.ts` files import the client; steps see the Kubernetes port and plain data.
 */
import {createConfiguration, ServerConfiguration, type KubeConfig, type RequestContext} from '@kubernetes/client-node';
import {appsApi, coreApi, metaApi} from './client-node-api.js';
import {renewingBearer} from './client-node-bearer.js';
import {createCluster, defaultKubeTiming, type Clients, type KubeTiming} from './client-node-cluster.js';
import {prepareExecUser, withPluginDeadline} from './client-node-exec.js';
import {describeKubeconfig, loadKubeconfig, processEnvironment, selectContext, type KubeconfigEnvironment} from './client-node-kubeconfig.js';
import type {KubeCluster, KubeconfigSource, Kubernetes} from './kubernetes.js';

/**
 * client-node builds a new connection pool (an undici Agent) for every request, so each call pays a
 * TCP and TLS handshake. Keep the first pool of this context, so connections are reused as kubectl
 * reuses them; the TLS settings come from the kubeconfig and do not change between requests.
 */
function reuseConnections(config: KubeConfig, pluginDeadlineMs: number, beforeRequest?: () => Promise<void>): void {
	const authenticate = config.applySecurityAuthentication.bind(config);
	let dispatcher: ReturnType<RequestContext['getDispatcher']>;
	config.applySecurityAuthentication = async (context: RequestContext) => {
		// Every request (a watch's reconnect too) passes here: a token close to expiry is renewed first.
		await beforeRequest?.();
		// A credential plugin runs here: it gets a deadline, so one waiting on an unseen prompt fails in words.
		await withPluginDeadline(config, async () => authenticate(context), pluginDeadlineMs);
		dispatcher ??= context.getDispatcher();
		if (dispatcher) context.setDispatcher(dispatcher);
	};
}

/**
 * The API configuration `makeApiClient` builds, plus a deadline: every request that brings no
 * signal of its own is aborted after `timeoutMs` (a per-call signal, as `/version` passes, wins).
 * The endpoints are called through it by client-node-api.ts.
 */
function apiConfiguration(config: KubeConfig, server: string, timeoutMs: number) {
	return createConfiguration({
		baseServer: new ServerConfiguration(server, {}),
		authMethods: {default: config},
		promiseMiddleware: [
			{
				pre: async (request: RequestContext) => {
					if (!request.getSignal()) request.setSignal(AbortSignal.timeout(timeoutMs));
					return request;
				},
				post: async (response) => response,
			},
		],
	});
}

/** Makes the API clients for one context of a kubeconfig. */
function makeClients(source: KubeconfigSource, context: string | undefined, environment: KubeconfigEnvironment, timing: KubeTiming): Clients {
	const {config} = loadKubeconfig(source, environment);
	selectContext(config, context);
	prepareExecUser(config);
	const bearer = source.kind === 'inline' && source.bearer ? renewingBearer(config, source.bearer, timing.pluginDeadlineMs) : undefined;
	reuseConnections(config, timing.pluginDeadlineMs, bearer);
	const server = config.getCurrentCluster()?.server ?? '';
	const api = apiConfiguration(config, server, timing.callTimeoutMs);
	return {config, core: coreApi(api), apps: appsApi(api), meta: metaApi(api), server, timing};
}

/**
 * Creates the Kubernetes port; `environment` (`$KUBECONFIG`, home) defaults to the process's own,
 * `timing` (the deadline of one request, the pause before a retry, a credential plugin's deadline) to the real world's.
 */
export function createKubernetes(environment: KubeconfigEnvironment = processEnvironment(), partial: Partial<KubeTiming> = {}): Kubernetes {
	const timing: KubeTiming = {...defaultKubeTiming, ...partial};
	return {
		readKubeconfig: async (source) => describeKubeconfig(loadKubeconfig(source, environment)),
		cluster(source, context): KubeCluster {
			// Made on first use and kept; a failure (missing file, unknown context) is retried on the next call.
			let clients: Clients | undefined;
			return createCluster(async () => (clients ??= makeClients(source, context, environment, timing)));
		},
	};
}
