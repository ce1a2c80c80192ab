/**
 * The screens' libraries (Ink, React's reconciler, the yoga layout engine: the build's `screen-libraries-*.cjs`), a
 * script with a code cache of its own (library-scripts.ts) kept as soon as the first frame is drawn: the functions the
 * first frame calls (React's render and commit, Ink's output, yoga's layout) were compiled again on every start, ~20 ms
 * of the ~150 to the welcome screen (`npm run bench`). React itself is the app's one copy, given to the script.
 */
import React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import {libraryScript, type Loaded} from './library-scripts.js';

let screens: {readonly loaded: Loaded; readonly libraries: Promise<Loaded['exports']>} | undefined;

/**
 * The exports of the script `name`, once its layout engine is ready: the build's stand-ins for `ink` and `ink-spinner`
 * take theirs from here.
 */
export function screenLibraries(name: string): Promise<Loaded['exports']> {
	if (!screens) {
		const loaded = libraryScript(name, {react: React, 'react/jsx-runtime': jsxRuntime});
		const {ready} = loaded.exports as {ready: Promise<void>};
		screens = {loaded, libraries: ready.then(() => loaded.exports)};
	}
	return screens.libraries;
}

/** After the first frame: the screens' code cache, when this start had none to read (nothing when they were not loaded). */
export function keepScreenLibrariesCache(): void {
	screens?.loaded.keep();
}
