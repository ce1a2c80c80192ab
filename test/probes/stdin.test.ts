import {PassThrough} from 'node:stream';
import {describe, expect, test} from 'vitest';
import {readSecretFromStdin} from '../../source/probes/stdin.js';

describe('a secret piped on stdin (--source-password-stdin)', () => {
	test('is read to its end once, without the trailing newline echo adds; a terminal gives nothing', async () => {
		const terminal = Object.assign(new PassThrough(), {isTTY: true}) as unknown as NodeJS.ReadStream;
		await expect(readSecretFromStdin(terminal)).resolves.toBeUndefined();
		const piped = new PassThrough();
		piped.end('dckr_pat_example\n');
		await expect(readSecretFromStdin(piped as unknown as NodeJS.ReadStream)).resolves.toBe('dckr_pat_example');
	});
});
