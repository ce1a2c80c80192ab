import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {PodEvents, PodTable, tableRows, visiblePods} from '../../source/ui/components/pod-table.js';
import type {PodEvent, PodSummary} from '../../source/wizard/types.js';

afterEach(() => cleanup());

const now = new Date('2026-12-02T02:00:00Z');

/** `count` pods of one deployment, all Running and ready but the ones at `failing`. */
function pods(count: number, failing: readonly number[] = []): PodSummary[] {
	return Array.from({length: count}, (_, index) => ({
		name: `nginx0-deployment-7d54b67596-${String(index).padStart(4, '0')}`,
		namespace: 'default',
		ready: failing.includes(index) ? '0/1' : '1/1',
		status: failing.includes(index) ? 'ImagePullBackOff' : 'Running',
		restarts: 0,
		createdAt: '2026-12-02T01:59:00Z',
		images: ['myregistry.azurecr.io/nginx:v1'],
	}));
}

/** Renders on a terminal of `rows` rows and 100 columns. */
function drawn(element: React.JSX.Element, rows: number): string {
	const instance = render(element);
	Object.defineProperty(instance.stdout, 'rows', {get: () => rows});
	// Ink reads the size again on a resize, as a terminal sends one.
	instance.stdout.emit('resize');
	instance.rerender(element);
	return instance.lastFrame() ?? '';
}

describe('the pod table with more pods than the terminal has rows', () => {
	test('draws only the rows that fit, the pods that are not up first, and says how many more there are', () => {
		const all = pods(1000, [3, 500, 998]);
		const frame = drawn(<PodTable pods={all} now={now} />, 30);
		const rows = frame.split('\n').filter((line) => line.startsWith('nginx0-deployment-'));
		expect(rows).toHaveLength(tableRows(30));
		expect(rows.filter((line) => line.includes('ImagePullBackOff'))).toHaveLength(3);
		// Still in kubectl's order (by name) among what is drawn.
		expect(rows.map((line) => line.split(' ')[0])).toEqual([...rows.map((line) => line.split(' ')[0] ?? '')].sort());
		expect(frame).toContain(`… ${1000 - tableRows(30)} more not shown (1000 pods, 3 not running and ready)`);
	});

	test('a table that fits is drawn whole, with no line about more', () => {
		const frame = drawn(<PodTable pods={pods(2)} now={now} />, 30);
		expect(frame.split('\n').filter((line) => line.startsWith('nginx0-deployment-'))).toHaveLength(2);
		expect(frame).not.toContain('more not shown');
	});

	test('visiblePods keeps every pod that is not up when they fit in the limit, and fills the rest in order', () => {
		const all = pods(10, [7, 9]);
		expect(visiblePods(all, 4).map((pod) => pod.name.slice(-4))).toEqual(['0000', '0001', '0007', '0009']);
		expect(visiblePods(all, 20)).toBe(all);
	});

	test("the events are drawn for a few pods only, the failing ones' first", () => {
		const all = pods(50, [40]);
		const events: PodEvent[] = all.map((pod) => ({
			pod: pod.name,
			type: pod.status === 'Running' ? 'Normal' : 'Warning',
			reason: pod.status === 'Running' ? 'Started' : 'Failed',
			message: 'm',
			count: 1,
		}));
		const frame = drawn(<PodEvents pods={all} events={events} />, 30);
		const headings = frame.split('\n').filter((line) => line.startsWith('Events of '));
		expect(headings).toHaveLength(4);
		expect(frame).toContain(`Events of ${all[40]?.name ?? ''}:`);
	});
});
