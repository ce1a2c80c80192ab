import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** One example file from `test/fixtures/contracts/arm/` (copied unchanged from the shared contracts). */
export type ContractExample = {
	parameters: Record<string, unknown>;
	responses: Record<string, {headers?: Record<string, string>; body?: unknown}>;
};

/** Reads an example file, e.g. `Microsoft.ContainerRegistry/2025-11-01/RegistryGet.json`. */
export function example(path: string): ContractExample {
	const url = new URL(`../fixtures/contracts/arm/${path}`, import.meta.url);
	return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as ContractExample;
}

/** Fields whose keys are data (user maps), not schema: only their being objects is compared. */
const mapFields = new Set(['tags', 'configurationSettings', 'configurationProtectedSettings']);

const jsonType = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** How an answer's shape differs from an example's: missing keys and type mismatches, plus the extra keys it has. */
export type ShapeReport = {problems: string[]; extras: string[]};

/** Compares key sets and JSON types recursively; a `null` in the example accepts any type; array items are compared to the example's first item. */
export function compareShape(expected: unknown, actual: unknown, path = '$', report: ShapeReport = {problems: [], extras: []}): ShapeReport {
	const te = jsonType(expected);
	const ta = jsonType(actual);
	if (te === 'null') {
		return report;
	}
	if (te !== ta) {
		report.problems.push(`${path}: expected ${te}, got ${ta}`);
		return report;
	}
	if (te === 'array') {
		const [first] = expected as unknown[];
		if (first !== undefined) {
			for (const [index, item] of (actual as unknown[]).entries()) {
				compareShape(first, item, `${path}[${index}]`, report);
			}
		}
		return report;
	}
	if (te === 'object' && mapFields.has(path.split('.').pop() ?? '')) {
		return report;
	}
	if (te === 'object') {
		const e = expected as Record<string, unknown>;
		const a = actual as Record<string, unknown>;
		for (const name of Object.keys(e)) {
			if (!(name in a)) {
				report.problems.push(`${path}.${name}: missing`);
			} else {
				compareShape(e[name], a[name], `${path}.${name}`, report);
			}
		}
		for (const name of Object.keys(a)) {
			if (!(name in e)) {
				report.extras.push(`${path}.${name}`);
			}
		}
	}
	return report;
}

/** Headers an example carries that the sandbox deliberately does not serve (relative `Operation-Location`, see contracts/README.md). */
const unservedHeaders = new Set(['operation-location', 'x-ms-async-operation-timeout']);

/** Checks an answer against an example: status, headers (absolute URLs), field set and JSON types; returns what is wrong. */
export function contractProblems(
	file: string,
	status: string,
	actual: {status: number; headers: Record<string, string | string[] | undefined>; body: unknown},
	allowedExtras: readonly string[] = [],
): string[] {
	const ex = example(file);
	const wanted = ex.responses[status];
	if (!wanted) {
		return [`${file} has no ${status} response`];
	}
	const problems: string[] = [];
	if (String(actual.status) !== status) {
		problems.push(`status ${actual.status}, expected ${status}: ${JSON.stringify(actual.body)}`);
	}
	if (!actual.headers['x-ms-request-id']) {
		problems.push('no x-ms-request-id header');
	}
	for (const name of Object.keys(wanted.headers ?? {})) {
		if (unservedHeaders.has(name.toLowerCase())) {
			continue;
		}
		const value = actual.headers[name.toLowerCase()];
		if (typeof value !== 'string' || !value.startsWith('https://')) {
			problems.push(`header ${name}: expected an absolute https URL, got ${String(value)}`);
		}
	}
	if (wanted.body === undefined) {
		if (actual.body !== undefined && status !== '200') {
			problems.push(`expected no body, got ${JSON.stringify(actual.body)}`);
		}
		return problems;
	}
	const report = compareShape(wanted.body, actual.body);
	problems.push(...report.problems);
	const allowed = new Set(allowedExtras);
	for (const extra of report.extras.map((e) => e.replace(/\[\d+\]/g, '[]'))) {
		if (!allowed.has(extra)) {
			problems.push(`${extra}: not in the example`);
		}
	}
	return problems;
}
