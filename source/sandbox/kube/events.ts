import type {SandboxClock} from '../contracts.js';
import {timestamp, type ObjectStore} from './store.js';
import type {KubeObject} from './types.js';

/** One event to record about a pod. */
export type PodEvent = {
	type: 'Normal' | 'Warning';
	reason: string;
	message: string;
	/** `spec.containers{name}` for container events. */
	fieldPath?: string;
	component: 'kubelet' | 'default-scheduler' | 'persistentvolume-controller' | 'replicaset-controller';
	host?: string;
};

/** Records core/v1 Events like the kubelet's recorder (about a pod or any other object): a repeat bumps `count` and `lastTimestamp`. */
export class EventRecorder {
	private readonly names = new Map<string, string>();
	private sequence = 0;

	constructor(
		private readonly store: ObjectStore,
		private readonly clock: SandboxClock,
	) {}

	/** Creates the event, or updates the identical earlier one. */
	record(pod: KubeObject, event: PodEvent): void {
		const namespace = pod.metadata.namespace ?? 'default';
		const dedupeKey = [pod.metadata.uid, event.fieldPath ?? '', event.type, event.reason, event.message].join('\u0000');
		const now = timestamp(this.clock.now());
		const existingName = this.names.get(dedupeKey);
		const existing = existingName === undefined ? undefined : this.store.find('events', namespace, existingName);
		if (existing) {
			this.store.update('events', {...existing, count: Number(existing.count ?? 1) + 1, lastTimestamp: now});
			return;
		}
		const name = `${pod.metadata.name}.${this.nextSuffix()}`;
		this.names.set(dedupeKey, name);
		this.store.create('events', {
			apiVersion: 'v1',
			kind: 'Event',
			metadata: {name, namespace},
			involvedObject: {
				kind: pod.kind || 'Pod',
				namespace,
				name: pod.metadata.name,
				uid: pod.metadata.uid,
				apiVersion: pod.apiVersion || 'v1',
				resourceVersion: pod.metadata.resourceVersion,
				...(event.fieldPath === undefined ? {} : {fieldPath: event.fieldPath}),
			},
			reason: event.reason,
			message: event.message,
			source: {component: event.component, ...(event.host === undefined ? {} : {host: event.host})},
			firstTimestamp: now,
			lastTimestamp: now,
			count: 1,
			type: event.type,
			eventTime: null,
			reportingComponent: event.component,
			reportingInstance: event.host ?? '',
		});
	}

	/** Forgets the dedupe keys of a deleted pod. */
	forget(uid: string): void {
		for (const dedupeKey of this.names.keys()) if (dedupeKey.startsWith(`${uid}\u0000`)) this.names.delete(dedupeKey);
	}

	private nextSuffix(): string {
		const nanos = BigInt(this.clock.now().getTime()) * 1_000_000n + BigInt(++this.sequence);
		return nanos.toString(16).padStart(16, '0');
	}
}
