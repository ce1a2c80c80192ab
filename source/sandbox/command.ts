import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {SandboxPace} from './clock.js';
import {writeClientFiles} from './client-env.js';
import {startSandbox} from './index.js';
import {findScenario} from './scenarios/index.js';
import {scenarioList} from './scenarios/list.js';

/** Where `runSandboxCommand` prints, what stops it besides Ctrl+C (tests pass a signal), and the command's own flags. */
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
};

/**
 * Runs `acr-wizard sandbox`: starts the sandbox, writes next to its kubeconfig the CA (`ca.pem`), an `env` file and a
 * `setup-az` script for real clients, prints how to use them, and waits for Ctrl+C.
 */
export async function runSandboxCommand(options: SandboxCommandOptions = {}): Promise<void> {
	const output = options.output ?? process.stdout;
	if (options.listScenarios) {
		output.write(scenarioList());
		return;
	}
	// An unknown name fails here, before anything starts, with the known names and how to list them.
	const scenario = options.scenario === undefined ? undefined : findScenario(options.scenario);
	const started = performance.now();
	const sandbox = await startSandbox({pace: options.pace ?? 'demo', ...(options.port === undefined ? {} : {port: options.port}), ...(scenario ? {scenario: scenario.name} : {})});
	const dir = await mkdtemp(join(tmpdir(), 'acr-wizard-sandbox-'));
	const files = await writeClientFiles({dir, armEndpoint: sandbox.armEndpoint, caPem: sandbox.caPem, kubeconfigYaml: sandbox.kubeconfigYaml, acrSuffix: sandbox.cloud.acrSuffix});
	const lines = [
		`Sandbox running (started in ${Math.round(performance.now() - started)} ms, pace ${sandbox.clock.pace}).`,
		`  ARM endpoint:   ${sandbox.armEndpoint}`,
		`  Graph endpoint: ${sandbox.graphEndpoint}`,
		`  Subscription:   ${sandbox.subscriptionId}`,
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
		'Press Ctrl+C to stop.',
		'',
	];
	output.write(lines.join('\n'));
	options.onReady?.({dir, env: files.env, armEndpoint: sandbox.armEndpoint});
	await new Promise<void>((resolve) => {
		const stop = () => {
			process.off('SIGINT', stop);
			process.off('SIGTERM', stop);
			options.signal?.removeEventListener('abort', stop);
			resolve();
		};
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
		if (options.signal?.aborted) {
			stop();
		}
		options.signal?.addEventListener('abort', stop);
	});
	await sandbox.close();
	await rm(dir, {recursive: true, force: true});
	output.write('Sandbox stopped.\n');
}
