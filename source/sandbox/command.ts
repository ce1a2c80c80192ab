import {rmSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {SandboxPace} from './clock.js';
import {writeClientFiles} from './client-env.js';
import {faultsEndpoint, formatFault, parseFaultSpec} from './faults.js';
import {startSandbox} from './index.js';
import {findScenario} from './scenarios/index.js';
import {scenarioList} from './scenarios/list.js';
import type {PlayedCloudName} from './sovereign.js';

/** Where `runSandboxCommand` prints, what stops it besides a signal (tests pass one), and the command's own flags. */
export type SandboxCommandOptions = {
	readonly output?: NodeJS.WritableStream;
	readonly signal?: AbortSignal;
	/** `demo` (default) for a person watching; `fast` for scripts and tests. */
	readonly pace?: SandboxPace;
	/** The HTTPS port of ARM, Graph and sign-in; a free one when absent. */
	readonly port?: number;
	/** Called once the files are written and the sandbox answers (tests read the env file from here). */
	readonly onReady?: (files: {readonly dir: string; readonly env: string; readonly armEndpoint: string}) => void;
	/** `--scenario <name>`: start in that broken world. */
	readonly scenario?: string;
	/** `--list-scenarios`: print the scenarios, one line each, and stop. */
	readonly listScenarios?: boolean;
	/** `--faults <spec>` (see `faults.ts`); when absent, `ACR_WIZARD_SANDBOX_FAULTS`. */
	readonly faults?: string;
	/** `--cloud <name>`: the Azure cloud to play (its login server suffix, host names and regions). */
	readonly cloud?: PlayedCloudName;
};

/** What stopped the sandbox: a signal's name, `abort` (the caller's signal), or `listed` (only the scenarios were printed). */
export type SandboxStop = NodeJS.Signals | 'abort' | 'listed';

const stopSignals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

const isStopSignal = (value: unknown): value is NodeJS.Signals => typeof value === 'string' && (stopSignals as readonly string[]).includes(value);

/**
 * Runs `acr-wizard sandbox`: starts the sandbox, writes next to its kubeconfig the CA (`ca.pem`), an `env` file and a
 * `setup-az` script for real clients, prints how to use them, and waits for Ctrl+C (or SIGTERM, SIGHUP). The
 * kubeconfig holds the clusters' bearer tokens: the files are removed on every way out, a signal during the start included.
 */
export async function runSandboxCommand(options: SandboxCommandOptions = {}): Promise<SandboxStop> {
	const output = options.output ?? process.stdout;
	if (options.listScenarios) {
		output.write(scenarioList());
		return 'listed';
	}
	// An unknown scenario or a fault spec that cannot be read fails here, before anything starts, saying how to fix it.
	const scenario = options.scenario === undefined ? undefined : findScenario(options.scenario);
	const faultSpec = options.faults ?? process.env['ACR_WIZARD_SANDBOX_FAULTS'] ?? '';
	const armed = parseFaultSpec(faultSpec);
	const started = performance.now();
	let stopped: SandboxStop | undefined;
	let wake: (() => void) | undefined;
	const stop = (reason: SandboxStop) => {
		stopped ??= reason;
		wake?.();
	};
	const handlers = stopSignals.map((name) => [name, () => stop(name)] as const);
	// The caller may abort with a signal's name as the reason (it owns the process's signals).
	const onAbort = () => stop(isStopSignal(options.signal?.reason) ? options.signal.reason : 'abort');
	for (const [name, handler] of handlers) process.on(name, handler);
	options.signal?.addEventListener('abort', onAbort);
	if (options.signal?.aborted) onAbort();
	let dir: string | undefined;
	let removeOnExit: (() => void) | undefined;
	try {
		const sandbox = await startSandbox({
			pace: options.pace ?? 'demo',
			faults: faultSpec,
			...(options.port === undefined ? {} : {port: options.port}),
			...(scenario ? {scenario: scenario.name} : {}),
			...(options.cloud === undefined ? {} : {cloud: options.cloud}),
		});
		try {
			if (stopped === undefined) {
				dir = await mkdtemp(join(tmpdir(), 'acr-wizard-sandbox-'));
				// However the process ends (an exit from anywhere), the kubeconfig and its bearer tokens go with it.
				const made = dir;
				removeOnExit = () => rmSync(made, {recursive: true, force: true});
				process.once('exit', removeOnExit);
				const files = await writeClientFiles({
					dir,
					armEndpoint: sandbox.armEndpoint,
					caPem: sandbox.caPem,
					kubeconfigYaml: sandbox.kubeconfigYaml,
					acrSuffix: sandbox.cloud.acrSuffix,
					plays: sandbox.cloud.plays,
				});
				const lines = [
					`Sandbox running (started in ${Math.round(performance.now() - started)} ms, pace ${sandbox.clock.pace}).`,
					`  ARM endpoint:   ${sandbox.armEndpoint}`,
					`  Graph endpoint: ${sandbox.graphEndpoint}`,
					`  Subscription:   ${sandbox.subscriptionId}`,
					...(sandbox.cloud.plays === 'AzureCloud'
						? []
						: [`  Plays:          ${sandbox.cloud.plays} (login servers *.${sandbox.cloud.acrSuffix}, region ${sandbox.cloud.defaultLocation})`]),
					`  Kubeconfig:     ${files.kubeconfig}`,
					`  CA:             ${files.caPem}`,
					`  Environment:    ${files.env}`,
					...(scenario ? [`  Scenario:       ${scenario.name}: ${scenario.description}`] : []),
					'',
					'Point kubectl at it:',
					`  KUBECONFIG=${files.kubeconfig} kubectl get pods -w`,
					`  KUBECONFIG=${files.kubeconfig} kubectl config get-contexts`,
					'',
					'Point az at it (its own config dir; nothing leaves this machine):',
					`  . ${files.env}`,
					`  ${files.setupAz}`,
					'  az acr list --output table',
					'',
					'Run the wizard in this same sandbox:',
					`  acr-wizard --sandbox ${files.env}`,
					'',
					...(armed.length > 0 ? ['Faults armed:', ...armed.map((spec) => `  ${formatFault(spec)}`), ''] : []),
					`Faults: GET, POST (a spec) or DELETE ${sandbox.armEndpoint}${faultsEndpoint}`,
					'',
					'Press Ctrl+C to stop.',
					'',
				];
				output.write(lines.join('\n'));
				options.onReady?.({dir, env: files.env, armEndpoint: sandbox.armEndpoint});
				await new Promise<void>((resolve) => {
					wake = resolve;
					if (stopped !== undefined) resolve();
				});
			}
		} finally {
			await sandbox.close();
		}
	} finally {
		for (const [name, handler] of handlers) process.off(name, handler);
		options.signal?.removeEventListener('abort', onAbort);
		if (dir) await rm(dir, {recursive: true, force: true});
		if (removeOnExit) process.off('exit', removeOnExit);
	}
	output.write('Sandbox stopped.\n');
	return stopped ?? 'abort';
}
