/**
 * The connected-registry path in a terminal, as a newcomer takes it (seed 004): the repositories ticked from the
 * registry's own list (the seed's hello-world offered with its import), every plan confirmed, hello-world Running from the clusterIP, then the clean-up, one removal
 * confirmed at a time. The built CLI in a pseudo-terminal on the fast sandbox.
 */
import {existsSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {runInPty} from './pty.js';

const enter = '\r';
const down = '\u001B[B';
const built = existsSync('dist/cli.js');

describe.skipIf(!built)('the connected registry path in a terminal, on the fast sandbox', () => {
	test('from the welcome screen to a Running hello-world pod from the clusterIP, and through clean-up', async () => {
		const run = await runInPty(
			['--demo', '--pace', 'fast', '--method', 'connected-registry', '--registry-name', 'e2eedge01'],
			[
				{matcher: 'Check prerequisites', input: [enter]},
				{matcher: /What next\?[\s\S]*Go on/, input: [enter]},
				{matcher: 'Resource group for the new registry', input: [enter]},
				{matcher: 'SKU', input: [enter]},
				{matcher: 'Apply this change?', input: [enter]},
				{matcher: 'Which Arc-enabled cluster should run the connected registry?', input: [enter]},
				{matcher: 'Which kubeconfig context reaches arc-edge-cluster?', input: [enter]},
				// The new registry is empty: hello-world is offered, ticked, with its import.
				{matcher: /\[x\] hello-world not in the registry yet[\s\S]*space tick/, input: [enter]},
				{matcher: /Apply these \d changes\?/, input: [enter]},
				{matcher: 'Name of the connected registry:', input: [enter]},
				{matcher: 'Mode:', input: [enter]},
				{matcher: 'Sync schedule (cron):', input: [enter]},
				{matcher: 'Log level:', input: [enter]},
				{matcher: 'Apply these 2 changes?', input: [enter]},
				{matcher: 'Also write the protected settings file', input: [enter]},
				{matcher: "clusterIP of the connected registry's Service:", input: [enter]},
				{matcher: 'Apply this change?', input: [enter]},
				{matcher: 'Name of the client token the pods pull with:', input: [enter]},
				{matcher: 'Namespace of the sample deployment:', input: [enter]},
				{matcher: 'Apply these 5 changes?', input: [enter]},
				{matcher: 'Apply this deployment?', input: [enter]},
				{matcher: /(?:is|are) running[\s\S]*Go on to the summary/, input: [enter]},
				{matcher: 'Remove what this run made', input: [down, enter]},
				...Array.from({length: 6}, () => ({matcher: 'Apply this change?', input: [enter]})),
				{matcher: /What next\?[\s\S]*Finish/, input: [enter]},
			],
			120_000,
		);
		expect(run.exitCode).toBe(0);
		expect(run.output).toMatch(/hello-world-deployment-\S+ +1\/1 +Running/);
		expect(run.output).toContain('az acr connected-registry create --registry e2eedge01');
		expect(run.output).toContain('--repository "hello-world"');
		expect(run.output).toContain('az acr import --name e2eedge01 --source mcr.microsoft.com/mcr/hello-world:latest --image hello-world:latest');
		expect(run.output).toContain('az acr connected-registry delete --registry e2eedge01 --name myconnectedregistry --cleanup --yes');
		expect(run.output).not.toContain('SyncTokenPassword=');
	}, 150_000);
});
