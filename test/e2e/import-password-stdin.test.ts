/**
 * Docker Hub credentials for the sample import, the password piped on stdin (`--source-password-stdin`, as
 * `docker login --password-stdin` reads it): the built CLI joins a sandbox whose Docker Hub allows no
 * anonymous pull, runs the attach path under --yes, and the import goes through as the account; the
 * password appears nowhere in what the run prints or keeps.
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {dockerHubAccount} from '../../source/sandbox/azure/docker-hub.js';
import {startSandbox, type Sandbox} from '../../source/sandbox/index.js';
import {built} from '../reliability/harness.js';

let sandbox: Sandbox;
let stateHome: string;

beforeAll(async () => {
	sandbox = await startSandbox({pace: 'fast', dockerHubAnonymousPulls: 0});
	stateHome = mkdtempSync(join(tmpdir(), 'acr-wizard-import-stdin-'));
});
afterAll(async () => {
	await sandbox.close();
	rmSync(stateHome, {recursive: true, force: true});
});

/** Runs the built CLI joined to the sandbox with `stdin` piped in; stdout and stderr apart. */
async function run(args: readonly string[], stdin: string): Promise<{stdout: string; stderr: string; code: number | null}> {
	const child = spawn(process.execPath, ['dist/cli.js', '--sandbox', sandbox.armEndpoint, '--yes', ...args], {
		env: {...process.env, NO_COLOR: '1', XDG_STATE_HOME: stateHome},
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
	child.stdin.end(stdin);
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	return {stdout, stderr, code};
}

/** Every file under a directory, as text. */
function filesUnder(directory: string): string[] {
	return readdirSync(directory).flatMap((name) => {
		const path = join(directory, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [readFileSync(path, 'utf8')];
	});
}

const attach = ['--method', 'attach', '--cluster', 'aks-sandbox'];

describe.skipIf(!built)('the sample import with a Docker Hub account, its password from stdin', {timeout: 180_000}, () => {
	test('--source-username with --source-password-stdin imports docker.io nginx past the anonymous limit, and the pods run', async () => {
		const {stdout, stderr, code} = await run(
			[...attach, '--registry-name', 'stdinimport01', '--source-username', dockerHubAccount.username, '--source-password-stdin'],
			`${dockerHubAccount.password}\n`,
		);
		expect(code, stderr).toBe(0);
		expect(stdout).toContain(
			`az acr import --name stdinimport01 --source docker.io/library/nginx:latest --image nginx:v1 --username ${dockerHubAccount.username} --password "$DOCKER_HUB_PASSWORD"`,
		);
		expect(stdout).not.toMatch(/toomanyrequests/);
		expect(stdout).toContain('Both pods are running.');
		const registry = [...sandbox.state.registries.values()].find((candidate) => candidate.name === 'stdinimport01');
		expect([...(registry?.images.get('nginx')?.keys() ?? [])]).toEqual(['v1']);
		for (const text of [stdout, stderr, ...filesUnder(stateHome)]) expect(text).not.toContain(dockerHubAccount.password);
	});

	test('--source-password-stdin with nothing piped stops before anything is made, saying how to pipe it', async () => {
		const {stdout, stderr, code} = await run(
			[...attach, '--registry-name', 'stdinimport02', '--source-username', dockerHubAccount.username, '--source-password-stdin'],
			'',
		);
		expect(code).not.toBe(0);
		expect(`${stdout}${stderr}`).toMatch(/--source-password-stdin/);
		expect([...sandbox.state.registries.values()].some((candidate) => candidate.name === 'stdinimport02')).toBe(false);
	});
});
