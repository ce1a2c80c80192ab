/**
 * Watches the pods of a selector and the events of the namespace together, and reports the whole
 * picture (`kubectl get pods` rows and `kubectl describe pod` events) on every change.
 */
import {Watch, type CoreV1Api, type KubeConfig} from '@kubernetes/client-node';
import {eventsOfPods, isoTime, summarizePod, type EventLike, type PodLike} from './pod-summary.js';
import {Reflector} from './client-node-reflector.js';
import type {KubeError, PodsSnapshot, Stop} from './kubernetes.js';

/** What the watch needs of a cluster's clients. */
export type WatchClients = {readonly config: KubeConfig; readonly core: CoreV1Api; readonly server: string};

type Callbacks = {readonly onChange: (snapshot: PodsSnapshot) => void; readonly onError: (error: Error) => void};

/** Pods ordered as `kubectl get pods` lists them: by name. */
function snapshotOf(pods: Iterable<PodLike>, events: Iterable<EventLike>): PodsSnapshot {
	const summaries = [...pods].map(summarizePod).sort((a, b) => a.name.localeCompare(b.name));
	return {pods: summaries, events: eventsOfPods(summaries, [...events])};
}

/** Lists then watches pods matching `labelSelector` and the pod events of `namespace`; `stop()` ends both watches. */
export async function watchPodsAndEvents(clients: WatchClients, namespace: string, labelSelector: string, {onChange, onError}: Callbacks): Promise<Stop> {
	const watch = new Watch(clients.config);
	const base = `/api/v1/namespaces/${encodeURIComponent(namespace)}`;
	let ready = false;
	let failed = false;
	const report = () => {
		if (ready && !failed) onChange(snapshotOf(pods.items.values(), events.items.values()));
	};
	const fatal = (error: KubeError) => {
		if (failed) return;
		failed = true;
		stop();
		onError(error);
	};
	const podQuery: Record<string, string> = labelSelector === '' ? {} : {labelSelector};
	const pods: Reflector<PodLike> = new Reflector<PodLike>({
		watch,
		path: `${base}/pods`,
		query: podQuery,
		list: async () => {
			const list = await clients.core.listNamespacedPod({namespace, ...podQuery});
			return {items: list.items, resourceVersion: list.metadata?.resourceVersion ?? ''};
		},
		server: clients.server,
		onChange: report,
		onFatal: fatal,
	});
	const eventQuery = {fieldSelector: 'involvedObject.kind=Pod'};
	const events: Reflector<EventLike & {metadata?: {name?: string; resourceVersion?: string}}> = new Reflector({
		watch,
		path: `${base}/events`,
		query: eventQuery,
		list: async () => {
			const list = await clients.core.listNamespacedEvent({namespace, ...eventQuery});
			// Listed events arrive in storage order; put them in time order so the latest wins a tie.
			const items = [...list.items].sort((a, b) => (isoTime(a.lastTimestamp ?? a.eventTime) ?? '').localeCompare(isoTime(b.lastTimestamp ?? b.eventTime) ?? ''));
			return {items, resourceVersion: list.metadata?.resourceVersion ?? ''};
		},
		server: clients.server,
		onChange: report,
		onFatal: fatal,
	});
	const stop = () => {
		pods.stop();
		events.stop();
	};
	try {
		await Promise.all([pods.start(), events.start()]);
	} catch (error) {
		stop();
		throw error;
	}
	ready = true;
	report();
	return stop;
}
