/**
 * The build's string-width (scripts/string-width-fast.mjs) must measure exactly as string-width does: every character
 * of its fast path is compared one by one, then strings of them mixed with ones it leaves to the segmenter.
 */
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {fastStringWidth, simpleText} from '../../scripts/string-width-fast.mjs';

type Measure = (text: string, options?: {ambiguousIsNarrow?: boolean}) => number;

const require = createRequire(import.meta.url);
let dir = '';
let fast: Measure = () => Number.NaN;

beforeAll(async () => {
	// The patched module, with its two imports pointed at the installed packages.
	const path = require.resolve('string-width');
	const patched = fastStringWidth(await readFile(path, 'utf8'))
		.replace("from 'strip-ansi'", `from '${pathToFileURL(require.resolve('strip-ansi', {paths: [path]})).href}'`)
		.replace("from 'get-east-asian-width'", `from '${pathToFileURL(require.resolve('get-east-asian-width', {paths: [path]})).href}'`);
	dir = await mkdtemp(join(tmpdir(), 'string-width-fast-'));
	await writeFile(join(dir, 'index.mjs'), patched);
	fast = ((await import(pathToFileURL(join(dir, 'index.mjs')).href)) as {default: Measure}).default;
});

afterAll(async () => {
	await rm(dir, {recursive: true, force: true});
});

/** Every character the fast path takes. */
function simpleCharacters(): string[] {
	const simple = new RegExp(simpleText);
	const characters: string[] = [];
	for (let code = 0; code <= 0xffff; code++) {
		const character = String.fromCharCode(code);
		if (simple.test(character)) characters.push(character);
	}
	return characters;
}

/** A fixed sequence of pseudo-random numbers, so that a failure can be run again. */
function numbers(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

describe("the build's string-width", () => {
	test('measures every character of its fast path as string-width does, ambiguous ones narrow and wide', () => {
		const characters = simpleCharacters();
		expect(characters.length).toBeGreaterThan(20_000);
		const differing = characters.filter(
			(character) =>
				fast(character) !== stringWidth(character) || fast(character, {ambiguousIsNarrow: false}) !== stringWidth(character, {ambiguousIsNarrow: false}),
		);
		expect(differing.map((character) => character.charCodeAt(0).toString(16))).toEqual([]);
	});

	test('measures strings of them, and strings with emoji, marks, joiners, jamo and escapes, as string-width does', () => {
		const characters = simpleCharacters();
		const others = ['👍🏽', '👨‍👩‍👧', 'é', '🇫🇷', '각', '\u200b', '\u00ad', '\t', '\u001b[31m', '\u001b[0m', 'ｶﾞ', '#\u20e3', '✔\ufe0f', '\r\n'];
		const random = numbers(16);
		const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
		for (let index = 0; index < 2000; index++) {
			const length = 1 + Math.floor(random() * 24);
			const withOthers = index % 2 === 1;
			const text = Array.from({length}, () => (withOthers && random() < 0.2 ? pick(others) : pick(characters))).join('');
			expect([fast(text), fast(text, {ambiguousIsNarrow: false})], JSON.stringify(text)).toEqual([
				stringWidth(text),
				stringWidth(text, {ambiguousIsNarrow: false}),
			]);
		}
	});

	test('refuses a string-width whose source no longer reads as the build expects', () => {
		expect(() => fastStringWidth('export default function stringWidth() {}')).toThrow(/string-width changed/);
	});
});
