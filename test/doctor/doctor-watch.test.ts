/** What doctor's live watch follows (each workload once, else the namespace) and when it calls the pods recovered. Pure. */
import {describe, expect, test} from 'vitest';
import type {PodSummary} from '../../source/kubernetes/kubernetes.js';
import {allRecovered, watchTargets} from '../../source/steps/doctor/watch.js';

const pod = (name: string, status: string, ready: string): PodSummary => ({
	name,
	namespace: 'default',
	status,
	ready,
	restarts: 0,
	images: ['r.azurecr.io/nginx:v1'],
});

describe('doctor watch', () => {
	test('each examined workload is watched once by its selector, a bare pod by its name', () => {
		expect(
			watchTargets(
				[
					{namespace: 'default', name: 'nginx0-a', selector: 'app=nginx0'},
					{namespace: 'default', name: 'nginx0-b', selector: 'app=nginx0'},
					{namespace: 'ci', name: 'one-off'},
				],
				undefined,
				'default',
			),
		).toEqual([
			{namespace: 'default', selector: 'app=nginx0'},
			{namespace: 'ci', selector: '', pod: 'one-off'},
		]);
	});

	test('with nothing examined (a sound report) the target’s namespace and selector are watched, else the fallback namespace', () => {
		expect(watchTargets([], 'shop', 'default', 'app=cart')).toEqual([{namespace: 'shop', selector: 'app=cart'}]);
		expect(watchTargets([], undefined, 'default')).toEqual([{namespace: 'default', selector: ''}]);
	});

	test('recovered only when every watched workload has pods and all of them run ready (terminating ones aside)', () => {
		const up = {pods: [pod('a', 'Running', '1/1'), pod('old', 'Terminating', '0/1')], events: []};
		expect(allRecovered([up])).toBe(true);
		expect(allRecovered([up, {pods: [pod('b', 'ImagePullBackOff', '0/1')], events: []}])).toBe(false);
		expect(allRecovered([up, {pods: [], events: []}])).toBe(false);
		expect(allRecovered([up, undefined])).toBe(false);
		expect(allRecovered([{pods: [pod('c', 'Running', '0/1')], events: []}])).toBe(false);
	});
});
