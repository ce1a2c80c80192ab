/**
 * The prompter for a terminal: it puts the question in the store, and the screen answers
 * through `answer`. The pending resolver and the validator stay in here, never in the store.
 */
import {messages} from '../messages/catalog.js';
import {Cancelled, GoBack} from '../wizard/errors.js';
import {requestStop} from '../wizard/stop-request.js';
import {startTrail, type AnswerTrail, type TrailTurn} from '../wizard/answer-trail.js';
import {fitsSelect, validateAnswer, type Check, type Prompter, type Validate} from '../wizard/prompter.js';
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

/** How a question is asked: its checks, the signal that withdraws it, its Back choice; a hold stays off the trail. */
type How = {
	readonly validate?: Validate;
	readonly check?: Check;
	readonly signal?: AbortSignal;
	readonly back?: string;
	readonly redraw?: string;
	readonly isHold?: boolean;
};

type Pending = {
	/** The choice that goes back as Esc does. */
	readonly back?: string;
	readonly validate?: Validate;
	readonly check?: Check;
	readonly resolve: (value: string | boolean) => void;
	readonly reject: (error: Error) => void;
};

/** Whether `value`, kept on the trail, still answers `question` as it is asked now (the same choices offered, the same rules). */
function stillFits(question: Question, value: string | boolean, validate: Validate | undefined): boolean {
	switch (question.kind) {
		case 'confirm':
			return typeof value === 'boolean';
		case 'select':
			return typeof value === 'string' && fitsSelect(question, value);
		case 'text':
			return typeof value === 'string' && validate?.(value) === undefined;
		case 'secret':
			return false;
	}
}

/** The question asked again after going back, its previous answer offered: the choice highlighted, the text typed. */
function offering(question: Question, previous: string | boolean | undefined, drafts: Map<string, string>): Question {
	if (previous === undefined) return question;
	if (question.kind === 'select' && typeof previous === 'string' && fitsSelect(question, previous)) return {...question, default: previous};
	if (question.kind === 'confirm' && typeof previous === 'boolean') return {...question, default: previous};
	if (question.kind === 'text' && typeof previous === 'string' && previous !== question.default && !drafts.has(question.id)) drafts.set(question.id, previous);
	return question;
}

/** Creates the Ink prompter and the controller the screens use. */
export function createInkPrompter(store: WizardStore): {prompter: Prompter; controller: PromptController} {
	let pending: Pending | undefined;
	// The question whose answer is being checked: a second enter waits for the check. Tied to
	// the question, so one withdrawn mid-check neither blocks nor gets errors meant for the next.
	let checking: Pending | undefined;
	// Ctrl+C while the wizard works (no question up) must not be lost: the next question cancels.
	let stopRequested = false;
	const actions = () => store.getState().actions;
	// The answers given on screen, for going back exactly one question (answer-trail.ts).
	const trail: AnswerTrail = startTrail(store);
	const drafts = new Map<string, string>();

	function ask<T extends string | boolean>(asked: Question, how: How = {}): Promise<T> {
		const {validate, check, signal, back} = how;
		if (signal?.aborted) return Promise.reject(abortReason(signal));
		if (stopRequested) return Promise.reject(new Cancelled());
		pending?.reject(new Cancelled());
		// A hold is no question to come back to: it stays off the trail.
		const kept = how.isHold !== true;
		const turn: TrailTurn = kept ? trail.turn(asked.id, asked.kind === 'secret') : {kind: 'ask'};
		if (turn.kind === 'back') {
			trail.wentBack(asked.id);
			return Promise.reject(new GoBack());
		}
		if (turn.kind === 'replay') {
			// Given again, not shown: the step re-runs up to the question it went back to.
			if (stillFits(asked, turn.value, validate)) {
				trail.answered(asked.id, turn.value);
				return Promise.resolve(turn.value as T);
			}
			trail.endReplay();
		}
		const question = offering(asked, turn.kind === 'ask' ? turn.previous : undefined, drafts);
		return new Promise<T>((resolve, reject) => {
			// A withdrawn question leaves the screen and rejects, so nothing is left dangling.
			const withdraw = () => {
				if (pending === entry) settle((p) => p.reject(abortReason(signal)));
			};
			const done = () => signal?.removeEventListener('abort', withdraw);
			const entry: Pending = {
				back,
				validate,
				check,
				resolve: (value) => {
					done();
					// A secret is never kept, not even here: it is typed again.
					if (kept && question.kind !== 'secret' && value !== how.redraw) trail.answered(question.id, value);
					resolve(value as T);
				},
				reject: (error) => {
					done();
					if (kept && error instanceof GoBack) trail.wentBack(question.id);
					reject(error);
				},
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
			if (value === current.back) {
				settle((p) => p.reject(new GoBack()));
				return;
			}
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
		drafts,
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
				{validate: spec.multiple ? spec.validate : undefined, signal: spec.signal, back: spec.back, redraw: spec.redraw},
			),
		text: async (spec) =>
			ask<string>(
				{
					kind: 'text',
					id: spec.id,
					message: spec.message,
					flag: spec.flag,
					hint: spec.hint,
					default: spec.default,
					defaultLabel: spec.defaultLabel,
					placeholder: spec.placeholder,
				},
				{validate: spec.validate, check: spec.check, signal: spec.signal},
			),
		secret: async (spec) =>
			ask<string>({kind: 'secret', id: spec.id, message: spec.message, flag: spec.flag, hint: spec.hint}, {validate: spec.validate, signal: spec.signal}),
		confirm: async (spec) =>
			ask<boolean>({kind: 'confirm', id: spec.id, message: spec.message, flag: spec.flag, hint: spec.hint, default: spec.default}, {signal: spec.signal}),
		// A question with one way on: the screen above it stays (it draws its own keys) until enter, or esc. Not while
		// a step re-runs after going back: the screen moves on to the question asked again.
		hold: async (spec) =>
			trail.isReplaying
				? undefined
				: ask<string>(
						{kind: 'select', id: spec.id, message: spec.message, choices: [{value: 'continue', label: messages().inspector.goOn}], default: 'continue'},
						{isHold: true},
					).then(
						() => undefined,
						(error: unknown) => {
							if (!(error instanceof GoBack)) throw error;
						},
					),
	};
	return {prompter, controller};
}
