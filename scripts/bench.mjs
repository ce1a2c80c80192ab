// `npm run bench`: measured, never asserted. Side by side in one interleaved run (A B A B …) on the same running
// sandbox (`acr-wizard sandbox`, one per pace): the seed-000 sequence (create registry, import, attach, get
// credentials, apply, wait for 2/2 Running) and the pull-secret (token) sequence, each with the real az + kubectl
// (A) and with the wizard's `--yes` joined to that sandbox with `--sandbox` (B). Wall time, CPU and peak RSS come
// from the OS (`/usr/bin/time`, children included: az's Python, kubectl, the wizard's probes). The sandbox reports
// how long each paced operation took (`GET /_sandbox/timings`), from which each sequence's API critical path (the
// longest chain of operations that depend on each other, at the latencies the demo pace models) is computed and
// the wizard's wall time is printed over it. Then: first frame in a pseudo-terminal, the 1,000-pod frame, and
// doctor's time to report. Medians and A/B ratios, with the machine's load before and after.
//
// BENCH_RUNS=n (pairs per sequence and pace, default 3), BENCH_PACES=fast,demo, BENCH_SEQUENCES=attach,token,
// BENCH_ONLY=sequences|frames (one half).
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {request} from 'node:https';
import {cpus, loadavg, tmpdir} from 'node:os';
import {delimiter, join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const paces = (process.env.BENCH_PACES ?? 'fast,demo').split(',').filter(Boolean);
const sequences = (process.env.BENCH_SEQUENCES ?? 'attach,token').split(',').filter(Boolean);
const only = process.env.BENCH_ONLY;
const root = fileURLToPath(new URL('..', import.meta.url));
// BENCH_CLI: another build to measure (an older dist/ copied aside, for a before/after). The sandbox is always this
// checkout's: it is the instrument (its timing log gives the critical path), and an older build joins it as any client.
const ownCli = join(root, 'dist', 'cli.js');
const cli = process.env.BENCH_CLI ?? ownCli;
const azCompat = join(root, 'test', 'conformance', 'az-compat');
const work = await mkdtemp(join(tmpdir(), 'acr-wizard-bench-'));
const timeBinary = '/usr/bin/time';
const resourceGroup = 'rg-acr-sandbox';
const aksCluster = 'aks-sandbox';
const localContext = 'kind-local';

const median = (values) => {
	const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
	return sorted.length === 0 ? Number.NaN : sorted[Math.floor(sorted.length / 2)];
};
const onPath = (program) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, program)));
const load = () =>
	loadavg()
		.map((value) => value.toFixed(2))
		.join(' ');
const seconds = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '—');
const mib = (kib) => (Number.isFinite(kib) ? `${(kib / 1024).toFixed(0)} MiB` : '—');
const times = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');

/** Runs a command under /usr/bin/time: wall ms (measured here), CPU ms and peak RSS KiB of it and its children, exit code, output. */
function measured(command, args, {env, cwd = work, timeoutMs = 300_000} = {}) {
	return new Promise((resolve, reject) => {
		const stats = join(work, `time-${process.hrtime.bigint()}.txt`);
		const hasTime = existsSync(timeBinary);
		const [file, argv] = hasTime ? [timeBinary, ['-f', '%U %S %M', '-o', stats, command, ...args]] : [command, args];
		const started = performance.now();
		const child = spawn(file, argv, {env, cwd, stdio: ['ignore', 'pipe', 'pipe']});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk.toString()));
		child.stderr.on('data', (chunk) => (output += chunk.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', reject);
		child.on('close', async (code) => {
			clearTimeout(timer);
			const ms = performance.now() - started;
			let cpuMs = Number.NaN;
			let rssKiB = Number.NaN;
			if (hasTime) {
				const last = (await readFile(stats, 'utf8').catch(() => '')).trim().split('\n').pop() ?? '';
				const [user, system, rss] = last.split(' ').map(Number);
				cpuMs = (user + system) * 1000;
				rssKiB = rss;
			}
			resolve({ms, cpuMs, rssKiB, code, output});
		});
	});
}

