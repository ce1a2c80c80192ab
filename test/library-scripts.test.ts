/**
 * Libraries run as classic scripts with a code cache of their own (source/library-scripts.ts): the
 * cache is written once, taken by the next start, replaced when V8 refuses it, and never in the way of a run.
 */
import {mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {compileCacheDirectory} from '../source/cache-directory.js';
import {keepLibraryCaches, libraryScript, runCachedScript} from '../source/library-scripts.js';

let dir = '';
let script = '';
let folder = '';

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'screen-libraries-'));
	script = join(dir, 'libraries.js');
	folder = join(dir, 'cache');
	// A unique script per test: V8's in-process compilation cache never answers for another test's. (Within one test it
	// does: a second start in the same process takes V8's copy, not the file's; test/e2e/terminal.test.ts starts twice.)
	await writeFile(
		script,
		[
			`// ${dir}`,
			"const path = require('node:path');",
			'function render(name) { return `<${name}>`; }',
			"module.exports = {react: require('react'), separator: path.sep, file: __filename, frame: render('Welcome')};",
		].join('\n'),
	);
});

afterEach(async () => {
	await rm(dir, {recursive: true, force: true});
});

const react = {createElement: () => undefined};

describe('the screens script', () => {
	test("runs with the modules provided, Node's own for the rest, and its own file name", () => {
		const {exports} = runCachedScript(script, folder, 'libraries', {react});
		expect(exports).toEqual({react, separator: sep, file: script, frame: '<Welcome>'});
	});

	test('writes the cache of what ran once, and a start that finds it keeps it as it is', async () => {
		const first = runCachedScript(script, folder, 'libraries', {react});
		expect(first.cached).toBe(false);
		first.keep();
		const [file] = await readdir(folder);
		expect(file).toBe(`libraries-${process.version}-${process.arch}.cache`);
		const written = await stat(join(folder, file ?? ''));
		expect(written.size).toBeGreaterThan(0);
		first.keep();
		const next = runCachedScript(script, folder, 'libraries', {react});
		expect(next.cached).toBe(true);
		next.keep();
		const after = await stat(join(folder, file ?? ''));
		expect([after.ino, after.mtimeMs]).toEqual([written.ino, written.mtimeMs]);
		expect(await readdir(folder)).toEqual([file]);
	});

	test('a cache V8 refuses (another build, another Node) is replaced by one it takes', async () => {
		const file = join(folder, `libraries-${process.version}-${process.arch}.cache`);
		await mkdir(folder);
		await writeFile(file, 'not a code cache');
		const refused = runCachedScript(script, folder, 'libraries', {react});
		expect(refused.cached).toBe(false);
		expect(refused.exports['frame']).toBe('<Welcome>');
		refused.keep();
		expect((await readFile(file)).toString()).not.toBe('not a code cache');
		expect(runCachedScript(script, folder, 'libraries', {react}).cached).toBe(true);
	});

	test("writing a library's cache removes its caches of other builds and Nodes, and nothing else", async () => {
		await mkdir(folder);
		const others = ['kubernetes-client-aaaaaaaaaaaa-v22.1.0-x64.cache', `kubernetes-client-bbbbbbbbbbbb-${process.version}-${process.arch}.cache`];
		const kept = ['screen-libraries-aaaaaaaaaaaa-v22.1.0-x64.cache', 'kubernetes-client-notes.txt', 'v22.23.3-x64-9ac5647c-0'];
		for (const name of [...others, ...kept]) await writeFile(join(folder, name), 'another build');
		runCachedScript(script, folder, 'kubernetes-client-cccccccccccc', {react}).keep();
		expect((await readdir(folder)).sort()).toEqual([...kept, `kubernetes-client-cccccccccccc-${process.version}-${process.arch}.cache`].sort());
	});

	test('without a cache folder the script runs and nothing is written', async () => {
		const loaded = runCachedScript(script, undefined, 'libraries', {react});
		loaded.keep();
		expect(loaded.exports['frame']).toBe('<Welcome>');
		expect(await readdir(dir)).toEqual(['libraries.js']);
	});

	test('a cache folder that cannot be made leaves the run as it is, with no partial file', async () => {
		// The folder would be inside a file.
		const blocked = join(script, 'cache');
		const loaded = runCachedScript(script, blocked, 'libraries', {react});
		expect(() => loaded.keep()).not.toThrow();
		expect(await readdir(dir)).toEqual(['libraries.js']);
	});
});

describe('a library script of the build', () => {
	test('runs once however often it is asked for, and keeps its cache in the compile cache folder', async () => {
		const saved = process.env['XDG_CACHE_HOME'];
		process.env['XDG_CACHE_HOME'] = join(dir, 'home-cache');
		try {
			const name = pathToFileURL(script).href;
			const loaded = libraryScript(name, {react});
			expect(libraryScript(name)).toBe(loaded);
			expect(loaded.exports['frame']).toBe('<Welcome>');
			keepLibraryCaches();
			expect(await readdir(join(dir, 'home-cache', 'acr-wizard', 'compile-cache'))).toEqual([`libraries-${process.version}-${process.arch}.cache`]);
		} finally {
			if (saved === undefined) delete process.env['XDG_CACHE_HOME'];
			else process.env['XDG_CACHE_HOME'] = saved;
		}
	});
});

describe('the compile cache folder', () => {
	test("is the XDG cache folder's acr-wizard/compile-cache, else ~/.cache's", () => {
		expect(compileCacheDirectory({XDG_CACHE_HOME: '/var/cache/someone'})).toBe(join('/var/cache/someone', 'acr-wizard', 'compile-cache'));
		expect(compileCacheDirectory({XDG_CACHE_HOME: ''})).toMatch(new RegExp(`\\${sep}\\.cache\\${sep}acr-wizard\\${sep}compile-cache$`));
	});

	test("is none when Node's NODE_DISABLE_COMPILE_CACHE is set", () => {
		expect(compileCacheDirectory({NODE_DISABLE_COMPILE_CACHE: '1', XDG_CACHE_HOME: '/var/cache/someone'})).toBeUndefined();
	});
});
