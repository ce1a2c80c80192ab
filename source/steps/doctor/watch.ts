/**
 * Doctor's live watch of the examined pods, through the cluster's watch (list then watch, no polling): one watch
 * per workload (its label selector) or bare pod, the pictures merged for the pod inspector, and whether every
 * watched workload runs again (the fix worked). With nothing examined (a sound report), the target's namespace.
 */
import type {KubeCluster, PodEvent, PodSummary, Stop} from '../../kubernetes/kubernetes.js';
import {isReady} from '../../diagnosis/classify.js';

/** One thing to watch: a workload's pods (by selector), or one bare pod (by name). */
export type WatchTarget = {readonly namespace: string; readonly selector: string; readonly pod?: string};

/** The merged picture: the pods (by namespace, then name) and their events. */
export type DoctorPicture = {readonly pods: readonly PodSummary[]; readonly events: readonly PodEvent[]};

/** The workloads and bare pods of the report, each once; the target's namespace (else `fallback`) when there is none. */
export function watchTargets(
	pods: ReadonlyArray<{readonly namespace: string; readonly name: string; readonly selector?: string}>,
	namespace: string | undefined,
	fallback: string,
	selector?: string,
): WatchTarget[] {
	const targets = new Map<string, WatchTarget>();
	for (const pod of pods) {
		const target: WatchTarget = pod.selector ? {namespace: pod.namespace, selector: pod.selector} : {namespace: pod.namespace, selector: '', pod: pod.name};
		targets.set(`${target.namespace}|${target.selector}|${target.pod ?? ''}`, target);
	}
	if (targets.size === 0) targets.set('namespace', {namespace: namespace ?? fallback, selector: selector ?? ''});
	return [...targets.values()];
}

/** Whether every watched workload has pods and all of them (not terminating) are running and ready. */
export function allRecovered(pictures: ReadonlyArray<DoctorPicture | undefined>): boolean {
	return pictures.every((picture) => {
		const live = (picture?.pods ?? []).filter((pod) => pod.status !== 'Terminating');
		return live.length > 0 && live.every(isReady);
	});
}

/** A live watch of the targets: each change merged and handed to `onPicture`; `recovered` resolves once all run. */
export type DoctorWatch = {readonly recovered: Promise<void>; stop(): void};

/** Opens the watches; a watch that breaks reports through `onError` (the others go on). */
export async function openDoctorWatch(
	cluster: KubeCluster,
	targets: readonly WatchTarget[],
	onPicture: (picture: DoctorPicture) => void,
	onError: (error: Error) => void,
): Promise<DoctorWatch> {
	const pictures: Array<DoctorPicture | undefined> = targets.map(() => undefined);
	let resolve: () => void = () => undefined;
	const recovered = new Promise<void>((done) => {
		resolve = done;
	});
	const publish = () => {
		const pods = pictures.flatMap((picture) => picture?.pods ?? []).sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
		onPicture({pods, events: pictures.flatMap((picture) => picture?.events ?? [])});
		if (allRecovered(pictures)) resolve();
	};
	const stops: Stop[] = [];
	try {
		for (const [index, target] of targets.entries()) {
			stops.push(
				await cluster.watchPods(
					target.namespace,
					target.selector,
					(snapshot) => {
						const pods = target.pod === undefined ? snapshot.pods : snapshot.pods.filter((pod) => pod.name === target.pod);
						const names = new Set(pods.map((pod) => pod.name));
						pictures[index] = {pods, events: snapshot.events.filter((event) => names.has(event.pod))};
						publish();
					},
					onError,
				),
			);
		}
	} catch (error) {
		for (const stop of stops) stop();
		throw error;
	}
	return {
		recovered,
		stop: () => {
			for (const stop of stops) stop();
		},
	};
}
