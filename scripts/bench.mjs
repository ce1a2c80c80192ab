// Benchmarks, measured (not asserted): time to the first frame in a pseudo-terminal, the
// sandbox's start time, and whole flows on the fast sandbox pace. Run with `npm run bench`.
import {spawn} from 'node:child_process';
import {performance} from 'node:perf_hooks';

const runs = Number(process.env.BENCH_RUNS ?? 5);

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Spawns the CLI inside `script` (a pseudo-terminal) and plays `steps`: wait for a text, then
 * optionally type keys. Resolves with the ms from the last key typed (or the start) to the last text.
 */
function timeToText(args, steps, timeoutMs = 30_000) {
	return new Promise((resolve, reject) => {
		let started = performance.now();
		const env = {...process.env, TERM: 'xterm-256color', FORCE_COLOR: '0'};
		// Ink draws only the last frame when CI is set at all, so a terminal run must not have it.
		delete env.CI;
		const child = spawn('script', ['-qfec', `exec node dist/cli.js ${args}`, '/dev/null'], {env, stdio: ['pipe', 'pipe', 'ignore']});
		let output = '';
		let step = 0;
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`"${steps[step]?.wait}" did not appear within ${timeoutMs} ms`));
		}, timeoutMs);
		child.stdout.on('data', (chunk) => {
			output += chunk.toString();
			while (step < steps.length && output.includes(steps[step].wait)) {
				const {send} = steps[step];
				output = '';
				step++;
				if (step === steps.length) {
					clearTimeout(timer);
					// SIGTERM, so the wizard stops its sandbox and removes its kubeconfig file.
					child.kill('SIGTERM');
					resolve(performance.now() - started);
					return;
				}
				if (send) {
					started = performance.now();
					child.stdin.write(send);
				}
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
	console.log(
		`${label.padEnd(48)} median ${median(values).toFixed(0)} ms  (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, n=${runs})`,
	);
}

await measure('first frame, real mode', () => timeToText('', [{wait: 'Welcome to acr-wizard'}]));
await measure('first frame, --demo', () => timeToText('--demo', [{wait: 'Welcome to acr-wizard'}]));
await measure('--demo: welcome question ready (sandbox up)', () => timeToText('--demo', [{wait: 'Ready to start?'}]));
await measure('--demo: enter → every prerequisite checked', () =>
	timeToText('--demo --pace fast', [{wait: 'Check prerequisites', send: '\r'}, {wait: 'What next?'}]),
);

const {startSandbox} = await import('../dist/sandbox.js');
await measure('sandbox start + close (fast pace)', async () => {
	const started = performance.now();
	const sandbox = await startSandbox({pace: 'fast', seed: 'owner'});
	const elapsed = performance.now() - started;
	await sandbox.close();
	return elapsed;
});

const flows = [
	['attach flow, --yes, fast pace', ['--demo', '--pace', 'fast', '--yes', '--registry-name', 'benchattach01', '--method', 'attach']],
	[
		'pull-secret flow (token), --yes, fast pace',
		['--demo', '--pace', 'fast', '--yes', '--registry-name', 'benchsecret01', '--method', 'pull-secret', '--credential', 'token'],
	],
];
for (const [label, args] of flows) {
	const result = await timeRun(args);
	console.log(`${label.padEnd(48)} ${result.ms.toFixed(0)} ms, exit ${result.code}`);
	if (result.code !== 0) console.log(result.output.split('\n').slice(-15).join('\n'));
}