/** Starts `acr-wizard sandbox --pace <pace>` and reads from its output where its client files are. */
function startStandalone(pace) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [ownCli, 'sandbox', '--pace', pace], {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, CI: '1'}});
		let output = '';
		const timer = setTimeout(() => {
			child.kill('SIGTERM');
			reject(new Error(`the ${pace} sandbox did not start:\n${output}`));
		}, 60_000);
		child.stdout.on('data', (chunk) => {
			output += chunk.toString();
			const env = /Environment:\s+(\S+)/.exec(output)?.[1];
			const arm = /ARM endpoint:\s+(\S+)/.exec(output)?.[1];
			if (!env || !arm || !output.includes('Press Ctrl+C')) return;
			clearTimeout(timer);
			const dir = env.slice(0, env.lastIndexOf('/'));
			resolve({
				pace,
				env,
				dir,
				arm,
				kubeconfig: join(dir, 'kubeconfig'),
				close: () =>
					new Promise((done) => {
						child.once('exit', done);
						child.kill('SIGTERM');
					}),
			});
		});
		child.on('error', reject);
	});
}

/** The variables the sandbox's `env` file exports. */
async function environmentOf(file) {
	const text = await readFile(file, 'utf8');
	const environment = {};
	for (const match of text.matchAll(/^export ([A-Za-z_]+)='((?:[^']|'\\'')*)'$/gm)) environment[match[1]] = match[2].replace(/'\\''/g, "'");
	return environment;
}

/** GETs a control endpoint of the sandbox (loopback, its own CA). */
async function control(world, path) {
	const ca = await readFile(join(world.dir, 'ca.pem'), 'utf8');
	return new Promise((resolve, reject) => {
		const req = request(`${world.arm}${path}`, {ca}, (res) => {
			let body = '';
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(body)) : reject(new Error(`${path}: ${res.statusCode} ${body}`))));
		});
		req.on('error', reject);
		req.end();
	});
}

/** The az + kubectl side: the env file's variables, its own HOME and az config dir, signed in once with `setup-az`. */
async function azSide(world) {
	const home = join(work, `az-${world.pace}`);
	await mkdir(home, {recursive: true});
	const environment = {
		PATH: process.env.PATH ?? '/usr/bin:/bin',
		LANG: 'C.UTF-8',
		HOME: home,
		// The env file's AZURE_CONFIG_DIR (setup-az signs in there).
		...(await environmentOf(world.env)),
		// Debian's az 2.45 needs this bridge for its role-assignment code (test/conformance/az-compat/sitecustomize.py).
		PYTHONPATH: azCompat,
	};
	const setup = await measured('bash', ['-c', `"${join(world.dir, 'setup-az')}"`], {env: environment, cwd: home});
	if (setup.code !== 0) throw new Error(`setup-az failed:\n${setup.output.slice(-1500)}`);
	return environment;
}

const nginxDeployment = (acr) =>
	[
		'apiVersion: apps/v1',
		'kind: Deployment',
		'metadata:',
		'  name: nginx0-deployment',
		'  labels:',
		'    app: nginx0-deployment',
		'spec:',
		'  replicas: 2',
		'  selector:',
		'    matchLabels:',
		'      app: nginx0',
		'  template:',
		'    metadata:',
		'      labels:',
		'        app: nginx0',
		'    spec:',
		'      containers:',
		'      - name: nginx',
		`        image: ${acr}.azurecr.io/nginx:v1`,
		'        ports:',
		'        - containerPort: 80',
		'',
	].join('\n');

const awesomePod = (acr) =>
	[
		'apiVersion: v1',
		'kind: Pod',
		'metadata:',
		'  name: my-awesome-app-pod',
		'spec:',
		'  containers:',
		'  - name: main-app-container',
		`    image: ${acr}.azurecr.io/nginx:v1`,
		'    imagePullPolicy: IfNotPresent',
		'  imagePullSecrets:',
		'  - name: acr-secret',
		'',
	].join('\n');

