/**
 * The commands a run prints are true when pasted: the built CLI runs the attach path in one sandbox (joined through
 * its env file), every command it printed is taken from its output, drawn as the screen draws it at 80 columns (cut
 * with ` \` continuations) and copied back, then run one by one by bash with the real az and kubectl against a
 * second, fresh sandbox (signed in as `acr-wizard sandbox`'s client files do it), in the folder --export wrote the
 * YAML to. The registry, the grant and the deployment appear there, and its pods run.
 */
import {spawn} from 'node:child_process';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {wrapCommand} from '../../source/output/wrap.js';
import {seedIds} from '../../source/sandbox/index.js';
import {bash, eventually, missingClients, openLane, said, startWorld, type World} from '../conformance/harness.js';
import {built} from '../reliability/harness.js';

const missing = missingClients();

/** Runs the built CLI joined to `world`'s sandbox, with plain output (no terminal). */
async function wizard(world: World, args: readonly string[], stateHome: string): Promise<{output: string; code: number | null}> {
	const child = spawn(process.execPath, ['dist/cli.js', '--sandbox', world.files.env, '--yes', ...args], {
		env: {...process.env, NO_COLOR: '1', XDG_STATE_HOME: stateHome},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	return {output, code};
}

/** The commands the output printed under its actions (`(✓) …` then `    $ …`, continuation lines indented further), in order. */
function printedCommands(output: string): string[] {
	const commands: string[] = [];
	const lines = output.split('\n');
	lines.forEach((line, index) => {
		if (!line.startsWith('    $ ') || !/^\((?:✓|-)\) /.test(lines[index - 1] ?? '')) return;
		const rest = [];
		for (let next = index + 1; lines[next]?.startsWith('      ') === true; next++) rest.push(lines[next]?.slice(6) ?? '');
		commands.push([line.slice(6), ...rest].join('\n'));
	});
	return commands;
}

/** A command as a person copies it from the screen at `columns`: the Command component's lines, without the `$ ` prompt. */
function copiedAt(command: string, columns: number): string {
	const indent = 4;
	return wrapCommand(command, columns - indent - 2, 0)
		.map((line, index) => (index === 0 || line.midWord ? line.text : `  ${line.text}`))
		.join('\n');
}

describe.skipIf(missing !== undefined || !built)('every command a run prints, pasted into a shell with the real az and kubectl', {timeout: 300_000}, () => {
	let ran: World;
	let fresh: World;
	let folder: string;
	beforeAll(async () => {
		[ran, fresh] = await Promise.all([startWorld(), startWorld()]);
		folder = await mkdtemp(join(tmpdir(), 'acr-wizard-pasted-'));
	}, 120_000);
	afterAll(async () => {
		await Promise.all([ran.close(), fresh.close()]);
		await rm(folder, {recursive: true, force: true});
	});

	test('the attach path: the registry, the import, the grant, the credentials and the deployment, whose pods run', async () => {
		const files = join(folder, 'files');
		const run = await wizard(ran, ['--method', 'attach', '--registry-name', 'pastedacr1', '--export', files], folder);
		expect(run.code, run.output).toBe(0);
		const commands = printedCommands(run.output);
		expect(commands).toEqual([
			'az acr create --name pastedacr1 --resource-group rg-acr-sandbox --sku basic',
			'az acr import --name pastedacr1 --source docker.io/library/nginx:latest --image nginx:v1',
			`az aks update --name ${seedIds.aksCluster} --resource-group rg-acr-sandbox --attach-acr pastedacr1`,
			`az aks get-credentials --resource-group rg-acr-sandbox --name ${seedIds.aksCluster}`,
			`kubectl apply --context ${seedIds.aksCluster} -f acr-nginx.yaml`,
		]);
		// And how to watch the pods: the AKS cluster's context (as az aks get-credentials names it), in the kubeconfig the run used.
		expect(run.output).toMatch(
			/Watch the pods from another terminal:\n {4}\$ kubectl get pods --kubeconfig \S+ --context aks-sandbox --namespace default --watch\n/,
		);
		const lane = await openLane(fresh, 'pasted');
		// az aks get-credentials writes ~/.kube/config, which kubectl then reads, as on a user's machine.
		lane.environment['KUBECONFIG'] = join(lane.home, '.kube', 'config');
		for (const command of commands) {
			const pasted = copiedAt(command, 80);
			const result = await bash(pasted, lane.environment, files, 120_000);
			expect(result.code, `${pasted}\n${said(result)}`).toBe(0);
		}
		const inventory = fresh.sandbox.inventory();
		expect(inventory.registries.map((registry) => registry.name)).toContain('pastedacr1');
		expect(inventory.roleAssignments.filter((item) => item.scope.endsWith('/registries/pastedacr1'))).toHaveLength(1);
		await eventually(
			'the pasted deployment runs its 2 pods',
			async () => {
				const phases = await bash('kubectl get pods --namespace default -l app=nginx0 --output jsonpath={.items[*].status.phase}', lane.environment, lane.home);
				return phases.stdout.trim() === 'Running Running';
			},
			60_000,
		);
	});
});
