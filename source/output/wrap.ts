/**
 * Commands that stay pasteable on a narrow terminal: a long command is cut between its words,
 * each line but the last ending in ` \` (a shell line continuation); a single word longer than
 * a line (a role assignment id) is cut with a `\` at the end of the line and goes on at column 0,
 * which the shell joins back into one word. Nothing is ever cut inside single quotes, where a
 * backslash is literal: such a word is left whole for the terminal to wrap softly.
 * Azure PowerShell commands end their lines in `` ` `` instead (PowerShell's continuation), and are
 * never cut inside a word: PowerShell has no way to join one back.
 */
import {displayWidth} from './width.js';

/** Whose continuation a wrapped command uses: bash's ` \` or PowerShell's `` ` ``. */
export type Shell = 'bash' | 'powershell';

/** The words of one command line, quotes kept with their word (`-p '{"a": 1}'` is two words). */
export function commandWords(line: string): string[] {
	const words: string[] = [];
	let current = '';
	let quote: "'" | '"' | undefined;
	for (const character of line) {
		if (quote) {
			current += character;
			if (character === quote) quote = undefined;
		} else if (character === "'" || character === '"') {
			quote = character;
			current += character;
		} else if (character === ' ') {
			if (current !== '') words.push(current);
			current = '';
		} else {
			current += character;
		}
	}
	if (current !== '') words.push(current);
	return words;
}

/**
 * One line of a wrapped command, and whether it goes on a word (then drawn at column 0, without indent);
 * `startsCommand` on a line after the first that begins another command of the same text (drawn with its own `$ `).
 */
export type WrappedLine = {readonly text: string; readonly midWord: boolean; readonly startsCommand?: true};

/**
 * For each line of `command`, whether it begins a command of its own: not when the line before it goes on
 * (` \\`, PowerShell's `` ` ``), nor inside a here-document (`<< EOF` … `EOF`) or a here-string (`@"` … `"@`).
 */
