/**
 * `--json=stream`: JSON lines on stdout while the run goes, read from the same store as the other renderers: each
 * check as it settles, each action as it ends (from the journal: never a secret), the pods as they change, each
 * error, and last the whole `--json` document as the `result` line. Its shape is `schemas/wizard-stream.json`.
 */
import type {WizardState} from '../wizard/store.js';
import {jsonAction, jsonDocument, jsonError, podsJson, type JsonError, type WizardJson} from './json.js';

/** One line of the stream. */
export type StreamEvent =
	| {
			readonly type: 'check';
			readonly id: string;
			readonly title: string;
			readonly status: string;
			readonly summary?: string;
			readonly reason?: string;
			readonly fix?: string;
	  }
	| {readonly type: 'action'; readonly action: WizardJson['actions'][number]}
	| {readonly type: 'pods'; readonly pods: WizardJson['pods']}
	| {readonly type: 'error'; readonly error: JsonError}
	| {readonly type: 'result'; readonly document: WizardJson};

/** The events that `next` adds over `previous`. */
export function streamEvents(previous: WizardState, next: WizardState): StreamEvent[] {
	const events: StreamEvent[] = [];
	for (const check of next.checks) {
		const before = previous.checks.find((item) => item.id === check.id);
		if (check.status === 'running' || check.status === 'pending' || before?.status === check.status) continue;
		events.push({
			type: 'check',
			id: check.id,
			title: check.title,
			status: check.status,
			...(check.summary ? {summary: check.summary} : {}),
			...(check.reason ? {reason: check.reason} : {}),
			...(check.fix ? {fix: check.fix} : {}),
		});
	}
	// Each action once, as it ended (an undo later is a line of its own).
	for (const entry of next.journal.slice(previous.journal.length)) events.push({type: 'action', action: jsonAction(entry)});
	if (next.pods !== previous.pods && podsChanged(previous, next)) events.push({type: 'pods', pods: podsJson(next)});
	if (next.error && next.error !== previous.error) events.push({type: 'error', error: jsonError(next.error)});
	return events;
}

/** Whether a pod appeared, went, or changed its row. */
function podsChanged(previous: WizardState, next: WizardState): boolean {
	const row = (state: WizardState) => state.pods.map((pod) => `${pod.namespace}/${pod.name} ${pod.ready} ${pod.status} ${pod.restarts}`).join('\n');
	return row(previous) !== row(next);
}

/** Writes the stream's lines for every change of the store; returns the function that stops it. */
export function renderStream(
	store: {subscribe(listener: (state: WizardState, previous: WizardState) => void): () => void},
	write: (line: string) => void,
): () => void {
	return store.subscribe((state, previous) => {
		for (const event of streamEvents(previous, state)) write(JSON.stringify(event));
	});
}

/** The last line: the whole document. */
export function resultLine(state: WizardState, exitCode: number): string {
	return JSON.stringify({type: 'result', document: jsonDocument(state, exitCode)} satisfies StreamEvent);
}
