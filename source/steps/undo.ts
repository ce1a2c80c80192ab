/**
 * Undo: the journal's `done` entries that carry an undo spec, in reverse order, as a plan.
 * Each spec is plain data of one exact kind (`wizard/undo-spec.ts`), so the journal never holds
 * a callback or a secret; each path's handlers turn it back into calls through the ports, and
 * the dispatch here is exhaustive over the kinds.
 */
import {parseResourceId} from '../azure/resource-id.js';
import {messages} from '../messages/catalog.js';
import type {Context} from '../wizard/context.js';
import {applyPlan, type Action, type ActionResult, type Plan} from '../wizard/engine.js';
import {WizardError, assertNever} from '../wizard/errors.js';
import {undoable, undoId, undoStepId} from '../wizard/journal.js';
import type {JournalEntry} from '../wizard/types.js';
import {undoSpecProblem, type UndoKind, type UndoSpec, type UndoSpecOf} from '../wizard/undo-spec.js';
import {attachUndo} from './attach/undo.js';
import {connectedRegistryUndo} from './connected-registry/undo.js';
import {deployUndo} from './deploy/undo.js';
import {pullSecretUndo} from './pull-secret/undo.js';
import {registryUndo} from './registry/undo.js';
import {isGone, type UndoHandler, type UndoHandlers, type UndoKept} from './shared/undo-kit.js';

export {kubeUndoParams, type UndoTarget} from './shared/undo-kit.js';

/** Every kind's handler, from the path that makes it. */
const handlers: UndoHandlers<UndoKind> = {...registryUndo, ...attachUndo, ...pullSecretUndo, ...deployUndo, ...connectedRegistryUndo};

type Bound = {readonly run: (context: Context) => Promise<void | UndoKept>; readonly call: string};

function bind<K extends UndoKind>(handler: UndoHandler<K>, spec: UndoSpecOf<K>): Bound {
	return {run: async (context) => handler.run(context, spec), call: handler.call(spec)};
}

/** The handler of a spec's kind, bound to it. */
function boundOf(spec: UndoSpec): Bound {
	switch (spec.kind) {
		case 'delete-resource-group':
			return bind(handlers[spec.kind], spec);
		case 'delete-registry':
			return bind(handlers[spec.kind], spec);
		case 'delete-role-assignment':
			return bind(handlers[spec.kind], spec);
		case 'delete-service-principal':
			return bind(handlers[spec.kind], spec);
		case 'delete-token':
			return bind(handlers[spec.kind], spec);
		case 'delete-scope-map':
			return bind(handlers[spec.kind], spec);
		case 'delete-namespace':
			return bind(handlers[spec.kind], spec);
		case 'delete-secret':
			return bind(handlers[spec.kind], spec);
		case 'remove-sa-pull-secret':
			return bind(handlers[spec.kind], spec);
		case 'delete-workload':
			return bind(handlers[spec.kind], spec);
		case 'delete-extension':
			return bind(handlers[spec.kind], spec);
		case 'delete-connected-registry':
			return bind(handlers[spec.kind], spec);
		case 'delete-managed-cluster':
			return bind(handlers[spec.kind], spec);
		case 'delete-user-assigned-identity':
			return bind(handlers[spec.kind], spec);
		case 'remove-group-member':
			return bind(handlers[spec.kind], spec);
		default:
			return assertNever(spec);
	}
}

/** The spec's handler, after checking it (a record from disk may come from another version, or be damaged). */
function checkedBound(spec: UndoSpec): Bound {
	const problem = undoSpecProblem(spec);
	const text = messages().deploy.undo;
	if (problem && 'unknownKind' in problem) throw new WizardError(text.unknownKind(problem.unknownKind), {suggestion: spec.command});
	if (problem) throw new WizardError(text.missingParam(spec.kind, problem.missing), {suggestion: spec.command});
	return boundOf(spec);
}