export function commandLineStarts(command: string): boolean[] {
	let inside: RegExp | undefined;
	let goesOn = false;
	return command.split('\n').map((line, index) => {
		const starts = index === 0 || (inside === undefined && !goesOn);
		if (inside !== undefined) {
			if (inside.test(line)) inside = undefined;
		} else if (/<< ?EOF\b/.test(line)) inside = /^EOF$/;
		else if (/@"$/.test(line)) inside = /^"@/;
		goesOn = / [\\`]$/.test(line);
		return starts;
	});
}

/**
 * `command` (one or more lines) cut to `width` columns, continuation lines drawn `indent`
 * columns in (those going on inside a word at column 0). Lines that fit are left as they are.
 */
export function wrapCommand(command: string, width: number, indent = 2, shell: Shell = 'bash'): WrappedLine[] {
	const starts = commandLineStarts(command);
	return command.split('\n').flatMap((line, index) => {
		const [first, ...rest] = line.length <= width ? [{text: line, midWord: false}] : wrapLine(line, width, indent, shell);
		if (first === undefined) return [];
		return [index > 0 && starts[index] === true ? {...first, startsCommand: true as const} : first, ...rest];
	});
}

function wrapLine(line: string, width: number, indent: number, shell: Shell): WrappedLine[] {
	const continuation = shell === 'powershell' ? ' `' : ' \\';
	const out: WrappedLine[] = [];
	let current = '';
	let midWord = false;
	let first = true;
	// The columns a line has for its text, ` \` (or `\`) kept aside.
	const room = (reserve: number) => width - (midWord || first ? 0 : indent) - reserve;
	const end = (suffix: string) => {
		out.push({text: `${current}${suffix}`, midWord});
		current = '';
		first = false;
	};
	const words = commandWords(line);
	for (const [index, word] of words.entries()) {
		// A flag stays on the line of its value (`--attach-acr myregistry`, `-AcrNameToAttach myregistry`) when the two fit one line.
		const next = words[index + 1];
		const paired = /^-/.test(word) && next !== undefined && !/^-/.test(next) ? word.length + 1 + next.length : word.length;
		const needed = paired <= width - indent - 2 ? paired : word.length;
		if (current !== '' && current.length + 1 + needed > room(2)) {
			end(continuation);
			midWord = false;
		}
		// Cut a word only when it cannot fit a line of its own, and never inside single quotes (a backslash is literal there).
		if (shell === 'bash' && current === '' && word.length > room(2) && !word.includes("'") && width >= 16) {
			let rest = word;
			while (rest.length > room(2)) {
				// At least one character goes on to the next line, so the word never ends on a `\`.
				current = rest.slice(0, Math.min(room(1), rest.length - 1));
				rest = rest.slice(current.length);
				end('\\');
				midWord = true;
			}
			current = rest;
			continue;
		}
		current = current === '' ? word : `${current} ${word}`;
	}
	out.push({text: current, midWord});
	return out;
}

/**
 * A path-like text (an API call: `PUT /subscriptions/…; PUT …`) cut to `width` columns where a reader
 * expects it: each call on a line of its own, after a space (not between a method and its path), else
 * before a `/`; only a piece wider than a whole line is cut inside.
 */
export function wrapPath(text: string, width: number): string[] {
	if (width < 8 || text.length <= width) return [text];
	// Several calls (`PUT …; PUT …`) that do not fit together: each starts a line of its own.
	const calls = text.split(/(?<=;) /);
	if (calls.length > 1) return calls.flatMap((call) => wrapPath(call, width));
	const lines: string[] = [];
	let current = '';
	for (const piece of text.split(/(?<= )(?!\/)|(?<! )(?=\/)/)) {
		if (current !== '' && current.length + piece.trimEnd().length > width) {
			lines.push(current.trimEnd());
			current = '';
		}
		let rest = current === '' ? piece.trimStart() : piece;
		while (current === '' && rest.trimEnd().length > width) {
			lines.push(rest.slice(0, width));
			rest = rest.slice(width);
		}
		current += rest;
	}
	if (current.trimEnd() !== '') lines.push(current.trimEnd());
	return lines;
}

/** Punctuation a line never starts with (it stays on the line of the word before it), and the bar between values (`a | b`). */
const closing = /^[)\]}.,;:!?|»）」』】。，、；：！？]/u;
/** A character of a script written without spaces (Han, kana, full-width forms) on its own, or a run of any others. */
const wideRun =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]+/gu;
/** Punctuation a line never ends with (it goes on with the word after it). */
const opening = /[([{«（「『【]$/u;

/**
 * A sentence cut to `width` columns (as the terminal shows them) where a reader expects it: at its
 * spaces, between two Chinese characters, and around each of `keep` (a path, a command: never cut inside,
 * its spaces included), even where no space is (Chinese sets a path in its text without one); never before closing punctuation
 * nor after an opening one. A piece wider than a line is left whole, for the terminal to wrap softly:
 * a path copied from it is still one word.
 */
export function wrapProse(text: string, width: number, keep: readonly string[] = []): string[] {
	type Piece = {readonly text: string; readonly afterSpace: boolean};
	const pieces: Piece[] = [];
	const spans = keep.filter((span) => span !== '');
	let rest = text;
	let afterSpace = false;
	const words = (part: string) => {
		for (const [index, word] of part.split(' ').entries()) {
			if (index > 0) afterSpace = true;
			// Chinese and Japanese break between any two characters (punctuation kept with its character by the groups below).
			for (const segment of word.match(wideRun) ?? []) {
				pieces.push({text: segment, afterSpace});
				afterSpace = false;
			}
		}
	};
	while (rest !== '') {
		const found = spans
			.map((span) => ({span, at: rest.indexOf(span)}))
			.filter(({at}) => at >= 0)
			.sort((a, b) => a.at - b.at)[0];
		if (found === undefined) {
			words(rest);
			break;
		}
		words(rest.slice(0, found.at));
		pieces.push({text: found.span, afterSpace});
		afterSpace = false;
		rest = rest.slice(found.at + found.span.length);
	}
	// Pieces with no way to break between them (a bracket and what it opens) are one group, cut before or after as a whole.
	const groups: Piece[] = [];
	for (const piece of pieces) {
		const last = groups.at(-1);
		if (last === undefined || (!closing.test(piece.text) && !opening.test(last.text))) groups.push(piece);
		else groups[groups.length - 1] = {text: `${last.text}${piece.afterSpace ? ' ' : ''}${piece.text}`, afterSpace: last.afterSpace};
	}
	const lines: string[] = [];
	let current = '';
	for (const group of groups) {
		const joined = `${current}${group.afterSpace ? ' ' : ''}${group.text}`;
		if (current !== '' && displayWidth(joined) > width) {
			lines.push(current);
			current = group.text;
		} else current = joined;
	}
	if (current !== '') lines.push(current);
	return lines;
}
