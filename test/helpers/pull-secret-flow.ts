/**
 * Flow tests of the pull-secret path: the sandbox with the REAL adapters (through
 * `startAttachFlow`), the sandbox's kubeconfig written to a file (so `kind-local` is a context
 * like any other), a registry with the sample `nginx:v1` imported, and every password Azure
 * hands out recorded, so a test can scan the store and the frames for it.
 */
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Azure, Registry} from '../../source/azure/azure.js';
import {seedIds, type StartSandboxOptions} from '../../source/sandbox/index.js';
import type {Context} from '../../source/wizard/context.js';
import {startAttachFlow, type AttachFlow} from './attach-flow.js';
import type {Script, ScriptedPrompter} from './scripted-prompter.js';

/** A running sandbox ready for the pull-secret path. */
export type PullSecretFlow = {
	readonly base: AttachFlow;
	readonly azure: Azure;
	readonly registry: Registry;
	readonly kubeconfigPath: string;
	/** Every password created, reset or generated through `azure`, plus any a test adds. */
	readonly passwords: string[];
	/** A fresh run (new store) at the registry, answering from `script`. */
	context(script: Script): Context & {readonly scripted: ScriptedPrompter};
	close(): Promise<void>;
};

/** `azure` with its password-returning methods recording the values. */
function recording(azure: Azure, passwords: string[]): Azure {
	return {
		...azure,
		createServicePrincipal: async (name, progress) =>
			azure.createServicePrincipal(name, progress).then((result) => (passwords.push(result.password.value), result)),
		resetPassword: async (principal) => azure.resetPassword(principal).then((password) => (passwords.push(password.value), password)),
		generateTokenPassword: async (...args) => azure.generateTokenPassword(...args).then((result) => (passwords.push(result.password.value), result)),
	};
}

/** Starts the sandbox (`contributor`: the user cannot assign roles), writes its kubeconfig, creates `registryName` with nginx:v1 imported. */
export async function startPullSecretFlow(
	registryName: string,
	seed: 'owner' | 'contributor' = 'owner',
	options: Omit<StartSandboxOptions, 'pace' | 'seed'> = {},
): Promise<PullSecretFlow> {
	const base = await startAttachFlow(seed, options);
	const directory = await mkdtemp(join(tmpdir(), 'pull-secret-flow-'));
	const kubeconfigPath = join(directory, 'kubeconfig');
	await base.sandbox.writeKubeconfig(kubeconfigPath);
	const passwords: string[] = [];
	const azure = recording(base.azure, passwords);
	const registry = await azure.createRegistry({
		subscriptionId: seedIds.subscriptionId,
		resourceGroup: seedIds.resourceGroup,
		name: registryName,
		location: base.sandbox.cloud.defaultLocation,
		sku: 'Basic',
	});
	await azure.importImage(registry.id, 'docker.io/library/nginx:latest', 'nginx:v1');
	return {
		base,
		azure,
		registry,
		kubeconfigPath,
		passwords,
		context(script) {
			const context = {...base.context(script), azure, kubeconfig: {kind: 'file', path: kubeconfigPath} as const};
			context.store.getState().actions.chooseRegistry(registry);
			return context;
		},
		async close() {
			await base.close();
			await rm(directory, {recursive: true, force: true});
		},
	};
}
