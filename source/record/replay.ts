/**
 * Resume gives a stopped run's answers again: each question takes the next answer recorded for
 * its id, when it still fits (a choice still offered, a text that still passes its checks);
 * otherwise, and for secrets (never recorded), the usual prompter asks.
 */
import {fitsSelect, validateAnswer, type Prompter} from '../wizard/prompter.js';
import type {RecordedAnswer} from './types.js';

/** Answers that are not given again: what to do after a failure (the run is resumed to go on), and the summary's last question. */
const notReplayed = (id: string) => id.startsWith('failed-') || id === 'summary-next';

/** Wraps `inner` so that questions are answered from `answers` first, once each, in order per question id. */
export function replayingPrompter(inner: Prompter, answers: readonly RecordedAnswer[], skip: (id: string) => boolean = () => false): Prompter {
	const queues = new Map<string, RecordedAnswer[]>();
	for (const answer of answers) {
		if (answer.kind === 'secret' || notReplayed(answer.id) || skip(answer.id)) continue;
		queues.set(answer.id, [...(queues.get(answer.id) ?? []), answer]);
	}
	const next = (id: string) => queues.get(id)?.shift()?.value;
	return {
		async select(spec) {
			const value = next(spec.id);
			if (typeof value === 'string' && fitsSelect(spec, value)) return value;
			return inner.select(spec);
		},
		async text(spec) {
			const value = next(spec.id);
			if (typeof value === 'string' && (await validateAnswer(spec, value)) === undefined) return value;
			return inner.text(spec);
		},
		secret: async (spec) => inner.secret(spec),
		async confirm(spec) {
			const value = next(spec.id);
			return typeof value === 'boolean' ? value : inner.confirm(spec);
		},
		// A hold answers nothing: it passes through to the prompter below (the live pods stay until enter there).
		...(inner.hold ? {hold: async (spec: {readonly id: string; readonly message: string}) => inner.hold?.(spec)} : {}),
	};
}
