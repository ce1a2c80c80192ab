import {randomUUID} from 'node:crypto';
import type {SandboxClock} from '../contracts.js';
import {alreadyExists, conflict, expired, notFound} from './status.js';
import {apiVersionOf, resourceType} from './resources.js';
import {clone, type KubeObject} from './types.js';

/** A change to a stored object, as a watch reports it. */
export type StoreEvent = {type: 'ADDED' | 'MODIFIED' | 'DELETED'; resource: string; object: KubeObject; resourceVersion: number};

/** Listener for store changes. */
export type StoreListener = (event: StoreEvent) => void;

const historyLimit = 20_000;

/** In-memory object storage with a cluster-wide resourceVersion counter and change history. */
export class ObjectStore {
	private readonly objects = new Map<string, KubeObject>();
	private readonly listeners = new Set<StoreListener>();
	private readonly history: StoreEvent[] = [];
	private counter = 1000;

	constructor(private readonly clock: SandboxClock) {}

	/** The newest resourceVersion handed out. */
	get resourceVersion(): number {
		return this.counter;
	}

	/** A copy of one object, or undefined. */
	find(resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
		const found = this.objects.get(key(resource, namespace, name));
		return found ? clone(found) : undefined;
	}

	/** A copy of one object, or a 404 Status error. */
	get(resource: string, namespace: string | undefined, name: string): KubeObject {
		const found = this.find(resource, namespace, name);
		if (!found) throw notFound(resource, resourceType(resource).group, name);
		return found;
	}

	/** Copies of all objects of a resource, in one namespace or all, sorted by namespace and name. */
	list(resource: string, namespace?: string): KubeObject[] {
		const prefix = namespace === undefined ? `${resource}/` : `${resource}/${namespace}/`;
		return [...this.objects.entries()]
			.filter(([objectKey]) => objectKey.startsWith(prefix))
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([, object]) => clone(object));
	}

	/** Stores a new object (uid, resourceVersion, creationTimestamp filled in) or throws 409 AlreadyExists. */
	create(resource: string, input: KubeObject): KubeObject {
		const type = resourceType(resource);
		const namespace = type.namespaced ? input.metadata.namespace : undefined;
		const objectKey = key(resource, namespace, input.metadata.name);
		if (this.objects.has(objectKey)) throw alreadyExists(resource, type.group, input.metadata.name);
		const object = clone(input);
		object.apiVersion = apiVersionOf(type);
		object.kind = type.kind;
		object.metadata.uid = randomUUID();
		object.metadata.creationTimestamp ??= timestamp(this.clock.now());
		return this.write(resource, objectKey, object, 'ADDED');
	}

	/** Replaces an existing object; a set, stale resourceVersion gives 409 Conflict. */
	update(resource: string, input: KubeObject): KubeObject {
		const type = resourceType(resource);
		const namespace = type.namespaced ? input.metadata.namespace : undefined;
		const objectKey = key(resource, namespace, input.metadata.name);
		const existing = this.objects.get(objectKey);
		if (!existing) throw notFound(resource, type.group, input.metadata.name);
		const requested = input.metadata.resourceVersion;
		if (requested !== undefined && requested !== '' && requested !== existing.metadata.resourceVersion) {
			throw conflict(resource, type.group, input.metadata.name);
		}
		const object = clone(input);
		object.apiVersion = apiVersionOf(type);
		object.kind = type.kind;
		object.metadata.uid = existing.metadata.uid;
		object.metadata.creationTimestamp = existing.metadata.creationTimestamp;
		if (JSON.stringify(withoutVersion(object)) === JSON.stringify(withoutVersion(existing))) return clone(existing);
		return this.write(resource, objectKey, object, 'MODIFIED');
	}

	/** Removes an object and returns its last state, or throws 404. */
	delete(resource: string, namespace: string | undefined, name: string): KubeObject {
		const type = resourceType(resource);
		const objectKey = key(resource, type.namespaced ? namespace : undefined, name);
		const existing = this.objects.get(objectKey);
		if (!existing) throw notFound(resource, type.group, name);
		this.objects.delete(objectKey);
		const object = clone(existing);
		object.metadata.resourceVersion = String(++this.counter);
		this.emit({type: 'DELETED', resource, object, resourceVersion: this.counter});
		return clone(object);
	}

	/** Events after `since` for a resource, or 410 Expired when history no longer reaches back that far. */
	eventsSince(resource: string, since: number): StoreEvent[] {
		const oldest = this.history[0];
		if (oldest && since < oldest.resourceVersion - 1 && this.history.length >= historyLimit) {
			throw expired(String(since), String(oldest.resourceVersion));
		}
		return this.history
			.filter((event) => event.resource === resource && event.resourceVersion > since)
			.map((event) => ({...event, object: clone(event.object)}));
	}

	/** Subscribes to every change; returns the unsubscribe function. */
	subscribe(listener: StoreListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private write(resource: string, objectKey: string, object: KubeObject, type: 'ADDED' | 'MODIFIED'): KubeObject {
		object.metadata.resourceVersion = String(++this.counter);
		this.objects.set(objectKey, object);
		this.emit({type, resource, object: clone(object), resourceVersion: this.counter});
		return clone(object);
	}

	private emit(event: StoreEvent): void {
		this.history.push(event);
		if (this.history.length > historyLimit) this.history.shift();
		for (const listener of this.listeners) listener({...event, object: clone(event.object)});
	}
}

function key(resource: string, namespace: string | undefined, name: string): string {
	return `${resource}/${namespace ?? ''}/${name}`;
}

function withoutVersion(object: KubeObject): KubeObject {
	return {...object, metadata: {...object.metadata, resourceVersion: ''}};
}

/** RFC 3339 with seconds, as the apiserver writes timestamps. */
export function timestamp(date: Date): string {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
