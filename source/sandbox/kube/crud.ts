import {parse as parseYaml} from 'yaml';
import {admitCreate, admitUpdate} from './admission.js';
import type {ServerContext} from './context.js';
import {podSecurityWarnings} from './pod-security.js';
import {jsonPatch, mergePatch, strategicMergePatch} from './patch.js';
import type {ResourceType} from './resources.js';
import {parseFieldSelector, parseLabelSelector} from './selectors.js';
import {badRequest, notFound, StatusError, unsupportedMediaType} from './status.js';
import {timestamp} from './store.js';
import {clone, isObject, type KubeObject} from './types.js';

/** The object a request addresses: a type, maybe a namespace, maybe a name. */
export type Target = {type: ResourceType; namespace?: string; name?: string; subresource?: string};

/** A handler's answer before rendering. */
export type Answer = {code: number; body: KubeObject | KubeObject[]; listResourceVersion?: string; continueToken?: string; warnings?: string[]};

/** Lists objects with label/field selectors, `limit` and `continue`. */
export function listObjects(context: ServerContext, target: Target, query: URLSearchParams): Answer {
	const labels = parseLabelSelector(query.get('labelSelector'));
	const fields = parseFieldSelector(query.get('fieldSelector'));
	const all = context.store.list(target.type.resource, target.namespace).filter((object) => labels(object) && fields(object));
	const start = Number(Buffer.from(query.get('continue') ?? '', 'base64url').toString('utf8') || '0');
	const limit = Number(query.get('limit') ?? '0');
	const page = limit > 0 ? all.slice(start, start + limit) : all.slice(start);
	const next = limit > 0 && start + limit < all.length ? Buffer.from(String(start + limit)).toString('base64url') : undefined;
	return {code: 200, body: page, listResourceVersion: String(context.store.resourceVersion), continueToken: next};
}

/** Gets one object. */
export function getObject(context: ServerContext, target: Target, name: string): Answer {
	return {code: 200, body: context.store.get(target.type.resource, target.namespace, name)};
}

/** Creates an object after admission; `dryRun` answers without storing. */
export function createObject(context: ServerContext, target: Target, body: unknown, query: URLSearchParams): Answer {
	const object = asObject(body, target);
	ensureNamespace(context, target, object.metadata.name || object.metadata.generateName || '');
	const admitted = admitCreate(target.type.resource, object, context);
	const warnings = target.type.resource === 'pods' ? podSecurityWarnings(context.store, admitted) : [];
	if (query.has('dryRun')) return {code: 201, body: admitted, warnings};
	return {code: 201, body: context.store.create(target.type.resource, admitted), warnings};
}

/** Replaces an object (PUT). */
export function replaceObject(context: ServerContext, target: Target, name: string, body: unknown): Answer {
	const previous = context.store.get(target.type.resource, target.namespace, name);
	const next = asObject(body, target);
	if (next.metadata.name !== name) throw badRequest(`the name of the object (${next.metadata.name}) does not match the name on the URL (${name})`);
	const admitted = admitUpdate(target.type.resource, previous, next, context);
	return {code: 200, body: context.store.update(target.type.resource, admitted)};
}

/** Patches an object with any of the four patch types; server-side apply creates a missing object. */
export function patchObject(context: ServerContext, target: Target, name: string, raw: Buffer, mediaType: string): Answer {
	const text = raw.toString('utf8');
	const previous = context.store.find(target.type.resource, target.namespace, name);
	if (mediaType === 'application/apply-patch+yaml') {
		const applied = parseYaml(text) as unknown;
		if (!previous) {
			const created = createObject(context, target, applied, new URLSearchParams());
			return {...created, code: 201};
		}
		return update(context, target, previous, strategicMergePatch(previous, withoutStatus(applied)));
	}
	if (!previous) throw notFound(target.type.resource, target.type.group, name);
	const patch = parseJson(text);
	switch (mediaType) {
		case 'application/merge-patch+json':
			return update(context, target, previous, mergePatch(previous, patch));
		case 'application/strategic-merge-patch+json':
			return update(context, target, previous, strategicMergePatch(previous, patch));
		case 'application/json-patch+json':
			return update(context, target, previous, jsonPatch(previous, patch));
		default:
			throw unsupportedMediaType(mediaType);
	}
}

