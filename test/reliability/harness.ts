/**
 * Drives the built CLI as a person or a script would, for the reliability suite: plain (pipes)
 * or in a pseudo-terminal (util-linux `script`, as the e2e tests do), with its own temporary
 * directory (to catch files left behind), faults armed through ACR_WIZARD_SANDBOX_FAULTS, and
 * the sandbox's inventory (what exists at the end, no secrets) read from the file it writes as
 * it closes. Waits are for screen content or the exit, never for a fixed time.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync, readlinkSync, statSync} from 'node:fs';
import {mkdtemp, mkdir, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import type {Inventory} from '../../source/sandbox/index.js';

export type CliOptions = {
	readonly tty?: boolean;
	readonly env?: Readonly<Record<string, string>>;
	/** A fault spec for the embedded sandbox. */
	readonly faults?: string;
	/** Past this the run counts as a hang and is killed. */
	readonly timeoutMs?: number;
	readonly columns?: number;
};

export type CliRun = {
	readonly output: string;
	readonly exitCode: number | null;
	readonly signal: NodeJS.Signals | null;
	readonly hung: boolean;
	/** Files and folders the run left in its temporary directory. */
	readonly leftBehind: readonly string[];
	readonly inventory?: Inventory;
	/** The records of runs the CLI kept (its state directory is the test's own): their JSON texts. */
	readonly records: readonly string[];
	/** What the output, the files left and the records hold of the sandbox's secrets (or of any bearer token). */
	readonly leaks: readonly string[];
	/** Whether the output shows a crash: a stack trace, an unhandled error, an unexpected exit code. */
	readonly crashed: boolean;
};

const crashPatterns = [/^\s+at .+[(\s]\S+:\d+:\d+\)?$/m, /\b(TypeError|ReferenceError|SyntaxError|RangeError)\b/, /Unhandled|ERR_UNHANDLED|node:internal/];

/** Whether a run's output or exit shows a crash rather than a handled end. */
export function looksCrashed(output: string, exitCode: number | null, signal: NodeJS.Signals | null): boolean {
	if (crashPatterns.some((pattern) => pattern.test(output))) return true;
	if (signal !== null) return true;
	return exitCode === null || ![0, 1, 2, 129, 143].includes(exitCode);
}

const digest = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Secrets of the sandbox found in `texts`: any word whose digest the inventory lists, and any JWT. */
export function findLeaks(texts: readonly string[], digests: readonly string[]): string[] {
	const wanted = new Set(digests);
	const leaks: string[] = [];
	for (const text of texts) {
		if (/eyJ[\w-]{8,}\.[\w-]{8,}\./.test(text)) leaks.push('a JWT');
		for (const word of text.match(/[A-Za-z0-9~._-]{12,}/g) ?? []) {
			// A secret may sit inside a longer word (quoted, or after `password=`): try its parts too.
			for (const part of new Set([word, ...word.split(/[._]/), ...word.split('=')])) {
				if (part.length >= 12 && wanted.has(digest(part))) leaks.push(`a secret (${part.length} characters)`);
			}
		}
	}
	return leaks;
}

/** The children of a process (from /proc), empty when it has none or has ended. */
function childrenOf(pid: number): number[] {
	try {
		return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
			.trim()
			.split(/\s+/)
			.filter((c) => c !== '')
			.map(Number)
			.filter((c) => Number.isFinite(c) && c > 0);
	} catch {
		return [];
	}
}

/** Whether process `pid` is node (its executable; the CLI renames its title, so its command line does not say). */
function runsCli(pid: number): boolean {
	try {
		return basename(readlinkSync(`/proc/${pid}/exe`)) === basename(process.execPath);
	} catch {
		return false;
	}
}

/** The CLI's node process under a `script` wrapper: the first node descendant, however many shells sit between. */
function cliUnder(pid: number): number | undefined {
	for (const child of childrenOf(pid)) {
		if (runsCli(child)) return child;
		const deeper = cliUnder(child);
		if (deeper !== undefined) return deeper;
	}
	return undefined;
}