/** The seeds' commands, as the docs write them, one sequence each; `$ACR` and `$NS` are this run's names. */
const azScripts = {
	attach: (acr, ns) => [
		`az acr create --name ${acr} --resource-group ${resourceGroup} --sku basic`,
		`az acr import --name ${acr} --source docker.io/library/nginx:latest --image nginx:v1`,
		`az aks update --name ${aksCluster} --resource-group ${resourceGroup} --attach-acr ${acr}`,
		`az aks get-credentials --resource-group ${resourceGroup} --name ${aksCluster} --overwrite-existing`,
		`kubectl create namespace ${ns}`,
		`kubectl apply -n ${ns} -f acr-nginx.yaml`,
		`kubectl rollout status deployment/nginx0-deployment -n ${ns} --timeout=180s`,
	],
	token: (acr, ns) => [
		`az acr create --name ${acr} --resource-group ${resourceGroup} --sku basic`,
		`az acr import --name ${acr} --source docker.io/library/nginx:latest --image nginx:v1`,
		`az acr scope-map create --name acr-pull-token-scope-map --registry ${acr} --repository nginx content/read metadata/read`,
		`az acr token create --name acr-pull-token --registry ${acr} --scope-map acr-pull-token-scope-map`,
		`PASSWORD=$(az acr token credential generate --name acr-pull-token --registry ${acr} --password1 --query 'passwords[0].value' -o tsv)`,
		`kubectl --context ${localContext} create namespace ${ns}`,
		`kubectl --context ${localContext} create secret docker-registry acr-secret --namespace ${ns} --docker-server=${acr}.azurecr.io --docker-username=acr-pull-token --docker-password="$PASSWORD"`,
		`kubectl --context ${localContext} apply -n ${ns} -f my-awesome-app-pod.yaml`,
		`kubectl --context ${localContext} wait --for=condition=Ready pod/my-awesome-app-pod -n ${ns} --timeout=180s`,
	],
};

/** The same sequence by the wizard, every answer from a flag. */
const wizardArgs = {
	attach: (world, acr, ns) => ['--sandbox', world.env, '--yes', '--registry-name', acr, '--method', 'attach', '--cluster', aksCluster, '--namespace', ns],
	token: (world, acr, ns) => [
		'--sandbox',
		world.env,
		'--yes',
		'--registry-name',
		acr,
		'--method',
		'pull-secret',
		'--credential',
		'token',
		'--context',
		localContext,
		'--namespace',
		ns,
	],
};

/**
 * Each sequence as the API sees it: the operations, what each needs first, and how to find it in the sandbox's
 * timing log. An operation the sandbox answers at once (a role assignment, a secret) counts 0 ms.
 */
const graphs = {
	attach: (acr, ns) => [
		{id: 'create registry', needs: [], match: (t) => t.operation.endsWith('registries/write') && t.resource.endsWith(`/registries/${acr}`)},
		{id: 'import', needs: ['create registry'], match: (t) => t.operation.endsWith('importImage/action') && t.resource.includes(`/registries/${acr}/`)},
		{id: 'grant AcrPull', needs: ['create registry'], match: () => false},
		{id: 'get credentials', needs: [], match: () => false},
		{id: 'apply', needs: ['get credentials'], match: () => false},
		{
			id: 'pods running',
			needs: ['apply', 'import', 'grant AcrPull'],
			match: (t) => t.operation === 'pods/start' && t.resource.startsWith(`${aksCluster}/${ns}/`),
		},
	],
	token: (acr, ns) => [
		{id: 'create registry', needs: [], match: (t) => t.operation.endsWith('registries/write') && t.resource.endsWith(`/registries/${acr}`)},
		{id: 'import', needs: ['create registry'], match: (t) => t.operation.endsWith('importImage/action') && t.resource.includes(`/registries/${acr}/`)},
		{id: 'scope map', needs: ['create registry'], match: (t) => t.operation.endsWith('scopeMaps/write') && t.resource.includes(`/registries/${acr}/`)},
		{id: 'token', needs: ['scope map'], match: (t) => t.operation.endsWith('tokens/write') && t.resource.includes(`/registries/${acr}/`)},
		{id: 'password', needs: ['token'], match: (t) => t.operation.endsWith('generateCredentials/action') && t.resource.includes(`/registries/${acr}`)},
		{id: 'namespace + secret', needs: ['password'], match: () => false},
		{id: 'pod running', needs: ['namespace + secret', 'import'], match: (t) => t.operation === 'pods/start' && t.resource.startsWith(`${localContext}/${ns}/`)},
	],
};

