/**
 * Where the wizard's world comes from: the real cloud (az's active cloud, its default
 * subscription, the user's kubeconfig) or the embedded sandbox. They differ only in these
 * values; the same adapters talk to both.
 */
import {rmSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {clouds, type CloudName, type CloudProfile} from './azure/clouds.js';
import type {AzureCredential} from './azure/credential.js';
import type {KubeconfigSource} from './kubernetes/kubernetes.js';
import {readAzActiveCloud, readAzDefaultSubscription} from './probes/az-profile.js';
import type {Sandbox} from './sandbox/index.js';

export type Environment = {
	readonly cloud: CloudProfile;
	readonly credential?: AzureCredential;
	/** Poll and retry pacing of long-running operations; Azure's own defaults when absent. */
	readonly timing?: {readonly pollIntervalMs?: number; readonly retryDelayMs?: number; readonly callTimeoutMs?: number};
	readonly kubeconfig: KubeconfigSource;
	readonly sandbox: boolean;
	readonly defaultSubscriptionId?: string;
	close(): Promise<void>;
};

/** The variable that gives every request to Azure or a cluster a deadline in seconds (60 s for Azure, 90 s for a cluster otherwise). */
export const callTimeoutVariable = 'ACR_WIZARD_CALL_TIMEOUT';

/** The deadline of one request from ACR_WIZARD_CALL_TIMEOUT (seconds), when it holds a positive number. */
export function callTimeoutMs(environment: NodeJS.ProcessEnv = process.env): number | undefined {
	const seconds = Number(environment[callTimeoutVariable]);
	return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

const withCallTimeout = (timing: Environment['timing']): Environment['timing'] => {
	const timeout = callTimeoutMs();
	return timeout === undefined ? timing : {...timing, callTimeoutMs: timeout};
};

/** The real cloud: `--cloud`, else az's active cloud, else AzureCloud; the kubeconfig from `--kubeconfig` or the default. */
export async function realEnvironment(options: {cloud?: CloudName; kubeconfig?: string}): Promise<Environment> {
	const [active, defaultSubscriptionId] = await Promise.all([readAzActiveCloud(), readAzDefaultSubscription()]);
	const cloud = clouds[options.cloud ?? active ?? 'AzureCloud'];
	const kubeconfig: KubeconfigSource = options.kubeconfig ? {kind: 'file', path: options.kubeconfig} : {kind: 'file'};
	return {cloud, kubeconfig, sandbox: false, defaultSubscriptionId, timing: withCallTimeout(undefined), close: async () => undefined};
}

/** The cloud profile of a running sandbox: its endpoints, and its CA to trust. */
export function sandboxCloudProfile(sandbox: Pick<Sandbox, 'cloud' | 'caPem'>): CloudProfile {
	return {...sandbox.cloud, acrSuffix: `.${sandbox.cloud.acrSuffix.replace(/^\./, '')}`, caPem: sandbox.caPem};
}

/** The embedded sandbox, started in this process; its kubeconfig lives in a 0600 file removed at close. */
export async function sandboxEnvironment(options: {pace: 'fast' | 'demo'; seed: 'owner' | 'contributor'}): Promise<Environment> {
	const {startSandbox} = await import('./sandbox/index.js');
	const sandbox = await startSandbox({pace: options.pace, seed: options.seed});
	const dir = await mkdtemp(join(tmpdir(), 'acr-wizard-demo-'));
	// The kubeconfig holds the emulated clusters' bearer tokens: however the process ends, it goes.
	const removeOnExit = () => rmSync(dir, {recursive: true, force: true});
	process.once('exit', removeOnExit);
	const path = join(dir, 'kubeconfig');
	await sandbox.writeKubeconfig(path);
	let closing: Promise<void> | undefined;
	return {
		cloud: sandboxCloudProfile(sandbox),
		credential: sandbox.credential,
		// The fast pace answers at once; the demo pace keeps the SDK's own polling, as on Azure.
		timing: withCallTimeout(options.pace === 'fast' ? {pollIntervalMs: 5, retryDelayMs: 5} : undefined),
		kubeconfig: {kind: 'file', path},
		sandbox: true,
		defaultSubscriptionId: sandbox.subscriptionId,
		// Once only: the end of the run and a signal arriving meanwhile may both ask.
		close: async () => {
			closing ??= (async () => {
				await sandbox.close();
				await rm(dir, {recursive: true, force: true});
				process.off('exit', removeOnExit);
			})();
			return closing;
		},
	};
}
