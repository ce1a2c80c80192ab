import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {eventsOfPods, summarizeEvent, summarizePod, type EventLike, type PodLike} from '../../source/kubernetes/pod-summary.js';

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/kubernetes/${name}`, import.meta.url), 'utf8')) as T;
const podList = fixture<{items: PodLike[]}>('podlist-imagepullbackoff.json');
const eventList = fixture<{items: EventLike[]}>('eventlist-image-pull-failure.json');
const backOffPod = podList.items[0] ?? {};

const image = 'myregistry.azurecr.io/nginx:v1';
function pod(
	containerStatuses: NonNullable<PodLike['status']>['containerStatuses'],
	extra: Partial<NonNullable<PodLike['status']>> = {},
	metadata: PodLike['metadata'] = {},
): PodLike {
	return {
		metadata: {name: 'web', namespace: 'default', creationTimestamp: '2026-11-22T10:00:00Z', ...metadata},
		spec: {containers: (containerStatuses ?? []).map((status) => ({name: status.name, image}))},
		status: {phase: 'Pending', containerStatuses, ...extra},
	};
}

describe('summarizePod', () => {
	test('a pod waiting in ImagePullBackOff shows 0/1, the waiting reason and the kubelet message', () => {
		expect(summarizePod(backOffPod)).toEqual({
			name: 'hello-world-6b8f7c9d5-x2kqp',
			namespace: 'default',
			ready: '0/1',
			status: 'ImagePullBackOff',
			restarts: 0,
			createdAt: '2026-11-22T10:00:00.000Z',
			images: ['myregistry.azurecr.io/hello-world:v1'],
			message: expect.stringMatching(
				/^Back-off pulling image "myregistry\.azurecr\.io\/hello-world:v1": ErrImagePull: rpc error: .*401 Unauthorized$/,
			) as string,
		});
	});

	test('ErrImagePull and ContainerCreating are shown as the waiting reason', () => {
		expect(summarizePod(pod([{name: 'nginx', state: {waiting: {reason: 'ErrImagePull', message: 'failed'}}}])).status).toBe('ErrImagePull');
		expect(summarizePod(pod([{name: 'nginx', state: {waiting: {reason: 'ContainerCreating'}}}])).status).toBe('ContainerCreating');
	});

	test('a pod with no container status yet shows its phase', () => {
		expect(summarizePod(pod(undefined))).toMatchObject({status: 'Pending', ready: '0/0'});
	});

	test('ready running containers count towards READY and the status is Running', () => {
		const running = {state: {running: {startedAt: new Date('2026-11-22T10:00:05Z')}}, ready: true, restartCount: 1};
		const summary = summarizePod(
			pod(
				[
					{name: 'a', ...running},
					{name: 'b', ...running, restartCount: 2},
				],
				{phase: 'Running'},
				{creationTimestamp: new Date('2026-11-22T10:00:00Z')},
			),
		);
		expect(summary).toMatchObject({ready: '2/2', status: 'Running', restarts: 3, createdAt: '2026-11-22T10:00:00.000Z'});
	});

	test('the first container that waits or ended decides the status', () => {
		const summary = summarizePod(
			pod(
				[
					{name: 'a', state: {waiting: {reason: 'CrashLoopBackOff'}}},
					{name: 'b', state: {terminated: {exitCode: 137, reason: ''}}},
				],
				{phase: 'Running'},
			),
		);
		expect(summary.status).toBe('CrashLoopBackOff');
		expect(summarizePod(pod([{name: 'a', state: {terminated: {exitCode: 0, signal: 9}}}])).status).toBe('Signal:9');
		expect(summarizePod(pod([{name: 'a', state: {terminated: {exitCode: 3}}}])).status).toBe('ExitCode:3');
	});

	test('Completed with a container still running becomes Running when the pod is Ready, NotReady otherwise', () => {
		const statuses = [
			{name: 'a', ready: true, state: {running: {}}},
			{name: 'b', state: {terminated: {exitCode: 0, reason: 'Completed'}}},
		];
		expect(summarizePod(pod(statuses, {phase: 'Running', conditions: [{type: 'Ready', status: 'True'}]})).status).toBe('Running');
		expect(summarizePod(pod(statuses, {phase: 'Running'})).status).toBe('NotReady');
	});

	test('a pod being deleted shows Terminating, unless its node was lost', () => {
		const running = pod([{name: 'a', ready: true, state: {running: {}}}], {phase: 'Running'}, {deletionTimestamp: '2026-11-22T10:05:00Z'});
		expect(summarizePod(running).status).toBe('Terminating');
		expect(summarizePod({...running, status: {...running.status, reason: 'NodeLost'}}).status).toBe('Unknown');
		const done = pod([{name: 'a', state: {terminated: {exitCode: 0, reason: 'Completed'}}}], {phase: 'Succeeded'}, {deletionTimestamp: '2026-11-22T10:05:00Z'});
		expect(summarizePod(done).status).toBe('Completed');
	});

	test('an init container that waits or failed shows Init:<reason>, one still running shows Init:i/n', () => {
		const withInit = (state: object): PodLike => ({
			metadata: {name: 'web'},
			spec: {initContainers: [{name: 'init'}, {name: 'init2'}], containers: [{name: 'app', image}]},
			status: {
				phase: 'Pending',
				initContainerStatuses: [
					{name: 'init', state: {terminated: {exitCode: 0}}},
					{name: 'init2', restartCount: 1, ...state},
				],
				containerStatuses: [{name: 'app', state: {waiting: {reason: 'PodInitializing'}}}],
			},
		});
		expect(summarizePod(withInit({state: {waiting: {reason: 'ImagePullBackOff', message: 'no'}}}))).toMatchObject({
			status: 'Init:ImagePullBackOff',
			message: 'no',
			restarts: 1,
			ready: '0/1',
		});
		expect(summarizePod(withInit({state: {terminated: {exitCode: 1}}})).status).toBe('Init:ExitCode:1');
		expect(summarizePod(withInit({state: {running: {}}})).status).toBe('Init:1/2');
	});

	test('a started sidecar init container counts in READY and its total', () => {
		const summary = summarizePod({
			metadata: {name: 'web'},
			spec: {initContainers: [{name: 'proxy', restartPolicy: 'Always'}], containers: [{name: 'app', image}]},
			status: {
				phase: 'Running',
				conditions: [{type: 'Initialized', status: 'True'}],
				initContainerStatuses: [{name: 'proxy', started: true, ready: true, restartCount: 2, state: {running: {}}}],
				containerStatuses: [{name: 'app', ready: true, state: {running: {}}}],
			},
		});
		expect(summary).toMatchObject({ready: '2/2', status: 'Running', restarts: 2});
	});

	test('a pod held by a scheduling gate shows SchedulingGated', () => {
		expect(summarizePod(pod(undefined, {conditions: [{type: 'PodScheduled', status: 'False', reason: 'SchedulingGated'}]})).status).toBe('SchedulingGated');
	});
});

describe('pod events', () => {
	test('an event keeps its type, reason, message, count and last time', () => {
		expect(summarizeEvent(eventList.items[1] ?? {})).toEqual({
			pod: 'hello-world-6b8f7c9d5-x2kqp',
			type: 'Warning',
			reason: 'Failed',
			message: expect.stringMatching(/^Failed to pull image "myregistry\.azurecr\.io\/hello-world:v1": rpc error/) as string,
			count: 4,
			lastSeen: '2026-11-22T10:01:32.000Z',
		});
	});

	test('an event without lastTimestamp falls back to its eventTime and its series count', () => {
		expect(summarizeEvent({involvedObject: {name: 'p'}, reason: 'Pulled', eventTime: '2026-11-22T10:00:09.123456Z', series: {count: 3}})).toMatchObject({
			type: 'Normal',
			count: 3,
			lastSeen: '2026-11-22T10:00:09.123Z',
		});
	});

	test('the events of the listed pods come latest first, one per event name, with the latest count', () => {
		const pods = [summarizePod(backOffPod)];
		const [pulling] = eventList.items;
		const repeated: EventLike = {...pulling, count: 5, lastTimestamp: '2026-11-22T10:03:00Z'};
		const other: EventLike = {...pulling, metadata: {name: 'other.1'}, involvedObject: {kind: 'Pod', name: 'other-pod'}};
		const events = eventsOfPods(pods, [...eventList.items, other, repeated]);
		expect(events.map((event) => `${event.reason} ${event.count}`)).toEqual(['Pulling 5', 'Failed 6', 'BackOff 6', 'Failed 4', 'Failed 4']);
		expect(events.slice(3).map((event) => event.message)).toEqual(['Error: ErrImagePull', expect.stringMatching(/^Failed to pull image/) as string]);
	});
});
