import {randomBytes} from 'node:crypto';
import {timestamp} from './store.js';
import {isObject, type JsonObject, type Pod} from './types.js';

/** What the kubelet knows about one container. */
export type ContainerState =
	| {kind: 'creating'}
	| {kind: 'running'; startedAt: string; containerID: string; imageID: string; ready?: boolean}
	| {kind: 'waiting'; reason: string; message: string}
	| {kind: 'terminated'; exitCode: number; startedAt: string; finishedAt: string; containerID: string; imageID: string};

/** A running container's state with fresh ids. */
export function runningState(image: string, digest: string, now: Date): ContainerState {
	const repository = image.split('@')[0]?.replace(/:[^/:]+$/, '') ?? image;
	return {kind: 'running', startedAt: timestamp(now), containerID: `containerd://${randomBytes(32).toString('hex')}`, imageID: `${repository}@${digest}`};
}

function condition(type: string, isTrue: boolean, at: string, notReady?: string[]): JsonObject {
	const base: JsonObject = {type, status: isTrue ? 'True' : 'False', lastProbeTime: null, lastTransitionTime: at};
	if (!isTrue && notReady) return {...base, reason: 'ContainersNotReady', message: `containers with unready status: [${notReady.join(' ')}]`};
	return base;
}

function previousTransition(pod: Pod, type: string, status: string): string | undefined {
	const conditions = Array.isArray(pod.status.conditions) ? pod.status.conditions.filter(isObject) : [];
	const found = conditions.find((item) => item.type === type && item.status === status);
	return typeof found?.lastTransitionTime === 'string' ? found.lastTransitionTime : undefined;
}

/** Pod status with nodeName set and only PodScheduled true, as right after binding. */
export function scheduledStatus(pod: Pod, now: Date): JsonObject {
	return {phase: 'Pending', conditions: [condition('PodScheduled', true, timestamp(now))], qosClass: pod.status.qosClass ?? 'BestEffort'};
}

/** Full pod status computed from the container states (phase, conditions, containerStatuses). */
export function podStatusFor(pod: Pod, states: Map<string, ContainerState>, now: Date, hostIP: string, podIP: string): JsonObject {
	const at = timestamp(now);
	const isReady = (state: ContainerState | undefined) => state?.kind === 'running' && state.ready !== false;
	const notReady = pod.spec.containers.filter((container) => !isReady(states.get(container.name))).map((container) => container.name);
	const ready = notReady.length === 0;
	const ended = pod.spec.containers.map((container) => states.get(container.name)).filter((state) => state?.kind === 'terminated');
	// Every container ended (a pod that does not restart them): Succeeded when all exited 0, else Failed.
	const finished = ended.length === pod.spec.containers.length && ended.length > 0;
	const succeeded = ended.every((state) => state?.kind === 'terminated' && state.exitCode === 0);
	const keep = (type: string, isTrue: boolean) => previousTransition(pod, type, isTrue ? 'True' : 'False') ?? at;
	const startTime = typeof pod.status.startTime === 'string' ? pod.status.startTime : at;
	return {
		phase: finished
			? succeeded
				? 'Succeeded'
				: 'Failed'
			: pod.spec.containers.every((container) => states.get(container.name)?.kind === 'running')
				? 'Running'
				: 'Pending',
		conditions: [
			condition('PodReadyToStartContainers', true, keep('PodReadyToStartContainers', true)),
			condition('Initialized', true, keep('Initialized', true)),
			finished ? {...condition('Ready', false, keep('Ready', false)), reason: 'PodCompleted'} : condition('Ready', ready, keep('Ready', ready), notReady),
			finished
				? {...condition('ContainersReady', false, keep('ContainersReady', false)), reason: 'PodCompleted'}
				: condition('ContainersReady', ready, keep('ContainersReady', ready), notReady),
			condition('PodScheduled', true, keep('PodScheduled', true)),
		],
		hostIP,
		hostIPs: [{ip: hostIP}],
		podIP,
		podIPs: [{ip: podIP}],
		startTime,
		containerStatuses: pod.spec.containers.map((container) =>
			containerStatus(container.name, container.image, states.get(container.name) ?? {kind: 'creating'}),
		),
		qosClass: pod.status.qosClass ?? 'BestEffort',
	};
}

function containerStatus(name: string, image: string, state: ContainerState): JsonObject {
	const common = {name, lastState: {}, restartCount: 0, image};
	switch (state.kind) {
		case 'running':
			return {
				...common,
				state: {running: {startedAt: state.startedAt}},
				ready: state.ready !== false,
				imageID: state.imageID,
				containerID: state.containerID,
				started: true,
			};
		case 'waiting':
			return {...common, state: {waiting: {reason: state.reason, message: state.message}}, ready: false, imageID: '', started: false};
		case 'terminated':
			return {
				...common,
				state: {
					terminated: {
						exitCode: state.exitCode,
						reason: state.exitCode === 0 ? 'Completed' : 'Error',
						startedAt: state.startedAt,
						finishedAt: state.finishedAt,
						containerID: state.containerID,
					},
				},
				ready: false,
				imageID: state.imageID,
				containerID: state.containerID,
				started: false,
			};
		case 'creating':
			return {...common, state: {waiting: {reason: 'ContainerCreating'}}, ready: false, imageID: '', started: false};
	}
}