/** The longest chain of the graph at the modelled latencies (the floor no client can beat), and the sum of all (a strictly sequential client's floor). */
function criticalPath(graph, timings) {
	const cost = new Map(graph.map((node) => [node.id, Math.max(0, ...timings.filter(node.match).map((t) => t.modelMs))]));
	const finish = new Map();
	const via = new Map();
	for (const node of graph) {
		const before = node.needs.map((id) => [id, finish.get(id) ?? 0]).sort((a, b) => b[1] - a[1])[0];
		finish.set(node.id, (before?.[1] ?? 0) + (cost.get(node.id) ?? 0));
		via.set(node.id, before?.[0]);
	}
	const [end] = [...finish.entries()].sort((a, b) => b[1] - a[1])[0];
	const chain = [];
	for (let id = end; id; id = via.get(id)) chain.unshift(`${id} ${((cost.get(id) ?? 0) / 1000).toFixed(1)}`);
	return {ms: finish.get(end) ?? 0, sequentialMs: [...cost.values()].reduce((sum, ms) => sum + ms, 0), chain: chain.join(' → ')};
}

/** Runs one sequence's pairs on one sandbox, A (az + kubectl) and B (the wizard) interleaved. */
async function pairs(world, azEnvironment, sequence, hasAz) {
	const rows = {a: [], b: [], limits: []};
	for (let index = 0; index < runs; index++) {
		const tag = `${sequence.slice(0, 2)}${world.pace.slice(0, 1)}${String(index)}${process.pid % 1000}`;
		if (hasAz) {
			const acr = `benchaz${tag}`;
			const ns = `bench-az-${tag}`;
			const home = azEnvironment.HOME;
			await writeFile(join(home, 'acr-nginx.yaml'), nginxDeployment(acr));
			await writeFile(join(home, 'my-awesome-app-pod.yaml'), awesomePod(acr));
			const script = ['set -e', ...azScripts[sequence](acr, ns)].join('\n');
			const ran = await measured('bash', ['-c', script], {env: azEnvironment, cwd: home});
			if (ran.code !== 0) console.log(`  az + kubectl ${sequence} run ${index + 1} failed (exit ${ran.code}):\n${ran.output.slice(-1200)}`);
			else rows.a.push(ran);
		}
		const acr = `benchwz${tag}`;
		// The wizard's attach path deploys the seed's sample into `default` (its token path takes --namespace): the
		// last run's deployment is removed first (untimed), so every run starts from the same world.
		const ns = sequence === 'attach' ? 'default' : `bench-wz-${tag}`;
		if (sequence === 'attach' && hasAz) {
			await measured(
				'kubectl',
				['--kubeconfig', world.kubeconfig, '--context', aksCluster, 'delete', 'deployment', 'nginx0-deployment', '-n', ns, '--ignore-not-found', '--wait'],
				{
					env: process.env,
				},
			);
		}
		const since = new Date().toISOString();
		const ran = await measured(process.execPath, [cli, ...wizardArgs[sequence](world, acr, ns)], {
			env: {...process.env, CI: '1', XDG_STATE_HOME: join(work, 'state')},
		});
		if (ran.code !== 0) {
			console.log(`  wizard ${sequence} run ${index + 1} failed (exit ${ran.code}):\n${ran.output.split('\n').slice(-20).join('\n')}`);
			continue;
		}
		rows.b.push(ran);
		const {value} = await control(world, `/_sandbox/timings?since=${encodeURIComponent(since)}`);
		rows.limits.push({...criticalPath(graphs[sequence](acr, ns), value), wallMs: ran.ms});
	}
	return rows;
}

