/**
 * The Prompter port: logic awaits a question the way it awaits a function call
 * (`name = await prompter.text(…)`). The Ink prompter, the non-interactive prompter and the
 * scripted prompter of the tests all implement it.
 */
import type {Choice} from './types.js';

/** Checks an answer as it is typed: a message saying what is wrong and how to fix it, or undefined. */
export type Validate = (value: string) => string | undefined;

/** Checks a submitted answer against the world (e.g. name availability): a message, or undefined. */
export type Check = (value: string) => Promise<string | undefined>;

type Spec = {
	readonly id: string;
	/** Ends in `?` or `:`; never starts with "Select" or "Choose". */
	readonly message: string;
	/** The flag that answers this question without asking, e.g. `--registry-name`. */
	readonly flag?: string;
	/** What to pass when the question cannot be asked, when `Pass <flag> <value>` does not say it (a switch, a choice between flags). */
	readonly flagHint?: string;
	readonly hint?: string;
	/** Withdraws the question when aborted (e.g. the pods recovered while it was pending); the promise then rejects. */
	readonly signal?: AbortSignal;
};

/**
 * One choice, or with `multiple` one or more (ticked with space): the answer is then the values joined with commas
 * (`hello-world,nginx`), and so are `default` and the flag's value. `validate` checks a multiple answer given by its
 * flag, which may name values not offered (to refuse them with the reason and the fix).
 */
export type SelectSpec = Spec & {
	readonly choices: readonly Choice[];
	readonly default?: string;
	readonly multiple?: boolean;
	readonly validate?: Validate;
	/** The choice that goes back, as Esc does (a plan's "Back"): on a terminal it rejects with GoBack, and is not kept as an answer. */
	readonly back?: string;
	/** A choice that asks the same question again, changed (show the YAML): not an answer to come back to. */
	readonly redraw?: string;
};
export type TextSpec = Spec & {
	readonly default?: string;
	/** What Enter on the empty field gives, in words, when the default cannot speak for itself (an empty default: "no expiry"). */
	readonly defaultLabel?: string;
	readonly placeholder?: string;
	readonly validate?: Validate;
	readonly check?: Check;
};
export type SecretSpec = Spec & {readonly validate?: Validate};
export type ConfirmSpec = Spec & {readonly default?: boolean};

/** Asks questions. Every method may reject with `GoBack` or `Cancelled`. */
export type Prompter = {
	select(spec: SelectSpec): Promise<string>;
	text(spec: TextSpec): Promise<string>;
	/** Like text, but the answer is a secret: masked on screen, never stored or echoed. */
	secret(spec: SecretSpec): Promise<string>;
	confirm(spec: ConfirmSpec): Promise<boolean>;
	/**
	 * Keeps the screen as it is until the person at the terminal moves on (enter or esc), e.g. the live pods once
	 * they run, so the next view does not scroll them away. Absent where nobody watches (--yes, no terminal, tests).
	 */
	hold?(spec: {readonly id: string; readonly message: string}): Promise<void>;
};

/** The hold on the live pods once they run: the pods screen draws it as its own line, under its inspector. */
export const podsRunningHold = 'pods-running';

/** Runs the live validator, then the submit-time check: the first problem found, or undefined. */
export async function validateAnswer(spec: {readonly validate?: Validate; readonly check?: Check}, value: string): Promise<string | undefined> {
	return spec.validate?.(value) ?? (await spec.check?.(value));
}

/** The values of a multiple select's answer (`a,b` → `['a', 'b']`), blanks and repeats dropped. */
export function splitChoices(value: string): string[] {
	return [
		...new Set(
			value
				.split(',')
				.map((item) => item.trim())
				.filter((item) => item !== ''),
		),
	];
}

/** Whether `value` answers the select: an offered, enabled choice; for a multiple select, one or more of them. */
export function fitsSelect(spec: SelectSpec, value: string): boolean {
	const offered = (item: string) => spec.choices.some((choice) => choice.value === item && !choice.disabled);
	if (!spec.multiple) return offered(value);
	const values = splitChoices(value);
	return values.length > 0 && values.every(offered);
}
