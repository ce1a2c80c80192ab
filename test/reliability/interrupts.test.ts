/**
 * Interrupts: SIGINT, SIGTERM and SIGHUP to plain runs (at start, with the sandbox up, mid-plan),
 * Ctrl+C and a closed terminal at each screen of a terminal run, and signals to `acr-wizard
 * sandbox`. Every case: the exit code of that stop, no file left in the temporary directory (the
 * demo's kubeconfig holds bearer tokens), no crash, no secret in the output, and in a terminal
 * the cursor shown again.
 */
import {describe, expect, test, vi} from 'vitest';
import {built, Cli, type CliRun} from './harness.js';
import {tally} from './tally.js';

const exitCodeOf: Record<string, number> = {SIGINT: 2, SIGTERM: 143, SIGHUP: 129};
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const enter = '\r';
const ctrlC = '\u0003';

// Each case starts the CLI and its sandbox; several run at once on a small machine.
vi.setConfig({testTimeout: 120_000});

/** Checks one interrupted run and tallies it. */
function expectClean(run: CliRun, expected: {exitCodes: readonly number[]; killedEarly?: boolean}) {
	// A signal in the first instant may end node before any handler (nothing exists yet then).
	const endedBySignalEarly = expected.killedEarly === true && run.signal !== null && run.leftBehind.length === 0;
	const clean =
		!run.hung &&
		run.leftBehind.length === 0 &&
		run.leaks.length === 0 &&
		(endedBySignalEarly || (!run.crashed && expected.exitCodes.includes(run.exitCode ?? -1)));
	tally({kind: 'interrupt', clean}, run);
	expect(run.hung).toBe(false);
	expect(run.leftBehind).toEqual([]);
	expect(run.leaks).toEqual([]);
	if (!endedBySignalEarly) {
		expect(run.crashed, run.output.slice(-1500)).toBe(false);
		expect(expected.exitCodes).toContain(run.exitCode);
	}
}

describe.skipIf(!built).concurrent('signals to a plain --yes run of the demo', () => {
	const args = ['--demo', '--yes', '--pace', 'fast', '--method', 'attach', '--registry-name', 'sigtest01'];
	for (const signal of signals) {
		test(`${signal} at once: nothing left behind`, async () => {
			const cli = await Cli.start(args);
			cli.signal(signal);
			expectClean(await cli.done(), {exitCodes: [exitCodeOf[signal] ?? 1], killedEarly: true});
		});

		test(`${signal} once the sandbox is up: stopped, its kubeconfig removed`, async () => {
			const cli = await Cli.start(args);
			await cli.waitFor('Sandbox: talking to the local emulator');
			cli.signal(signal);
			expectClean(await cli.done(), {exitCodes: [exitCodeOf[signal] ?? 1]});
		});

		test(`${signal} while the registry is being created: stopped, what stands listed, nothing left in the temporary directory`, async () => {
			// SIGINT lets the running action finish (the hold is short); SIGTERM and SIGHUP stop at once.
			const cli = await Cli.start(args, {faults: `latency(${signal === 'SIGINT' ? 1500 : 30000}) PUT /registries/sigtest01$`});
			await cli.waitFor('Creating sigtest01');
			cli.signal(signal);
			const run = await cli.done();
			expectClean(run, {exitCodes: [exitCodeOf[signal] ?? 1]});
			// The record of the run is saved whatever stopped it, and says it stopped.
			expect(run.records).toHaveLength(1);
			const record = JSON.parse(run.records[0] ?? '{}') as {state?: string; exitCode?: number; journal?: Array<{outcome: string; undo?: {command: string}}>};
			expect(record).toMatchObject({state: 'stopped', exitCode: exitCodeOf[signal]});
			if (signal === 'SIGINT') {
				// The create finished before the stop: the record holds it with the command that removes it.
				expect(record.journal?.map((entry) => [entry.outcome, entry.undo?.command])).toEqual([
					['done', 'az acr delete --name sigtest01 --resource-group rg-acr-sandbox --yes'],
				]);
				// Stopped after the create, before the import: the registry stands, with the command that removes it.
				expect(run.output).toMatch(
					/Stopped\. This run made 1 change that is still in place:\n {2}- Create the Basic registry sigtest01[^\n]*\n {6}remove with: az acr delete/,
				);
				expect(run.output).not.toContain('Importing nginx');
			} else {
				expect(run.output).toContain('Nothing this run made is left in place.');
			}
		});

		test(`${signal} while the pods are watched: stopped, nothing left in the temporary directory`, async () => {
			const cli = await Cli.start(args, {faults: 'latency(30000)@kube GET /pods$ x*'});
			await cli.waitFor('Apply this deployment?');
			cli.signal(signal);
			expectClean(await cli.done(), {exitCodes: [exitCodeOf[signal] ?? 1]});
		});
	}
});

