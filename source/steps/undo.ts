/**
 * Undo: the journal's `done` entries that carry an undo spec, in reverse order, as a plan.
 * Each spec is plain data (a handler `kind` and its `params`), so the journal never holds a
 * callback or a secret; the handlers here turn it back into calls through the ports.
 */
import {AzureError} from '../azure/azure.js';
import {parseResourceId} from '../azure/resource-id.js';
import {KubeError, type KubeCluster} from '../kubernetes/kubernetes.js';
import {messages} from '../messages/catalog.js';
import type {Context} from '../wizard/context.js';
import type {Action, ActionResult, Plan} from '../wizard/engine.js';
import {WizardError} from '../wizard/errors.js';
import {undoable, undoId, undoStepId} from '../wizard/journal.js';
import type {JournalEntry, UndoSpec} from '../wizard/types.js';

/** How undo reaches a cluster again: an AKS cluster (user kubeconfig fetched anew) or a kubeconfig context. */
export type UndoTarget =
	{readonly kind: 'aks'; readonly clusterId: string} | {readonly kind: 'context'; readonly context: string; readonly kubeconfigPath?: string};

/** The params that say which cluster an undo acts on, to spread into `UndoSpec.params`. */
export function kubeUndoParams(target: UndoTarget): Record<string, string> {
	if (target.kind === 'aks') return {target: 'aks', clusterId: target.clusterId};
	return {target: 'context', context: target.context, ...(target.kubeconfigPath ? {kubeconfigPath: target.kubeconfigPath} : {})};
}

type Params = UndoSpec['params'];

function param(spec: UndoSpec, name: string): string {
	const value = spec.params[name];
	if (value === undefined || value === '') throw new WizardError(messages().deploy.undo.missingParam(spec.kind, name));
	return value;
}

/** The cluster the params point at, reached the same way as when the change was made. */
async function clusterOf(context: Context, spec: UndoSpec): Promise<KubeCluster> {
	const params: Params = spec.params;
	if (params.target === 'aks') {
		const yaml = await context.azure.getClusterUserKubeconfig(param(spec, 'clusterId'));
		return context.kubernetes.cluster({kind: 'inline', yaml});
	}
	return context.kubernetes.cluster({kind: 'file', path: params.kubeconfigPath}, param(spec, 'context'));
}

type Handler = (context: Context, spec: UndoSpec) => Promise<void | ActionResult>;

/** The most expensive undo: asked for on its own (default no), then the cluster's role assignment and the cluster. */
async function deleteManagedCluster(context: Context, spec: UndoSpec): Promise<ActionResult | undefined> {
	const text = messages().attach.newCluster;
	const name = spec.params.name ?? parseResourceId(param(spec, 'id'))?.name ?? param(spec, 'id');
	const sure = await context.prompter.confirm({id: 'undo-delete-cluster', message: text.undoConfirm(name), hint: text.undoConfirmHint, default: false});
	if (!sure) return {outcome: 'unchanged', detail: text.undoKept(spec.command)};
	const assignment = spec.params.roleAssignmentId;
	if (assignment)
		await context.azure.deleteRoleAssignment(assignment).catch((error: unknown) => {
			if (!isGone(error)) throw error;
		});
	await context.azure.deleteManagedCluster(param(spec, 'id'));
	return undefined;
}

const handlers: Readonly<Record<string, Handler>> = {
	'delete-role-assignment': async ({azure}, spec) => azure.deleteRoleAssignment(param(spec, 'id')),
	'delete-registry': async ({azure}, spec) => azure.deleteRegistry(param(spec, 'id')),
	'delete-namespace': async (context, spec) => (await clusterOf(context, spec)).deleteNamespace(param(spec, 'name')),
	'delete-workload': async (context, spec) => {
		const kind = param(spec, 'kind') === 'Pod' ? 'Pod' : 'Deployment';
		await (await clusterOf(context, spec)).deleteWorkload(kind, param(spec, 'namespace'), param(spec, 'name'));
	},
	'delete-secret': async (context, spec) => (await clusterOf(context, spec)).deleteSecret(param(spec, 'namespace'), param(spec, 'name')),
	'remove-sa-pull-secret': async (context, spec) =>
		(await clusterOf(context, spec)).removeImagePullSecretFromServiceAccount(
			param(spec, 'namespace'),
			param(spec, 'serviceAccount'),
			param(spec, 'secretName'),
		),
	'delete-extension': async ({azure}, spec) => azure.deleteExtension(param(spec, 'clusterId'), param(spec, 'name')),
	// As `az acr connected-registry delete --cleanup`: the connected registry, then its sync token and scope map.
	'delete-connected-registry': async ({azure}, spec) => {
		const registryId = param(spec, 'registryId');
		await azure.deleteConnectedRegistry(registryId, param(spec, 'name'));
		const sync = spec.params.syncToken ?? param(spec, 'name');
		await azure.deleteToken(registryId, sync).catch((error: unknown) => {
			if (!isGone(error)) throw error;
		});
		await azure.deleteScopeMap(registryId, sync).catch((error: unknown) => {
			if (!isGone(error)) throw error;
		});
	},
	'delete-managed-cluster': deleteManagedCluster,
	'delete-user-assigned-identity': async ({azure}, spec) => azure.deleteUserAssignedIdentity(param(spec, 'id')),
	'delete-token': async ({azure}, spec) => azure.deleteToken(param(spec, 'registryId'), param(spec, 'name')),
	'delete-scope-map': async ({azure}, spec) => azure.deleteScopeMap(param(spec, 'registryId'), param(spec, 'name')),
	'delete-service-principal': async ({azure}, spec) =>
		azure.deleteServicePrincipal({
			appId: param(spec, 'appId'),
			objectId: param(spec, 'objectId'),
			displayName: spec.params.displayName ?? param(spec, 'appId'),
		}),
};

