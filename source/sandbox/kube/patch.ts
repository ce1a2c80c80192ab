import {badRequest} from './status.js';
import {clone, isObject, type JsonObject} from './types.js';

/** Merge keys of the list fields that strategic merge patch merges element by element. */
const mergeKeys: Record<string, string> = {
	containers: 'name',
	initContainers: 'name',
	ephemeralContainers: 'name',
	env: 'name',
	volumes: 'name',
	imagePullSecrets: 'name',
	volumeMounts: 'mountPath',
	ports: 'containerPort',
	ownerReferences: 'uid',
	conditions: 'type',
	secrets: 'name',
};

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
	if (!isObject(patch)) return clone(patch);
	const result: JsonObject = isObject(target) ? clone(target) : {};
	for (const [field, value] of Object.entries(patch)) {
		if (value === null) delete result[field];
		else result[field] = mergePatch(result[field], value);
	}
	return result;
}

/** Kubernetes strategic merge patch, for the list fields the emulated kinds use. */
export function strategicMergePatch(target: unknown, patch: unknown, field = ''): unknown {
	if (Array.isArray(patch)) return mergeList(target, patch, field);
	if (!isObject(patch)) return clone(patch);
	if (patch.$patch === 'replace') return withoutDirectives(patch);
	const result: JsonObject = isObject(target) ? clone(target) : {};
	for (const [name, value] of Object.entries(patch)) {
		if (name.startsWith('$setElementOrder/') || name === '$retainKeys' || name === '$patch') continue;
		if (name.startsWith('$deleteFromPrimitiveList/')) {
			const listName = name.slice('$deleteFromPrimitiveList/'.length);
			const current = result[listName];
			if (Array.isArray(current) && Array.isArray(value)) result[listName] = current.filter((item) => !value.includes(item));
			continue;
		}
		if (value === null) delete result[name];
		else result[name] = strategicMergePatch(result[name], value, name);
	}
	return result;
}

function mergeList(target: unknown, patch: unknown[], field: string): unknown[] {
	const mergeKey = mergeKeys[field];
	if (!mergeKey || !Array.isArray(target)) return patch.filter((item) => !(isObject(item) && item.$patch === 'delete')).map(withoutDirectives);
	if (patch.some((item) => isObject(item) && item.$patch === 'replace')) {
		return patch.filter((item) => !(isObject(item) && item.$patch === 'replace')).map(withoutDirectives);
	}
	const result = clone(target);
	for (const item of patch) {
		if (!isObject(item)) continue;
		const index = result.findIndex((existing) => isObject(existing) && existing[mergeKey] === item[mergeKey]);
		if (item.$patch === 'delete') {
			if (index >= 0) result.splice(index, 1);
		} else if (index >= 0) result[index] = strategicMergePatch(result[index], item);
		else result.push(withoutDirectives(item));
	}
	return result;
}

function withoutDirectives(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutDirectives);
	if (!isObject(value)) return value;
	const result: JsonObject = {};
	for (const [name, item] of Object.entries(value)) {
		if (name.startsWith('$')) continue;
		result[name] = withoutDirectives(item);
	}
	return result;
}

type Operation = {op: string; path: string; value?: unknown; from?: string};

/** RFC 6902 JSON patch. */
export function jsonPatch(target: unknown, operations: unknown): unknown {
	if (!Array.isArray(operations)) throw badRequest('the server rejected our request due to an error in our request');
	let document = clone(target);
	for (const raw of operations) {
		if (!isObject(raw) || typeof raw.op !== 'string' || typeof raw.path !== 'string') throw badRequest('invalid JSON patch operation');
		const operation: Operation = {op: raw.op, path: raw.path, value: raw.value, from: typeof raw.from === 'string' ? raw.from : undefined};
		document = applyOperation(document, operation);
	}
	return document;
}

function applyOperation(document: unknown, operation: Operation): unknown {
	switch (operation.op) {
		case 'add':
			return setAt(document, pointer(operation.path), clone(operation.value), 'add');
		case 'replace':
			return setAt(document, pointer(operation.path), clone(operation.value), 'replace');
		case 'remove':
			return setAt(document, pointer(operation.path), undefined, 'remove');
		case 'copy':
		case 'move': {
			const from = pointer(operation.from ?? '');
			const value = clone(getAt(document, from));
			const removed = operation.op === 'move' ? setAt(document, from, undefined, 'remove') : document;
			return setAt(removed, pointer(operation.path), value, 'add');
		}
		case 'test':
			if (JSON.stringify(getAt(document, pointer(operation.path))) !== JSON.stringify(operation.value)) {
				throw new Error('test failed');
			}
			return document;
		default:
			throw badRequest(`Unexpected kind: ${operation.op}`);
	}
}

function pointer(path: string): string[] {
	if (path === '') return [];
	return path
		.slice(1)
		.split('/')
		.map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function getAt(document: unknown, parts: string[]): unknown {
	let current = document;
	for (const part of parts) {
		if (Array.isArray(current)) current = current[Number(part)];
		else if (isObject(current)) current = current[part];
		else throw badRequest(`doc is missing path: "/${parts.join('/')}"`);
	}
	return current;
}

function setAt(document: unknown, parts: string[], value: unknown, mode: 'add' | 'replace' | 'remove'): unknown {
	if (parts.length === 0) return value;
	const parent = getAt(document, parts.slice(0, -1));
	const last = parts.at(-1) ?? '';
	if (Array.isArray(parent)) {
		const index = last === '-' ? parent.length : Number(last);
		if (mode === 'add') parent.splice(index, 0, value);
		else if (mode === 'replace') parent[index] = value;
		else parent.splice(index, 1);
	} else if (isObject(parent)) {
		if (mode !== 'add' && !(last in parent)) throw badRequest(`doc is missing key: /${parts.join('/')}: missing value`);
		if (mode === 'remove') delete parent[last];
		else parent[last] = value;
	} else throw badRequest(`doc is missing path: "/${parts.join('/')}"`);
	return document;
}
