/**
 * A translated catalog walked against the English one: every message function is called with samples
 * of the English parameter types, read from the English source (each branch: counts 0, 1 and 3, each
 * literal of a union, an omitted optional), and what it says is compared with what the English says.
 * Shared by the tests of each language, which add their own (terms, typography, plurals).
 */
import {readdirSync, readFileSync} from 'node:fs';
import ts from 'typescript';
import {expect, test} from 'vitest';
import type {Catalog} from '../../source/messages/catalog.js';
import {en} from '../../source/messages/en.js';

type Value = unknown;
type Message = (...args: Value[]) => unknown;
type Parameter = {readonly name: string; readonly type: string; readonly optional: boolean};

/** Parameter types of each message function, read from the English source: `common.nodeTooOld` → ['string', 'number']. */
function englishParameters(): Map<string, Parameter[]> {
	const directory = new URL('../../source/messages/en/', import.meta.url);
	const found = new Map<string, Parameter[]>();
	for (const file of readdirSync(directory).filter((name) => name.endsWith('.ts'))) {
		const text = readFileSync(new URL(file, directory), 'utf8');
		const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
		const walk = (node: ts.Node, path: string[]): void => {
			if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression(node)) {
				walk(node.expression, path);
			} else if (ts.isObjectLiteralExpression(node)) {
				for (const property of node.properties) {
					if (ts.isPropertyAssignment(property)) walk(property.initializer, [...path, property.name.getText(source).replace(/^'|'$/g, '')]);
				}
			} else if (ts.isArrowFunction(node)) {
				found.set(
					path.join('.'),
					node.parameters.map((parameter) => ({
						name: parameter.name.getText(source),
						type: parameter.type?.getText(source) ?? 'string',
						optional: parameter.questionToken !== undefined || parameter.initializer !== undefined,
					})),
				);
			}
		};
		for (const statement of source.statements) {
			if (!ts.isVariableStatement(statement) || !statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
			for (const declaration of statement.declarationList.declarations) {
				if (declaration.initializer) walk(declaration.initializer, [declaration.name.getText(source)]);
			}
		}
	}
	return found;
}

/** Strings that make a message take its other branches: a Deployment or a Pod, a -stdin flag, kubelogin. */
const stringsByName: Record<string, string[]> = {
	kind: ['Deployment', 'Pod'],
	flag: ['--registry-name', '--password-stdin'],
	command: ['az login', 'kubelogin'],
	host: ['myregistry.azurecr.io'],
	scope: ['/subscriptions/0000/resourceGroups/group/providers/Microsoft.ContainerRegistry/registries/myregistry'],
	message: ['Registry name:'],
};

function samplesOf(parameter: Parameter): Value[] {
	const samples: Value[] = [];
	for (const part of parameter.type.split('|').map((piece) => piece.trim())) {
		if (part === 'string') samples.push(...(stringsByName[parameter.name] ?? [`«${parameter.name}»`]));
		else if (part === 'number') samples.push(0, 1, 3);
		else if (part === 'boolean') samples.push(true, false);
		else if (part === 'undefined') samples.push(undefined);
		else if (part === 'readonly string[]') samples.push([], ['alpha'], ['alpha', 'beta']);
		else if (/^'.*'$/.test(part)) samples.push(part.slice(1, -1));
		else throw new Error(`No sample for the parameter type ${part} of ${parameter.name}`);
	}
	if (parameter.optional) samples.push(undefined);
	return samples;
}

/** Every combination of the samples, at most `limit` of them (the first ones vary the last parameter fastest). */
function combinations(lists: Value[][], limit = 64): Value[][] {
	let result: Value[][] = [[]];
	for (const list of lists) {
		result = result.flatMap((prefix) => list.map((value) => [...prefix, value])).slice(0, limit);
	}
	return result;
}

/** One key of the English catalog beside the same key of the translation. */
export type Leaf = {readonly path: string; readonly english: Value; readonly translated: Value};