function printSequence(sequence, pace, rows) {
	const a = {ms: median(rows.a.map((r) => r.ms)), cpu: median(rows.a.map((r) => r.cpuMs)), rss: median(rows.a.map((r) => r.rssKiB))};
	const b = {ms: median(rows.b.map((r) => r.ms)), cpu: median(rows.b.map((r) => r.cpuMs)), rss: median(rows.b.map((r) => r.rssKiB))};
	const label = `${sequence} (${pace})`.padEnd(16);
	console.log(
		`${label} az+kubectl ${seconds(a.ms).padStart(8)} wall ${seconds(a.cpu).padStart(8)} CPU ${mib(a.rss).padStart(8)} | wizard ${seconds(b.ms).padStart(8)} wall ${seconds(b.cpu).padStart(8)} CPU ${mib(b.rss).padStart(8)} | A/B wall ${times(a.ms, b.ms)} CPU ${times(a.cpu, b.cpu)}  (n=${rows.a.length}/${rows.b.length})`,
	);
	const limit = rows.limits[Math.floor(rows.limits.length / 2)];
	if (pace === 'demo' && limit) {
		const over = median(rows.limits.map((l) => l.wallMs / l.ms));
		console.log(
			`${''.padEnd(16)} API critical path ${seconds(limit.ms)} (${limit.chain}); sum of the steps ${seconds(limit.sequentialMs)}; wizard wall / critical path ${over.toFixed(2)}×, az+kubectl / critical path ${(a.ms / limit.ms).toFixed(2)}×`,
		);
	}
}

/** Spawns the CLI in a pseudo-terminal (`script`) and resolves with the ms until `text` first appears. */
function timeToText(args, text, timeoutMs = 30_000) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const env = {...process.env, TERM: 'xterm-256color', FORCE_COLOR: '0', XDG_STATE_HOME: join(work, 'state')};
		// Ink draws only the last frame when CI is set at all, so a terminal run must not have it.
		delete env.CI;
		const child = spawn('script', ['-qfec', `exec "${process.execPath}" "${cli}" ${args}`, '/dev/null'], {env, stdio: ['pipe', 'pipe', 'ignore']});
		let output = '';
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`"${text}" did not appear within ${timeoutMs} ms`));
		}, timeoutMs);
		child.stdout.on('data', (chunk) => {
			output += chunk.toString();
			if (!output.includes(text)) return;
			clearTimeout(timer);
			const ms = performance.now() - started;
			// SIGTERM, so the wizard stops its sandbox and removes its files.
			child.once('exit', () => resolve(ms));
			child.kill('SIGTERM');
		});
	});
}

async function repeat(label, once) {
	const values = [];
	for (let index = 0; index < runs; index++) values.push(await once());
	console.log(
		`${label.padEnd(44)} median ${median(values).toFixed(0)} ms  (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, n=${runs})`,
	);
}

