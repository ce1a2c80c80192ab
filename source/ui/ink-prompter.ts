/**
 * The prompter for a terminal: it puts the question in the store, and the screen answers
 * through `answer`. The pending resolver and the validator stay in here, never in the store.
 */
import {messages} from '../messages/catalog.js';
import {Cancelled, GoBack} from '../wizard/errors.js';
import {requestStop} from '../wizard/stop-request.js';
import {validateAnswer, type Check, type Prompter, type Validate} from '../wizard/prompter.js';
import type {WizardStore} from '../wizard/store.js';
import type {Question} from '../wizard/types.js';

/** What the screens call to answer the pending question. */
export type PromptController = {
	answer(value: string | boolean): void;
	/** Live validation while typing (sync validators only). */
	change(value: string): void;
	back(): void;
	cancel(): void;
	/** Text typed into a question before going back from it (question id → text), offered again when it comes back. */
	readonly drafts: Map<string, string>;
};

/** Why a withdrawn question rejects: the signal's reason, or Cancelled. */
function abortReason(signal: AbortSignal | undefined): Error {
	return signal?.reason instanceof Error ? signal.reason : new Cancelled();
}

type Pending = {
	readonly validate?: Validate;
	readonly check?: Check;
	readonly resolve: (value: string | boolean) => void;
	readonly reject: (error: Error) => void;
};

/** Creates the Ink prompter and the controller the screens use. */
export function createInkPrompter(store: WizardStore): {prompter: Prompter; controller: PromptController} {
	let pending: Pending | undefined;
	// The question whose answer is being checked: a second enter waits for the check. Tied to
	// the question, so one withdrawn mid-check neither blocks nor gets errors meant for the next.
	let checking: Pending | undefined;
	// Ctrl+C while the wizard works (no question up) must not be lost: the next question cancels.
	let stopRequested = false;
	const actions = () => store.getState().actions;

	function ask<T extends string | boolean>(question: Question, validate?: Validate, check?: Check, signal?: AbortSignal): Promise<T> {
		if (signal?.aborted) return Promise.reject(abortReason(signal));
		if (stopRequested) return Promise.reject(new Cancelled());
		pending?.reject(new Cancelled());
		return new Promise<T>((resolve, reject) => {
			// A withdrawn question leaves the screen and rejects, so nothing is left dangling.
			const withdraw = () => {
				if (pending === entry) settle((p) => p.reject(abortReason(signal)));
			};
			const done = () => signal?.removeEventListener('abort', withdraw);
			const entry: Pending = {
				validate,
				check,
				resolve: (value) => (done(), resolve(value as T)),
				reject: (error) => (done(), reject(error)),
			};
			pending = entry;
			signal?.addEventListener('abort', withdraw, {once: true});
			actions().ask(question);
		});
	}

	function settle(run: (current: Pending) => void) {
		const current = pending;
		if (!current) return;
		pending = undefined;
		actions().clearQuestion();
		run(current);
	}

	const controller: PromptController = {
		answer(value) {
			const current = pending;
			if (!current || checking === current) return;
			if (typeof value === 'boolean' || (!current.validate && !current.check)) {
				settle((p) => p.resolve(value));
				return;
			}
			checking = current;
			void validateAnswer(current, value).then(
				(problem) => {
					if (checking === current) checking = undefined;
					if (pending !== current) return;
					if (problem) actions().refuseAnswer(problem);
					else settle((p) => p.resolve(value));
				},
				(error: unknown) => {
					if (checking === current) checking = undefined;
					if (pending !== current) return;
					actions().refuseAnswer(error instanceof Error ? error.message : String(error));
				},
			);
		},
		change(value) {
			const current = pending;
			if (!current?.validate) return;
			actions().refuseAnswer(current.validate(value));
		},
		back: () => settle((p) => p.reject(new GoBack())),
		drafts: new Map<string, string>(),
		cancel() {
			if (pending) {
				settle((p) => p.reject(new Cancelled()));
				return;
			}
			// Work in progress is not cut off halfway (an action may be mid-call): it stops before the next action or
			// question, also in a --yes run; a second Ctrl+C stops at once.
			stopRequested = true;
			if (requestStop()) actions().setActivity(messages().common.stopping);
		},
	};

	const prompter: Prompter = {
		select: async (spec) =>
			ask<string>(
				{
					kind: 'select',
					id: spec.id,
					message: spec.message,
					flag: spec.flag,
					hint: spec.hint,
					choices: spec.choices,
					default: spec.default,
					...(spec.multiple ? {multiple: true} : {}),
				},
				spec.multiple ? spec.validate : undefined,
				undefined,
				spec.signal,
			),
		text: async (spec) =>
			ask<string>(
				{kind: 'text', id: spec.id, message: spec.message, flag: spec.flag, hint: spec.hint, default: spec.default, placeholder: spec.placeholder},
				spec.validate,
				spec.check,
				spec.signal,
			),
		secret: async (spec) =>
			ask<string>({kind: 'secret', id: spec.id, message: spec.message, flag: spec.flag, hint: spec.hint}, spec.validate, undefined, spec.signal),
		confirm: async (spec) =>
			ask<boolean>(
				{kind: 'confirm', id: spec.id, message: spec.message, flag: spec.flag, hint: spec.hint, default: spec.default},
				undefined,
				undefined,
				spec.signal,
			),
		// A question with one way on: the screen above it stays (it draws its own keys) until enter, or esc.
		hold: async (spec) =>
			ask<string>(
				{kind: 'select', id: spec.id, message: spec.message, choices: [{value: 'continue', label: messages().inspector.goOn}], default: 'continue'},
				undefined,
				undefined,
				undefined,
			).then(
				() => undefined,
				(error: unknown) => {
					if (!(error instanceof GoBack)) throw error;
				},
			),
	};
	return {prompter, controller};
}
