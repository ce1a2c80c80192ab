/** Errors the wizard raises and shows: a plain message, the next step, the original code. */
import type {ErrorView} from './types.js';

/** Exit codes: 0 done, 1 failed, 2 cancelled or a usage problem. */
export const exitCodes = {done: 0, failed: 1, cancelled: 2, usage: 2} as const;

/** A failure explained in plain words, with the next step and the original code kept. */
export class WizardError extends Error {
	override readonly name: string = 'WizardError';
	readonly suggestion?: string;
	readonly code?: string;
	/** A refusal a retry cannot change (an admission policy, a deny assignment): stopping, not retrying, is the default after it. */
	readonly lasting?: boolean;
	constructor(message: string, options: {suggestion?: string; code?: string; cause?: unknown; lasting?: boolean} = {}) {
		super(message, {cause: options.cause});
		this.suggestion = options.suggestion;
		this.code = options.code;
		if (options.lasting) this.lasting = true;
	}
}

/** A question had no answer in a non-interactive run; names the flag that answers it. */
export class PromptRequiredError extends WizardError {
	override readonly name = 'PromptRequiredError';
}

/** The user went back (Esc) from a question. */
/** A flag value that cannot be used, found before the first change: the run ends with exit 2 (a usage error). */
export class FlagValueError extends WizardError {
	override readonly name = 'FlagValueError';
}

export class GoBack extends Error {
	override readonly name = 'GoBack';
}

/** The user cancelled (Ctrl+C or q). */
export class Cancelled extends Error {
	override readonly name = 'Cancelled';
}

/** The end of an exhaustive switch: a case left out fails to compile. */
export function assertNever(value: never): never {
	throw new Error(`Unexpected value: ${String(value)}`);
}

/** Turns anything thrown into what a screen shows; the cause's text is kept as the detail. */
export function toErrorView(error: unknown): ErrorView {
	if (error instanceof WizardError) {
		const cause = error.cause instanceof Error ? error.cause.message : undefined;
		return {message: error.message, suggestion: error.suggestion, code: error.code, detail: cause};
	}
	if (error instanceof Error) return {message: error.message, code: 'code' in error && typeof error.code === 'string' ? error.code : undefined};
	return {message: String(error)};
}
