/**
 * Plain JSON calls over `@azure/core-rest-pipeline`, for what has no SDK in our set: Microsoft
 * Graph, Arc connected clusters and the Permissions API at any scope. Same pipeline as the SDK
 * clients: bearer token, retries on 429/5xx honouring Retry-After, the cloud's trusted CA, and a
 * deadline on every request.
 *
 * A POST that creates something is never retried blindly: its answer may have been lost after
 * the object was made (a dropped connection, a 5xx, a timeout). `create` looks the object up
 * with the caller's `find` before each new try, and adopts what an earlier try made.
 */
import {setTimeout as sleep} from 'node:timers/promises';
import type {TokenCredential} from '@azure/core-auth';
import {
	bearerTokenAuthenticationPolicy,
	createDefaultHttpClient,
	createHttpHeaders,
	createPipelineFromOptions,
	createPipelineRequest,
	throttlingRetryPolicy,
	type Pipeline,
	type PipelineRetryOptions,
	type TlsSettings,
} from '@azure/core-rest-pipeline';
import {deadlinePolicy, defaultCallTimeoutMs} from './azure-sdk-deadline.js';
import {errorFromResponse, mayHaveApplied, toAzureError} from './azure-sdk-errors.js';

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

/** One JSON answer. */
export type RestAnswer = {status: number; body: unknown};

/** A JSON client for one endpoint and token scope. */
export type RestClient = {
	/** Sends a request to `path` (relative to the endpoint, or absolute); throws an AzureError on an error status. */
	send(method: HttpMethod, path: string, body?: unknown): Promise<RestAnswer>;
	/**
	 * POSTs a create at most once in effect: throttling is retried as usual, but after an answer
	 * that may hide an applied write (no answer, 5xx, timeout) `find` looks for what was made;
	 * found, it is adopted (returned as the answer's body); not found, the POST is tried again.
	 */
	create(path: string, body: unknown, find: () => Promise<unknown>): Promise<RestAnswer>;
	/** GETs a list and follows `nextLink` / `@odata.nextLink` to the end. */
	listAll(path: string): Promise<unknown[]>;
};

export type RestClientOptions = {
	readonly endpoint: string;
	readonly scope: string;
	readonly credential: TokenCredential;
	readonly tlsOptions?: TlsSettings;
	readonly retryOptions?: PipelineRetryOptions;
	/** The deadline of one HTTP request. */
	readonly callTimeoutMs?: number;
};

function parse(text: string | undefined): unknown {
	if (!text) return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

function nextLinkOf(page: unknown): string | undefined {
	if (typeof page !== 'object' || page === null) return undefined;
	const record = page as Record<string, unknown>;
	const next = record.nextLink ?? record['@odata.nextLink'];
	return typeof next === 'string' && next !== '' ? next : undefined;
}

/** How many times a create is tried when its answers keep being lost. */
const createTries = 4;

/** Makes a JSON client over a core-rest-pipeline pipeline for `endpoint`. */
export function createRestClient(options: RestClientOptions): RestClient {
	const timeoutMs = options.callTimeoutMs ?? defaultCallTimeoutMs;
	const pipelineOf = (retryAll: boolean): Pipeline => {
		const pipeline = createPipelineFromOptions({
			...(options.tlsOptions ? {tlsOptions: options.tlsOptions} : {}),
			...(options.retryOptions ? {retryOptions: options.retryOptions} : {}),
		});
		if (!retryAll) {
			// Only throttling (the server says it did nothing) is retried in the pipeline; the rest is `create`'s to decide.
			pipeline.removePolicy({phase: 'Retry'});
			pipeline.addPolicy(throttlingRetryPolicy({maxRetries: options.retryOptions?.maxRetries ?? 3}), {phase: 'Retry'});
		}
		pipeline.addPolicy(deadlinePolicy(timeoutMs), {afterPhase: 'Retry'});
		pipeline.addPolicy(bearerTokenAuthenticationPolicy({credential: options.credential, scopes: options.scope}));
		return pipeline;
	};
	const retrying = pipelineOf(true);
	const once = pipelineOf(false);
	const httpClient = createDefaultHttpClient();
	const base = options.endpoint.replace(/\/+$/, '');
	const sendWith = async (pipeline: Pipeline, method: HttpMethod, path: string, body?: unknown): Promise<RestAnswer> => {
		const request = createPipelineRequest({
			url: /^https?:\/\//i.test(path) ? path : `${base}${path}`,
			method,
			headers: createHttpHeaders({accept: 'application/json', ...(body === undefined ? {} : {'content-type': 'application/json'})}),
			...(body === undefined ? {} : {body: JSON.stringify(body)}),
		});
		let response;
		try {
			response = await pipeline.sendRequest(httpClient, request);
		} catch (error: unknown) {
			throw toAzureError(error);
		}
		const parsed = parse(response.bodyAsText ?? undefined);
		if (response.status >= 400) throw errorFromResponse(response.status, parsed);
		return {status: response.status, body: parsed};
	};
	const send: RestClient['send'] = async (method, path, body) => sendWith(method === 'POST' ? once : retrying, method, path, body);
	const delayMs = options.retryOptions?.retryDelayInMs ?? 1000;
	return {
		send,
		async create(path, body, find) {
			for (let attempt = 1; ; attempt++) {
				try {
					return await sendWith(once, 'POST', path, body);
				} catch (error: unknown) {
					if (!mayHaveApplied(error)) throw error;
					const made = await find();
					if (made !== undefined) return {status: 201, body: made};
					if (attempt >= createTries) throw error;
					await sleep(delayMs * 2 ** (attempt - 1));
				}
			}
		},
		async listAll(path) {
			const items: unknown[] = [];
			let next: string | undefined = path;
			while (next) {
				const {body} = await send('GET', next);
				const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).value : undefined;
				if (Array.isArray(value)) items.push(...(value as unknown[]));
				next = nextLinkOf(body);
			}
			return items;
		},
	};
}