/** What a namespace holds, deleted with it. */
const namespacedResources = ['deployments', 'pods', 'services', 'secrets', 'configmaps', 'serviceaccounts', 'persistentvolumeclaims', 'events'];

/**
 * Deletes an object; deleting a namespace deletes what it holds. A namespace with finalizers in its metadata
 * stays `Terminating` (refusing new content) until they are removed, as on a real cluster.
 */
export function deleteObject(context: ServerContext, target: Target, name: string): Answer {
	const {store} = context;
	const deleted = store.get(target.type.resource, target.namespace, name);
	if (target.type.resource === 'namespaces') {
		for (const resource of namespacedResources) {
			for (const object of store.list(resource, name)) store.delete(resource, name, object.metadata.name);
		}
		if ((deleted.metadata.finalizers as unknown[] | undefined)?.length) {
			const terminating = {
				...deleted,
				metadata: {...deleted.metadata, resourceVersion: undefined, deletionTimestamp: deleted.metadata.deletionTimestamp ?? timestamp(context.clock.now())},
				status: {phase: 'Terminating'},
			};
			return {code: 200, body: store.update('namespaces', terminating)};
		}
	}
	store.delete(target.type.resource, target.namespace, name);
	return {code: 200, body: deleted};
}

/** Ends a Terminating namespace once its last finalizer is gone (the namespace controller's last step). */
export function finishTerminatingNamespaces(context: ServerContext): () => void {
	return context.store.subscribe((event) => {
		if (event.resource !== 'namespaces' || event.type !== 'MODIFIED' || !event.object.metadata.deletionTimestamp) return;
		if ((event.object.metadata.finalizers as unknown[] | undefined)?.length) return;
		const name = event.object.metadata.name;
		queueMicrotask(() => {
			if (!context.isClosed() && context.store.find('namespaces', undefined, name)) context.store.delete('namespaces', undefined, name);
		});
	});
}

function update(context: ServerContext, target: Target, previous: KubeObject, patched: unknown): Answer {
	const next = asObject(patched, target);
	next.metadata = {...next.metadata, name: previous.metadata.name, namespace: previous.metadata.namespace, resourceVersion: previous.metadata.resourceVersion};
	const admitted = admitUpdate(target.type.resource, previous, next, context);
	return {code: 200, body: context.store.update(target.type.resource, admitted)};
}

function withoutStatus(value: unknown): unknown {
	if (!isObject(value)) return value;
	const {status: _status, ...rest} = value;
	return rest;
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		// Never echo the body back: a patch may hold secret values.
		throw badRequest('error decoding patch: the body is not valid JSON');
	}
}

function asObject(body: unknown, target: Target): KubeObject {
	if (!isObject(body)) throw badRequest('the request body is not an object');
	const metadata = isObject(body.metadata) ? clone(body.metadata) : {};
	const name = typeof metadata.name === 'string' ? metadata.name : '';
	const namespace = target.type.namespaced ? target.namespace : undefined;
	if (target.type.namespaced && typeof metadata.namespace === 'string' && metadata.namespace !== '' && metadata.namespace !== namespace) {
		throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
	}
	const cleaned = {...metadata, name, ...(namespace === undefined ? {} : {namespace})};
	if (!target.type.namespaced) delete cleaned.namespace;
	return {...clone(body), apiVersion: typeof body.apiVersion === 'string' ? body.apiVersion : '', kind: target.type.kind, metadata: cleaned};
}

function ensureNamespace(context: ServerContext, target: Target, name: string): void {
	if (!target.type.namespaced || target.namespace === undefined) return;
	const namespace = context.store.find('namespaces', undefined, target.namespace);
	if (!namespace) throw notFound('namespaces', '', target.namespace);
	if (namespace.metadata.deletionTimestamp) {
		const resource = target.type.group === '' ? target.type.resource : `${target.type.resource}.${target.type.group}`;
		throw new StatusError(
			403,
			'Forbidden',
			`${resource} "${name}" is forbidden: unable to create new content in namespace ${target.namespace} because it is being terminated`,
			{name, kind: target.type.resource},
		);
	}
}