/** The 1,000-pod frame: the real pod screen bundled with esbuild and driven through the store. */
async function podFrame() {
	const outdir = join(work, 'pod-frame');
	await build({
		entryPoints: {'pod-frame': join(root, 'scripts', 'bench', 'pod-frame.tsx')},
		outdir,
		outExtension: {'.js': '.mjs'},
		bundle: true,
		// Split as dist/ is, so Ink's development-only imports stay in chunks never loaded.
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node22',
		jsx: 'automatic',
		define: {'process.env.NODE_ENV': '"production"'},
		external: ['execa', 'selfsigned', 'react-devtools-core'],
		banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
		logLevel: 'warning',
	});
	const ran = await measured(process.execPath, [join(outdir, 'pod-frame.mjs')], {env: {...process.env, NODE_ENV: 'production'}});
	if (ran.code !== 0) throw new Error(`the pod frame harness failed:\n${ran.output.slice(-2000)}`);
	return JSON.parse(ran.output.trim().split('\n').pop() ?? '{}');
}

console.log(`acr-wizard bench: ${runs} run(s) each, ${cpus().length} CPU(s), load average ${load()} (1, 5, 15 min)`);
const hasAz = onPath('az') && onPath('kubectl');
if (!hasAz) console.log('az and kubectl are not both on PATH: only the wizard side of each sequence runs (install azure-cli and kubectl for A/B).');
if (!existsSync(timeBinary)) console.log(`${timeBinary} is missing: CPU and peak RSS are not measured (apt-get install time).`);
const worlds = [];
try {
	if (only !== 'frames') {
		console.log('\nSequences, A = az + kubectl, B = acr-wizard --yes --sandbox, interleaved A B A B on one standalone sandbox per pace (medians):');
		for (const pace of paces) {
			const world = await startStandalone(pace);
			worlds.push(world);
			const azEnvironment = hasAz ? await azSide(world) : {};
			for (const sequence of sequences) printSequence(sequence, pace, await pairs(world, azEnvironment, sequence, hasAz));
		}
	}
	if (only !== 'sequences') {
		console.log('\nStart-up, frames and doctor:');
		const fast = worlds.find((world) => world.pace === 'fast') ?? (await startStandalone('fast'));
		if (!worlds.includes(fast)) worlds.push(fast);
		await repeat('first frame (welcome), real mode', () => timeToText('', 'Welcome to acr-wizard'));
		await repeat('first frame (welcome), --sandbox', () => timeToText(`--sandbox "${fast.env}"`, 'Welcome to acr-wizard'));
		await repeat('first frame (welcome), --demo', () => timeToText('--demo', 'Welcome to acr-wizard'));
		const frame = await podFrame();
		console.log(
			`${`pod screen frame, ${frame.pods} pods`.padEnd(44)} median ${frame.medianMs?.toFixed(1)} ms  (p90 ${frame.p90Ms?.toFixed(1)}, max ${frame.maxMs?.toFixed(1)}, ${frame.frames} updates${cli === ownCli ? '' : "; this checkout's pod screen, not BENCH_CLI's"})`,
		);
		const doctor = [];
		for (let index = 0; index < runs; index++) {
			doctor.push(
				await measured(process.execPath, [cli, 'doctor', '--sandbox', fast.env, '--context', aksCluster, '--json'], {env: {...process.env, CI: '1'}}),
			);
		}
		// A run reports when it prints doctor's JSON (exit 0 healthy, 1 findings); a build without doctor prints usage instead.
		const reported = doctor.filter((r) => r.output.includes('"schemaVersion"'));
		const label = 'doctor --json on the sandbox, time to report'.padEnd(44);
		const exits = `exit ${doctor.map((r) => r.code).join(',')}`;
		if (reported.length === 0) console.log(`${label} no report (${exits}): ${doctor[0]?.output.trim().split('\n')[0] ?? ''}`);
		else
			console.log(
				`${label} median ${median(reported.map((r) => r.ms)).toFixed(0)} ms, CPU ${seconds(median(reported.map((r) => r.cpuMs)))}, RSS ${mib(median(reported.map((r) => r.rssKiB)))} (${exits}; n=${reported.length}/${doctor.length})`,
			);
	}
} finally {
	await Promise.all(worlds.map((world) => world.close()));
	await rm(work, {recursive: true, force: true});
	console.log(`\nload average after: ${load()}`);
}
