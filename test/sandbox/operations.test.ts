import {describe, expect, test} from 'vitest';
import {createClock} from '../../source/sandbox/clock.js';
import {Operations} from '../../source/sandbox/operations.js';

const base = 'https://sandbox.test';
const registry = '/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/r';

/** A demo-pace operation of `durationMs` on a clock the test moves by hand. */
function demoOperation(durationMs: number) {
	let now = Date.parse('2026-12-02T12:00:00.000Z');
	const operations = new Operations(createClock('demo', () => new Date(now)));
	const {id} = operations.start(base, registry, () => ({status: 200, body: {}}), {durationMs});
	const poll = (atMs: number) => {
		now = Date.parse('2026-12-02T12:00:00.000Z') + atMs;
		const answer = operations.status(base, `${registry}/operationStatuses/${id}`, id);
		return {status: (answer.body as {status: string}).status, headers: answer.headers ?? {}};
	};
	return {poll};
}

describe('the Retry-After of a running operation', () => {
	test('is whole seconds while the operation has a second or more to go, as ARM sends it', () => {
		const {poll} = demoOperation(2500);
		expect(poll(1000)).toEqual({status: 'InProgress', headers: {'Retry-After': '1'}});
	});

	test('adds retry-after-ms with the time left when the operation ends before the next whole second', () => {
		const {poll} = demoOperation(2500);
		poll(1000);
		expect(poll(2000)).toEqual({status: 'InProgress', headers: {'Retry-After': '1', 'retry-after-ms': '500'}});
		expect(poll(2500)).toEqual({status: 'Succeeded', headers: {}});
	});

	test('asks again shortly for an operation already due that still waits for its polls', () => {
		const {poll} = demoOperation(800);
		expect(poll(1000)).toEqual({status: 'InProgress', headers: {'Retry-After': '1', 'retry-after-ms': '50'}});
		expect(poll(1050).status).toBe('Succeeded');
	});

	test('at the fast pace an operation ends at its first poll, so no answer asks to wait', () => {
		const operations = new Operations(createClock('fast'));
		const {id} = operations.start(base, registry, () => ({status: 200, body: {}}));
		const answer = operations.status(base, `${registry}/operationStatuses/${id}`, id);
		expect([(answer.body as {status: string}).status, answer.headers ?? {}]).toEqual(['Succeeded', {}]);
	});
});
