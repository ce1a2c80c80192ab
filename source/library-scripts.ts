/**
 * Libraries the build bundles as classic scripts (`dist/*-<hash>.cjs`: the screens' Ink and React reconciler, the
 * Kubernetes client), run with a V8 code cache of their own. Node's compile cache (bin.ts) is made when a module is
 * compiled, so it holds only the code that runs at once: the functions a library runs as it loads and on its first use
 * were compiled again on every start. A script's cache made after they ran holds them too: it is written once, when
 * there was none or V8 refused it (a new Node, a new build), and read on every later start. Without a cache folder
 * (`NODE_DISABLE_COMPILE_CACHE=1`) or one that cannot be written, the script runs as it is.
 */
import {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join, parse} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Script} from 'node:vm';
import {compileCacheDirectory} from './cache-directory.js';

/** What the script's modules may require besides Node's own: modules the app has loaded already (its one copy of React). */
export type Provided = Readonly<Record<string, unknown>>;

/** Node's own CommonJS wrapper, its first line's columns taken back so that stack traces point into the file. */
const wrapperStart = '(function (exports, require, module, __filename) {';

/** What a script run gives: its exports, whether V8 took the cache read, and `keep()`, which writes it when it did not. */
export type Loaded = {readonly exports: Readonly<Record<string, unknown>>; readonly cached: boolean; readonly keep: () => void};

/**
 * Runs the CommonJS script at `file` (its `module.exports` returned) with the code cache kept in `cacheFolder` under
 * `cacheName`; `keep()` writes the cache of what has run so far when the one read was missing or refused.
 */
export function runCachedScript(file: string, cacheFolder: string | undefined, cacheName: string, provided: Provided): Loaded {
	const cacheFile = cacheFolder === undefined ? undefined : join(cacheFolder, `${cacheName}-${process.version}-${process.arch}.cache`);
	const cachedData = cacheFile === undefined ? undefined : readIfThere(cacheFile);
	// The build writes the scripts in ASCII (esbuild escapes the rest), which latin1 reads as is, without UTF-8's decoding.
	const script = new Script(`${wrapperStart}${readFileSync(file, 'latin1')}\n})`, {
		filename: file,
		columnOffset: -wrapperStart.length,
		...(cachedData ? {cachedData} : {}),
	});
	const nodeRequire = createRequire(file);
	const module = {exports: {} as Record<string, unknown>};
	const run = script.runInThisContext() as (exports: object, require: (id: string) => unknown, module: object, filename: string) => void;
	run(module.exports, (id) => (Object.hasOwn(provided, id) ? provided[id] : nodeRequire(id)), module, file);
	const cached = cachedData !== undefined && script.cachedDataRejected !== true;
	let kept = cached;
	return {
		exports: module.exports,
		cached,
		keep: () => {
			if (kept || cacheFile === undefined || cacheFolder === undefined) return;
			kept = true;
			writeAtomically(cacheFolder, cacheFile, script.createCachedData());
		},
	};
}

function readIfThere(file: string): Buffer | undefined {
	try {
		return readFileSync(file);
	} catch {
		return undefined;
	}
}

/**
 * The caches of the same library for other builds or Nodes (`kubernetes-client-<hash>-<node>-<arch>.cache`) are removed
 * once this one is written: an upgrade leaves no cache behind that nothing reads.
 */
function forgetOtherBuilds(folder: string, file: string): void {
	const name = parse(file).name;
	const library = name.replace(/-[0-9a-f]{12}-v[\d.]+-\w+$/, '');
	if (library === name) return;
	for (const other of readdirSync(folder))
		if (other !== `${name}.cache` && other.startsWith(`${library}-`) && /-[0-9a-f]{12}-v[\d.]+-\w+\.cache$/.test(other))
			rmSync(join(folder, other), {force: true});
}

/** A cache is written whole or not at all (two runs starting together each write their own, the last one stays). */
function writeAtomically(folder: string, file: string, data: Buffer): void {
	const partial = `${file}.${process.pid}.partial`;
	try {
		mkdirSync(folder, {recursive: true});
		writeFileSync(partial, data, {mode: 0o644});
		renameSync(partial, file);
		forgetOtherBuilds(folder, file);
	} catch {
		// No cache (a read-only home, a full disk): the next start compiles again, as it did without one.
		try {
			rmSync(partial, {force: true});
		} catch {
			// There was no folder to leave a partial file in.
		}
	}
}

const loadedScripts = new Map<string, Loaded>();

/**
 * The build's script `name` (a file beside the chunk this module is bundled in, or a file URL), run once, its modules given
 * `provided`; its cache is kept at the exit if not before (`keepLibraryCaches`).
 */
export function libraryScript(name: string, provided: Provided = {}): Loaded {
	let loaded = loadedScripts.get(name);
	if (!loaded) {
		if (loadedScripts.size === 0) process.once('exit', keepLibraryCaches);
		const file = fileURLToPath(new URL(name, import.meta.url));
		loaded = runCachedScript(file, compileCacheDirectory(), parse(file).name, provided);
		loadedScripts.set(name, loaded);
	}
	return loaded;
}

/** The exports of the build's script `name` (libraryScript): the build's stand-in for the Kubernetes client takes its own from here. */
export function libraryExports(name: string): Loaded['exports'] {
	return libraryScript(name).exports;
}

/** The code cache of each script loaded, when this start had none to read. */
export function keepLibraryCaches(): void {
	for (const loaded of loadedScripts.values()) loaded.keep();
}
