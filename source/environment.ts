/**
 * Where the wizard's world comes from: the real cloud (az's active cloud, its default
 * subscription, the user's kubeconfig) or the embedded sandbox. They differ only in these
 * values; the same adapters talk to both.
 */
import {rmSync} from 'node:fs';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {clouds, isCloudName, type CloudName, type CloudProfile} from './azure/clouds.js';
import {azCloudSetCommand} from './commands/cloud.js';
import type {AzureCredential} from './azure/credential.js';
import type {KubeconfigSource} from './kubernetes/kubernetes.js';
import {messages} from './messages/catalog.js';
import {readAzActiveCloud, readAzDefaultSubscription} from './probes/az-profile.js';
import type {JoinedSandbox, Sandbox} from './sandbox/index.js';
import {WizardError} from './wizard/errors.js';

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

/**
 * The real cloud: `--cloud`, else az's active cloud (`AZURE_CLOUD_NAME`, else `[cloud] name` in its config), else
 * AzureCloud; the kubeconfig from `--kubeconfig` or the default. A `--cloud` other than az's active cloud, or an
 * active cloud the wizard does not know, stops here: az's sign-in is only good in its own cloud.
 */
export async function realEnvironment(options: {cloud?: CloudName; kubeconfig?: string}, azConfig?: string): Promise<Environment> {
	const [active, defaultSubscriptionId] = await Promise.all([readAzActiveCloud(azConfig), readAzDefaultSubscription(azConfig)]);
	const cloud = clouds[chooseCloud(options.cloud, active)];
	const kubeconfig: KubeconfigSource = options.kubeconfig ? {kind: 'file', path: options.kubeconfig} : {kind: 'file'};
	return {cloud, kubeconfig, sandbox: false, defaultSubscriptionId, timing: withCallTimeout(undefined), close: async () => undefined};
}

/** The cloud to work in from `--cloud` and az's active cloud, or the WizardError that says why they cannot go together. */
export function chooseCloud(asked: CloudName | undefined, active: string | undefined): CloudName {
	// The az CLI's sign-in belongs to its active cloud: its tokens would not work against another cloud's endpoints.
	if (asked !== undefined && active !== undefined && asked !== active) {
		const text = messages().errors.cloudMismatch;
		throw new WizardError(text.message(asked, active), {suggestion: text.suggestion(asked, active), code: 'CloudMismatch'});
	}
	if (asked !== undefined) return asked;
	if (active === undefined) return 'AzureCloud';
	if (isCloudName(active)) return active;
	const text = messages().errors.unknownAzCloud;
	throw new WizardError(text.message(active), {suggestion: text.suggestion(active, azCloudSetCommand('AzureCloud')), code: 'UnknownCloud'});
}

/** The cloud profile of a running sandbox: its endpoints, its CA to trust, and the names of the cloud it plays. */
export function sandboxCloudProfile(sandbox: Pick<Sandbox, 'cloud' | 'caPem'>): CloudProfile {
	const {plays, defaultLocation, ...endpoints} = sandbox.cloud;
	return {...endpoints, azureCloud: plays, defaultLocation, acrSuffix: `.${sandbox.cloud.acrSuffix.replace(/^\./, '')}`, caPem: sandbox.caPem};
}

/** The embedded sandbox, started in this process (playing the cloud asked for); its kubeconfig lives in a 0600 file removed at close. */
export async function sandboxEnvironment(options: {
	pace: 'fast' | 'demo';
	seed: 'owner' | 'contributor';
	scenario?: string;
	/** The Azure cloud the sandbox plays (`--demo --cloud AzureChinaCloud`): its suffixes and regions throughout. */
	cloud?: CloudName;
}): Promise<Environment> {
	const {startSandbox} = await import('./sandbox/index.js');
	const sandbox = await startSandbox({
		pace: options.pace,
		seed: options.seed,
		...(options.scenario === undefined ? {} : {scenario: options.scenario}),
		...(options.cloud === undefined ? {} : {cloud: options.cloud}),
	});
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

/** The exports of an `env` file as `acr-wizard sandbox` writes it (`export NAME='value'`). */
function exportsOf(text: string): Record<string, string> {
	const values: Record<string, string> = {};
	for (const match of text.matchAll(/^export ([A-Za-z_][A-Za-z0-9_]*)='((?:[^']|'\\'')*)'$/gm)) {
		values[match[1] ?? ''] = (match[2] ?? '').replace(/'\\''/g, "'");
	}
	return values;
}

/**
 * A sandbox already running (`acr-wizard sandbox`), joined by its `env` file or its URL: the wizard works in
 * that same world, signed in through its managed-identity endpoint as az is. Closing leaves the sandbox running.
 */
export async function joinedSandboxEnvironment(target: string, cloud?: CloudName): Promise<Environment> {
	const environment = await joinEnvironment(target);
	// A running sandbox plays one cloud: a --cloud that names another says so rather than mixing their names.
	if (cloud !== undefined && cloud !== environment.cloud.azureCloud) {
		await environment.close();
		const text = messages().errors.sandboxCloudMismatch;
		throw new WizardError(text.message(cloud, environment.cloud.azureCloud), {suggestion: text.suggestion(cloud), code: 'CloudMismatch'});
	}
	return environment;
}

async function joinEnvironment(target: string): Promise<Environment> {
	const {joinSandbox, isLoopbackUrl, sandboxCloudVariable} = await import('./sandbox/index.js');
	const text = messages().flags;
	if (/^https?:\/\//i.test(target)) {
		if (!isLoopbackUrl(target)) throw new Error(text.sandboxNotLocal(target));
		const joined = await joinSandbox(target).catch((error: unknown) => {
			throw new Error(text.sandboxUnreachable(target, error instanceof Error ? error.message : String(error)));
		});
		const dir = await mkdtemp(join(tmpdir(), 'acr-wizard-join-'));
		const path = join(dir, 'kubeconfig');
		await writeFile(path, joined.kubeconfigYaml, {encoding: 'utf8', mode: 0o600});
		return joinedEnvironment(joined, {kind: 'file', path}, async () => rm(dir, {recursive: true, force: true}));
	}
	const env = exportsOf(
		await readFile(target, 'utf8').catch(() => {
			throw new Error(text.sandboxFileUnreadable(target));
		}),
	);
	const arm = env['ACR_WIZARD_SANDBOX'];
	const caFile = env['REQUESTS_CA_BUNDLE'];
	const kubeconfig = env['KUBECONFIG'];
	if (arm === undefined || caFile === undefined || kubeconfig === undefined) throw new Error(text.sandboxFileIncomplete(target));
	const [caPem, kubeconfigYaml] = await Promise.all([readFile(caFile, 'utf8'), readFile(kubeconfig, 'utf8')]).catch(() => {
		throw new Error(text.sandboxGone(target));
	});
	const played = env[sandboxCloudVariable];
	const joined = await joinSandbox(arm, {caPem, kubeconfigYaml, ...(played !== undefined && isCloudName(played) ? {cloud: played} : {})});
	return joinedEnvironment(joined, {kind: 'file', path: kubeconfig}, async () => undefined);
}

function joinedEnvironment(joined: JoinedSandbox, kubeconfig: KubeconfigSource, cleanUp: () => Promise<void>): Environment {
	let closing: Promise<void> | undefined;
	return {
		cloud: sandboxCloudProfile({cloud: joined.cloud, caPem: joined.caPem}),
		credential: joined.credential,
		kubeconfig,
		sandbox: true,
		defaultSubscriptionId: joined.subscriptionId,
		close: async () => {
			closing ??= cleanUp();
			return closing;
		},
	};
}
