/** The last lines of a run that did not end well, for the plain output and the screen alike. */
import {messages} from '../messages/catalog.js';
import {exitCodes} from '../wizard/errors.js';
import type {WizardState} from '../wizard/store.js';
import {displayWidth} from './width.js';
import {wrapCommand, wrapProse} from './wrap.js';

/**
 * One of the last lines: a sentence after its `prefix` (an indent, a bullet: its next lines as far in;
 * `keep`: the parts of it never cut, a path or a command), or a command under the change it removes,
 * after its `lead` ("remove with: ").
 */
export type StopLine =
	| {readonly kind: 'text'; readonly prefix?: string; readonly text: string; readonly keep?: readonly string[]}
	| {readonly kind: 'command'; readonly indent: string; readonly lead: string; readonly command: string};

/**
 * What the run made that still stands and how to remove each, or that nothing was changed
 * (nothing for a run that succeeded), then where the run's record is.
 */
export function stopLines(finished: NonNullable<WizardState['finished']>, record?: WizardState['record']): StopLine[] {
	const recordLine = (file: string, id: string): StopLine => ({kind: 'text', text: messages().record.file(file, id), keep: [file, `acr-wizard undo ${id}`]});
	return [...standingLines(finished), ...(record ? [recordLine(record.file, record.id)] : [])];
}

/** The lines as written where nothing wraps them but the terminal (the plain output): each whole. */
export function plainStopLines(lines: readonly StopLine[]): string[] {
	return lines.flatMap((line) =>
		line.kind === 'text'
			? [`${line.prefix ?? ''}${line.text}`]
			: line.command.split('\n').map((part, index) => `${line.indent}${index === 0 ? `${line.lead}${part}` : part}`),
	);
}

/**
 * The lines cut to a terminal `columns` wide: a sentence at its spaces (a path or a command in it
 * whole), a command between its words with ` \` continuations, its next lines two columns in, so
 * that it pastes as shown. A command with a word wider than its line (a role assignment id) is left
 * whole, as a command of the last frame is (ui/components/soft-wrap.tsx): the terminal wraps it
 * softly, and a copy of the id is one word.
 */
export function fitStopLines(lines: readonly StopLine[], columns: number): string[] {
	return lines.flatMap((line) => {
		if (line.kind === 'text') {
			const prefix = line.prefix ?? '';
			const hang = ' '.repeat(displayWidth(prefix));
			return wrapProse(line.text, columns - hang.length, line.keep).map((part, index) => `${index === 0 ? prefix : hang}${part}`);
		}
		// The lead stands in as one word (and the space after it) as wide as it is on screen, so the command's first line leaves room for it.
		const stand = 'x'.repeat(Math.max(1, displayWidth(line.lead) - 1));
		const fitted = line.command.split('\n').map((part, index) => {
			// A line of the command that goes on another (`  --flag value` after a ` \\`) keeps its own indent.
			const own = /^ */.exec(part)?.[0] ?? '';
			const text = index === 0 ? `${stand} ${part}` : part.slice(own.length);
			const wrapped = wrapCommand(text, columns - line.indent.length - own.length, 2);
			if (wrapped.some((piece) => piece.midWord) || (index === 0 && !wrapped[0]?.text.startsWith(`${stand} `))) return undefined;
			return wrapped.map((piece, at) => {
				if (at > 0) return `${line.indent}${own}  ${piece.text}`;
				return index === 0 ? `${line.indent}${line.lead}${piece.text.slice(stand.length + 1)}` : `${line.indent}${own}${piece.text}`;
			});
		});
		return fitted.every((part) => part !== undefined) ? fitted.flat() : plainStopLines([line]);
	});
}

function standingLines(finished: NonNullable<WizardState['finished']>): StopLine[] {
	const text = messages().common;
	const standing = finished.standing ?? [];
	const sentence = (value: string, prefix = ''): StopLine => ({kind: 'text', prefix, text: value});
	if (finished.exitCode === exitCodes.done) return [];
	if (standing.length === 0)
		return finished.exitCode === exitCodes.cancelled ? [sentence(text.cancelled)] : finished.standing ? [sentence(text.stoppedNothing)] : [];
	return [
		sentence(text.stoppedStanding(standing.length)),
		...standing.flatMap((item): StopLine[] => [
			sentence(item.sentence, '  - '),
			...(item.note ? [sentence(item.note, '      ')] : []),
			...(item.undo ? [{kind: 'command' as const, indent: '      ', lead: text.standingUndo(''), command: item.undo}] : []),
		]),
	];
}
