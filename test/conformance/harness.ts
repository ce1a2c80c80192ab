/**
 * Runs the real az and kubectl against a sandbox, the way a user would after `acr-wizard sandbox`: the
 * client files it writes (`env`, `ca.pem`, `cloud.json`, `setup-az`), az signed in through its managed
 * identity endpoint, every command run by bash exactly as the docs write it. Each lane of commands gets
 * its own HOME and its own copy of the signed-in az config dir, so lanes run at the same time.
 */
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {cp, mkdir, mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {delimiter, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {writeClientFiles, type ClientFiles} from '../../source/sandbox/client-env.js';
import {startSandbox, type Sandbox, type StartSandboxOptions} from '../../source/sandbox/index.js';

/** The test-only bridge for Debian's az 2.45 (see its header), put on PYTHONPATH. */
export const azCompatDir = fileURLToPath(new URL('az-compat/', import.meta.url));

/** A program on PATH, if there is one. */
export function onPath(program: string): string | undefined {
	for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
		const candidate = join(dir, program);
		if (dir !== '' && existsSync(candidate)) return candidate;
	}
	return undefined;
}

/** Why the conformance suite cannot run here, or undefined when az and kubectl are both installed. */
export function missingClients(): string | undefined {
	const missing = ['az', 'kubectl'].filter((program) => onPath(program) === undefined);
	return missing.length === 0 ? undefined : `${missing.join(' and ')} not on PATH`;
}

/** One command's result. */
export type Ran = {readonly code: number; readonly stdout: string; readonly stderr: string; readonly ms: number};

/** One row of the report: the command as the docs write it, its exit code, and the effect checked. */
export type Row = {readonly lane: string; readonly command: string; readonly code: number; readonly effect: string; readonly ms: number};

/** The running world: the sandbox, its client files, the signed-in az config, and the report rows. */
export type World = {
	readonly sandbox: Sandbox;
	readonly files: ClientFiles;
	readonly root: string;
	readonly rows: Row[];
	close(): Promise<void>;
};

/** The environment the `env` file exports, read back from the file itself. */
async function environmentOf(files: ClientFiles): Promise<Record<string, string>> {
	const text = await readFile(files.env, 'utf8');
	const environment: Record<string, string> = {};
	for (const match of text.matchAll(/^export ([A-Za-z_]+)='((?:[^']|'\\'')*)'$/gm)) {
		environment[match[1] ?? ''] = (match[2] ?? '').replace(/'\\''/g, "'");
	}
	return environment;
}

/** Runs a bash script with an environment, collecting its output (never printed: it may hold passwords). */
export async function bash(script: string, environment: Record<string, string>, cwd: string, timeoutMs = 120_000): Promise<Ran> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn('bash', ['-c', script], {env: environment, cwd, stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({code: code ?? 137, stdout, stderr, ms: Math.round(performance.now() - started)});
		});
	});
}

/** Starts a sandbox (playing `options.cloud`), writes the client files, and signs az in with the `setup-az` script they include. */
export async function startWorld(options: Pick<StartSandboxOptions, 'cloud'> = {}): Promise<World> {
	const sandbox = await startSandbox({...options, pace: 'fast'});
	const root = await mkdtemp(join(tmpdir(), 'acr-wizard-conformance-'));
	try {
		const files = await writeClientFiles({
			dir: join(root, 'sandbox'),
			armEndpoint: sandbox.armEndpoint,
			caPem: sandbox.caPem,
			kubeconfigYaml: sandbox.kubeconfigYaml,
			acrSuffix: sandbox.cloud.acrSuffix,
			plays: sandbox.cloud.plays,
		});
		const setup = await bash(`"${files.setupAz}"`, baseEnvironment(await environmentOf(files), root), root);
		if (setup.code !== 0) {
			throw new Error(`setup-az failed (exit ${setup.code}): ${setup.stderr.slice(-2000)}`);
		}
		return {
			sandbox,
			files,
			root,
			rows: [],
			async close() {
				await sandbox.close();
				await rm(root, {recursive: true, force: true});
			},
		};
	} catch (error) {
		await sandbox.close();
		await rm(root, {recursive: true, force: true});
		throw error;
	}
}

function baseEnvironment(fromFile: Record<string, string>, home: string): Record<string, string> {
	return {
		PATH: process.env['PATH'] ?? '/usr/bin:/bin',
		LANG: 'C.UTF-8',
		HOME: home,
		...fromFile,
		PYTHONPATH: azCompatDir,
		AZURE_CORE_ONLY_SHOW_ERRORS: 'false',
	};
}

/** A lane of commands: its own HOME and a copy of the signed-in az config dir. */
export type Lane = {
	readonly name: string;
	readonly environment: Record<string, string>;
	readonly home: string;
	/** Runs one documented command (with shell variables set before it) and records its row once the effect is checked. */
	run(command: string, variables?: Record<string, string>): Promise<Ran>;
	/** Records the effect checked for the last command run with this text. */
	record(command: string, ran: Ran, effect: string): void;
};

/** Opens a lane in the world. */
export async function openLane(world: World, name: string, extra: Record<string, string> = {}): Promise<Lane> {
	const home = join(world.root, name);
	const configDir = join(home, 'azure');
	await mkdir(home, {recursive: true});
	await cp(world.files.azureConfigDir, configDir, {recursive: true});
	const environment = {...baseEnvironment(await environmentOf(world.files), home), AZURE_CONFIG_DIR: configDir, ...extra};
	return {
		name,
		environment,
		home,
		async run(command, variables = {}) {
			const prefix = Object.entries(variables)
				.map(([variable, value]) => `${variable}='${value.replace(/'/g, `'\\''`)}'`)
				.join('\n');
			return bash(`${prefix}\n${command}`, environment, home);
		},
		record(command, ran, effect) {
			world.rows.push({lane: name, command: command.replace(/\s+/g, ' ').trim(), code: ran.code, effect, ms: ran.ms});
		},
	};
}

/** What a failed command said, for an assertion message (stderr only: stdout may carry a password). */
export const said = (ran: Ran): string => `exit ${ran.code}: ${ran.stderr.slice(-1500)}`;

/** Waits until `check` answers true, polling; fails with `what` when it never does. */
export async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (await check()) return;
		if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}
