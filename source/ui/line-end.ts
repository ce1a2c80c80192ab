/**
 * The shell's prompt on a line of its own after the last frame. Ink 8 draws a frame as tall as the
 * terminal without a newline after it (a newline would scroll its top row away); when the wizard then
 * exits, the prompt starts at the end of the frame's last line, and readline, which takes the prompt to
 * start at column 0, redraws it over that line at the first key: the summary's last line (the record's
 * path, soft-wrapped) was lost so. The stream's writes are watched while Ink draws, and a newline is
 * written at the end only when the last thing shown did not end its line.
 */
import {stripVTControlCharacters} from 'node:util';

type Write = NodeJS.WriteStream['write'];

export type LineEnd = {
	/** Stops watching; writes a newline when what was shown last does not end its line. */
	readonly end: () => void;
};

export function watchLineEnd(stream: NodeJS.WriteStream): LineEnd {
	const write: Write = stream.write;
	// Nothing written yet leaves the cursor where the shell left it: at the start of a line.
	let endsLine = true;
	const watched = function (this: NodeJS.WriteStream, chunk: Uint8Array | string, ...rest: unknown[]): boolean {
		// Escape sequences alone (cursor shown, synchronised output) move nothing: what counts is the last text.
		const shown = stripVTControlCharacters(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
		if (shown !== '') endsLine = shown.endsWith('\n');
		return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
	};
	stream.write = watched;
	let ended = false;
	return {
		end: () => {
			if (ended) return;
			ended = true;
			if (stream.write === (watched as Write)) stream.write = write;
			if (!endsLine) stream.write('\n');
		},
	};
}