/** Runs one undo spec through its handler; a thing already gone counts as `unchanged`. */
export async function runUndo(context: Context, spec: UndoSpec): Promise<ActionResult> {
	const bound = checkedBound(spec);
	try {
		return (await bound.run(context)) ?? {outcome: 'done'};
	} catch (error: unknown) {
		if (isGone(error)) return {outcome: 'unchanged', detail: messages().deploy.undo.alreadyGone};
		throw error;
	}
}

/** The API call an undo makes, for the plan screen (a spec that cannot run shows its kind). */
function callOf(spec: UndoSpec): string {
	return undoSpecProblem(spec) ? spec.kind : boundOf(spec).call;
}

/** Whether an entry made a resource group: undone only on its own confirmation (`undoCreatedGroups`). */
const isGroup = (entry: JournalEntry) => entry.undo?.kind === 'delete-resource-group';

/**
 * Reverse order, except that a connected registry's tokens and scope maps come off after it (and after its extension),
 * as `az acr connected-registry delete --cleanup` implies: while it stands it lists the client tokens it syncs.
 */
function inRemovalOrder(entries: readonly JournalEntry[]): JournalEntry[] {
	const last = entries.findLastIndex((entry) => entry.undo?.kind === 'delete-connected-registry');
	if (last === -1) return [...entries];
	const isCredential = (entry: JournalEntry, index: number) => index < last && (entry.undo?.kind === 'delete-token' || entry.undo?.kind === 'delete-scope-map');
	const moved = entries.filter(isCredential);
	const kept = entries.filter((entry, index) => !isCredential(entry, index));
	const at = kept.findLastIndex((entry) => entry.undo?.kind === 'delete-connected-registry') + 1;
	return [...kept.slice(0, at), ...moved, ...kept.slice(at)];
}

/** A plan that undoes the journal's `done` entries in reverse order (resource groups the run created apart). */
export function undoPlan(context: Context, journal: readonly JournalEntry[]): Plan {
	const entries = inRemovalOrder(undoable(journal).filter((entry) => !isGroup(entry)));
	const actions = entries.flatMap((entry): Action[] => {
		const spec = entry.undo;
		if (!spec) return [];
		return [{id: undoId(entry), sentence: spec.sentence, command: spec.command, call: callOf(spec), run: async () => runUndo(context, spec)}];
	});
	return {stepId: undoStepId, title: messages().deploy.undo.planTitle, actions, notes: destructiveNotes(entries)};
}

/**
 * The resource groups the run created and that still stand, each confirmed on its own with what
 * it holds now (after the rest is undone, anything left in it was not made by this run):
 * emptied, deleting it is the default; holding something, keeping it is.
 */
export async function undoCreatedGroups(context: Context): Promise<void> {
	const text = messages().record.group;
	for (const entry of undoable(context.store.getState().journal).filter(isGroup)) {
		const spec = entry.undo;
		if (spec?.kind !== 'delete-resource-group') continue;
		const held = await context.azure.listGroupResources(spec.params.subscriptionId, spec.params.name);
		const answer = await context.prompter.select({
			id: 'undo-resource-group',
			message: text.question(spec.params.name, held.length),
			hint: held.map((id) => parseResourceId(id)?.name ?? id).join(', ') || undefined,
			choices: [
				{value: 'keep', label: text.keep},
				{value: 'delete', label: text.remove, hint: spec.command},
			],
			default: held.length === 0 ? 'delete' : 'keep',
		});
		if (answer !== 'delete') continue;
		const action: Action = {id: undoId(entry), sentence: spec.sentence, command: spec.command, call: callOf(spec), run: async () => runUndo(context, spec)};
		await applyPlan({stepId: undoStepId, title: messages().deploy.undo.planTitle, actions: [action]}, context, {confirm: false, retry: false});
	}
}

/** Warnings shown with the plan, before the confirmation: a registry deleted takes every image in it. */
function destructiveNotes(entries: readonly JournalEntry[]): string[] {
	return entries.flatMap(({undo}) => {
		if (undo?.kind !== 'delete-registry') return [];
		const id = undo.params.id;
		return [messages().deploy.undo.registryNote(parseResourceId(id)?.name ?? id)];
	});
}