/** Whether an error says the thing is already gone (so the undo has nothing left to do). */
function isGone(error: unknown): boolean {
	if (error instanceof KubeError || error instanceof AzureError) return error.statusCode === 404;
	return false;
}

/** Runs one undo spec through its handler; a thing already gone counts as `unchanged`. */
export async function runUndo(context: Context, spec: UndoSpec): Promise<ActionResult> {
	const handler = handlers[spec.kind];
	if (!handler) throw new WizardError(messages().deploy.undo.unknownKind(spec.kind), {suggestion: spec.command});
	try {
		return (await handler(context, spec)) ?? {outcome: 'done'};
	} catch (error: unknown) {
		if (isGone(error)) return {outcome: 'unchanged', detail: messages().deploy.undo.alreadyGone};
		throw error;
	}
}

/** The API call an undo makes, for the plan screen. */
function callOf(spec: UndoSpec): string {
	const p = spec.params;
	switch (spec.kind) {
		case 'delete-role-assignment':
		case 'delete-registry':
		case 'delete-user-assigned-identity':
			return `DELETE ${p.id ?? ''}`;
		case 'delete-managed-cluster':
			return p.roleAssignmentId ? `DELETE ${p.roleAssignmentId}; DELETE ${p.id ?? ''}` : `DELETE ${p.id ?? ''}`;
		case 'delete-namespace':
			return `DELETE /api/v1/namespaces/${p.name ?? ''}`;
		case 'delete-workload':
			return p.kind === 'Pod'
				? `DELETE /api/v1/namespaces/${p.namespace ?? ''}/pods/${p.name ?? ''}`
				: `DELETE /apis/apps/v1/namespaces/${p.namespace ?? ''}/deployments/${p.name ?? ''}`;
		case 'delete-secret':
			return `DELETE /api/v1/namespaces/${p.namespace ?? ''}/secrets/${p.name ?? ''}`;
		case 'remove-sa-pull-secret':
			return `PATCH /api/v1/namespaces/${p.namespace ?? ''}/serviceaccounts/${p.serviceAccount ?? ''}`;
		case 'delete-extension':
			return `DELETE ${p.clusterId ?? ''}/providers/Microsoft.KubernetesConfiguration/extensions/${p.name ?? ''}`;
		case 'delete-connected-registry':
			return `DELETE ${p.registryId ?? ''}/connectedRegistries/${p.name ?? ''}, …/tokens/${p.syncToken ?? p.name ?? ''}, …/scopeMaps/${p.syncToken ?? p.name ?? ''}`;
		case 'delete-token':
			return `DELETE ${p.registryId ?? ''}/tokens/${p.name ?? ''}`;
		case 'delete-scope-map':
			return `DELETE ${p.registryId ?? ''}/scopeMaps/${p.name ?? ''}`;
		case 'delete-service-principal':
			return `DELETE /v1.0/applications(appId='${p.appId ?? ''}')`;
		default:
			return spec.kind;
	}
}

/** A plan that undoes the journal's `done` entries in reverse order. */
export function undoPlan(context: Context, journal: readonly JournalEntry[]): Plan {
	const entries = undoable(journal);
	const actions = entries.flatMap((entry): Action[] => {
		const spec = entry.undo;
		if (!spec) return [];
		return [{id: undoId(entry), sentence: spec.sentence, command: spec.command, call: callOf(spec), run: async () => runUndo(context, spec)}];
	});
	return {stepId: undoStepId, title: messages().deploy.undo.planTitle, actions, notes: destructiveNotes(entries)};
}

/** Warnings shown with the plan, before the confirmation: a registry deleted takes every image in it. */
function destructiveNotes(entries: readonly JournalEntry[]): string[] {
	return entries.flatMap(({undo}) => {
		if (undo?.kind !== 'delete-registry') return [];
		const id = undo.params.id ?? '';
		return [messages().deploy.undo.registryNote(parseResourceId(id)?.name ?? id)];
	});
}
