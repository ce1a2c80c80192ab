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

export type SelectSpec = Spec & {readonly choices: readonly Choice[]; readonly default?: string};
export type TextSpec = Spec & {readonly default?: string; readonly placeholder?: string; readonly validate?: Validate; readonly check?: Check};
export type SecretSpec = Spec & {readonly validate?: Validate};
export type ConfirmSpec = Spec & {readonly default?: boolean};

/** Asks questions. Every method may reject with `GoBack` or `Cancelled`. */
export type Prompter = {
	select(spec: SelectSpec): Promise<string>;
	text(spec: TextSpec): Promise<string>;
	/** Like text, but the answer is a secret: masked on screen, never stored or echoed. */
	secret(spec: SecretSpec): Promise<string>;
	confirm(spec: ConfirmSpec): Promise<boolean>;
};

/** Runs the live validator, then the submit-time check: the first problem found, or undefined. */
export async function validateAnswer(spec: {readonly validate?: Validate; readonly check?: Check}, value: string): Promise<string | undefined> {
	return spec.validate?.(value) ?? (await spec.check?.(value));
}
