/**
 * `--export DIR` end to end: the built CLI plans a run (`--dry-run`, so the sandbox is left for the
 * script to change) and exports it; the exported `run.sh` then runs with the real az and kubectl
 * against the same sandbox (signed in as `acr-wizard sandbox`'s client files do it) and the sample
 * pod runs. The files are checked too: run.sh passes `bash -n`, every file is 0644 and none holds a
 * secret, and a password is only ever a variable.
 */
import {spawn} from 'node:child_process';
import {mkdtemp, readdir, readFile, rm, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {built, findLeaks} from '../reliability/harness.js';
import {bash, eventually, missingClients, openLane, said, startWorld, type Lane, type World} from '../conformance/harness.js';

const missing = missingClients();

/** Runs the built CLI joined to the world's sandbox through its env file. */
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

describe.skipIf(missing !== undefined || !built)('the exported run.sh, run with the real az and kubectl against the sandbox', {timeout: 240_000}, () => {
	let world: World;
	let lane: Lane;
	let folder: string;
	beforeAll(async () => {
		world = await startWorld();
		lane = await openLane(world, 'export');
		folder = await mkdtemp(join(tmpdir(), 'acr-wizard-export-'));
	});
	afterAll(async () => {
		await world.close();
		await rm(folder, {recursive: true, force: true});
	});

	test('a pull secret with a new service principal: run.sh makes the registry, the principal, its role, the secret and the pod, which runs', async () => {
		const dir = join(folder, 'pull-secret');
		const planned = await wizard(
			world,
			['--dry-run', '--method', 'pull-secret', '--registry-name', 'exportsh1', '--sp-name', 'export-sp', '--export', dir],
			folder,
		);
		expect(planned.code, planned.output).toBe(0);
		expect(planned.output).toContain(`Exported to ${dir}: run.sh, run.ps1, my-awesome-app-pod.yaml (mode 0644: none of them holds a secret).`);
		expect((await readdir(dir)).sort()).toEqual(['my-awesome-app-pod.yaml', 'run.ps1', 'run.sh']);
		for (const name of await readdir(dir)) expect(((await stat(join(dir, name))).mode & 0o777).toString(8), name).toBe('644');
		const script = await readFile(join(dir, 'run.sh'), 'utf8');
		expect(script).toMatch(/^#!\/usr\/bin\/env bash\n#[^\n]*\n#[^\n]*\nset -euo pipefail\n/);
		expect(script).toContain('PASSWORD=$(az ad sp create-for-rbac --name export-sp ');
		expect(script).toContain('--docker-username=$USER_NAME --docker-password="$PASSWORD"');
		expect((await bash(`bash -n "${join(dir, 'run.sh')}"`, lane.environment, lane.home)).code).toBe(0);

		const ran = await bash(`bash "${join(dir, 'run.sh')}"`, lane.environment, lane.home, 180_000);
		expect(ran.code, said(ran)).toBe(0);
		const inventory = world.sandbox.inventory();
		expect(inventory.registries.map((registry) => registry.name)).toContain('exportsh1');
		expect(inventory.servicePrincipals.map((principal) => principal.displayName)).toContain('export-sp');
		await eventually('my-awesome-app-pod runs', async () => {
			const phase = await bash('kubectl get pod my-awesome-app-pod --namespace default --output jsonpath={.status.phase}', lane.environment, lane.home);
			return phase.stdout.trim() === 'Running';
		});
		// The password the script made lived in its variable only: not in the files, not in what it printed.
		const texts = await Promise.all((await readdir(dir)).map(async (name) => readFile(join(dir, name), 'utf8')));
		expect(findLeaks([...texts, ran.stderr], world.sandbox.inventory().secretDigests)).toEqual([]);
	});

	test('a pull secret with a repository-scoped token: the password generate keeps in $TOKEN_PASSWORD reaches the secret, and the pod runs', async () => {
		const dir = join(folder, 'token');
		const planned = await wizard(
			world,
			['--dry-run', '--method', 'pull-secret', '--credential', 'token', '--registry-name', 'exportsh2', '--namespace', 'exported', '--export', dir],
			folder,
		);
		expect(planned.code, planned.output).toBe(0);
		const script = await readFile(join(dir, 'run.sh'), 'utf8');
		expect(script).toContain(
			`TOKEN_PASSWORD=$(az acr token credential generate --name acr-pull-token --registry exportsh2 --password1 --query "passwords[?name=='password1'].value | [0]" --output tsv)`,
		);
		expect(script).toContain('--docker-username=acr-pull-token --docker-password="$TOKEN_PASSWORD"');
		const ran = await bash(`bash "${join(dir, 'run.sh')}"`, lane.environment, lane.home, 180_000);
		expect(ran.code, said(ran)).toBe(0);
		await eventually('my-awesome-app-pod runs in exported', async () => {
			const phase = await bash('kubectl get pod my-awesome-app-pod --namespace exported --output jsonpath={.status.phase}', lane.environment, lane.home);
			return phase.stdout.trim() === 'Running';
		});
		const texts = await Promise.all((await readdir(dir)).map(async (name) => readFile(join(dir, name), 'utf8')));
		expect(findLeaks([...texts, ran.stderr], world.sandbox.inventory().secretDigests)).toEqual([]);
	});
});
