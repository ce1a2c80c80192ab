/**
 * Pure: a pod as the API returns it → the row `kubectl get pods` prints (READY, STATUS, RESTARTS),
 * following kubectl's `printPod`; and an event → the line `kubectl describe pod` lists.
 */
import type {PodEvent, PodSummary} from './kubernetes.js';

/** A timestamp as JSON carries it (string) or as @kubernetes/client-node deserializes it (Date). */
export type Timestamp = string | Date;

type ContainerState = {
	readonly waiting?: {readonly reason?: string; readonly message?: string};
	readonly running?: {readonly startedAt?: Timestamp};
	readonly terminated?: {readonly reason?: string; readonly message?: string; readonly exitCode?: number; readonly signal?: number};
};

/** The fields of a container status that kubectl reads. */
export type ContainerStatusLike = {
	readonly name: string;
	readonly ready?: boolean;
	readonly started?: boolean;
	readonly restartCount?: number;
	readonly state?: ContainerState;
};

/** The fields of a V1Pod that kubectl's pod printer reads. */
export type PodLike = {
	readonly metadata?: {readonly name?: string; readonly namespace?: string; readonly creationTimestamp?: Timestamp; readonly deletionTimestamp?: Timestamp};
	readonly spec?: {
		readonly containers?: ReadonlyArray<{readonly name: string; readonly image?: string}>;
		readonly initContainers?: ReadonlyArray<{readonly name: string; readonly restartPolicy?: string}>;
	};
	readonly status?: {
		readonly phase?: string;
		readonly reason?: string;
		readonly conditions?: ReadonlyArray<{readonly type: string; readonly status: string; readonly reason?: string}>;
		readonly initContainerStatuses?: readonly ContainerStatusLike[];
		readonly containerStatuses?: readonly ContainerStatusLike[];
	};
};

/** The fields of a core/v1 Event that `kubectl describe` shows. */
export type EventLike = {
	readonly metadata?: {readonly name?: string; readonly creationTimestamp?: Timestamp};
	readonly involvedObject?: {readonly kind?: string; readonly name?: string};
	readonly type?: string;
	readonly reason?: string;
	readonly message?: string;
	readonly count?: number;
	readonly series?: {readonly count?: number; readonly lastObservedTime?: Timestamp};
	readonly firstTimestamp?: Timestamp;
	readonly lastTimestamp?: Timestamp;
	readonly eventTime?: Timestamp;
};

type Row = {reason: string; ready: number; restarts: number; message?: string};

