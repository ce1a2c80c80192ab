/** Known Azure error codes → plain words and a next step; the original code and message are kept. */
import {messages} from '../../messages/catalog.js';
import {WizardError} from '../../wizard/errors.js';
import {AzureError} from '../../azure/azure.js';

type Known = {readonly message: string; readonly suggestion: string};

function known(code: string): Known | undefined {
	const table = messages().errors.azure as unknown as Record<string, unknown>;
	const entry = table[code];
	if (typeof entry === 'object' && entry !== null && 'message' in entry && typeof entry.message === 'string') return entry as Known;
	return undefined;
}

/** Translates an AzureError; anything else is returned as undefined for the next translator. */
export function explainAzureError(error: unknown): WizardError | undefined {
	if (!(error instanceof AzureError)) return undefined;
	const text = messages().errors.azure;
	if (error.code === 'MissingSubscriptionRegistration') {
		const target = error.target ?? /namespace '([^']+)'/.exec(error.message)?.[1] ?? 'the resource provider';
		return new WizardError(text.MissingSubscriptionRegistration.message(target), {
			suggestion: text.MissingSubscriptionRegistration.suggestion(target),
			code: error.code,
			cause: error,
		});
	}
	if (error.statusCode === 429) return new WizardError(text.Throttled.message, {suggestion: text.Throttled.suggestion, code: error.code, cause: error});
	const entry = known(error.code);
	if (entry) return new WizardError(entry.message, {suggestion: entry.suggestion, code: error.code, cause: error});
	// A server error says so, in front of Azure's own words, with what to do.
	if (error.statusCode !== undefined && error.statusCode >= 500) {
		return new WizardError(`${text.serverError.message} ${error.message}`.trim(), {suggestion: text.serverError.suggestion, code: error.code, cause: error});
	}
	// Unknown codes pass through with Azure's own words.
	return new WizardError(error.message || text.unknown(error.code), {code: error.code, cause: error});
}
