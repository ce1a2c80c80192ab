/**
 * Plain JSON calls over `@azure/core-rest-pipeline`, for what has no SDK in our set: Microsoft
 * Graph, Arc connected clusters and the Permissions API at any scope. Same pipeline as the SDK
 * clients: bearer token, retries on 429/5xx honouring Retry-After, the cloud's trusted CA.
 */
import type {TokenCredential} from '@azure/core-auth';
import {
	bearerTokenAuthenticationPolicy,
	createDefaultHttpClient,
	createHttpHeaders,
	createPipelineFromOptions,
	createPipelineRequest,
	type PipelineRetryOptions,
	type TlsSettings,
} from '@azure/core-rest-pipeline';
import {errorFromResponse, toAzureError} from './azure-sdk-errors.js';

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

/** A JSON client for one endpoint and token scope. */
export type RestClient = {
	/** Sends a request to `path` (relative to the endpoint, or absolute); throws an AzureError on an error status. */
	send(method: HttpMethod, path: string, body?: unknown): Promise<{status: number; body: unknown}>;
	/** GETs a list and follows `nextLink` / `@odata.nextLink` to the end. */
	listAll(path: string): Promise<unknown[]>;
};

export type RestClientOptions = {
	readonly endpoint: string;
	readonly scope: string;
	readonly credential: TokenCredential;
	readonly tlsOptions?: TlsSettings;
	readonly retryOptions?: PipelineRetryOptions;
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

/** Makes a JSON client over a core-rest-pipeline pipeline for `endpoint`. */
export function createRestClient(options: RestClientOptions): RestClient {
	const pipeline = createPipelineFromOptions({
		...(options.tlsOptions ? {tlsOptions: options.tlsOptions} : {}),
		...(options.retryOptions ? {retryOptions: options.retryOptions} : {}),
	});
	pipeline.addPolicy(bearerTokenAuthenticationPolicy({credential: options.credential, scopes: options.scope}));
	const httpClient = createDefaultHttpClient();
	const base = options.endpoint.replace(/\/+$/, '');
	const send: RestClient['send'] = async (method, path, body) => {
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
	return {
		send,
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
