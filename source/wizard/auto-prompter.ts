/**
 * The prompter for --yes and non-interactive runs: takes the default, echoing it, or fails
 * naming the flag that would answer the question (azd's PromptRequiredError).
 */
import {messages} from '../messages/catalog.js';
import {PromptRequiredError} from './errors.js';
import {validateAnswer, type Prompter} from './prompter.js';
import type {WizardStore} from './store.js';

function required(message: string, flag?: string): PromptRequiredError {
	const text = messages().common;
	return new PromptRequiredError(text.promptRequired(message, flag), {suggestion: text.promptRequiredSuggestion(flag)});
}

/** Creates a prompter that never asks. */
export function createAutoPrompter(store: WizardStore): Prompter {
	const note = (message: string, value: string) => store.getState().actions.notice(messages().common.usingDefault(message, value));
	return {
		async select(spec) {
			const choice = spec.choices.find((item) => item.value === spec.default && !item.disabled);
			if (!choice) throw required(spec.message, spec.flag);
			note(spec.message, choice.label);
			return choice.value;
		},
		async text(spec) {
			if (spec.default === undefined) throw required(spec.message, spec.flag);
			const problem = await validateAnswer(spec, spec.default);
			// Why the default was refused (a taken name, say) comes with the flag to pass instead.
			if (problem) throw new PromptRequiredError(messages().common.defaultRefused(spec.message, spec.default, problem), {suggestion: messages().common.promptRequiredSuggestion(spec.flag)});
			note(spec.message, spec.default);
			return spec.default;
		},
		async secret(spec) {
			throw required(spec.message, spec.flag);
		},
		async confirm(spec) {
			const value = spec.default ?? true;
			note(spec.message, value ? messages().common.yes : messages().common.no);
			return value;
		},
	};
}
