import {Writable} from 'node:stream';
import {describe, expect, test} from 'vitest';
import {watchLineEnd} from '../../source/ui/line-end.js';

/** A terminal stand-in that keeps what it was sent. */
function terminal(): {stream: NodeJS.WriteStream; sent: () => string} {
	let sent = '';
	const stream = new Writable({
		write(chunk: Buffer, _encoding, done) {
			sent += chunk.toString('utf8');
			done();
		},
	}) as unknown as NodeJS.WriteStream;
	return {stream, sent: () => sent};
}

describe('the line end after the last frame', () => {
	test('a frame that fills the terminal and ends without a newline gets one, so the prompt cannot overwrite its last line', () => {
		const {stream, sent} = terminal();
		const watch = watchLineEnd(stream);
		stream.write('Summary\nThe record of this run: /home/alex/.local/state/acr-wizard/runs/20261202-112101-50f1.json');
		// Ink shows the cursor again as it unmounts: an escape sequence, not text.
		stream.write('\u001B[?25h');
		watch.end();
		expect(sent().endsWith('50f1.json\u001B[?25h\n')).toBe(true);
	});

	test('a frame that already ends its line gets no blank line after it', () => {
		const {stream, sent} = terminal();
		const watch = watchLineEnd(stream);
		stream.write('\u001B[2K\u001B[1A');
		stream.write('All 2 pods are running.\n');
		stream.write('\u001B[?25h');
		watch.end();
		expect(sent()).toBe('\u001B[2K\u001B[1AAll 2 pods are running.\n\u001B[?25h');
	});

	test('nothing drawn leaves nothing to end, and a second end writes nothing more', () => {
		const {stream, sent} = terminal();
		const watch = watchLineEnd(stream);
		watch.end();
		stream.write('after');
		watch.end();
		expect(sent()).toBe('after');
	});

	test('the stream writes as before once the watch ends', () => {
		const {stream} = terminal();
		const write = stream.write;
		const watch = watchLineEnd(stream);
		expect(stream.write).not.toBe(write);
		watch.end();
		expect(stream.write).toBe(write);
	});
});
