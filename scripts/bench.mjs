// Benchmarks, measured (not asserted): time to the first frame in a pseudo-terminal, the
// sandbox's start time, and whole flows on the fast sandbox pace. Run with `npm run bench`.
import {spawn} from 'node:child_process';
import {performance} from 'node:perf_hooks';

const runs = Number(process.env.BENCH_RUNS ?? 5);

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** Spawns the CLI inside `script` (a pseudo-terminal) and resolves when `marker` appears on screen. */
function timeToText(args, marker, timeoutMs = 20_000) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('script', ['-qfec', `node dist/cli.js ${args}`, '/dev/null'], {
			env: {...process.env, TERM: 'xterm-256color', CI: '', FORCE_COLOR: '0'},
			stdio: ['pipe', 'pipe', 'inherit'],
		});
		let output = '';
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`"${marker}" did not appear within ${timeoutMs} ms`));
		}, timeoutMs);
		child.stdout.on('data', (chunk) => {
			output += chunk.toString();
			if (output.includes(marker)) {
				const elapsed = performance.now() - started;
				clearTimeout(timer);
				child.kill('SIGTERM');
				resolve(elapsed);
			}
		});
	});
}

/** Runs the CLI without a terminal and resolves with its wall time and exit code. */
function timeRun(args, timeoutMs = 120_000) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('node', ['dist/cli.js', ...args], {env: {...process.env, CI: '1'}, stdio: ['ignore', 'pipe', 'pipe']});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk.toString()));
		child.stderr.on('data', (chunk) => (output += chunk.toString()));
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`timed out:\n${output}`));
		}, timeoutMs);
		child.on('exit', (code) => {
			clearTimeout(timer);
			resolve({ms: performance.now() - started, code, output});
		});
	});
}

async function measure(label, once) {
	const values = [];
	for (let index = 0; index < runs; index++) values.push(await once());
	console.log(`${label.padEnd(48)} median ${median(values).toFixed(0)} ms  (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, n=${runs})`);
}

await measure('first frame, real mode (no sandbox)', () => timeToText('', 'Welcome to acr-wizard'));
await measure('first frame, --demo (sandbox started first)', () => timeToText('--demo', 'Welcome to acr-wizard'));
await measure('prerequisites verdict, --demo', async () => {
	return timeToText('--demo --yes', 'What next?').catch(() => timeToText('--demo', 'Ready to start?'));
});

const {startSandbox} = await import('../dist/sandbox/index.js');
await measure('sandbox start + close (fast pace)', async () => {
	const started = performance.now();
	const sandbox = await startSandbox({pace: 'fast', seed: 'owner'});
	const elapsed = performance.now() - started;
	await sandbox.close();
	return elapsed;
});

const flows = [
	['attach flow, --yes, fast pace', ['--demo', '--pace', 'fast', '--yes', '--method', 'attach']],
	['pull-secret flow (token), --yes, fast pace', ['--demo', '--pace', 'fast', '--yes', '--method', 'pull-secret', '--credential', 'token']],
];
for (const [label, args] of flows) {
	const result = await timeRun(args);
	console.log(`${label.padEnd(48)} ${result.ms.toFixed(0)} ms, exit ${result.code}`);
	if (result.code !== 0) console.log(result.output.split('\n').slice(-15).join('\n'));
}
