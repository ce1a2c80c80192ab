/**
 * "Use the flag or ask" in one place: a question whose flag was given on the command line is
 * answered from it (validated, and echoed as a notice); otherwise the inner prompter asks.
 */
import {messages} from '../messages/catalog.js';
import {WizardError} from './errors.js';
import {splitChoices, validateAnswer, type Prompter} from './prompter.js';
import type {WizardStore} from './store.js';

/** Flag values by flag name, e.g. `{'--registry-name': 'myregistry'}`. */
export type FlagAnswers = Readonly<Record<string, string | undefined>>;

/** Wraps `inner` so that questions answered by `flags` are not asked. */
export function withFlagAnswers(inner: Prompter, flags: FlagAnswers, store: WizardStore): Prompter {
	const given = (flag: string | undefined) => (flag ? flags[flag] : undefined);
	const note = (message: string, value: string, flag: string) => store.getState().actions.notice(messages().common.usingFlag(message, value, flag));
	return {
		async select(spec) {
			const value = given(spec.flag);
			if (value === undefined || !spec.flag) return inner.select(spec);
			const allowed = spec.choices.filter((choice) => !choice.disabled).map((choice) => choice.value);
			if (spec.multiple) {
				const values = splitChoices(value);
				const problem = spec.validate?.(values.join(','));
				if (problem) throw new WizardError(`${spec.flag} ${value}: ${problem}`, {suggestion: messages().common.anotherValue(spec.flag)});
				const unknown = values.find((item) => !allowed.includes(item));
				if (values.length === 0 || unknown !== undefined)
					throw new WizardError(messages().common.invalidChoice(spec.flag, unknown ?? value, allowed), {suggestion: `${spec.flag} ${allowed[0] ?? ''}`.trim()});
				note(spec.message, values.join(', '), spec.flag);
				return values.join(',');
			}
			if (!allowed.includes(value)) {
				throw new WizardError(messages().common.invalidChoice(spec.flag, value, allowed), {suggestion: `${spec.flag} ${allowed[0] ?? ''}`.trim()});
			}
			note(spec.message, value, spec.flag);
			return value;
		},
		async text(spec) {
			const value = given(spec.flag);
			if (value === undefined || !spec.flag) return inner.text(spec);
			const problem = await validateAnswer(spec, value);
			if (problem) throw new WizardError(`${spec.flag} ${value}: ${problem}`, {suggestion: messages().common.anotherValue(spec.flag)});
			note(spec.message, value, spec.flag);
			return value;
		},
		async secret(spec) {
			const value = given(spec.flag);
			if (value === undefined || !spec.flag) return inner.secret(spec);
			const problem = await validateAnswer(spec, value);
			if (problem) throw new WizardError(`${spec.flag}: ${problem}`);
			note(spec.message, messages().common.masked, spec.flag);
			return value;
		},
		async confirm(spec) {
			const value = given(spec.flag);
			if (value === undefined || !spec.flag) return inner.confirm(spec);
			const yes = ['true', 'yes', 'y', '1', ''].includes(value.toLowerCase());
			note(spec.message, yes ? messages().common.yes : messages().common.no, spec.flag);
			return yes;
		},
		// A hold answers nothing: it passes through to the prompter below (the live pods stay until enter there).
		...(inner.hold ? {hold: async (spec: {readonly id: string; readonly message: string}) => inner.hold?.(spec)} : {}),
	};
}
