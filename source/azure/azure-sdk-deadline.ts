/** The deadline every HTTP request to Azure gets, in every SDK client and the plain REST clients. */
import type {PipelinePolicy} from '@azure/core-rest-pipeline';
import {messages} from '../messages/catalog.js';
import {AzureError} from './azure.js';

/** One HTTP request to Azure waits this long for its answer unless told otherwise (ACR_WIZARD_CALL_TIMEOUT). */
export const defaultCallTimeoutMs = 60_000;

/** The policy entry SDK clients take in `additionalPolicies`. */
export type AdditionalPolicy = {readonly policy: PipelinePolicy; readonly position: 'perCall' | 'perRetry'};

/**
 * A deadline on every HTTP request (each try of it): past it the request is aborted and the call
 * fails with the code `timeout`, naming the request, instead of waiting for ever.
 */
export function deadlinePolicy(timeoutMs: number): PipelinePolicy {
	return {
		name: 'acrWizardDeadline',
		async sendRequest(request, next) {
			if (!request.timeout) request.timeout = timeoutMs;
			try {
				return await next(request);
			} catch (error: unknown) {
				const aborted = typeof error === 'object' && error !== null && (error as {name?: unknown}).name === 'AbortError';
				if (!aborted || request.abortSignal?.aborted) throw error;
				const url = new URL(request.url);
				throw new AzureError(
					messages().errors.azure.adapter.timeout(`${request.method} ${url.host}${url.pathname}`, Math.round(request.timeout / 100) / 10),
					'timeout',
				);
			}
		},
	};
}
