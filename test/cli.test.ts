/**
 * The built command line, run as a user would. `npm test` builds first (`npm run build`);
 * running vitest alone needs a build too.
 */
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, test} from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

type Run = {readonly code: number | null; readonly stdout: string; readonly stderr: string};

/** Runs `node dist/cli.js …args` with pipes (so not a TTY) and waits for it to end. */
async function run(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cli, ...args], {cwd: root, env: {...process.env, CI: undefined, ...env}, stdio: ['pipe', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
		child.on('error', reject);
		child.on('close', (code) => resolve({code, stdout, stderr}));
		child.stdin.end();
	});
}

beforeAll(() => {
	if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does).');
});

// Each run starts a Node process; they are independent, so they run side by side.
describe.concurrent('acr-wizard command line', () => {
	test('--help prints the usage and exits 0', async () => {
		const result = await run(['--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('$ acr-wizard [options]');
		expect(result.stdout).toContain('--yes, -y');
		expect(result.stdout).toContain('Exit codes');
	});

	test('--help written to a pipe is cut to 80 columns, whatever COLUMNS says', async () => {
		const result = await run(['--help'], {COLUMNS: '200', LINES: '50'});
		const lines = result.stdout.split('\n');
		expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(80);
		expect(lines).toContain('    --json                             one JSON document on stdout at the end,');
	});

	test('--help lists --lang with the languages it takes', async () => {
		const result = await run(['--help']);
		expect(result.stdout).toMatch(/--lang <tag> +the language of the messages: en, zh-CN, fr or nl/);
	});

	test('--lang fr and a French locale print the help in French (its catalog is loaded when asked for)', async () => {
		const flag = await run(['--help', '--lang', 'fr']);
		const locale = await run(['--help'], {LC_ALL: 'fr_FR.UTF-8'});
		for (const result of [flag, locale]) {
			expect(result.code).toBe(0);
			expect(result.stdout).toMatch(/--help +afficher cette aide/);
		}
	});

	test('a --lang acr-wizard has no catalog for stops with exit code 2, naming the languages it takes', async () => {
		const result = await run(['--demo', '--lang', 'de']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('--lang de is not one of: en, zh-CN, fr, nl.');
		expect(result.stderr).toContain('Fix: Pass one of: --lang en, --lang zh-CN, --lang fr, --lang nl.');
	});

	test('--version prints the package version', async () => {
		const {version} = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {version: string};
		const result = await run(['--version']);
		expect(result.code).toBe(0);
		expect(result.stdout.trim()).toBe(version);
	});

	test('without a terminal and without --yes it stops with exit code 2, naming --yes', async () => {
		const result = await run([]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--yes');
		expect(result.stdout).toBe('');
	});

	test('an unknown --cloud stops with exit code 2 before the first step, with the clouds to pick from', async () => {
		const result = await run(['--yes', '--cloud', 'Nope']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('--cloud Nope is not one of: AzureCloud, AzureChinaCloud, AzureUSGovernment.');
		expect(result.stderr).toContain('Fix: Pass one of: --cloud AzureCloud');
	});

	// Nothing on stdout means the first frame was not drawn: no sandbox, no step, nothing created.
	test('--demo --yes --method foo stops with exit code 2 before anything starts, with the methods', async () => {
		const result = await run(['--demo', '--yes', '--method', 'foo']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('--method foo is not one of: attach, pull-secret, detach, connected-registry.');
	});

	test('--demo --yes --method connected-registry without a terminal reaches a Running hello-world pod from the clusterIP, the connection string never printed', async () => {
		const result = await run(['--demo', '--yes', '--pace', 'fast', '--method', 'connected-registry', '--registry-name', 'edgecli01']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(
			/\nmyconnectedregistry +ReadOnly +Online +edgecli01 +edgecli01\.azurecr\.io +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d +\* \* \* \* \*\n/,
		);
		expect(result.stdout).toMatch(/pod hello-world-deployment-\S+ 1\/1 Running/);
		expect(result.stdout).not.toMatch(/SyncTokenPassword=(?!<)/);
	});

	test('an unknown flag stops with exit code 2, pointing to --help', async () => {
		const result = await run(['--bogus']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('acr-wizard has no flag --bogus.');
		expect(result.stderr).toContain('acr-wizard --help');
	});

	test('a flag given twice stops with exit code 2 and a plain message, not a stack trace', async () => {
		const result = await run(['--demo', '--yes', '--sku', 'basic', '--sku', 'premium']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--sku was given 2 times (basic, premium); give it once.');
		expect(result.stderr).not.toMatch(/\bat .+\.js:\d+/);
	});

	test('--sku Basic, as the help writes it, is accepted', async () => {
		const result = await run(['--sku', 'Basic', '--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Basic | Standard | Premium');
	});

	test("--help lists --method detach and connected-registry with the connected registry's flags, and the sandbox options under their heading", async () => {
		const result = await run(['--help']);
		// Cut to 80 columns (a pipe), the list of methods goes on at its last bar.
		expect(result.stdout).toMatch(/attach \| pull-secret \| detach \|\n\s+connected-registry: /);
		expect(result.stdout).toMatch(/--cluster-ip <ip>\s+the clusterIP of its Service/);
		expect(result.stdout).toMatch(/Sandbox \(with --demo\)\n\s+--pace <p>\s+demo \| fast/);
	});

	test('CI set counts as no terminal too', async () => {
		const result = await run([], {CI: 'true'});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--yes');
	});
});