/** Whether process `pid` still exists (a zombie counts as ended). */
function alive(pid: number): boolean {
	try {
		return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
	} catch {
		return false;
	}
}

function environment(base: string, temporary: string, options: CliOptions): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		TMPDIR: temporary,
		// The records of runs go to the test's own state directory, never the user's.
		XDG_STATE_HOME: join(base, 'state'),
		ACR_WIZARD_SANDBOX_INVENTORY: join(base, 'inventory.json'),
		NO_COLOR: '1',
		...options.env,
	};
	delete env['ACR_WIZARD_SANDBOX_FAULTS'];
	if (options.faults) env['ACR_WIZARD_SANDBOX_FAULTS'] = options.faults;
	if (options.tty) {
		// Ink draws only the last frame when CI is set at all; a terminal run must not have it.
		for (const key of Object.keys(env)) if (key === 'CI' || key.startsWith('CI_') || key === 'CONTINUOUS_INTEGRATION') delete env[key];
		env['TERM'] = options.env?.['TERM'] ?? 'xterm-256color';
		env['COLUMNS'] = String(options.columns ?? 120);
		env['LINES'] = '60';
	}
	return env;
}

/** One running CLI. */
export class Cli {
	private text = '';
	private consumed = 0;
	private readonly waiters = new Set<() => void>();
	private readonly exited: Promise<{exitCode: number | null; signal: NodeJS.Signals | null; hung: boolean}>;
	private child: ChildProcess | undefined;
	/** In a terminal run, the CLI's node process under `script`. */
	private cliPid: number | undefined;

	private constructor(
		private readonly base: string,
		private readonly temporary: string,
		private readonly options: CliOptions,
		args: readonly string[],
	) {
		const env = environment(base, temporary, options);
		const command = ['node', 'dist/cli.js', ...args];
		const child = options.tty
			? // `exec`: the shell script starts is replaced by node (a shell that forks instead would take the signals meant for the CLI).
				spawn('script', ['-qfec', `exec ${command.map((word) => `'${word.replaceAll("'", "'\\''")}'`).join(' ')}`, '/dev/null'], {
					env,
					stdio: ['pipe', 'pipe', 'pipe'],
				})
			: spawn(process.execPath, command.slice(1), {env, stdio: ['pipe', 'pipe', 'pipe']});
		this.child = child;
		const onData = (chunk: Buffer) => {
			// The CLI is running once it prints: remember its process, to signal it and to wait for its end.
			if (options.tty && this.cliPid === undefined) this.cliPid = cliUnder(child.pid ?? 0);
			this.text += stripVTControlCharacters(chunk.toString('utf8'));
			for (const wake of this.waiters) wake();
		};
		child.stdout?.on('data', onData);
		child.stderr?.on('data', onData);
		// A closed pipe on our side is not the CLI's failure.
		child.stdin?.on('error', () => undefined);
		this.exited = new Promise((resolve) => {
			const timer = setTimeout(() => {
				child.kill('SIGKILL');
				const node = this.cliPid ?? cliUnder(child.pid ?? 0);
				if (node !== undefined && alive(node)) process.kill(node, 'SIGKILL');
				resolve({exitCode: null, signal: null, hung: true});
			}, options.timeoutMs ?? 60_000);
			child.on('exit', (exitCode, signal) => {
				clearTimeout(timer);
				for (const wake of this.waiters) wake();
				resolve({exitCode, signal, hung: false});
			});
		});
	}

	/** Starts `node dist/cli.js <args>` in its own temporary directory. */
	static async start(args: readonly string[], options: CliOptions = {}): Promise<Cli> {
		const base = await mkdtemp(join(tmpdir(), 'acr-reliability-'));
		const temporary = join(base, 'tmp');
		await mkdir(temporary);
		return new Cli(base, temporary, options, args);
	}

	/** All output so far (escape sequences removed). */
	get output(): string {
		return this.text;
	}

