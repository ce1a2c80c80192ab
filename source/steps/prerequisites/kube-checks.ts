/** The kubeconfig check: is there one, which context is current, does it answer. */
import {KubeError, type KubeconfigSource, type Kubernetes} from '../../kubernetes/kubernetes.js';
import {messages} from '../../messages/catalog.js';
import type {CheckOutcome} from '../../wizard/types.js';

/** How long the current context gets to answer `/version`. */
export const reachTimeoutMs = 3000;

/** Reads the kubeconfig and asks the current context's server for `/version`, with a short timeout. */
export async function checkKubeconfig(kubernetes: Kubernetes, source: KubeconfigSource): Promise<CheckOutcome> {
	const text = messages().prerequisites.kubeconfig;
	let info;
	try {
		info = await kubernetes.readKubeconfig(source);
	} catch (error: unknown) {
		// A file that is there but cannot be used (not YAML, a directory, unreadable) says so, with the parse error.
		if (error instanceof KubeError && error.reason === 'KubeconfigInvalid') return {status: 'warn', reason: error.message, fix: text.invalidFix};
		return {status: 'warn', reason: text.none, fix: text.noneFix};
	}
	if (info.contexts.length === 0) return {status: 'warn', reason: text.none, fix: text.noneFix};
	const current = info.currentContext;
	if (!current) return {status: 'warn', reason: text.noCurrent(info.contexts.length), fix: text.noCurrentFix};
	try {
		const version = await kubernetes.cluster(source, current).serverVersion(reachTimeoutMs);
		return {status: 'ok', summary: text.reachable(current, version)};
	} catch (error: unknown) {
		const reason = error instanceof Error ? error.message : String(error);
		return {status: 'warn', reason: text.unreachable(current, reason), fix: text.unreachableFix(current)};
	}
}
