/**
 * Turns whatever the Azure SDK throws (RestError, a failed long-running operation, a
 * credential or network failure) into our `AzureError`, keeping ARM's own code, status and
 * target. Messages never carry a token: anything that looks like one is masked.
 */
import {AzureError} from './azure.js';

/** Error names `@azure/identity` uses when no credential could sign in. */
const credentialErrorNames = new Set(['CredentialUnavailableError', 'AuthenticationRequiredError', 'AggregateAuthenticationError', 'AuthenticationError']);

/** Node and undici codes of a request that never got an answer. */
const networkCodes = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ENOTFOUND',
	'EAI_AGAIN',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'EPIPE',
	'REQUEST_SEND_ERROR',
	'UND_ERR_SOCKET',
	'UND_ERR_CONNECT_TIMEOUT',
	'UND_ERR_HEADERS_TIMEOUT',
]);

/** The `{error: {code, message, target, details}}` envelope ARM and Graph send. */
type ErrorBody = {readonly code?: string; readonly message?: string; readonly target?: string; readonly details?: readonly ErrorBody[]};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Masks bearer tokens and JWTs that an upstream message might echo. */
export function redactSecrets(message: string): string {
	return message.replace(/Bearer\s+[\w.~+/=-]+/gi, 'Bearer <redacted>').replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '<redacted-token>');
}

/** Reads the ARM/Graph error envelope from a parsed body (or the envelope itself). */
function errorBodyOf(body: unknown): ErrorBody | undefined {
	if (!isRecord(body)) return undefined;
	const inner = isRecord(body.error) ? body.error : body;
	const code = text(inner.code);
	const message = text(inner.message);
	if (!code && !message) return undefined;
	const details = Array.isArray(inner.details) ? inner.details.map((d) => errorBodyOf(d)).filter((d): d is ErrorBody => d !== undefined) : undefined;
	return {...(code ? {code} : {}), ...(message ? {message} : {}), ...(text(inner.target) ? {target: text(inner.target)} : {}), ...(details ? {details} : {})};
}

/** Builds the AzureError for an HTTP answer with an error status and its parsed body. */
export function errorFromResponse(statusCode: number, body: unknown, fallbackCode = `Http${statusCode}`): AzureError {
	const envelope = errorBodyOf(body);
	const target = envelope?.target ?? envelope?.details?.find((d) => d.target)?.target;
	return new AzureError(
		redactSecrets(envelope?.message ?? `The request failed with status ${statusCode}.`),
		envelope?.code ?? fallbackCode,
		statusCode,
		target,
	);
}

function isNetworkError(error: Record<string, unknown>): boolean {
	const code = text(error.code);
	if (code && networkCodes.has(code)) return true;
	const name = text(error.name);
	if (name === 'TimeoutError') return true;
	const cause = error.cause;
	return isRecord(cause) && cause !== error && isNetworkError(cause);
}

/** A core-lro failure reads `The long-running operation has failed. <code>. <message>`. */
function fromLroFailure(message: string): AzureError | undefined {
	const match = /^The long-running operation has failed\. ([\w.-]+)\. ([\s\S]*)$/.exec(message);
	if (!match?.[1]) return undefined;
	return new AzureError(redactSecrets(match[2] ?? message), match[1]);
}

/** The namespace of a MissingSubscriptionRegistration whose body was not kept (LRO clients keep only code and message). */
function targetInMessage(code: string, message: string): string | undefined {
	return code === 'MissingSubscriptionRegistration' ? /namespace '([^']+)'/.exec(message)?.[1] : undefined;
}

function fromRestError(error: Record<string, unknown>): AzureError {
	const statusCode = typeof error.statusCode === 'number' ? error.statusCode : undefined;
	const response = isRecord(error.response) ? error.response : undefined;
	const envelope = errorBodyOf(error.details) ?? errorBodyOf(response?.parsedBody) ?? parseBodyText(response?.bodyAsText);
	const message = envelope?.message ?? text(error.message) ?? 'The Azure request failed.';
	const code = envelope?.code ?? text(error.code) ?? (statusCode ? `Http${statusCode}` : 'Unknown');
	const target = envelope?.target ?? envelope?.details?.find((d) => d.target)?.target ?? targetInMessage(code, message);
	return new AzureError(redactSecrets(message), code, statusCode, target);
}

function parseBodyText(bodyText: unknown): ErrorBody | undefined {
	if (typeof bodyText !== 'string' || bodyText === '') return undefined;
	try {
		return errorBodyOf(JSON.parse(bodyText) as unknown);
	} catch {
		return undefined;
	}
}

/** Maps any SDK failure to an AzureError: network → `network`, credentials → `CredentialUnavailable`, ARM → its code. */
export function toAzureError(error: unknown): AzureError {
	if (error instanceof AzureError) return error;
	if (!isRecord(error)) return new AzureError(redactSecrets(String(error)), 'Unknown');
	const message = text(error.message) ?? 'The Azure request failed.';
	const name = text(error.name) ?? '';
	if (credentialErrorNames.has(name)) return new AzureError(redactSecrets(message), 'CredentialUnavailable');
	const hasStatus = typeof error.statusCode === 'number';
	if (!hasStatus && (isNetworkError(error) || name === 'AbortError')) return new AzureError(redactSecrets(message), 'network');
	if (name === 'RestError' || hasStatus) return fromRestError(error);
	return fromLroFailure(message) ?? new AzureError(redactSecrets(message), text(error.code) ?? 'Unknown');
}

/** Runs an SDK call and rethrows its failure as an AzureError. */
export async function mapped<T>(call: () => Promise<T>): Promise<T> {
	try {
		return await call();
	} catch (error: unknown) {
		throw toAzureError(error);
	}
}

/** Whether an error is ARM's 404 for a missing resource (any of its not-found codes). */
function isNotFound(error: unknown): boolean {
	return error instanceof AzureError && error.statusCode === 404;
}

/** Runs an SDK call; ARM's 404 becomes undefined, any other failure an AzureError. */
export async function orUndefined<T>(call: () => Promise<T>): Promise<T | undefined> {
	try {
		return await mapped(call);
	} catch (error: unknown) {
		if (isNotFound(error)) return undefined;
		throw error;
	}
}

/** Whether a failed write may still have been applied: no answer, a timeout, or a server error. */
export function mayHaveApplied(error: unknown): boolean {
	if (!(error instanceof AzureError)) return true;
	return error.code === 'network' || error.code === 'timeout' || (error.statusCode !== undefined && error.statusCode >= 500);
}
