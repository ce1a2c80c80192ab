/**
 * `--json`: one JSON document on stdout at the end of the run, read from the same store as the
 * other renderers (human progress goes to stderr meanwhile). Its shape is
 * `schemas/wizard-output.json`; it holds no secret (the journal never does).
 */
import {exitCodes} from '../wizard/errors.js';
import {summaryLines, summaryScript, undoable} from '../wizard/journal.js';
import type {WizardState} from '../wizard/store.js';
import {inCloud} from '../commands/cloud.js';
import type {ErrorView, JournalEntry} from '../wizard/types.js';

/** The version of the document's shape. */
export const jsonVersion = 1;

/** An error as the JSON output gives it: a code (Azure's or Kubernetes', else the wizard's), the message, the fix. */
export type JsonError = {readonly code: string; readonly message: string; readonly suggestion?: string};

/** The document. */
export type WizardJson = {
	readonly version: typeof jsonVersion;
	readonly state: 'done' | 'failed' | 'cancelled';
	readonly exitCode: number;
	readonly record?: {readonly id: string; readonly file: string};
	readonly method?: string;
	readonly registry?: {readonly id: string; readonly name: string; readonly loginServer: string};
	readonly target: WizardState['target'];
	readonly actions: ReadonlyArray<{
		readonly stepId: string;
		readonly id: string;
		readonly sentence: string;
		readonly command: string;
		readonly call: string;
		readonly outcome: string;
		readonly at: string;
		readonly detail?: string;
		readonly error?: JsonError;
		readonly undo?: {readonly sentence: string; readonly command: string; readonly kind: string};
	}>;
	/** What the run made that still stands, with the command that removes each. */
	readonly resources: ReadonlyArray<{readonly sentence: string; readonly undo?: string}>;
	/** The equivalent commands of what was done, in order (secrets as placeholders). */
	readonly script: readonly string[];
	readonly pods: ReadonlyArray<{readonly name: string; readonly namespace: string; readonly ready: string; readonly status: string; readonly restarts: number}>;
	readonly error?: JsonError;
	/** --dry-run: nothing was changed; `plan` holds every plan built, in order, and `script` their commands. */
	readonly dryRun?: true;
	readonly plan?: ReadonlyArray<{
		readonly stepId: string;
		readonly title: string;
		readonly actions: ReadonlyArray<{
			readonly id: string;
			readonly sentence: string;
			readonly command: string;
			readonly call: string;
			readonly powershell?: string;
		}>;
		readonly notes: readonly string[];
	}>;
};

/** An error view as JSON: its code, else `wizard` (the wizard's own refusals). */
export function jsonError(error: ErrorView, fallbackCode = 'wizard'): JsonError {
	return {code: error.code ?? fallbackCode, message: error.message, ...(error.suggestion ? {suggestion: error.suggestion} : {})};
}

/** One journal entry as an action of the document (`outcome`: `undone` once a later undo removed it). */
export function jsonAction(entry: JournalEntry, outcome: string = entry.outcome): WizardJson['actions'][number] {
	return {
		stepId: entry.stepId,
		id: entry.id,
		sentence: entry.sentence,
		command: entry.command,
		call: entry.call,
		outcome,
		at: entry.at,
		...(entry.detail ? {detail: entry.detail} : {}),
		...(entry.error ? {error: jsonError(entry.error)} : {}),
		...(entry.undo ? {undo: {sentence: entry.undo.sentence, command: entry.undo.command, kind: entry.undo.kind}} : {}),
	};
}

/** The pods as the document gives them: the `kubectl get pods` row of each. */
export function podsJson(state: Pick<WizardState, 'pods'>): WizardJson['pods'] {
	return state.pods.map((pod) => ({name: pod.name, namespace: pod.namespace, ready: pod.ready, status: pod.status, restarts: pod.restarts}));
}

function stateOf(exitCode: number): WizardJson['state'] {
	if (exitCode === exitCodes.done) return 'done';
	return exitCode === exitCodes.cancelled ? 'cancelled' : 'failed';
}

/** The document of a run that ended (`exitCode`), from the store's state. */
export function jsonDocument(state: WizardState, exitCode: number): WizardJson {
	const lines = summaryLines(state.journal);
	const {registry} = state;
	return {
		version: jsonVersion,
		state: stateOf(exitCode),
		exitCode,
		...(state.record ? {record: state.record} : {}),
		...(state.method ? {method: state.method} : {}),
		...(registry ? {registry: {id: registry.id, name: registry.name, loginServer: registry.loginServer}} : {}),
		target: state.target,
		actions: state.journal.map((entry, index) => jsonAction(entry, lines[index]?.outcome ?? entry.outcome)),
		resources: undoable(state.journal)
			.reverse()
			.map((entry) => ({sentence: entry.sentence, ...(entry.undo ? {undo: entry.undo.command} : {})})),
		script: state.dryRun
			? inCloud(
					state.planned.flatMap((plan) => plan.actions.map((action) => action.command)),
					state.environment.azureCloud,
				)
			: summaryScript(state.journal, state.environment.azureCloud),
		pods: podsJson(state),
		...(state.error ? {error: jsonError(state.error)} : {}),
		...(state.dryRun
			? {
					dryRun: true as const,
					plan: state.planned.map((plan) => ({
						stepId: plan.stepId,
						title: plan.title,
						actions: plan.actions.map(({id, sentence, command, call, powershell}) => ({id, sentence, command, call, ...(powershell ? {powershell} : {})})),
						notes: plan.notes,
					})),
				}
			: {}),
	};
}
