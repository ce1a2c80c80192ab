import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startSandbox} from './index.js';

/** Runs `acr-wizard sandbox`: starts the sandbox at the demo pace, writes its kubeconfig, prints how to use it, waits for Ctrl+C. */
export async function runSandboxCommand(output: NodeJS.WritableStream = process.stdout): Promise<void> {
	const started = performance.now();
	const sandbox = await startSandbox({pace: 'demo'});
	const dir = await mkdtemp(join(tmpdir(), 'acr-wizard-sandbox-'));
	const kubeconfigPath = join(dir, 'kubeconfig');
	await sandbox.writeKubeconfig(kubeconfigPath);
	const lines = [
		`Sandbox running (started in ${Math.round(performance.now() - started)} ms).`,
		`  ARM endpoint:   ${sandbox.armEndpoint}`,
		`  Graph endpoint: ${sandbox.graphEndpoint}`,
		`  Subscription:   ${sandbox.subscriptionId}`,
		`  Kubeconfig:     ${kubeconfigPath}`,
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
			resolve();
		};
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
	});
	await sandbox.close();
	await rm(dir, {recursive: true, force: true});
	output.write('Sandbox stopped.\n');
}
