import {createHttpHeaders, createPipelineRequest, type PipelineResponse} from '@azure/core-rest-pipeline';
import {describe, expect, test} from 'vitest';
import {preciseRetryAfterPolicy, retryAfterDate} from '../../source/azure/azure-sdk-retry-after.js';

/** The policy's answer to a response with these status and headers. */
async function through(status: number, headers: Record<string, string>): Promise<PipelineResponse> {
	const request = createPipelineRequest({url: 'https://management.azure.com/op'});
	return preciseRetryAfterPolicy().sendRequest(request, async () => ({request, status, headers: createHttpHeaders(headers)}));
}

describe('the millisecond hint of a poll answer', () => {
	test('becomes a Retry-After date that keeps the milliseconds, which Date reads back exactly', () => {
		const now = Date.parse('2026-12-02T12:00:00.250Z');
		const value = retryAfterDate(500, now);
		expect(value).toBe('Wed, 02 Dec 2026 12:00:00.750 GMT');
		// The SDK's poller reads a Retry-After that is not a number of seconds as a date, and waits until then.
		expect(Number.isNaN(Number.parseInt(value, 10))).toBe(true);
		expect(new Date(value).getTime() - now).toBe(500);
	});

	test('replaces a longer Retry-After on a successful answer, from retry-after-ms or x-ms-retry-after-ms', async () => {
		for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
			const before = Date.now();
			const answer = await through(200, {'retry-after': '1', [name]: '400'});
			const waitMs = new Date(answer.headers.get('retry-after') ?? '').getTime() - before;
			expect(waitMs).toBeGreaterThanOrEqual(400);
			expect(waitMs).toBeLessThan(1000);
		}
	});

	test('leaves alone a throttled answer, an answer without a hint, and a hint no shorter than Retry-After', async () => {
		expect((await through(429, {'retry-after': '2', 'retry-after-ms': '100'})).headers.get('retry-after')).toBe('2');
		expect((await through(202, {'retry-after': '1'})).headers.get('retry-after')).toBe('1');
		expect((await through(202, {'retry-after': '1', 'retry-after-ms': '1500'})).headers.get('retry-after')).toBe('1');
		expect((await through(202, {'retry-after': '1', 'retry-after-ms': 'soon'})).headers.get('retry-after')).toBe('1');
	});
});
