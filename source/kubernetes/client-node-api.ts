/**
 * The few Kubernetes endpoints the wizard calls, through @kubernetes/client-node's own request machinery (its
 * KubeConfig signs and secures each request, its fetch sends it, its ApiException carries a refusal) but not its
 * generated API classes: CoreV1Api and the other generated clients with their object serializer were 3.3 MB of the
 * client's 6.5 MB bundle, loaded before the first cluster call (a quarter of a second of CPU and ~20 MiB of memory)
 * to reach some thirty endpoints. The objects are the apiserver's JSON as it is (a time stays an ISO string, which
 * the summaries read either way), typed by the client's own models.
 */
import {
	ApiException,
	HttpMethod,
	type Configuration,
	type RequestContext,
	type ResponseContext,
	type V1Deployment,
	type CoreV1EventList,
	type V1Namespace,
	type V1NamespaceList,
	type V1NodeList,
	type V1PersistentVolumeClaimList,
	type V1Pod,
	type V1PodList,
	type V1Secret,
	type V1SelfSubjectAccessReview,
	type V1Service,
	type V1ServiceAccount,
	type V1ServiceList,
	type V1Status,
	type VersionInfo,
} from '@kubernetes/client-node';

/** A query parameter's value; undefined ones are left out. */
type QueryValue = string | number | boolean | undefined;

/** One request: the path under the server, its query, its JSON body, and a signal of its own (else the configuration's deadline). */
type Request = {
	readonly method: HttpMethod;
	readonly path: string;
	readonly query?: Readonly<Record<string, QueryValue>>;
	readonly body?: unknown;
	readonly signal?: AbortSignal;
	/** `text` for a log, which is not JSON. */
	readonly answer?: 'json' | 'text';
};

const namespaced = (namespace: string, resource: string, name?: string) =>
	`/api/v1/namespaces/${encodeURIComponent(namespace)}/${resource}${name === undefined ? '' : `/${encodeURIComponent(name)}`}`;
const apps = (namespace: string, name?: string) =>
	`/apis/apps/v1/namespaces/${encodeURIComponent(namespace)}/deployments${name === undefined ? '' : `/${encodeURIComponent(name)}`}`;

/** Sends one request as the generated clients do: the configuration's authentication, its middleware, its HTTP library. */
async function send(configuration: Configuration, request: Request): Promise<unknown> {
	let context: RequestContext = configuration.baseServer.makeRequestContext(request.path, request.method);
	for (const [key, value] of Object.entries(request.query ?? {})) if (value !== undefined) context.setQueryParam(key, String(value));
	context.setHeaderParam('Accept', 'application/json, */*;q=0.8');
	if (request.body !== undefined) {
		context.setHeaderParam('Content-Type', 'application/json');
		context.setBody(JSON.stringify(request.body));
	}
	if (request.signal) context.setSignal(request.signal);
	await configuration.authMethods.default?.applySecurityAuthentication(context);
	for (const middleware of configuration.middleware) context = await middleware.pre(context).toPromise();
	let response: ResponseContext = await configuration.httpApi.send(context).toPromise();
	for (const middleware of configuration.middleware) response = await middleware.post(response).toPromise();
	const text = await response.body.text();
	if (response.httpStatusCode >= 200 && response.httpStatusCode < 300) {
		if (request.answer === 'text') return text;
		return text === '' ? undefined : (JSON.parse(text) as unknown);
	}
	// The apiserver's Status when it sent one (the errors module reads its reason and message), else the text.
	let body: V1Status | string = text;
	try {
		body = JSON.parse(text) as V1Status;
	} catch {
		// Not JSON (a proxy's page): kept as text.
	}
	throw new ApiException(response.httpStatusCode, 'the apiserver refused the request', body, response.headers);
}

