/**
 * The answers of a run, kept in its record (a secret's answer never: only that one was asked),
 * and given again when the run is resumed.
 */
import type {Prompter} from '../wizard/prompter.js';
import type {RecordedAnswer} from './types.js';

/** Wraps `inner` so that every answer it gives is passed to `keep` (secrets without their value). */
export function recordingPrompter(inner: Prompter, keep: (answer: RecordedAnswer) => void): Prompter {
	return {
		async select(spec) {
			const value = await inner.select(spec);
			keep({id: spec.id, kind: 'select', value});
			return value;
		},
		async text(spec) {
			const value = await inner.text(spec);
			keep({id: spec.id, kind: 'text', value});
			return value;
		},
		async secret(spec) {
			const value = await inner.secret(spec);
			keep({id: spec.id, kind: 'secret'});
			return value;
		},
		async confirm(spec) {
			const value = await inner.confirm(spec);
			keep({id: spec.id, kind: 'confirm', value});
			return value;
		},
		// A hold answers nothing: it passes through to the prompter below (the live pods stay until enter there).
		...(inner.hold ? {hold: async (spec: {readonly id: string; readonly message: string}) => inner.hold?.(spec)} : {}),
	};
}
