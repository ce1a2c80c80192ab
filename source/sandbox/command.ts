import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startSandbox} from './index.js';
import {findScenario} from './scenarios/index.js';
import {scenarioList} from './scenarios/list.js';

/** Where `runSandboxCommand` prints, and what stops it besides Ctrl+C (tests pass a signal). */
export type SandboxCommandOptions = {
	readonly output?: NodeJS.WritableStream;
	readonly signal?: AbortSignal;
	/** `--scenario <name>`: start in that broken world. */
	readonly scenario?: string;
	/** `--list-scenarios`: print the scenarios, one line each, and stop. */
	readonly listScenarios?: boolean;
};

/** Runs `acr-wizard sandbox`: starts the sandbox at the demo pace, writes its kubeconfig, prints how to use it, waits for Ctrl+C. */
export async function runSandboxCommand(options: SandboxCommandOptions = {}): Promise<void> {
	const output = options.output ?? process.stdout;
	if (options.listScenarios) {
		output.write(scenarioList());
		return;
	}
	// An unknown name fails here, before anything starts, with the known names and how to list them.
	const scenario = options.scenario === undefined ? undefined : findScenario(options.scenario);
	const started = performance.now();
	const sandbox = await startSandbox({pace: 'demo', ...(scenario ? {scenario: scenario.name} : {})});
	const dir = await mkdtemp(join(tmpdir(), 'acr-wizard-sandbox-'));
	const kubeconfigPath = join(dir, 'kubeconfig');
	await sandbox.writeKubeconfig(kubeconfigPath);
	const lines = [
		`Sandbox running (started in ${Math.round(performance.now() - started)} ms).`,
		`  ARM endpoint:   ${sandbox.armEndpoint}`,
		`  Graph endpoint: ${sandbox.graphEndpoint}`,
		`  Subscription:   ${sandbox.subscriptionId}`,
		`  Kubeconfig:     ${kubeconfigPath}`,
		...(scenario ? [`  Scenario:       ${scenario.name}: ${scenario.description}`] : []),
		'',
		'Point kubectl at it:',
		`  KUBECONFIG=${kubeconfigPath} kubectl get pods -w`,
		`  KUBECONFIG=${kubeconfigPath} kubectl config get-contexts`,
		'',
		'Press Ctrl+C to stop.',
		'',
	];
	output.write(lines.join('\n'));
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
