/**
 * What the undo handlers of every path share: the handler type, how an undo reaches a cluster
 * again, and what counts as "already gone".
 */
import {existsSync} from 'node:fs';
import {AzureError} from '../../azure/azure.js';
import {KubeError, type KubeCluster} from '../../kubernetes/kubernetes.js';
import type {Context} from '../../wizard/context.js';
import type {KubeTargetParams, UndoKind, UndoSpecOf} from '../../wizard/undo-spec.js';

/** How undo reaches a cluster again: an AKS cluster (user kubeconfig fetched anew) or a kubeconfig context. */
export type UndoTarget =
	{readonly kind: 'aks'; readonly clusterId: string} | {readonly kind: 'context'; readonly context: string; readonly kubeconfigPath?: string};

/** The params that say which cluster an undo acts on, to spread into a Kubernetes undo's params. */
export function kubeUndoParams(target: UndoTarget): KubeTargetParams {
	if (target.kind === 'aks') return {target: 'aks', clusterId: target.clusterId};
	return {target: 'context', context: target.context, ...(target.kubeconfigPath ? {kubeconfigPath: target.kubeconfigPath} : {})};
}

/** What a handler may answer instead of done: the user kept the thing (an undo asked for on its own and declined). */
export type UndoKept = {readonly outcome: 'unchanged'; readonly detail: string; readonly kept: true};

/** One kind's handler: the calls that undo it, and the API call they make (for the plan screen). */
export type UndoHandler<K extends UndoKind> = {
	run(context: Context, spec: UndoSpecOf<K>): Promise<void | UndoKept>;
	call(spec: UndoSpecOf<K>): string;
};

/** The handlers a path owns, one per kind. */
export type UndoHandlers<K extends UndoKind> = {readonly [P in K]: UndoHandler<P>};

/** The cluster the params point at, reached the same way as when the change was made. */
export async function clusterOf(context: Context, params: KubeTargetParams): Promise<KubeCluster> {
	if (params.target === 'aks') {
		const yaml = await context.azure.getClusterUserKubeconfig(params.clusterId);
		return context.kubernetes.cluster({kind: 'inline', yaml});
	}
	// A joined sandbox's kubeconfig is written anew by each process: a recorded file that is gone is this world's own.
	const recorded = params.kubeconfigPath;
	const source =
		recorded !== undefined && !existsSync(recorded) && context.kubeconfig.kind === 'file' ? context.kubeconfig : {kind: 'file' as const, path: recorded};
	return context.kubernetes.cluster(source, params.context);
}

/** Whether an error says the thing is already gone (so the undo has nothing left to do). */
export function isGone(error: unknown): boolean {
	if (error instanceof KubeError || error instanceof AzureError) return error.statusCode === 404;
	return false;
}

/** Runs `call`, treating "already gone" as done (for the parts of an undo that may have gone with another). */
export async function ignoringGone(call: Promise<void>): Promise<void> {
	await call.catch((error: unknown) => {
		if (!isGone(error)) throw error;
	});
}
