/**
 * What doctor is asked to look at, checked before anything else is read: the context exists in the
 * kubeconfig, the namespace in the cluster, the pod or deployment in the namespace. A refusal names the fix.
 */
import type {KubeCluster, KubeconfigSource, Kubernetes} from '../../kubernetes/kubernetes.js';
import {messages} from '../../messages/catalog.js';

/** What the command line asks for. */
export type DoctorRequest = {
	readonly context?: string;
	readonly namespace?: string;
	readonly pod?: string;
	readonly deployment?: string;
	readonly registry?: string;
};

/** A request that cannot be served: what is wrong, and how to fix it (exit code 2). */
export type DoctorRefusal = {
	readonly message: string;
	readonly suggestion: string;
	/** A known context whose cluster cannot be read: the target it would have been (a local cause may explain it). */
	readonly unreachable?: {readonly target: DoctorTarget; readonly why: string};
};

/** The checked target: a context with its cluster, and (optionally) a namespace and a pod selection. */
export type DoctorTarget = {
	readonly context: string;
	/** The context's cluster name in the kubeconfig (an AKS cluster's name, as az aks get-credentials writes it). */
	readonly clusterName: string;
	readonly cluster: KubeCluster;
	/** Undefined: every namespace. */
	readonly namespace?: string;
	readonly pod?: string;
	/** A deployment's pod selector. */
	readonly selector?: string;
	readonly registry?: string;
	/** The context's kubeconfig user and its credential plugin. */
	readonly user?: {readonly name: string; readonly execCommand?: string};
};

/** Refuses --pod with --deployment without reading anything. */
export function requestProblem(request: DoctorRequest): DoctorRefusal | undefined {
	const text = messages().doctor.refusals;
	return request.pod !== undefined && request.deployment !== undefined ? {message: text.podAndDeployment, suggestion: text.podAndDeploymentFix} : undefined;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Checks the request against the kubeconfig and the cluster; the target, or what is wrong. */
export async function resolveTarget(kubernetes: Kubernetes, source: KubeconfigSource, request: DoctorRequest): Promise<DoctorTarget | DoctorRefusal> {
	const text = messages().doctor.refusals;
	const early = requestProblem(request);
	if (early) return early;
	const info = await kubernetes.readKubeconfig(source);
	const name = request.context ?? info.currentContext;
	if (name === undefined) return {message: text.noContext, suggestion: text.noContextFix};
	const context = info.contexts.find((item) => item.name === name);
	if (!context)
		return {
			message: text.unknownContext(
				name,
				info.contexts.map((item) => item.name),
			),
			suggestion: text.unknownContextFix,
		};
	const cluster = kubernetes.cluster(source, name);
	const user = {name: context.user, ...(context.execCommand ? {execCommand: context.execCommand} : {})};
	const namespaces = await cluster.listNamespaces().catch((error: unknown) => new Error(messageOf(error)));
	if (namespaces instanceof Error)
		return {
			message: text.clusterUnreachable(name, namespaces.message),
			suggestion: text.clusterUnreachableFix(name),
			unreachable: {target: {context: name, clusterName: context.cluster, cluster, user}, why: namespaces.message},
		};
	// A pod or deployment lives in one namespace: the flag's, else the context's, else default.
	const named = request.pod !== undefined || request.deployment !== undefined;
	const namespace = request.namespace ?? (named ? (context.namespace ?? 'default') : undefined);
	if (namespace !== undefined && !namespaces.includes(namespace))
		return {message: text.unknownNamespace(namespace, name), suggestion: text.unknownNamespaceFix(name)};
	const base = {
		context: name,
		clusterName: context.cluster,
		cluster,
		user,
		...(namespace === undefined ? {} : {namespace}),
		...(request.registry ? {registry: request.registry} : {}),
	};
	if (request.pod !== undefined && namespace !== undefined) {
		const pods = await cluster.listPodDetails(namespace);
		if (!pods.some((pod) => pod.name === request.pod))
			return {message: text.unknownPod(request.pod, namespace), suggestion: text.unknownPodFix(namespace, name)};
		return {...base, pod: request.pod};
	}
	if (request.deployment !== undefined && namespace !== undefined) {
		const selector = await cluster.deploymentSelector(namespace, request.deployment);
		if (selector === undefined) return {message: text.unknownDeployment(request.deployment, namespace), suggestion: text.unknownDeploymentFix(namespace, name)};
		return {...base, selector};
	}
	return base;
}

/** Whether `resolveTarget` refused. */
export function isRefusal(value: DoctorTarget | DoctorRefusal): value is DoctorRefusal {
	return 'message' in value;
}
