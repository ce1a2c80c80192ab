/**
 * Flow tests of the registry and AKS paths: a sandbox (owner or contributor seed) with the
 * REAL Azure and Kubernetes adapters, a store at the chosen sandbox subscription, and a
 * scripted prompter. Only the clock is a fake (retries never wait).
 */
import {createRunMemory} from '../../source/wizard/session.js';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Azure} from '../../source/azure/azure.js';
import {createKubernetes} from '../../source/kubernetes/client-node.js';
import type {Kubernetes} from '../../source/kubernetes/kubernetes.js';
import {startSandbox, type Sandbox, type StartSandboxOptions} from '../../source/sandbox/index.js';
import {explain} from '../../source/steps/shared/explain.js';
import type {Context, Flags} from '../../source/wizard/context.js';
import type {Prompter} from '../../source/wizard/prompter.js';
import {sandboxAzure, sandboxCloud} from '../azure/sandbox-azure.js';
import {fakeExec, healthyTools} from './fake-exec.js';
import {scriptedPrompter, type Script, type ScriptedPrompter} from './scripted-prompter.js';
import {fakeClock, testStore} from './test-context.js';

/** A running sandbox and the real adapters over it. */
export type AttachFlow = {
	readonly sandbox: Sandbox;
	readonly azure: Azure;
	readonly kubernetes: Kubernetes;
	/** A fresh context at the sandbox's main subscription, answering from `script`. */
	context(
		script: Script,
		options?: {readonly flags?: Flags; readonly prompter?: Prompter},
	): Context & {readonly prompter: Prompter; readonly scripted: ScriptedPrompter};
	close(): Promise<void>;
};

/** Starts the sandbox at fast pace and wires the real adapters to it. */
export async function startAttachFlow(seed: 'owner' | 'contributor' = 'owner', options: Omit<StartSandboxOptions, 'pace' | 'seed'> = {}): Promise<AttachFlow> {
	const sandbox = await startSandbox({...options, pace: 'fast', seed});
	const directory = await mkdtemp(join(tmpdir(), 'attach-flow-'));
	const azure = sandboxAzure(sandbox);
	// An empty home and no $KUBECONFIG: the AKS path uses the user credentials it fetches, in memory.
	const kubernetes = createKubernetes({home: directory});
	const subscription = {id: sandbox.subscriptionId, name: 'Sandbox Subscription', tenantId: sandbox.tenantId};
	return {
		sandbox,
		azure,
		kubernetes,
		context(script, options = {}) {
			const scripted = scriptedPrompter(script);
			const store = testStore({
				subscription,
				subscriptions: [subscription],
				environment: {
					cloud: 'AzureSandbox',
					azureCloud: sandbox.cloud.plays,
					acrSuffix: sandboxCloud(sandbox).acrSuffix,
					armEndpoint: sandbox.armEndpoint,
					sandbox: true,
				},
			});
			return {
				store,
				prompter: options.prompter ?? scripted,
				scripted,
				clock: fakeClock(),
				explain,
				azure,
				kubernetes,
				exec: fakeExec(healthyTools),
				cloud: sandboxCloud(sandbox),
				kubeconfig: {kind: 'file', path: join(directory, 'config')},
				defaultSubscriptionId: sandbox.subscriptionId,
				flags: options.flags ?? {},
				memory: createRunMemory(),
			};
		},
		async close() {
			await sandbox.close();
			await rm(directory, {recursive: true, force: true});
		},
	};
}
