import {readFile} from 'node:fs/promises';
import {simpleText} from './string-width-fast.mjs';

// wrap-ansi, slice-ansi, ansi-tokenize and Ink's line updates each build an Intl.Segmenter when they are imported: the
// first one loads ICU's break rules, ~12 ms before the first frame. Each is made on its first use instead. Ink splits
// every line it draws into graphemes with ansi-tokenize, so that one also takes a fast path: a line made only of
// characters that are each a grapheme cluster of their own (string-width-fast's, and the tab, the line feed, the bell and
// the escape of the ANSI codes: controls, each a cluster of its own but a carriage return before a line feed) is split
// character by character, without ICU; any other
// line goes to the segmenter (test/build/segmenters-on-first-use.test.ts compares the two). A module whose segmenter
// reads otherwise than this build knows fails the build rather than slowing the start silently.

export const segmenterModules =
	/[\\/](wrap-ansi[\\/]index|slice-ansi[\\/]tokenize-ansi|ink[\\/]build[\\/]line-update|@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize)\.js$/;

/** The characters of a line ansi-tokenize may split one by one: string-width-fast's, the tab, line feed, bell and escape. */
export const simpleLine = simpleText.replace('^[', '^[\\u0007\\u0009\\u000A\\u001B');

const tokenizeSplit = 'segmenter.segment(str)';
const tokenizeFast = [
	'',
	'// acr-wizard build: a line of characters that are each their own grapheme cluster is split without the segmenter.',
	`const simpleLineRegex = new RegExp('${simpleLine}');`,
	'function graphemesOf(str) {',
	'\tif (!simpleLineRegex.test(str)) return segmenter.segment(str);',
	'\tconst graphemes = [];',
	'\tfor (let index = 0; index < str.length; index++) graphemes.push({segment: str[index], index});',
	'\treturn graphemes;',
	'}',
	'',
].join('\n');

/** The module's source with its one top-level segmenter made on first use (and ansi-tokenize's fast path); throws when it reads otherwise. */
export function deferSegmenter(source, path) {
	const made = /^const (\w+) = new Intl\.Segmenter\(([^()]*)\);$/m.exec(source);
	const name = made?.[1];
	if (!made || !name || source.split('new Intl.Segmenter(').length !== 2)
		throw new Error(`${path} changed: no one segmenter made at its top for this build to defer`);
	// Comments name the segmenter too; only the code's uses count.
	const uses = source.replace(/\/\/.*$/gm, '').match(new RegExp(`\\b${name}\\b(\\.\\w+)?`, 'g')) ?? [];
	if (uses.some((use) => use !== name && use !== `${name}.segment`) || uses.filter((use) => use === name).length !== 1)
		throw new Error(`${path} uses its segmenter ${name} otherwise than by .segment(): this build cannot defer it`);
	const lazy = `let ${name}Made;\nconst ${name} = {segment: (text) => (${name}Made ??= new Intl.Segmenter(${made[2]})).segment(text)};`;
	const deferred = source.replace(made[0], () => lazy);
	if (!/[\\/]ansi-tokenize[\\/]/.test(path)) return deferred;
	if (name !== 'segmenter' || deferred.split(tokenizeSplit).length !== 2)
		throw new Error(`${path} changed: its one split into graphemes is not ${tokenizeSplit}`);
	return deferred.replace(tokenizeSplit, 'graphemesOf(str)').replace(lazy, () => `${lazy}\n${tokenizeFast}`);
}

/** The esbuild plugin. */
export const segmentersOnFirstUse = {
	name: 'segmenters-on-first-use',
	setup(builder) {
		builder.onLoad({filter: segmenterModules}, async ({path}) => ({contents: deferSegmenter(await readFile(path, 'utf8'), path), loader: 'js'}));
	},
};
