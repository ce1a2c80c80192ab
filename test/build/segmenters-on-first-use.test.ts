/**
 * The build's segmenters made on first use (scripts/segmenters-on-first-use.mjs): ansi-tokenize, which splits every
 * line Ink draws, must split as it did, through its fast path and past it; wrap-ansi must wrap as it did; and a module
 * that uses its segmenter otherwise must fail the build, not be patched blindly.
 */
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {deferSegmenter, segmenterModules, segmentersOnFirstUse, simpleLine} from '../../scripts/segmenters-on-first-use.mjs';

type Libraries = {
	readonly tokenize: (text: string) => unknown[];
	readonly wrapAnsi: (text: string, columns: number, options?: {hard?: boolean}) => string;
};

const require = createRequire(import.meta.url);
// Ink's own copies, as the build resolves them.
const inkFolder = dirname(require.resolve('ink'));
let dir = '';
let original: Libraries;
let patched: Libraries;

/** ansi-tokenize's tokenize and wrap-ansi, bundled as the build bundles them (with `plugins`) or as published. */
async function bundled(name: string, plugins: Parameters<typeof build>[0]['plugins']): Promise<Libraries> {
	const file = join(dir, `${name}.mjs`);
	await build({
		stdin: {
			contents: "export {tokenize} from '@alcalzone/ansi-tokenize';\nexport {default as wrapAnsi} from 'wrap-ansi';",
			resolveDir: inkFolder,
			loader: 'js',
		},
		bundle: true,
		format: 'esm',
		platform: 'node',
		outfile: file,
		logLevel: 'silent',
		...(plugins ? {plugins} : {}),
	});
	return (await import(pathToFileURL(file).href)) as Libraries;
}

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'segmenters-'));
	original = await bundled('original', undefined);
	patched = await bundled('patched', [segmentersOnFirstUse]);
}, 60_000);

afterAll(async () => {
	await rm(dir, {recursive: true, force: true});
});

/** A fixed sequence of pseudo-random numbers, so that a failure can be run again. */
function numbers(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

/** Every character of the fast path's lines. */
function simpleCharacters(): string[] {
	const simple = new RegExp(simpleLine);
	const characters: string[] = [];
	for (let code = 0; code <= 0xffff; code++) if (simple.test(String.fromCharCode(code))) characters.push(String.fromCharCode(code));
	return characters;
}

const styles = ['\u001B[1m', '\u001B[22m', '\u001B[90m', '\u001B[39m', '\u001B[38;5;208m', '\u001B[48;2;10;20;30m', '\u001B[0m', '\u001B[4:3m'];
const link = (text: string) => `\u001B]8;;https://learn.microsoft.com/azure\u0007${text}\u001B]8;;\u0007`;
// Characters the fast path leaves to the segmenter: an emoji with its selector, a family (joiners), a flag, a combining
// accent, Hangul jamo, a carriage return before a line feed.
const clusters = ['❤️', '👨‍👩‍👧', '🇳🇱', 'e\u0301', '\u1100\u1161', '\r\n', '\u200D'];

/** Lines as Ink draws them: words of `characters`, styled, linked, across lines and tabs, and `extra` between. */
function lines(characters: readonly string[], extra: readonly string[], count: number, seed: number): string[] {
	const next = numbers(seed);
	const pick = <T>(from: readonly T[]): T => from[Math.floor(next() * from.length)] as T;
	return Array.from({length: count}, () => {
		const parts: string[] = [];
		for (let word = 0; word < 1 + Math.floor(next() * 12); word++) {
			const text = Array.from({length: 1 + Math.floor(next() * 8)}, () => pick(characters)).join('');
			const roll = next();
			parts.push(roll < 0.3 ? `${pick(styles)}${text}${pick(styles)}` : roll < 0.4 ? link(text) : roll < 0.5 && extra.length > 0 ? pick(extra) : text);
			parts.push(pick([' ', ' ', '\n', '\t']));
		}
		return parts.join('');
	});
}

describe("the build's deferred segmenters", () => {
	test('ansi-tokenize splits every character of its fast path as the segmenter does', () => {
		const characters = simpleCharacters();
		expect(characters.length).toBeGreaterThan(20_000);
		const differing = characters.filter((character) => JSON.stringify(patched.tokenize(character)) !== JSON.stringify(original.tokenize(character)));
		expect(differing).toEqual([]);
	});

	test('ansi-tokenize splits styled, linked lines of them, and lines past its fast path, as it did', () => {
		const characters = simpleCharacters();
		const fast = lines(characters, [], 2_000, 7);
		expect(fast.every((line) => new RegExp(simpleLine).test(line))).toBe(true);
		const slow = lines(characters, clusters, 2_000, 11);
		expect(slow.filter((line) => !new RegExp(simpleLine).test(line)).length).toBeGreaterThan(500);
		for (const line of [...fast, ...slow]) expect(patched.tokenize(line)).toEqual(original.tokenize(line));
	});

	test('wrap-ansi wraps as it did, its segmenter made when a line needs one', () => {
		const samples = [...lines(simpleCharacters(), clusters, 500, 13), 'Welcome to acr-wizard — an Azure Container Registry for 🇳🇱 and ❤️'];
		for (const text of samples) {
			for (const columns of [20, 47, 80]) {
				expect(patched.wrapAnsi(text, columns)).toBe(original.wrapAnsi(text, columns));
				expect(patched.wrapAnsi(text, columns, {hard: true})).toBe(original.wrapAnsi(text, columns, {hard: true}));
			}
		}
	});

	test("each module the build defers is one it knows: Ink's line updates, slice-ansi, wrap-ansi and ansi-tokenize", async () => {
		const files = ['ink/build/line-update.js', 'slice-ansi/tokenize-ansi.js', 'wrap-ansi/index.js', '@alcalzone/ansi-tokenize/build/tokenize.js'].map((file) =>
			join(inkFolder, '..', '..', file),
		);
		for (const file of files) {
			expect(file).toMatch(segmenterModules);
			const deferred = deferSegmenter(await readFile(file, 'utf8'), file);
			expect(deferred).not.toMatch(/^const \w+ = new Intl\.Segmenter/m);
		}
	});

	test('a module that uses its segmenter otherwise than to segment, or makes two, fails the build', () => {
		expect(() => deferSegmenter('const segmenter = new Intl.Segmenter();\nexport const locale = segmenter.resolvedOptions().locale;\n', 'changed.js')).toThrow(
			/otherwise than by \.segment\(\)/,
		);
		expect(() => deferSegmenter('const one = new Intl.Segmenter();\nconst two = new Intl.Segmenter();\n', 'changed.js')).toThrow(/no one segmenter/);
		expect(() => deferSegmenter('export const split = (text) => [...text];\n', 'changed.js')).toThrow(/no one segmenter/);
	});
});
