/**
 * The prompter for --yes and non-interactive runs: takes the default, echoing it, or fails
 * naming the flag that would answer the question (azd's PromptRequiredError).
 */
import {messages} from '../messages/catalog.js';
import {PromptRequiredError, WizardError} from './errors.js';
import {stopIfRequested} from './stop-request.js';
import {fitsSelect, splitChoices, validateAnswer, type Prompter} from './prompter.js';
import type {WizardStore} from './store.js';

function required(message: string, flag?: string, flagHint?: string): PromptRequiredError {
	const text = messages().common;
	return new PromptRequiredError(text.promptRequired(message, flag), {suggestion: flagHint ?? text.promptRequiredSuggestion(flag)});
}

/** How often one question may be answered with its default before the run is taken to be going round in circles. */
const maxAnswersPerQuestion = 25;

/** Creates a prompter that never asks. */
export function createAutoPrompter(store: WizardStore): Prompter {
	const note = (message: string, value: string) => store.getState().actions.notice(messages().common.usingDefault(message, value));
	const answered = new Map<string, number>();
	// Every question is a point to stop at (Ctrl+C, SIGINT), and a run that cannot ask never loops for ever.
	const before = (id: string, message: string) => {
		stopIfRequested();
		const count = (answered.get(id) ?? 0) + 1;
		answered.set(id, count);
		if (count > maxAnswersPerQuestion)
			throw new WizardError(messages().common.goingRound(message, count - 1), {suggestion: messages().common.goingRoundSuggestion});
	};
	return {
		async select(spec) {
			before(spec.id, spec.message);
			if (spec.multiple) {
				if (spec.default === undefined || !fitsSelect(spec, spec.default)) throw required(spec.message, spec.flag, spec.flagHint);
				const labels = splitChoices(spec.default).map((value) => spec.choices.find((item) => item.value === value)?.label ?? value);
				note(spec.message, labels.join(', '));
				return splitChoices(spec.default).join(',');
			}
			const choice = spec.choices.find((item) => item.value === spec.default && !item.disabled);
			if (!choice) throw required(spec.message, spec.flag, spec.flagHint);
			note(spec.message, choice.label);
			return choice.value;
		},
		async text(spec) {
			before(spec.id, spec.message);
			if (spec.default === undefined) throw required(spec.message, spec.flag, spec.flagHint);
			const problem = await validateAnswer(spec, spec.default);
			// Why the default was refused (a taken name, say) comes with the flag to pass instead.
			if (problem)
				throw new PromptRequiredError(messages().common.defaultRefused(spec.message, spec.default, problem), {
					suggestion: spec.flagHint ?? messages().common.promptRequiredSuggestion(spec.flag),
				});
			note(spec.message, spec.defaultLabel ?? spec.default);
			return spec.default;
		},
		async secret(spec) {
			before(spec.id, spec.message);
			throw required(spec.message, spec.flag, spec.flagHint);
		},
		async confirm(spec) {
			before(spec.id, spec.message);
			const value = spec.default ?? true;
			note(spec.message, value ? messages().common.yes : messages().common.no);
			return value;
		},
	};
}
