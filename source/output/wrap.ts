/**
 * Commands that stay pasteable on a narrow terminal: a long command is cut between its words,
 * each line but the last ending in ` \` (a shell line continuation); a single word longer than
 * a line (a role assignment id) is cut with a `\` at the end of the line and goes on at column 0,
 * which the shell joins back into one word. Nothing is ever cut inside single quotes, where a
 * backslash is literal: such a word is left whole for the terminal to wrap softly.
 * Azure PowerShell commands end their lines in `` ` `` instead (PowerShell's continuation), and are
 * never cut inside a word: PowerShell has no way to join one back.
 */

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

/** One line of a wrapped command, and whether it goes on a word (then drawn at column 0, without indent). */
export type WrappedLine = {readonly text: string; readonly midWord: boolean};

/**
 * `command` (one or more lines) cut to `width` columns, continuation lines drawn `indent`
 * columns in (those going on inside a word at column 0). Lines that fit are left as they are.
 */
export function wrapCommand(command: string, width: number, indent = 2, shell: Shell = 'bash'): WrappedLine[] {
	return command.split('\n').flatMap((line) => (line.length <= width ? [{text: line, midWord: false}] : wrapLine(line, width, indent, shell)));
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
	for (const word of commandWords(line)) {
		if (current !== '' && current.length + 1 + word.length > room(2)) {
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
 * expects it: after a space (not between a method and its path), else before a `/`; only a piece wider
 * than a whole line is cut inside.
 */
export function wrapPath(text: string, width: number): string[] {
	if (width < 8 || text.length <= width) return [text];
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
