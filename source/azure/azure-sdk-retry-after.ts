/**
 * A long-running operation's poll answers `Retry-After` in whole seconds, which the SDK's poller waits before it asks
 * again. When the service knows the operation ends sooner it may say so to the millisecond, in `retry-after-ms` (or
 * `x-ms-retry-after-ms`, the Azure REST API guidelines' headers): the poller then asks when the operation ends rather
 * than at the next whole second. The poller reads only `Retry-After` (seconds, or a date it subtracts the clock from),
 * so the hint is handed to it as that date, to the millisecond. Only successful answers (the poll answers) are
 * touched: a throttled request's retry reads these headers itself.
 */
import type {PipelinePolicy} from '@azure/core-rest-pipeline';

/** The shortest wait a hint gives: a poll is never sent back to back. */
const shortestMs = 20;

/** The hint of a response, in milliseconds, when it has a usable one. */
function hintMs(headers: {get(name: string): string | undefined}): number | undefined {
	for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
		const value = headers.get(name);
		if (value === undefined || !/^\d+(\.\d+)?$/.test(value.trim())) continue;
		return Math.max(shortestMs, Number(value));
	}
	return undefined;
}

/** `Retry-After` as an HTTP date that keeps the milliseconds (the SDK's poller parses it with `Date`). */
export function retryAfterDate(waitMs: number, now: number = Date.now()): string {
	const at = new Date(now + waitMs);
	return at.toUTCString().replace(' GMT', `.${String(at.getUTCMilliseconds()).padStart(3, '0')} GMT`);
}

/** The policy: a poll answer's millisecond hint, when shorter than its `Retry-After`, becomes its `Retry-After`. */
export function preciseRetryAfterPolicy(): PipelinePolicy {
	return {
		name: 'acrWizardPreciseRetryAfter',
		async sendRequest(request, next) {
			const response = await next(request);
			if (response.status < 200 || response.status >= 300) return response;
			const hint = hintMs(response.headers);
			const seconds = Number(response.headers.get('retry-after'));
			if (hint !== undefined && (!Number.isFinite(seconds) || hint < seconds * 1000)) response.headers.set('retry-after', retryAfterDate(hint));
			return response;
		},
	};
}
