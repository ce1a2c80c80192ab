/**
 * The line editing of a text field, as plain functions over {value, cursor}: what a key or a
 * paste does, with the readline keys a shell user expects (Ctrl+U, Ctrl+K, Ctrl+W, Ctrl+A/E).
 * Control characters never get into a value: escape sequences, C0/C1 controls and DEL are
 * dropped from typed and pasted text, and a line break ends the line (enter).
 */

export type Line = {readonly value: string; readonly cursor: number};

/** What one key or paste does to the line; `submit` when it ends the line. */
export type Edit = {readonly line: Line; readonly submit: boolean};

/** The key facts the editor reads (Ink's `Key`, narrowed). */
export type KeyFacts = {
	readonly ctrl: boolean;
	readonly meta: boolean;
	readonly return: boolean;
	readonly backspace: boolean;
	readonly delete: boolean;
	readonly leftArrow: boolean;
	readonly rightArrow: boolean;
	readonly home?: boolean;
	readonly end?: boolean;
};

// ESC [ … final, ESC O x, ESC + one character, then any C0 control but tab/newlines, DEL and C1 controls.
// eslint-disable-next-line no-control-regex
const escapeSequences = /\u001B(?:\[[0-?]*[ -/]*[@-~]|O.|.)?/gs;
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Text as it may go into a field: without escape sequences or control characters (line breaks are kept for the caller). */
export function printable(text: string): string {
	return text.replace(escapeSequences, '').replace(controls, '');
}

const insert = (line: Line, text: string): Line => ({
	value: line.value.slice(0, line.cursor) + text + line.value.slice(line.cursor),
	cursor: line.cursor + text.length,
});

/** Types or pastes `text` at the cursor; a line break in it ends the line there (the rest is dropped, as a shell would run it). */
export function typeText(line: Line, text: string): Edit {
	const clean = printable(text);
	const breakAt = clean.search(/[\r\n]/);
	if (breakAt < 0) return {line: insert(line, clean), submit: false};
	return {line: insert(line, clean.slice(0, breakAt)), submit: true};
}

/** The start of the word before the cursor (Ctrl+W): skip spaces, then the word. */
function wordStart(value: string, cursor: number): number {
	let index = cursor;
	while (index > 0 && value[index - 1] === ' ') index--;
	while (index > 0 && value[index - 1] !== ' ') index--;
	return index;
}

/** What a key does; `undefined` when the key is not the editor's (escape, arrows up/down, tab…). */
export function pressKey(line: Line, input: string, key: KeyFacts): Edit | undefined {
	const {value, cursor} = line;
	const at = (next: Line): Edit => ({line: next, submit: false});
	if (key.return) return {line, submit: true};
	if (key.ctrl) {
		switch (input) {
			case 'u':
				return at({value: value.slice(cursor), cursor: 0});
			case 'k':
				return at({value: value.slice(0, cursor), cursor});
			case 'w': {
				const start = wordStart(value, cursor);
				return at({value: value.slice(0, start) + value.slice(cursor), cursor: start});
			}
			case 'a':
				return at({value, cursor: 0});
			case 'e':
				return at({value, cursor: value.length});
			case 'b':
				return at({value, cursor: Math.max(0, cursor - 1)});
			case 'f':
				return at({value, cursor: Math.min(value.length, cursor + 1)});
			case 'h':
				return cursor === 0 ? at(line) : at({value: value.slice(0, cursor - 1) + value.slice(cursor), cursor: cursor - 1});
			case 'd':
				return at({value: value.slice(0, cursor) + value.slice(cursor + 1), cursor});
			default:
				// Any other control key is not text: never type its letter.
				return at(line);
		}
	}
	if (key.home) return at({value, cursor: 0});
	if (key.end) return at({value, cursor: value.length});
	if (key.leftArrow) return at({value, cursor: Math.max(0, cursor - 1)});
	if (key.rightArrow) return at({value, cursor: Math.min(value.length, cursor + 1)});
	// Terminals send DEL for the backspace key; Ink reports it as `delete` on some, `backspace` on others.
	if (key.backspace || key.delete) return cursor === 0 ? at(line) : at({value: value.slice(0, cursor - 1) + value.slice(cursor), cursor: cursor - 1});
	if (input === '') return undefined;
	return typeText(line, input);
}