describe.skipIf(!built).concurrent('a stop asked twice, and Ctrl+C in a --yes terminal run', () => {
	const args = ['--demo', '--yes', '--pace', 'fast', '--method', 'attach', '--registry-name', 'twicetest01'];
	test('a second SIGINT stops at once, even in the middle of an action (exit 2)', async () => {
		const cli = await Cli.start(args, {faults: 'latency(120000) PUT /registries/twicetest01$'});
		await cli.waitFor('Creating twicetest01');
		cli.signal('SIGINT');
		await cli.waitFor('Stopping after the current action');
		cli.signal('SIGINT');
		expectClean(await cli.done(), {exitCodes: [2]});
	});

	test('Ctrl+C in a --yes run in a terminal stops after the running action (exit 2), and says what stands', async () => {
		const cli = await Cli.start(args, {tty: true, faults: 'latency(1500) PUT /registries/twicetest01$'});
		await cli.waitFor('Creating twicetest01');
		cli.type(ctrlC);
		const run = await cli.done();
		expectClean(run, {exitCodes: [2]});
		expect(run.output).toContain('This run made 1 change that is still in place');
		expect(run.output).not.toContain('Importing nginx');
	});
});

describe.skipIf(!built).concurrent('Ctrl+C and a closed terminal in a terminal run', () => {
	const args = ['--demo', '--pace', 'fast', '--registry-name', 'ttysig01'];
	const screens: ReadonlyArray<{name: string; reach: (cli: Cli) => Promise<void>}> = [
		{name: 'the welcome screen', reach: async (cli) => void (await cli.waitFor('Check prerequisites'))},
		{
			name: 'the prerequisites screen',
			reach: async (cli) => {
				await cli.waitFor('Check prerequisites');
				cli.type(enter);
				await cli.waitFor(/What next\?[\s\S]*Go on/);
			},
		},
		{
			name: 'the method question',
			reach: async (cli) => {
				await cli.waitFor('Check prerequisites');
				cli.type(enter);
				await cli.waitFor(/What next\?[\s\S]*Go on/);
				cli.type(enter);
				await cli.waitFor('Resource group for the new registry');
			},
		},
	];
	for (const screen of screens) {
		test(`Ctrl+C on ${screen.name}: cancelled (exit 2), cursor shown, nothing left`, async () => {
			const cli = await Cli.start(args, {tty: true});
			await screen.reach(cli);
			cli.type(ctrlC);
			const run = await cli.done();
			expectClean(run, {exitCodes: [2]});
			expect(run.output).toContain('Cancelled.');
		});

		test(`a closed terminal on ${screen.name}: stopped (129), nothing left`, async () => {
			const cli = await Cli.start(args, {tty: true});
			await screen.reach(cli);
			cli.signal('SIGHUP');
			expectClean(await cli.done(), {exitCodes: [129]});
		});

		test(`SIGTERM on ${screen.name}: stopped (143), nothing left`, async () => {
			const cli = await Cli.start(args, {tty: true});
			await screen.reach(cli);
			cli.signal('SIGTERM');
			expectClean(await cli.done(), {exitCodes: [143]});
		});
	}
});

describe.skipIf(!built).concurrent('signals to acr-wizard sandbox', () => {
	for (const signal of signals) {
		test(`${signal} at once: nothing left behind`, async () => {
			const cli = await Cli.start(['sandbox']);
			cli.signal(signal);
			expectClean(await cli.done(), {exitCodes: [signal === 'SIGINT' ? 0 : (exitCodeOf[signal] ?? 1)], killedEarly: true});
		});

		test(`${signal} once it runs: stopped, its kubeconfig removed`, async () => {
			const cli = await Cli.start(['sandbox']);
			await cli.waitFor('Press Ctrl+C to stop.');
			cli.signal(signal);
			const run = await cli.done();
			expectClean(run, {exitCodes: [signal === 'SIGINT' ? 0 : (exitCodeOf[signal] ?? 1)]});
			expect(run.output).toContain('Sandbox stopped.');
		});
	}

	test('a fault spec it cannot read is refused before anything starts (exit 2), saying how faults are written', async () => {
		const cli = await Cli.start(['sandbox', '--faults', 'explode GET /x']);
		const run = await cli.done();
		tally({kind: 'input', outcome: run.exitCode === 2 && run.output.includes('is not a fault kind') ? 'clear' : run.crashed ? 'crash' : 'unclear'}, run);
		expect(run.exitCode).toBe(2);
		expect(run.output).toContain('"explode" is not a fault kind');
		expect(run.leftBehind).toEqual([]);
	});
});
