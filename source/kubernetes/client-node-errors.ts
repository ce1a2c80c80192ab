/**
 * Failures of @kubernetes/client-node in our words: an ApiException's Status (reason, message,
 * code) becomes a KubeError; a connection failure becomes reason `network`. The ApiException's own
 * text (which repeats headers and body) is never used.
 */
import {ApiException} from '@kubernetes/client-node';
import {messages} from '../messages/catalog.js';
import {KubeError} from './kubernetes.js';

/** The reasons the apiserver gives for each code, for answers that carry no Status body (a 401 has none). */
const reasonByCode: Readonly<Record<number, string>> = {
	400: 'BadRequest',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'NotFound',
	405: 'MethodNotAllowed',
	409: 'Conflict',
	410: 'Expired',
	422: 'Invalid',
	429: 'TooManyRequests',
	500: 'InternalError',
	503: 'ServiceUnavailable',
	504: 'Timeout',
};

const tlsCodes = new Set([
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
	'UNABLE_TO_GET_ISSUER_CERT',
	'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
	'SELF_SIGNED_CERT_IN_CHAIN',
	'DEPTH_ZERO_SELF_SIGNED_CERT',
	'CERT_HAS_EXPIRED',
	'CERT_NOT_YET_VALID',
	'CERT_UNTRUSTED',
	'ERR_TLS_CERT_ALTNAME_INVALID',
	'EPROTO',
]);

type Status = {reason?: string; message?: string; code?: number};

function parseStatus(body: unknown): Status {
	let value = body;
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value) as unknown;
		} catch {
			return {};
		}
	}
	if (typeof value !== 'object' || value === null) return {};
	const record = value as Record<string, unknown>;
	return {
		reason: typeof record.reason === 'string' ? record.reason : undefined,
		message: typeof record.message === 'string' ? record.message : undefined,
		code: typeof record.code === 'number' ? record.code : undefined,
	};
}

/** A KubeError from an HTTP code and the Status body the apiserver sent with it (if any). */
function statusError(code: number, body: unknown, server: string): KubeError {
	const status = parseStatus(body);
	const text = messages().errors.kube.adapter;
	const reason = status.reason || reasonByCode[code] || 'Unknown';
	const fallback = code === 401 ? text.unauthorized(server) : text.status(code);
	return new KubeError(status.message || fallback, reason, code);
}

/** The first `code` along an error's cause chain (undici wraps the socket error in `cause`). */
function causeCode(error: unknown): {code?: string; detail?: string} {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
		const record = current as {code?: unknown; message?: unknown; cause?: unknown};
		if (typeof record.code === 'string') return {code: record.code, detail: typeof record.message === 'string' ? record.message : record.code};
		current = record.cause;
	}
	return {};
}

/** Names of the errors an aborted or timed-out fetch raises. */
export function isAbort(error: unknown): boolean {
	return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/** Turns anything client-node throws into a KubeError; `server` is the cluster URL, for messages. */
export function toKubeError(error: unknown, server: string): KubeError {
	if (error instanceof KubeError) return error;
	const text = messages().errors.kube.adapter;
	if (error instanceof ApiException) return statusError(error.code, error.body, server);
	const statusCode = (error as {statusCode?: unknown} | null)?.statusCode;
	if (typeof statusCode === 'number') return statusError(statusCode, undefined, server);
	const {code, detail = code} = causeCode(error);
	if (code === 'ECONNREFUSED') return new KubeError(text.refused(server), 'network');
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new KubeError(text.unknownHost(server), 'network');
	if (code !== undefined && (tlsCodes.has(code) || code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS')))
		return new KubeError(text.tls(server, detail ?? code), 'network');
	if (code !== undefined) return new KubeError(text.failed(server, detail ?? code), 'network');
	const message = error instanceof Error ? error.message : String(error);
	return new KubeError(text.failed(server, message), isAbort(error) || message === 'fetch failed' ? 'network' : 'Unknown');
}

/** True when `error` (a KubeError or client-node's ApiException) is the apiserver's answer `code`. */
export function hasCode(error: unknown, code: number): boolean {
	if (error instanceof ApiException) return error.code === code;
	return error instanceof KubeError && error.statusCode === code;
}