function leaves(english: Value, translated: Value, path: string[] = []): Leaf[] {
	if (typeof english === 'object' && english !== null) {
		const keys = new Set([...Object.keys(english), ...Object.keys(translated ?? {})]);
		return [...keys].flatMap((key) =>
			leaves((english as Record<string, Value>)[key], (translated as Record<string, Value> | undefined)?.[key], [...path, key]),
		);
	}
	return [{path: path.join('.'), english, translated}];
}

/** What one key says in both languages, for every sample combination of its parameters (once for a plain string). */
export type Outcome = {readonly args: Value[]; readonly english: unknown; readonly translated: unknown};

/** The walk of one translated catalog: its keys beside the English ones, and what each says for the samples. */
export function walkAgainstEnglish(catalog: Catalog): {readonly all: Leaf[]; readonly outcomes: (leaf: Leaf) => Outcome[]} {
	const parameters = englishParameters();
	const all = leaves(en, catalog);
	const cache = new Map<string, Outcome[]>();
	const outcomes = (leaf: Leaf): Outcome[] => {
		const known = cache.get(leaf.path);
		if (known) return known;
		let result: Outcome[];
		if (typeof leaf.english !== 'function') {
			result = [{args: [], english: leaf.english, translated: leaf.translated}];
		} else {
			const declared = parameters.get(leaf.path);
			if (!declared) throw new Error(`${leaf.path}: no arrow function with that path in the English source`);
			result = combinations(declared.map((parameter) => samplesOf(parameter))).map((args) => ({
				args,
				english: (leaf.english as Message)(...args),
				translated: (leaf.translated as Message)(...args),
			}));
		}
		cache.set(leaf.path, result);
		return result;
	};
	return {all, outcomes};
}

/**
 * The checks every translation passes: each message, called with each sample of the English parameter
 * types, says something wherever the English does; and, given the language's allow-list of what may read
 * the same as in English (commands, codes, names), nothing else does, and the allow-list holds no stale key.
 */
export function testAgainstEnglish(language: string, catalog: Catalog, sameAsEnglish?: ReadonlySet<string>): void {
	const {all, outcomes} = walkAgainstEnglish(catalog);

	test('gives a function where the English has one, a string where it has a string, and no string left empty', () => {
		const mismatched = all.filter((leaf) => typeof leaf.translated !== typeof leaf.english).map((leaf) => `${leaf.path}: ${typeof leaf.translated}`);
		const empty = all.filter((leaf) => typeof leaf.translated === 'string' && leaf.translated.trim() === '').map((leaf) => leaf.path);
		expect(mismatched).toEqual([]);
		expect(empty).toEqual([]);
		expect(all.length).toBeGreaterThan(900);
	});

	test('every message, called with each sample of the English parameter types, returns a non-empty string wherever the English does', () => {
		const broken: string[] = [];
		let calls = 0;
		for (const leaf of all.filter((item) => typeof item.english === 'function')) {
			let said: Outcome[];
			try {
				said = outcomes(leaf);
			} catch (error) {
				broken.push(`${leaf.path} threw ${String(error)}`);
				continue;
			}
			for (const outcome of said) {
				calls++;
				if (typeof outcome.translated !== 'string' || (outcome.translated.trim() === '' && outcome.english !== ''))
					broken.push(`${leaf.path}(${JSON.stringify(outcome.args)}) gave ${JSON.stringify(outcome.translated)}`);
			}
		}
		expect(broken).toEqual([]);
		expect(calls).toBeGreaterThan(800);
	});

	if (!sameAsEnglish) return;

	test(`says everything in ${language}: only commands, codes and names read as in English`, () => {
		const untranslated = all
			.filter((leaf) => !sameAsEnglish.has(leaf.path))
			.filter((leaf) => outcomes(leaf).every((outcome) => outcome.translated === outcome.english))
			.map((leaf) => leaf.path);
		expect(untranslated).toEqual([]);
	});

	test('the allow-list holds only keys that really read the same in both languages', () => {
		const byPath = new Map(all.map((leaf) => [leaf.path, leaf]));
		const stale = [...sameAsEnglish].filter((path) => {
			const leaf = byPath.get(path);
			return leaf === undefined || !outcomes(leaf).every((outcome) => outcome.translated === outcome.english);
		});
		expect(stale).toEqual([]);
	});
}
