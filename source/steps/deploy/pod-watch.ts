/**
 * One live watch of the sample's pods: every snapshot is diagnosed and handed on, and the
 * step can wait for a condition (all running, a new failure) without polling.
 */
import type {KubeCluster, PodsSnapshot, Stop} from '../../kubernetes/kubernetes.js';
import type {PodSummary} from '../../wizard/types.js';
import {diagnose, isReady, type Diagnosis, type DiagnosisFacts} from '../../diagnosis/classify.js';

/** What the watch knows now. */
export type WatchState = {
	readonly snapshot: PodsSnapshot;
	readonly diagnosis?: Diagnosis;
	/** All expected replicas are Running and ready, and no other pod is failing. */
	readonly running: boolean;
	/** The watch broke. */
	readonly failure?: Error;
};

/** A watch the step can read and wait on. */
export type PodWatch = {
	state(): WatchState;
	/** Resolves once `test` holds (now or after a later snapshot), or when `signal` aborts. */
	until(test: (state: WatchState) => boolean, signal?: AbortSignal): Promise<void>;
	/** Diagnoses the last snapshot again: the facts it works from were read anew. */
	rediagnose(): void;
	stop(): void;
};

/** What to watch. */
export type WatchSpec = {
	readonly cluster: KubeCluster;
	readonly namespace: string;
	readonly labelSelector: string;
	readonly expected: number;
	readonly facts: DiagnosisFacts;
	/** Which of the selected pods are the workload's. */
	readonly belongs?: (pod: PodSummary) => boolean;
	/** Which ReplicaSets are the workload's (their FailedCreate events are its refusals); none when absent. */
	readonly owns?: (replicaSet: string) => boolean;
	/** Called on every snapshot, after diagnosis (the step puts it in the store). */
	readonly onUpdate: (state: WatchState) => void;
};

/** Whether the pods are all up: at least `expected` ready, and none other still coming up or failing. */
export function allRunning(pods: readonly PodSummary[], expected: number): boolean {
	const live = pods.filter((pod) => pod.status !== 'Terminating');
	const ready = live.filter(isReady).length;
	return ready >= expected && ready === live.length;
}

/** How many failed pulls the most-tried pod has had: grows once per kubelet retry. */
export function failedPulls(snapshot: PodsSnapshot): number {
	const perPod = new Map<string, number>();
	for (const event of snapshot.events) {
		if (event.type !== 'Warning' || !event.message.startsWith('Failed to pull image')) continue;
		perPod.set(event.pod, (perPod.get(event.pod) ?? 0) + event.count);
	}
	return Math.max(0, ...perPod.values());
}

type Waiter = {readonly test: (state: WatchState) => boolean; readonly resolve: () => void};

/** Starts the watch; the first snapshot arrives through `onUpdate` like every later one. */
export async function openPodWatch(spec: WatchSpec): Promise<PodWatch> {
	let current: WatchState = {snapshot: {pods: [], events: []}, running: false};
	const waiters = new Set<Waiter>();
	const publish = (next: WatchState) => {
		current = next;
		spec.onUpdate(next);
		for (const waiter of [...waiters]) {
			if (!waiter.test(next)) continue;
			waiters.delete(waiter);
			waiter.resolve();
		}
	};
	const onChange = (all: PodsSnapshot) => {
		const pods = spec.belongs ? all.pods.filter(spec.belongs) : all.pods;
		const names = new Set(pods.map((pod) => pod.name));
		const refusals = (all.refusals ?? []).filter((event) => spec.owns?.(event.pod) === true);
		const snapshot = {pods, events: all.events.filter((event) => names.has(event.pod)), ...(refusals.length > 0 ? {refusals} : {})};
		publish({snapshot, diagnosis: diagnose(snapshot, spec.facts), running: allRunning(pods, spec.expected)});
	};
	const onError = (failure: Error) => publish({...current, failure});
	const stop: Stop = await spec.cluster.watchPods(spec.namespace, spec.labelSelector, onChange, onError);
	let stopped = false;
	return {
		state: () => current,
		until: async (test, signal) =>
			new Promise<void>((resolve) => {
				if (test(current) || signal?.aborted) {
					resolve();
					return;
				}
				const waiter: Waiter = {test, resolve: () => (signal?.removeEventListener('abort', leave), resolve())};
				const leave = () => (waiters.delete(waiter), resolve());
				waiters.add(waiter);
				signal?.addEventListener('abort', leave, {once: true});
			}),
		rediagnose() {
			if (!stopped) publish({...current, diagnosis: diagnose(current.snapshot, spec.facts)});
		},
		stop() {
			if (stopped) return;
			stopped = true;
			stop();
			// Nobody waits on a stopped watch: release any waiter still there.
			for (const waiter of waiters) waiter.resolve();
			waiters.clear();
		},
	};
}
