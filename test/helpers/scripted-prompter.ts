/**
 * `scriptedPrompter({'<question message>': answer})`: answers keyed by the question's message
 * (cli/cli's prompter stubs). An unexpected question fails naming it; `verify()` fails on
 * answers nobody asked for. An answer may be a value, an array (one per time it is asked),
 * a function of the question, or a `GoBack`/`Cancelled` error to throw.
 */
import {Cancelled} from '../../source/wizard/errors.js';
import {fitsSelect, validateAnswer, type ConfirmSpec, type Prompter, type SecretSpec, type SelectSpec, type TextSpec} from '../../source/wizard/prompter.js';

/** A question as the scripted prompter saw it. */
export type AskedQuestion =
	| {readonly kind: 'select'; readonly message: string; readonly spec: SelectSpec}
	| {readonly kind: 'text'; readonly message: string; readonly spec: TextSpec}
	| {readonly kind: 'secret'; readonly message: string; readonly spec: SecretSpec}
	| {readonly kind: 'confirm'; readonly message: string; readonly spec: ConfirmSpec};

type Value = string | boolean | Error;

/** One scripted answer. */
export type ScriptedAnswer = Value | ((question: AskedQuestion) => Value | Promise<Value>);

/** The script: per message, one answer or a queue of answers. */
export type Script = Readonly<Record<string, ScriptedAnswer | readonly ScriptedAnswer[]>>;

/** The scripted prompter, with what it was asked and a leftover check. */
export type ScriptedPrompter = Prompter & {
	/** Every question asked, in order. */
	readonly asked: AskedQuestion[];
	/** Messages of the questions asked, in order. */
	messages(): string[];
	/** Answers refused by the question's own validation, as `message: answer → problem`. */
	readonly refusals: string[];
	/** Throws when some scripted answer was never used. */
	verify(): void;
};

/** A Prompter that answers from `script` and fails loudly on anything else. */
export function scriptedPrompter(script: Script): ScriptedPrompter {
	const queues = new Map<string, ScriptedAnswer[]>();
	for (const [message, answer] of Object.entries(script))
		queues.set(message, Array.isArray(answer) ? [...(answer as ScriptedAnswer[])] : [answer as ScriptedAnswer]);
	const asked: AskedQuestion[] = [];
	const refusals: string[] = [];

	async function next(question: AskedQuestion): Promise<string | boolean> {
		asked.push(question);
		if (question.spec.signal?.aborted) throw withdrawnReason(question.spec.signal);
		const queue = queues.get(question.message);
		const answer = queue?.shift();
		if (answer === undefined) {
			const known = [...queues.entries()].filter(([, items]) => items.length > 0).map(([message]) => JSON.stringify(message));
			const why = queue ? 'was asked more times than scripted' : 'was not expected';
			throw new Error(
				`scriptedPrompter: the ${question.kind} question ${JSON.stringify(question.message)} ${why}; answers left for: ${known.join(', ') || 'none'}`,
			);
		}
		const value = typeof answer === 'function' ? await answer(question) : answer;
		if (value instanceof Error) throw value;
		return value;
	}

	async function checked(question: AskedQuestion & {spec: {validate?: TextSpec['validate']; check?: TextSpec['check']}}): Promise<string> {
		for (;;) {
			const value = await next(question);
			if (typeof value !== 'string') throw new Error(`scriptedPrompter: ${JSON.stringify(question.message)} needs a string answer, got ${String(value)}`);
			const problem = await validateAnswer(question.spec, value);
			if (!problem) return value;
			// Secrets are never echoed, not even in a test failure.
			refusals.push(`${question.message} ${question.kind === 'secret' ? '<secret>' : value} → ${problem}`);
		}
	}

	return {
		asked,
		refusals,
		messages: () => asked.map((question) => question.message),
		async select(spec) {
			const value = await next({kind: 'select', message: spec.message, spec});
			const allowed = spec.choices.filter((choice) => !choice.disabled).map((choice) => choice.value);
			if (typeof value !== 'string' || !fitsSelect(spec, value)) {
				throw new Error(
					`scriptedPrompter: ${JSON.stringify(String(value))} is not an enabled choice of ${JSON.stringify(spec.message)} (${allowed.join(', ')})`,
				);
			}
			return value;
		},
		text: async (spec) => checked({kind: 'text', message: spec.message, spec}),
		secret: async (spec) => checked({kind: 'secret', message: spec.message, spec}),
		async confirm(spec) {
			const value = await next({kind: 'confirm', message: spec.message, spec});
			if (typeof value !== 'boolean') throw new Error(`scriptedPrompter: ${JSON.stringify(spec.message)} needs true or false, got ${value}`);
			return value;
		},
		verify() {
			const left = [...queues.entries()].filter(([, items]) => items.length > 0);
			if (left.length > 0)
				throw new Error(
					`scriptedPrompter: answers never asked for: ${left.map(([message, items]) => `${JSON.stringify(message)} (${items.length})`).join(', ')}`,
				);
		},
	};
}

/**
 * A scripted answer that never comes: the question stays pending until its `signal` aborts
 * (the step withdrew it), then rejects as the real prompters do.
 */
export function untilWithdrawn(question: AskedQuestion): Promise<Value> {
	const {signal} = question.spec;
	if (!signal) return Promise.reject(new Error(`scriptedPrompter: ${JSON.stringify(question.message)} has no signal, so it can never be withdrawn`));
	return new Promise((_resolve, reject) => {
		const abort = () => reject(withdrawnReason(signal));
		if (signal.aborted) abort();
		else signal.addEventListener('abort', abort, {once: true});
	});
}

/** What a withdrawn question rejects with, as the Ink prompter does: the reason, or Cancelled. */
function withdrawnReason(signal: AbortSignal): Error {
	return signal.reason instanceof Error ? signal.reason : new Cancelled();
}
