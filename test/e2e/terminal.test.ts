/**
 * The terminal conventions of issue 15, on the built CLI in a pseudo-terminal: NO_COLOR (any
 * value) and --no-color draw no colour, an unknown flag exits 2 before anything is drawn, and
 * `q` on a successful summary ends the run with exit 0, its last line ended so the shell's prompt
 * starts below it.
 */
import {existsSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {runInPty} from './pty.js';

const enter = '\r';
// `npm test` builds dist/ before the tests; a plain `vitest run` without a build skips these.
const built = existsSync('dist/cli.js');

/** An SGR sequence that sets a foreground colour (ESC [ 30–39 m, 90–97 m or 38;…). */
// eslint-disable-next-line no-control-regex -- the escape character is what is looked for
const colour = /\u001B\[(?:3[0-8]|9[0-7])(?:;[\d;]*)?m/;

/** The welcome screen, then `q`: what was drawn. */
async function welcomeScreen(args: readonly string[], env: NodeJS.ProcessEnv) {
	return runInPty(['--demo', '--pace', 'fast', ...args], [{matcher: /Ready to start\?[\s\S]*Quit/, input: ['q']}], 60_000, env);
}

describe.skipIf(!built)('terminal conventions of the built CLI', () => {
	test('the welcome screen is drawn in colour by default', async () => {
		const run = await welcomeScreen([], {NO_COLOR: undefined, FORCE_COLOR: undefined});
		expect(run.raw).toMatch(colour);
	}, 60_000);

	test.each([
		['NO_COLOR=1', [], {NO_COLOR: '1'}],
		['NO_COLOR set empty', [], {NO_COLOR: ''}],
		['--no-color', ['--no-color'], {NO_COLOR: undefined, FORCE_COLOR: undefined}],
	] as const)(
		'%s: the same screen without a single colour',
		async (_name, args, env) => {
			const run = await welcomeScreen(args, env);
			expect(run.output).toContain('Welcome to acr-wizard');
			expect(run.raw).not.toMatch(colour);
		},
		60_000,
	);

	test('an unknown flag exits 2 and names --help', async () => {
		const run = await runInPty(['--demo', '--bogus'], []);
		expect(run.exitCode).toBe(2);
		expect(run.output).toContain('acr-wizard has no flag --bogus.');
		expect(run.output).toContain('acr-wizard --help lists the flags it takes.');
	}, 60_000);

	test('--help in a terminal 60 columns wide is cut to 60, each description under its flag where the column would be too narrow', async () => {
		const run = await runInPty(['--help'], [], 60_000, {COLUMNS: '60', LINES: '40'});
		expect(run.exitCode).toBe(0);
		const lines = run.output.replaceAll('\r', '').split('\n');
		expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(60);
		expect(lines).toContain('    --yes, -y');
		expect(lines).toContain('        do not ask: take defaults, fail naming the flag a');
	}, 60_000);

	test('q on the summary of a run whose pods run ends it with exit 0', async () => {
		const run = await runInPty(
			['--demo', '--pace', 'fast', '--method', 'attach', '--registry-name', 'e2equit01'],
			[
				{matcher: 'Check prerequisites', input: [enter]},
				{matcher: /What next\?[\s\S]*Go on/, input: [enter]},
				{matcher: 'Resource group for the new registry', input: [enter]},
				{matcher: 'SKU', input: [enter]},
				{matcher: 'Apply this change?', input: [enter]},
				{matcher: 'Import', input: [enter]},
				{matcher: 'Which AKS cluster', input: [enter]},
				{matcher: 'az aks update --name aks-sandbox --resource-group rg-acr-sandbox --attach-acr e2equit01', input: [enter]},
				{matcher: 'Apply this deployment?', input: [enter]},
				// The live pods stay on screen until enter (or esc) goes on to the summary.
				{matcher: /are running[\s\S]*Go on to the summary/, input: [enter]},
				{matcher: /What next\?[\s\S]*Finish/, input: ['q']},
			],
			90_000,
			// A terminal shorter than the summary: Ink then draws the last frame without a newline after it.
			{LINES: '24'},
		);
		expect(run.exitCode).toBe(0);
		// The record's line is the frame's last: a prompt starting on it would be drawn over it.
		expect(run.output.replaceAll('\r', '')).toMatch(/removes what it made\)\n$/);
	}, 90_000);
});
