/**
 * The @kubernetes/client-node adapter: kubeconfig reading and one KubeCluster per context. Only the
 * `client-node*.ts` files import the client; steps see the Kubernetes port and plain data.
 */
import {AppsV1Api, AuthorizationV1Api, CoreV1Api, VersionApi, type KubeConfig, type RequestContext} from '@kubernetes/client-node';
import {createCluster, type Clients} from './client-node-cluster.js';
import {prepareExecUser, withPluginDeadline} from './client-node-exec.js';
import {describeKubeconfig, loadKubeconfig, processEnvironment, selectContext, type KubeconfigEnvironment} from './client-node-kubeconfig.js';
import type {KubeCluster, KubeconfigSource, Kubernetes} from './kubernetes.js';

/**
 * client-node builds a new connection pool (an undici Agent) for every request, so each call pays a
 * TCP and TLS handshake. Keep the first pool of this context, so connections are reused as kubectl
 * reuses them; the TLS settings come from the kubeconfig and do not change between requests.
 */
function reuseConnections(config: KubeConfig): void {
	const authenticate = config.applySecurityAuthentication.bind(config);
	let dispatcher: ReturnType<RequestContext['getDispatcher']>;
	config.applySecurityAuthentication = async (context: RequestContext) => {
		// A credential plugin runs here: it gets a deadline, so one waiting on an unseen prompt fails in words.
		await withPluginDeadline(config, async () => authenticate(context), pluginDeadlineMs);
		dispatcher ??= context.getDispatcher();
		if (dispatcher) context.setDispatcher(dispatcher);
	};
}

/** How long a credential plugin (kubelogin, aws, gke-gcloud-auth-plugin) may take to give a token. */
const pluginDeadlineMs = 60_000;

/** Makes the API clients for one context of a kubeconfig. */
function makeClients(source: KubeconfigSource, context: string | undefined, environment: KubeconfigEnvironment): Clients {
	const {config} = loadKubeconfig(source, environment);
	selectContext(config, context);
	prepareExecUser(config);
	reuseConnections(config);
	return {
		config,
		core: config.makeApiClient(CoreV1Api),
		apps: config.makeApiClient(AppsV1Api),
		version: config.makeApiClient(VersionApi),
		authorization: config.makeApiClient(AuthorizationV1Api),
		server: config.getCurrentCluster()?.server ?? '',
	};
}

/** Creates the Kubernetes port; `environment` (`$KUBECONFIG`, home) defaults to the process's own. */
export function createKubernetes(environment: KubeconfigEnvironment = processEnvironment()): Kubernetes {
	return {
		readKubeconfig: async (source) => describeKubeconfig(loadKubeconfig(source, environment)),
		cluster(source, context): KubeCluster {
			// Made on first use and kept; a failure (missing file, unknown context) is retried on the next call.
			let clients: Clients | undefined;
			return createCluster(async () => (clients ??= makeClients(source, context, environment)));
		},
	};
}
