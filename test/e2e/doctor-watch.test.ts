/**
 * `acr-wizard doctor --demo --watch` in a pseudo-terminal, as a person runs it: the findings and the fix plan,
 * the fix applied, the pod recovering on the live pod list, then the inspector's keys (describe, events, logs,
 * the YAML, esc back) and q to leave; exit 0 since the pod runs.
 */
import {existsSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {runInPty} from './pty.js';

const enter = '\r';
const escape = '\u001B';
// `npm test` builds dist/ before the tests; a plain `vitest run` without a build skips these.
const built = existsSync('dist/cli.js');

describe.skipIf(!built)('doctor --watch in a terminal, on the demo world', () => {
	test('fix, watch the pod recover, inspect it with d e l y and esc, quit with q', async () => {
		const run = await runInPty(
			['doctor', '--demo', '--watch'],
			[
				{matcher: /Apply the fix\?[\s\S]*Watch the pods without a fix/, input: [enter]},
				{matcher: /The pods pull and run now[\s\S]*Running[\s\S]*q quit/, input: ['d']},
				{matcher: /Image Pull Secrets: acr-secret[\s\S]*esc back/, input: [escape]},
				{matcher: /> nginx0-deployment[\s\S]*q quit/, input: ['e']},
				{matcher: /Events of nginx0-deployment[\s\S]*Successfully pulled image[\s\S]*esc back/, input: [escape]},
				{matcher: /> nginx0-deployment[\s\S]*q quit/, input: ['l']},
				{matcher: /kubectl logs nginx0-deployment[\s\S]*start worker process[\s\S]*p previous run/, input: [escape]},
				{matcher: /> nginx0-deployment[\s\S]*q quit/, input: ['y']},
				{matcher: /apiVersion: v1\s+kind: Pod[\s\S]*esc back/, input: ['q']},
			],
		);
		expect(run.exitCode).toBe(0);
		expect(run.output).toContain("(x) The pull secret 'acr-secret' is not of a docker type");
	}, 90_000);
});