	/** Waits until the output after the last match matches `matcher` (or the process ends: then it throws). */
	async waitFor(matcher: string | RegExp, timeoutMs = 45_000): Promise<string> {
		const found = (): string | undefined => {
			const rest = this.text.slice(this.consumed);
			const index = typeof matcher === 'string' ? rest.indexOf(matcher) : rest.search(matcher);
			if (index < 0) return undefined;
			const length = typeof matcher === 'string' ? matcher.length : (rest.slice(index).match(matcher)?.[0].length ?? 0);
			this.consumed += index + length;
			return rest;
		};
		let ended = false;
		void this.exited.then(() => (ended = true));
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.waiters.delete(check);
				reject(new Error(`No ${String(matcher)} within ${timeoutMs} ms. Output:\n${this.text.slice(-1500)}`));
			}, timeoutMs);
			const check = () => {
				const rest = found();
				if (rest !== undefined) {
					clearTimeout(timer);
					this.waiters.delete(check);
					resolve(rest);
				} else if (ended) {
					clearTimeout(timer);
					this.waiters.delete(check);
					reject(new Error(`Exited before ${String(matcher)}. Output:\n${this.text.slice(-1500)}`));
				}
			};
			this.waiters.add(check);
			check();
		});
	}

	/** Types keys (in a terminal run). */
	type(...keys: string[]): void {
		for (const key of keys) this.child?.stdin?.write(key);
	}

	/** Sends a signal to the CLI's node process (under `script` in a terminal run). */
	signal(signal: NodeJS.Signals): void {
		if (this.options.tty) this.cliPid ??= cliUnder(this.child?.pid ?? 0);
		const pid = this.options.tty ? this.cliPid : this.child?.pid;
		if (pid) process.kill(pid, signal);
	}

	/** Closes the terminal (SIGHUP to the session, as closing a window does). */
	closeTerminal(): void {
		this.child?.kill('SIGHUP');
	}

	/** In a terminal run, waits (bounded) until the CLI's node process has ended; false if it would not, and then kills it. */
	private async cliEnded(): Promise<boolean> {
		const pid = this.cliPid;
		if (pid === undefined) return true;
		const deadline = Date.now() + 15_000;
		while (alive(pid)) {
			if (Date.now() > deadline) {
				process.kill(pid, 'SIGKILL');
				return false;
			}
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		return true;
	}

	/** Waits for the exit and gathers what the run left. */
	async done(): Promise<CliRun> {
		const exited = await this.exited;
		const {exitCode, signal} = exited;
		// The node process under `script` may outlive it for a moment (its cleanup still running): wait for its end.
		const hung = exited.hung || !(await this.cliEnded());
		const leftBehind = await listTree(this.temporary);
		const inventoryPath = join(this.base, 'inventory.json');
		const inventory = existsSync(inventoryPath) ? (JSON.parse(await readFile(inventoryPath, 'utf8')) as Inventory) : undefined;
		const files = leftBehind
			.map((path) => join(this.temporary, path))
			.filter((path) => statSync(path).isFile())
			.map((path) => readFileSync(path, 'utf8'));
		const runs = join(this.base, 'state', 'acr-wizard', 'runs');
		const records = existsSync(runs)
			? readdirSync(runs)
					.filter((name) => name.endsWith('.json'))
					.map((name) => readFileSync(join(runs, name), 'utf8'))
			: [];
		const leaks = findLeaks([this.text, ...files, ...records], inventory?.secretDigests ?? []);
		await rm(this.base, {recursive: true, force: true});
		return {output: this.text, exitCode, signal, hung, leftBehind, inventory, records, leaks, crashed: !hung && looksCrashed(this.text, exitCode, signal)};
	}
}

async function listTree(directory: string, prefix = ''): Promise<string[]> {
	const entries = await readdir(directory, {withFileTypes: true}).catch(() => []);
	const paths: string[] = [];
	for (const entry of entries) {
		const path = join(prefix, entry.name);
		paths.push(path);
		if (entry.isDirectory()) paths.push(...(await listTree(join(directory, entry.name), path)));
	}
	return paths;
}

/** Runs the CLI to its end with no input. */
export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
	return (await Cli.start(args, options)).done();
}

/** Whether `dist/` is built (npm test builds it first). */
export const built = existsSync('dist/cli.js') && readdirSync('dist').includes('main.js');
