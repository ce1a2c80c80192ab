/**
 * Drives the built CLI in a pseudo-terminal (util-linux `script`), as a person would: each
 * handler waits for a text on screen, then types its keys (workers-sdk's `{matcher, input}`).
 */
import {spawn} from 'node:child_process';
import {stripVTControlCharacters} from 'node:util';

export type Handler = {readonly matcher: string | RegExp; readonly input: readonly string[]};

/** `output` as read (control sequences stripped); `raw` with them, to see the colours drawn. */
export type PtyRun = {readonly output: string; readonly raw: string; readonly exitCode: number | null};

/** Runs `node dist/cli.js <args>` in a pseudo-terminal, answering with `handlers` in order; resolves on exit. `extraEnv` is added to the environment. */
export async function runInPty(args: readonly string[], handlers: readonly Handler[], timeoutMs = 60_000, extraEnv: NodeJS.ProcessEnv = {}): Promise<PtyRun> {
	const env: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm-256color', COLUMNS: '160', LINES: '60', ...extraEnv};
	// Ink draws only the last frame when CI is set at all; a terminal run must not have it.
	for (const key of Object.keys(env)) if (key === 'CI' || key.startsWith('CI_') || key === 'CONTINUOUS_INTEGRATION') delete env[key];
	const child = spawn('script', ['-qfec', `exec ${['node', 'dist/cli.js', ...args].join(' ')}`, '/dev/null'], {env, stdio: ['pipe', 'pipe', 'pipe']});
	let screen = '';
	let all = '';
	let raw = '';
	let next = 0;
	const matches = (text: string, matcher: string | RegExp) => (typeof matcher === 'string' ? text.includes(matcher) : matcher.test(text));
	const onData = (chunk: Buffer) => {
		raw += chunk.toString();
		const text = stripVTControlCharacters(chunk.toString());
		screen += text;
		all += text;
		const handler = handlers[next];
		if (handler && matches(screen, handler.matcher)) {
			next++;
			screen = '';
			for (const key of handler.input) child.stdin.write(key);
		}
	};
	child.stdout.on('data', onData);
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`Timed out waiting for ${String(handlers[next]?.matcher ?? 'the exit')}. Last output:\n${all.slice(-2000)}`));
		}, timeoutMs);
		child.on('exit', (exitCode) => {
			clearTimeout(timer);
			if (next < handlers.length) reject(new Error(`Exited (${exitCode}) before ${String(handlers[next]?.matcher)}. Last output:\n${all.slice(-2000)}`));
			else resolve({output: all, raw, exitCode});
		});
	});
}