/** Turns a timestamp into ISO text, whichever form it came in. */
export function isoTime(value: Timestamp | null | undefined): string | undefined {
	if (value === undefined || value === null) return undefined;
	const date = value instanceof Date ? value : new Date(value);
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Summarises a pod exactly as `kubectl get pods` computes READY, STATUS and RESTARTS. */
export function summarizePod(pod: PodLike): PodSummary {
	const initContainers = pod.spec?.initContainers ?? [];
	const sidecars = new Set(initContainers.filter((container) => container.restartPolicy === 'Always').map((container) => container.name));
	const total = (pod.spec?.containers?.length ?? 0) + sidecars.size;
	const init = readInitContainers(pod, sidecars);
	let row: Row = init.row;
	if (!init.initializing || hasCondition(pod, 'Initialized')) row = readContainers(pod, {...init.row, restarts: init.sidecarRestarts});
	const reason = terminatingReason(pod) ?? row.reason;
	const createdAt = isoTime(pod.metadata?.creationTimestamp);
	return {
		name: pod.metadata?.name ?? '',
		namespace: pod.metadata?.namespace ?? '',
		ready: `${row.ready}/${total}`,
		status: reason,
		restarts: row.restarts,
		...(createdAt === undefined ? {} : {createdAt}),
		images: (pod.spec?.containers ?? []).map((container) => container.image ?? ''),
		...(row.message === undefined ? {} : {message: row.message}),
	};
}

function initialReason(pod: PodLike): string {
	let reason = pod.status?.reason || pod.status?.phase || '';
	const gated = pod.status?.conditions?.some((condition) => condition.type === 'PodScheduled' && condition.reason === 'SchedulingGated');
	if (gated) reason = 'SchedulingGated';
	return reason;
}

/** kubectl's init-container loop: stops at the first init container that is not done. */
function readInitContainers(pod: PodLike, sidecars: ReadonlySet<string>): {row: Row; initializing: boolean; sidecarRestarts: number} {
	const row: Row = {reason: initialReason(pod), ready: 0, restarts: 0};
	let sidecarRestarts = 0;
	const statuses = pod.status?.initContainerStatuses ?? [];
	const count = pod.spec?.initContainers?.length ?? 0;
	for (const [index, container] of statuses.entries()) {
		row.restarts += container.restartCount ?? 0;
		const isSidecar = sidecars.has(container.name);
		if (isSidecar) sidecarRestarts += container.restartCount ?? 0;
		const {terminated, waiting} = container.state ?? {};
		if (terminated && (terminated.exitCode ?? 0) === 0) continue;
		if (isSidecar && container.started === true) {
			if (container.ready === true) row.ready++;
			continue;
		}
		if (terminated) row.reason = terminated.reason ? `Init:${terminated.reason}` : `Init:${exitText(terminated)}`;
		else if (waiting?.reason && waiting.reason !== 'PodInitializing') row.reason = `Init:${waiting.reason}`;
		else row.reason = `Init:${index}/${count}`;
		row.message = terminated?.message ?? waiting?.message;
		return {row, initializing: true, sidecarRestarts};
	}
	return {row, initializing: false, sidecarRestarts};
}

/** kubectl's app-container loop: walks from the last container so the first one's reason wins. */
function readContainers(pod: PodLike, start: Row): Row {
	const row: Row = {reason: start.reason, ready: start.ready, restarts: start.restarts};
	let hasRunning = false;
	const statuses = pod.status?.containerStatuses ?? [];
	for (const container of [...statuses].reverse()) {
		row.restarts += container.restartCount ?? 0;
		const {waiting, terminated, running} = container.state ?? {};
		if (waiting?.reason) {
			row.reason = waiting.reason;
			row.message = waiting.message;
		} else if (terminated) {
			row.reason = terminated.reason || exitText(terminated);
			row.message = terminated.message;
		} else if (container.ready === true && running) {
			hasRunning = true;
			row.ready++;
		}
	}
	if (row.reason === 'Completed' && hasRunning) row.reason = hasCondition(pod, 'Ready') ? 'Running' : 'NotReady';
	return row;
}

function exitText(terminated: NonNullable<ContainerState['terminated']>): string {
	return terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode ?? 0}`;
}

function hasCondition(pod: PodLike, type: string): boolean {
	return pod.status?.conditions?.some((condition) => condition.type === type && condition.status === 'True') === true;
}

function terminatingReason(pod: PodLike): string | undefined {
	if (pod.metadata?.deletionTimestamp === undefined || pod.metadata.deletionTimestamp === null) return undefined;
	if (pod.status?.reason === 'NodeLost') return 'Unknown';
	const phase = pod.status?.phase;
	return phase === 'Succeeded' || phase === 'Failed' ? undefined : 'Terminating';
}

/** When an event was last seen: lastTimestamp, else the series' or the event's own time, else its creation. */
export function eventTime(event: EventLike): string | undefined {
	return isoTime(event.lastTimestamp) ?? isoTime(event.series?.lastObservedTime) ?? isoTime(event.eventTime) ?? isoTime(event.metadata?.creationTimestamp);
}

/** Turns a core/v1 event about a pod into the line `kubectl describe pod` shows. */
export function summarizeEvent(event: EventLike): PodEvent {
	const lastSeen = eventTime(event);
	return {
		pod: event.involvedObject?.name ?? '',
		type: event.type === 'Warning' ? 'Warning' : 'Normal',
		reason: event.reason ?? '',
		message: (event.message ?? '').trim(),
		count: event.count ?? event.series?.count ?? 1,
		...(lastSeen === undefined ? {} : {lastSeen}),
	};
}

/**
 * The events of `pods`, one per event name (the API keeps one object per repeated event and
 * bumps its count), latest first. `events` come in the order they were received.
 */
export function eventsOfPods(pods: readonly PodSummary[], events: readonly EventLike[]): PodEvent[] {
	const names = new Set(pods.map((pod) => pod.name));
	const latest = new Map<string, EventLike>();
	for (const event of events) {
		if (event.involvedObject?.kind !== undefined && event.involvedObject.kind !== 'Pod') continue;
		if (!names.has(event.involvedObject?.name ?? '')) continue;
		const key = event.metadata?.name ?? `${event.involvedObject?.name ?? ''}/${event.reason ?? ''}/${event.message ?? ''}`;
		latest.delete(key);
		latest.set(key, event);
	}
	// Newest arrivals first, so that a stable sort keeps them ahead of older events seen in the same second.
	const summaries = [...latest.values()].reverse().map(summarizeEvent);
	return summaries.sort((a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''));
}