/** The core/v1 endpoints the wizard calls, named and shaped as CoreV1Api's. */
export function coreApi(configuration: Configuration) {
	const call = async <T>(request: Request): Promise<T> => (await send(configuration, request)) as T;
	const {GET, POST, PUT, DELETE} = HttpMethod;
	return {
		listNamespace: async () => call<V1NamespaceList>({method: GET, path: '/api/v1/namespaces'}),
		readNamespace: async ({name}: {name: string}) => call<V1Namespace>({method: GET, path: `/api/v1/namespaces/${encodeURIComponent(name)}`}),
		createNamespace: async ({body}: {body: V1Namespace}) => call<V1Namespace>({method: POST, path: '/api/v1/namespaces', body}),
		deleteNamespace: async ({name}: {name: string}) => call<V1Status>({method: DELETE, path: `/api/v1/namespaces/${encodeURIComponent(name)}`}),
		listNode: async () => call<V1NodeList>({method: GET, path: '/api/v1/nodes'}),
		listPodForAllNamespaces: async () => call<V1PodList>({method: GET, path: '/api/v1/pods'}),
		listNamespacedPod: async ({namespace, labelSelector}: {namespace: string; labelSelector?: string}) =>
			call<V1PodList>({method: GET, path: namespaced(namespace, 'pods'), query: {labelSelector}}),
		readNamespacedPod: async ({namespace, name}: {namespace: string; name: string}) => call<V1Pod>({method: GET, path: namespaced(namespace, 'pods', name)}),
		createNamespacedPod: async ({namespace, body}: {namespace: string; body: V1Pod}) => call<V1Pod>({method: POST, path: namespaced(namespace, 'pods'), body}),
		deleteNamespacedPod: async ({namespace, name, gracePeriodSeconds}: {namespace: string; name: string; gracePeriodSeconds?: number}) =>
			call<V1Pod>({method: DELETE, path: namespaced(namespace, 'pods', name), query: {gracePeriodSeconds}}),
		readNamespacedPodLog: async (options: {namespace: string; name: string; container?: string; previous?: boolean; tailLines?: number}) =>
			call<string>({
				method: GET,
				path: `${namespaced(options.namespace, 'pods', options.name)}/log`,
				query: {container: options.container, previous: options.previous, tailLines: options.tailLines},
				answer: 'text',
			}),
		listEventForAllNamespaces: async ({fieldSelector}: {fieldSelector?: string}) =>
			call<CoreV1EventList>({method: GET, path: '/api/v1/events', query: {fieldSelector}}),
		listNamespacedEvent: async ({namespace, fieldSelector}: {namespace: string; fieldSelector?: string}) =>
			call<CoreV1EventList>({method: GET, path: namespaced(namespace, 'events'), query: {fieldSelector}}),
		readNamespacedSecret: async ({namespace, name}: {namespace: string; name: string}) =>
			call<V1Secret>({method: GET, path: namespaced(namespace, 'secrets', name)}),
		createNamespacedSecret: async ({namespace, body}: {namespace: string; body: V1Secret}) =>
			call<V1Secret>({method: POST, path: namespaced(namespace, 'secrets'), body}),
		replaceNamespacedSecret: async ({namespace, name, body}: {namespace: string; name: string; body: V1Secret}) =>
			call<V1Secret>({method: PUT, path: namespaced(namespace, 'secrets', name), body}),
		deleteNamespacedSecret: async ({namespace, name}: {namespace: string; name: string}) =>
			call<V1Status>({method: DELETE, path: namespaced(namespace, 'secrets', name)}),
		readNamespacedServiceAccount: async ({namespace, name}: {namespace: string; name: string}) =>
			call<V1ServiceAccount>({method: GET, path: namespaced(namespace, 'serviceaccounts', name)}),
		replaceNamespacedServiceAccount: async ({namespace, name, body}: {namespace: string; name: string; body: V1ServiceAccount}) =>
			call<V1ServiceAccount>({method: PUT, path: namespaced(namespace, 'serviceaccounts', name), body}),
		listNamespacedService: async ({namespace}: {namespace: string}) => call<V1ServiceList>({method: GET, path: namespaced(namespace, 'services')}),
		listServiceForAllNamespaces: async () => call<V1ServiceList>({method: GET, path: '/api/v1/services'}),
		createNamespacedService: async ({namespace, body, dryRun}: {namespace: string; body: V1Service; dryRun?: string}) =>
			call<V1Service>({method: POST, path: namespaced(namespace, 'services'), query: {dryRun}, body}),
		listNamespacedPersistentVolumeClaim: async ({namespace}: {namespace: string}) =>
			call<V1PersistentVolumeClaimList>({method: GET, path: namespaced(namespace, 'persistentvolumeclaims')}),
	};
}

/** The apps/v1 Deployment endpoints, shaped as AppsV1Api's. */
export function appsApi(configuration: Configuration) {
	const call = async <T>(request: Request): Promise<T> => (await send(configuration, request)) as T;
	const {GET, POST, PUT, DELETE} = HttpMethod;
	return {
		readNamespacedDeployment: async ({namespace, name}: {namespace: string; name: string}) => call<V1Deployment>({method: GET, path: apps(namespace, name)}),
		createNamespacedDeployment: async ({namespace, body}: {namespace: string; body: V1Deployment}) =>
			call<V1Deployment>({method: POST, path: apps(namespace), body}),
		replaceNamespacedDeployment: async ({namespace, name, body}: {namespace: string; name: string; body: V1Deployment}) =>
			call<V1Deployment>({method: PUT, path: apps(namespace, name), body}),
		deleteNamespacedDeployment: async ({namespace, name}: {namespace: string; name: string}) => call<V1Status>({method: DELETE, path: apps(namespace, name)}),
	};
}

/** `/version`, and the SelfSubjectAccessReview `kubectl auth can-i` makes. */
export function metaApi(configuration: Configuration) {
	const call = async <T>(request: Request): Promise<T> => (await send(configuration, request)) as T;
	return {
		getCode: async (signal?: AbortSignal) => call<VersionInfo>({method: HttpMethod.GET, path: '/version/', ...(signal ? {signal} : {})}),
		createSelfSubjectAccessReview: async ({body}: {body: V1SelfSubjectAccessReview}) =>
			call<V1SelfSubjectAccessReview>({
				method: HttpMethod.POST,
				path: '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
				body: {apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', ...body},
			}),
	};
}

export type CoreApi = ReturnType<typeof coreApi>;
export type AppsApi = ReturnType<typeof appsApi>;
export type MetaApi = ReturnType<typeof metaApi>;
