/**
 * The equivalent `kubectl` commands, with the user's real names: the only place they are
 * built. `context` is the kubeconfig context to name: given whenever the chosen one is not
 * kubectl's current context, so every command reaches the same cluster the wizard did.
 */

/** Where a command acts: the namespace, and the context when it is not the current one. */
export type KubectlTarget = {readonly namespace: string; readonly context?: string};

/** ` --context <name>` when a context is to be named. */
function contextFlag(context: string | undefined): string {
	return context === undefined ? '' : ` --context ${context}`;
}

/** `kubectl create secret docker-registry` (the password always a placeholder); piped to apply when the secret exists. */
export function createSecretCommand(
	secret: string,
	target: KubectlTarget,
	server: string,
	username: string,
	passwordPlaceholder: string,
	options: {readonly exists?: boolean} = {},
): string {
	const create = `kubectl create secret docker-registry ${secret}${contextFlag(target.context)} --namespace ${target.namespace} --docker-server=${server} --docker-username=${username} --docker-password=${passwordPlaceholder}`;
	return options.exists ? `${create} --dry-run=client --output yaml | kubectl apply${contextFlag(target.context)} -f -` : create;
}

/** `kubectl delete secret`. */
export function deleteSecretCommand(secret: string, target: KubectlTarget): string {
	return `kubectl delete secret ${secret}${contextFlag(target.context)} --namespace ${target.namespace}`;
}

/** The seed's patch adding the secret to the `default` service account (a strategic merge keyed by name). */
export function addPullSecretCommand(target: KubectlTarget, secret: string): string {
	return `kubectl patch serviceaccount default${contextFlag(target.context)} --namespace ${target.namespace} -p '{"imagePullSecrets":[{"name":"${secret}"}]}'`;
}

/** Its undo: a strategic-merge `$patch: delete` that removes only this secret from the list. */
export function removePullSecretCommand(target: KubectlTarget, secret: string): string {
	return `kubectl patch serviceaccount default${contextFlag(target.context)} --namespace ${target.namespace} -p '{"imagePullSecrets":[{"$patch":"delete","name":"${secret}"}]}'`;
}

/** `kubectl create namespace`. */
export function createNamespaceCommand(namespace: string, context?: string): string {
	return `kubectl create namespace ${namespace}${contextFlag(context)}`;
}

/** `kubectl delete namespace`. */
export function deleteNamespaceCommand(namespace: string, context?: string): string {
	return `kubectl delete namespace ${namespace}${contextFlag(context)}`;
}

/** `kubectl apply -f <file>`. */
export function applyFileCommand(file: string, context?: string): string {
	return `kubectl apply${contextFlag(context)} -f ${file}`;
}

/** `kubectl delete deployment|pod <name>`. */
export function deleteWorkloadCommand(kind: string, name: string, target: KubectlTarget): string {
	return `kubectl delete ${kind.toLowerCase()} ${name}${contextFlag(target.context)} --namespace ${target.namespace}`;
}

/** `kubectl delete pods -l <selector>`: a Deployment recreates them at once. */
export function restartPodsCommand(selector: string, target: KubectlTarget): string {
	return `kubectl delete pods -l ${selector}${contextFlag(target.context)} --namespace ${target.namespace}`;
}

/** `kubectl describe pod`. */
export function describePodCommand(pod: string, target: KubectlTarget): string {
	return `kubectl describe pod ${pod}${contextFlag(target.context)} --namespace ${target.namespace}`;
}

/** `kubectl get pods --watch`, with `--kubeconfig` when the file is not kubectl's default. */
export function watchPodsCommand(target: KubectlTarget, kubeconfig?: string): string {
	return `kubectl get pods${kubeconfig === undefined ? '' : ` --kubeconfig ${kubeconfig}`}${contextFlag(target.context)} --namespace ${target.namespace} --watch`;
}

/** `KUBECONFIG=<file> kubectl get pods -A -w`: every pod of a kubeconfig's cluster, as the welcome offers it for the sandbox. */
export function watchAllPodsCommand(kubeconfig: string, context?: string): string {
	return `KUBECONFIG=${kubeconfig} kubectl get pods -A -w${contextFlag(context)}`;
}

/** `kubectl --context <name> cluster-info`: whether the context's cluster answers. */
export function clusterInfoCommand(context: string): string {
	return `kubectl --context ${context} cluster-info`;
}

/** `kubectl config get-contexts`: the contexts of the kubeconfig. */
export function getContextsCommand(): string {
	return 'kubectl config get-contexts';
}
