/**
 * Watches the pods of a selector and the events of the namespace together, and reports the whole
 * picture (`kubectl get pods` rows and `kubectl describe pod` events) on every change.
 */
import {Watch, type KubeConfig} from '@kubernetes/client-node';
import type {CoreApi} from './client-node-api.js';
import {eventsOfPods, isoTime, summarizeEvent, summarizePod, type EventLike, type PodLike} from './pod-summary.js';
import {Reflector, type WatchLike} from './client-node-reflector.js';
import type {KubeError, PodsSnapshot, Stop} from './kubernetes.js';

/** What the watch needs of a cluster's clients. */
export type WatchClients = {readonly config: KubeConfig; readonly core: CoreApi; readonly server: string};

type Callbacks = {readonly onChange: (snapshot: PodsSnapshot) => void; readonly onError: (error: Error) => void};

/** Pods ordered as `kubectl get pods` lists them: by name; the ReplicaSets' refusals to create pods, newest first. */
function snapshotOf(pods: Iterable<PodLike>, events: Iterable<EventLike>, replicaSetEvents: Iterable<EventLike>): PodsSnapshot {
	const summaries = [...pods].map(summarizePod).sort((a, b) => a.name.localeCompare(b.name));
	const refusals = [...replicaSetEvents]
		.filter((event) => event.reason === 'FailedCreate')
		.map(summarizeEvent)
		.sort((a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''));
	return {pods: summaries, events: eventsOfPods(summaries, [...events]), ...(refusals.length > 0 ? {refusals} : {})};
}

type Listener = {readonly onChange: () => void; readonly onFatal: (error: KubeError) => void};
type EventItem = EventLike & {readonly metadata?: {readonly name?: string; readonly resourceVersion?: string}};

const basePath = (namespace: string) => `/api/v1/namespaces/${encodeURIComponent(namespace)}`;

function podReflector(clients: WatchClients, watch: WatchLike, target: {namespace: string; labelSelector: string}, listener: Listener): Reflector<PodLike> {
	const {namespace, labelSelector} = target;
	const query: Record<string, string> = labelSelector === '' ? {} : {labelSelector};
	const list = async () => {
		const listed = await clients.core.listNamespacedPod({namespace, ...query});
		return {items: listed.items, resourceVersion: listed.metadata?.resourceVersion ?? ''};
	};
	return new Reflector<PodLike>({watch, path: `${basePath(namespace)}/pods`, query, list, server: clients.server, ...listener});
}

function eventReflector(
	clients: WatchClients,
	watch: WatchLike,
	namespace: string,
	listener: Listener,
	kind: 'Pod' | 'ReplicaSet' = 'Pod',
): Reflector<EventItem> {
	const query = {fieldSelector: `involvedObject.kind=${kind}`};
	const time = (event: EventItem) => isoTime(event.lastTimestamp ?? event.eventTime) ?? '';
	const list = async () => {
		const listed = await clients.core.listNamespacedEvent({namespace, ...query});
		// Listed events come in storage order; put them in time order so that the latest wins a tie.
		return {items: [...listed.items].sort((a, b) => time(a).localeCompare(time(b))), resourceVersion: listed.metadata?.resourceVersion ?? ''};
	};
	return new Reflector<EventItem>({watch, path: `${basePath(namespace)}/events`, query, list, server: clients.server, ...listener});
}

/** At most one snapshot per this many ms (a frame at 60 fps), so a thousand pods starting make a snapshot per frame, not one per event. */
export const snapshotBatchMs = 16;

/**
 * Up to this many pods, every change is reported as it comes: gathering is for the hundreds, and a handful would only
 * wait for the frame (the last pod's Running, the end of the wait, held up to 16 ms).
 */
export const reportedOneByOne = 20;

/** How long a change waits before its snapshot: none for a few pods or after a quiet frame, else until the frame ends. */
export function reportDelay(pods: number, reportedAt: number, now: number): number {
	return pods <= reportedOneByOne ? 0 : Math.max(0, reportedAt + snapshotBatchMs - now);
}

/**
 * Lists then watches pods matching `labelSelector` and the pod events of `namespace`; `stop()` ends both watches.
 * A change after a quiet frame, or while the pods are few, is reported at once (so a pod that goes and comes back is
 * seen gone); with many pods, changes within a frame of the last snapshot are gathered into one at the end of that frame.
 */
export async function watchPodsAndEvents(clients: WatchClients, namespace: string, labelSelector: string, {onChange, onError}: Callbacks): Promise<Stop> {
	const watch = new Watch(clients.config);
	let ready = false;
	let failed = false;
	let batch: NodeJS.Timeout | undefined;
	let reportedAt = Number.NEGATIVE_INFINITY;
	const report = () => {
		batch = undefined;
		reportedAt = performance.now();
		if (ready && !failed) onChange(snapshotOf(pods.items.values(), events.items.values(), replicaSetEvents.items.values()));
	};
	const listener: Listener = {
		onChange: () => {
			if (!ready || failed || batch) return;
			const wait = reportDelay(pods.items.size, reportedAt, performance.now());
			if (wait <= 0) report();
			else batch = setTimeout(report, wait);
		},
		onFatal: (error) => {
			if (failed) return;
			failed = true;
			stop();
			onError(error);
		},
	};
	const pods = podReflector(clients, watch, {namespace, labelSelector}, listener);
	const events = eventReflector(clients, watch, namespace, listener);
	// The ReplicaSet controller's FailedCreate: a Deployment whose pods admission refuses has no pod to show.
	const replicaSetEvents = eventReflector(clients, watch, namespace, listener, 'ReplicaSet');
	const stop = () => {
		clearTimeout(batch);
		batch = undefined;
		pods.stop();
		events.stop();
		replicaSetEvents.stop();
	};
	try {
		await Promise.all([pods.start(), events.start(), replicaSetEvents.start()]);
	} catch (error) {
		stop();
		throw error;
	}
	ready = true;
	report();
	return stop;
}
