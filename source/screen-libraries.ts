/**
 * The screens' libraries (Ink, React's reconciler, the yoga layout engine: `dist/screen-libraries-*.cjs`, made by the
 * build) run as one classic script with a V8 code cache of its own. Node's compile cache (bin.ts) is made when a module
 * is compiled, so it holds only the code that runs at once: the functions the first frame calls (React's render and
 * commit, Ink's output, yoga's layout) were compiled again on every start, ~20 ms of the ~150 to the welcome screen
 * (`npm run bench`). A script's cache made after the first frame holds them too: it is written once, when there was
 * none or V8 refused it (a new Node, a new build), and read on every later start. Without a cache folder
 * (`NODE_DISABLE_COMPILE_CACHE=1`) or one that cannot be written, the script runs as it is.
 */
import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Script} from 'node:vm';
import React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import {compileCacheDirectory} from './cache-directory.js';

/** What the script's modules may require besides Node's own: the one copy of React the rest of the app renders with. */
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
	const script = new Script(`${wrapperStart}${readFileSync(file, 'utf8')}\n})`, {
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

/** A cache is written whole or not at all (two runs starting together each write their own, the last one stays). */
function writeAtomically(folder: string, file: string, data: Buffer): void {
	const partial = `${file}.${process.pid}.partial`;
	try {
		mkdirSync(folder, {recursive: true});
		writeFileSync(partial, data, {mode: 0o644});
		renameSync(partial, file);
	} catch {
		// No cache (a read-only home, a full disk): the next start compiles again, as it did without one.
		try {
			rmSync(partial, {force: true});
		} catch {
			// There was no folder to leave a partial file in.
		}
	}
}

let screens: {readonly loaded: Loaded; readonly libraries: Promise<Readonly<Record<string, unknown>>>} | undefined;

/**
 * The libraries of the build's `screen-libraries-*.cjs` (`name`, beside the chunk this module is bundled in), run once, when its
 * layout engine is ready: the build's stand-ins for `ink` and `ink-spinner` take their exports from here.
 */
export function screenLibraries(name: string): Promise<Readonly<Record<string, unknown>>> {
	if (!screens) {
		const loaded = runCachedScript(fileURLToPath(new URL(name, import.meta.url)), compileCacheDirectory(), name.replace(/\.cjs$/, ''), {
			react: React,
			'react/jsx-runtime': jsxRuntime,
		});
		const {ready, libraries} = loaded.exports as {ready: Promise<void>; libraries: Readonly<Record<string, unknown>>};
		screens = {loaded, libraries: ready.then(() => libraries)};
	}
	return screens.libraries;
}

/** After the first frame: the screens' code cache, when this start had none to read (nothing when they were not loaded). */
export function keepScreenLibrariesCache(): void {
	screens?.loaded.keep();
}
