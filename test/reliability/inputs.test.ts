/**
 * Bad input through the built CLI: each is refused with a clear error (what is wrong and the fix)
 * before anything is created (exit 2; a prerequisite that fails stops with exit 1 and its fix,
 * never in a loop), leaves no temporary file and shows no secret.
 */
import {execFile} from 'node:child_process';
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, test, vi} from 'vitest';
import type {Inventory} from '../../source/sandbox/index.js';
import {built, runCli, type CliRun} from './harness.js';
import {tally} from './tally.js';

vi.setConfig({testTimeout: 240_000});

const demo = ['--demo', '--yes', '--pace', 'fast'];
const run = promisify(execFile);

/** Whether the sandbox holds only what it was seeded with (one registry, one application). */
function nothingCreated(inventory: Inventory | undefined): boolean {
	if (!inventory) return true;
	return inventory.registries.length === 1 && inventory.applications.length === 1;
}

type BadInput = {
	readonly title: string;
	readonly args: readonly string[];
	readonly says: RegExp;
	readonly exitCode: 1 | 2;
	readonly env?: Record<string, string>;
	readonly faults?: string;
	readonly tty?: boolean;
};

const inputs: readonly BadInput[] = [
	{
		title: 'an unknown subscription',
		args: [...demo, '--subscription', '11111111-1111-1111-1111-111111111111'],
		says: /prerequisite checks? failed[\s\S]*Fix: /,
		exitCode: 1,
	},
	{
		title: 'a subscription that is not a GUID',
		args: [...demo, '--subscription', 'not-a-guid'],
		says: /prerequisite checks? failed[\s\S]*Fix: /,
		exitCode: 1,
	},
	{
		title: 'GET /subscriptions answering 500 every time',
		args: demo,
		faults: 'server-error GET ^/subscriptions$ x*',
		says: /prerequisite checks? failed[\s\S]*Fix: /,
		exitCode: 1,
	},
	{title: 'an unknown method', args: [...demo, '--method', 'foo'], says: /--method[\s\S]*Fix: /, exitCode: 2},
	{title: 'an unknown flag', args: [...demo, '--bogus'], says: /--bogus[\s\S]*Fix: /, exitCode: 2},
	{title: 'a flag given twice', args: [...demo, '--registry-name', 'first01', '--registry-name', 'second01'], says: /--registry-name[\s\S]*Fix: /, exitCode: 2},
	{title: 'an unknown credential', args: [...demo, '--method', 'pull-secret', '--credential', 'nonsense'], says: /--credential[\s\S]*Fix: /, exitCode: 2},
	{title: 'an unknown SKU', args: [...demo, '--sku', 'Huge'], says: /--sku[\s\S]*Fix: /, exitCode: 2},
	{
		title: 'an upper-case namespace',
		args: [...demo, '--method', 'pull-secret', '--namespace', 'MyApps'],
		says: /--namespace MyApps cannot be used: Use lower case only: myapps\.\nFix: /,
		exitCode: 2,
	},
	{
		title: 'kube-system as the namespace',
		args: [...demo, '--method', 'pull-secret', '--namespace', 'kube-system'],
		says: /--namespace kube-system cannot be used: kube-system belongs to the cluster itself/,
		exitCode: 2,
	},
	{
		title: 'a registry name with dots',
		args: [...demo, '--registry-name', 'Bad..Name'],
		says: /--registry-name Bad\.\.Name cannot be used: .*badname/,
		exitCode: 2,
	},
	{
		title: 'a location written as a display name',
		args: [...demo, '--location', 'EAST-US'],
		says: /--location EAST-US is not an Azure location name[\s\S]*--location eastus/,
		exitCode: 2,
	},
	{
		title: 'a tenant given by its domain name',
		args: [...demo, '--tenant', 'contoso.onmicrosoft.com'],
		says: /--tenant contoso\.onmicrosoft\.com is not a tenant id[\s\S]*az account tenant list/,
		exitCode: 2,
	},
	{
		title: 'a tenant the account has no subscription in',
		args: [...demo, '--method', 'attach', '--registry-name', 'tenanttest01', '--tenant', '00000000-0000-0000-0000-00000000dead'],
		says: /no subscription in the tenant 00000000-0000-0000-0000-00000000dead[\s\S]*Stopped before any change/,
		exitCode: 1,
	},
	{
		title: 'a context the kubeconfig does not have',
		args: [...demo, '--method', 'pull-secret', '--context', 'no-such-ctx', '--registry-name', 'ctxtest01'],
		says: /--context no-such-ctx: the kubeconfig has no such context[\s\S]*Fix: kubectl config get-contexts/,
		exitCode: 2,
	},
	{title: '--kubeconfig with --demo', args: [...demo, '--kubeconfig', '/missing'], says: /--kubeconfig \/missing has no effect with --demo/, exitCode: 2},
	{title: 'an unknown cloud with --demo', args: [...demo, '--cloud', 'Narnia'], says: /--cloud[\s\S]*Fix: /, exitCode: 2},
	{title: 'no terminal and no --yes', args: ['--demo'], says: /needs an interactive terminal[\s\S]*--yes/, exitCode: 2},
	{title: 'TERM=dumb and no --yes', args: ['--demo'], tty: true, env: {TERM: 'dumb'}, says: /not TERM=dumb/, exitCode: 2},
	{title: 'a fault spec the sandbox cannot read', args: ['sandbox', '--faults', 'explode GET /x'], says: /"explode" is not a fault kind/, exitCode: 2},
	{
		title: 'Node.js older than 22',
		args: ['--version'],
		env: {NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent("Object.defineProperty(process.versions,'node',{value:'20.9.0'})")}`},
		says: /acr-wizard needs Node\.js 22 or newer; this is Node\.js 20\.9\.0/,
		exitCode: 1,
	},
];

function outcomeOf(run: CliRun, input: BadInput): 'clear' | 'unclear' | 'crash' | 'hang' {
	if (run.hung) return 'hang';
	if (run.crashed) return 'crash';
	return run.exitCode === input.exitCode && input.says.test(run.output) ? 'clear' : 'unclear';
}

describe.skipIf(!built).concurrent('bad input through the built CLI', () => {
	for (const input of inputs) {
		test(`${input.title}: a clear error with the fix, exit ${input.exitCode}, nothing created`, async () => {
			const result = await runCli(input.args, {
				...(input.env ? {env: input.env} : {}),
				...(input.faults ? {faults: input.faults} : {}),
				...(input.tty ? {tty: true} : {}),
				timeoutMs: 180_000,
			});
			tally({kind: 'input', outcome: outcomeOf(result, input)}, result);
			expect(result.hung, result.output.slice(-1500)).toBe(false);
			expect(result.crashed, result.output.slice(-1500)).toBe(false);
			expect(result.output).toMatch(input.says);
			expect(result.exitCode).toBe(input.exitCode);
			expect(nothingCreated(result.inventory)).toBe(true);
			expect(result.leftBehind).toEqual([]);
			expect(result.leaks).toEqual([]);
		});
	}

	test('a kubeconfig that is a directory is reported as such, not as missing', async () => {
		const result = await runCli(['--yes', '--method', 'pull-secret'], {env: {KUBECONFIG: '/'}, timeoutMs: 180_000});
		const clear = /kubeconfig \/ could not be read: it is a directory/.test(result.output) && !result.output.includes('No kubeconfig found');
		tally({kind: 'input', outcome: result.hung ? 'hang' : result.crashed ? 'crash' : clear ? 'clear' : 'unclear'}, result);
		expect(result.output).toContain('could not be read: it is a directory');
		expect(result.output).not.toContain('No kubeconfig found');
		expect(result.crashed).toBe(false);
	});

	test('a closed pipe (| head -1) ends quietly with exit 0, the demo cleaned up', async () => {
		const temporary = await mkdtemp(join(tmpdir(), 'acr-reliability-pipe-'));
		try {
			const script = `"${process.execPath}" dist/cli.js --demo --yes --pace fast --method attach --registry-name pipetest01 2>"${temporary}/stderr" | head -1 >/dev/null; echo "exit=\${PIPESTATUS[0]}"`;
			// Its record goes to a state directory of its own, never the user's.
			const env = {...process.env, TMPDIR: temporary, XDG_STATE_HOME: join(temporary, 'state')};
			const {stdout} = await run('bash', ['-c', script], {env, timeout: 180_000});
			const stderr = await readFile(join(temporary, 'stderr'), 'utf8');
			// The wizard's own temporary files (the demo's kubeconfig) must be gone; az, which the prerequisites run, keeps
			// its own unprefixed temporary folder when the closed pipe ends the run under it, and that one is not the wizard's.
			const left = (await readdir(temporary)).filter((name) => name.startsWith('acr-wizard'));
			const quiet = stdout.trim() === 'exit=0' && stderr.trim() === '' && left.length === 0;
			tally({kind: 'input', outcome: quiet ? 'clear' : /Error|at /.test(stderr) ? 'crash' : 'unclear'});
			expect(stdout.trim()).toBe('exit=0');
			expect(stderr.trim()).toBe('');
			expect(left).toEqual([]);
		} finally {
			await rm(temporary, {recursive: true, force: true});
		}
	});
});
