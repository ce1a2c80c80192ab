import {describe, expect, test} from 'vitest';
import {reportDelay, reportedOneByOne, snapshotBatchMs} from '../../source/kubernetes/client-node-watch.js';

describe('when a change to the watched pods is reported', () => {
	test('with a few pods, every change at once, even right after the last snapshot: the end of a wait is never held back a frame', () => {
		for (const pods of [0, 1, 2, reportedOneByOne]) expect(reportDelay(pods, 1000, 1001)).toBe(0);
	});

	test('with many pods, a change within a frame of the last snapshot waits for the end of that frame', () => {
		expect(reportDelay(1000, 1000, 1004)).toBe(snapshotBatchMs - 4);
		expect(reportDelay(reportedOneByOne + 1, 1000, 1000)).toBe(snapshotBatchMs);
	});

	test('with many pods, a change after a quiet frame (or the first one) is reported at once', () => {
		expect(reportDelay(1000, 1000, 1000 + snapshotBatchMs)).toBe(0);
		expect(reportDelay(1000, 1000, 5000)).toBe(0);
		expect(reportDelay(1000, Number.NEGATIVE_INFINITY, 0)).toBe(0);
	});
});
