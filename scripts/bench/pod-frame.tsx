// The live pod screen with 1,000 pods, for `npm run bench`: renders the real PodsScreen (Ink, debug mode so every
// update is drawn at once rather than throttled to 30 fps), then changes one pod's status at a time through the
// store, as the watch does, and reports how long each frame took from the store update to the frame written.
// Bundled by scripts/bench.mjs with esbuild; prints one JSON line.
import {render} from 'ink';
import {Writable} from 'node:stream';
import {createInkPrompter} from '../../source/ui/ink-prompter.js';
import {PodsScreen} from '../../source/ui/screens/pods.js';
import {WizardContext} from '../../source/ui/use-wizard.js';
import {createWizardStore, initialState} from '../../source/wizard/store.js';
import type {PodSummary} from '../../source/wizard/types.js';

const count = Number(process.env['BENCH_PODS'] ?? 1000);
const updates = Number(process.env['BENCH_POD_UPDATES'] ?? 200);
// The first updates compile the code paths (JIT): they are drawn but not counted.
const warmUp = 20;
const created = new Date(Date.now() - 60_000).toISOString();
let pods: PodSummary[] = Array.from({length: count}, (_, index) => ({
	name: `nginx0-deployment-7d54b67596-${String(index).padStart(5, '0')}`,
	namespace: 'default',
	ready: '0/1',
	status: 'ContainerCreating',
	restarts: 0,
	createdAt: created,
	images: ['benchacr.azurecr.io/nginx:v1'],
}));

const store = createWizardStore({...initialState({cloud: 'AzureSandbox', armEndpoint: 'https://127.0.0.1', sandbox: true}), view: 'pods', pods});
const {controller} = createInkPrompter(store);
let written: (() => void) | undefined;
const stdout = Object.assign(
	new Writable({
		write(_chunk, _encoding, callback) {
			written?.();
			callback();
		},
	}),
	{columns: 120, rows: 40, isTTY: true},
);
const frames: number[] = [];
const app = render(
	<WizardContext.Provider value={{store, controller}}>
		<PodsScreen />
	</WizardContext.Provider>,
	{stdout: stdout as unknown as NodeJS.WriteStream, debug: true, patchConsole: false, exitOnCtrlC: false},
);
for (let index = 0; index < warmUp + updates; index++) {
	const changed = index % count;
	pods = pods.map((pod, at) => (at === changed ? {...pod, ready: '1/1', status: 'Running'} : pod));
	const next = pods;
	const started = performance.now();
	await new Promise<void>((resolve) => {
		written = resolve;
		store.getState().actions.setPods(next, []);
	});
	if (index >= warmUp) frames.push(performance.now() - started);
}
app.unmount();
frames.sort((a, b) => a - b);
const at = (q: number) => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))] ?? 0;
console.log(JSON.stringify({pods: count, frames: frames.length, medianMs: at(0.5), p90Ms: at(0.9), maxMs: at(1)}));
