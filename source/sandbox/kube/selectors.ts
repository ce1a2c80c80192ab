import {badRequest} from './status.js';
import {isObject, type KubeObject} from './types.js';

type Requirement = {key: string; operator: 'in' | 'notin' | 'exists' | '!exists' | '=' | '!='; values: string[]};

/** A parsed label or field selector: matches an object or not. */
export type Selector = (object: KubeObject) => boolean;

/** Parses `a=b,c!=d,e in (x,y),f notin (z),g,!h` into a matcher over `metadata.labels`. */
export function parseLabelSelector(text: string | null): Selector {
	if (text === null || text.trim() === '') return () => true;
	const requirements = splitTopLevel(text).map(parseLabelRequirement);
	return (object) => requirements.every((requirement) => matches(requirement, object.metadata.labels ?? {}));
}

/** Parses `metadata.name=x,involvedObject.name=y,status.phase!=Running` into a matcher over object fields. */
export function parseFieldSelector(text: string | null): Selector {
	if (text === null || text.trim() === '') return () => true;
	const requirements = splitTopLevel(text).map((part) => {
		const match = /^([^!=]+?)\s*(==|=|!=)\s*(.*)$/.exec(part.trim());
		if (!match) throw badRequest(`invalid selector: '${text}'; can't understand '${part}'`);
		const [, path = '', operator = '=', value = ''] = match;
		return {path, negate: operator === '!=', value};
	});
	return (object) => requirements.every(({path, negate, value}) => (fieldValue(object, path) === value) !== negate);
}

function fieldValue(object: KubeObject, path: string): string {
	let current: unknown = object;
	for (const part of path.split('.')) {
		if (!isObject(current)) return '';
		current = current[part];
	}
	return typeof current === 'string' || typeof current === 'number' || typeof current === 'boolean' ? String(current) : '';
}

function splitTopLevel(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let current = '';
	for (const char of text) {
		if (char === '(') depth++;
		if (char === ')') depth--;
		if (char === ',' && depth === 0) {
			parts.push(current);
			current = '';
		} else current += char;
	}
	parts.push(current);
	return parts.map((part) => part.trim()).filter((part) => part !== '');
}

function parseLabelRequirement(part: string): Requirement {
	const set = /^(\S+)\s+(in|notin)\s+\((.*)\)$/.exec(part);
	if (set) {
		const [, key = '', operator = 'in', values = ''] = set;
		return {key, operator: operator === 'in' ? 'in' : 'notin', values: values.split(',').map((value) => value.trim())};
	}
	const equality = /^([^!=]+?)\s*(==|=|!=)\s*(.*)$/.exec(part);
	if (equality) {
		const [, key = '', operator = '=', value = ''] = equality;
		return {key, operator: operator === '!=' ? '!=' : '=', values: [value.trim()]};
	}
	if (part.startsWith('!')) return {key: part.slice(1).trim(), operator: '!exists', values: []};
	if (/^[\w./-]+$/.test(part)) return {key: part, operator: 'exists', values: []};
	throw badRequest(`unable to parse requirement: ${part}`);
}

function matches(requirement: Requirement, labels: Record<string, string>): boolean {
	const value = labels[requirement.key];
	switch (requirement.operator) {
		case 'exists':
			return value !== undefined;
		case '!exists':
			return value === undefined;
		case '=':
		case 'in':
			return value !== undefined && requirement.values.includes(value);
		case '!=':
		case 'notin':
			return value === undefined || !requirement.values.includes(value);
	}
}
