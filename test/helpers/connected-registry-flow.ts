/**
 * Flow tests of the connected-registry path: the sandbox with the REAL adapters, its kubeconfig
 * written to a file (so `arc-edge-cluster` is a context like any other), a registry to start
 * from, and every password Azure hands out recorded, so a test can scan for them.
 */
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Azure, Registry, RegistrySku} from '../../source/azure/azure.js';
import {seedIds} from '../../source/sandbox/index.js';
import {flagAnswers, type Flags} from '../../source/flags.js';
import {createAutoPrompter} from '../../source/wizard/auto-prompter.js';
import type {Context} from '../../source/wizard/context.js';
import {withFlagAnswers} from '../../source/wizard/flag-answers.js';
import {startAttachFlow, type AttachFlow} from './attach-flow.js';
import type {Script, ScriptedPrompter} from './scripted-prompter.js';

export type ConnectedFlow = {
	readonly base: AttachFlow;
	readonly azure: Azure;
	readonly kubeconfigPath: string;
	readonly directory: string;
	/** Every password generated through `azure`. */
	readonly passwords: string[];
	/** Creates a registry to start from. */
	registry(name: string, sku: RegistrySku, dataEndpointEnabled?: boolean): Promise<Registry>;
	/** A run at `registry` answering from `script`. */
	context(registry: Registry, script: Script, flags?: Flags): Context & {readonly scripted: ScriptedPrompter};
	/** A `--yes` run at `registry`: flags answer their questions, defaults the rest, nothing asks. */
	auto(registry: Registry, flags: Flags): Context;
	close(): Promise<void>;
};

function recording(azure: Azure, passwords: string[]): Azure {
	return {
		...azure,
		generateTokenPassword: async (...args) => azure.generateTokenPassword(...args).then((result) => (passwords.push(result.password.value), result)),
	};
}

export async function startConnectedFlow(): Promise<ConnectedFlow> {
	const base = await startAttachFlow('owner');
	const directory = await mkdtemp(join(tmpdir(), 'connected-flow-'));
	const kubeconfigPath = join(directory, 'kubeconfig');
	await base.sandbox.writeKubeconfig(kubeconfigPath);
	const passwords: string[] = [];
	const azure = recording(base.azure, passwords);
	const at = (context: Context, registry: Registry) => {
		context.store.getState().actions.chooseRegistry(registry);
		context.store.getState().actions.chooseMethod('connected-registry');
		return context;
	};
	return {
		base,
		azure,
		kubeconfigPath,
		directory,
		passwords,
		async registry(name, sku, dataEndpointEnabled = false) {
			const created = await azure.createRegistry({
				subscriptionId: seedIds.subscriptionId,
				resourceGroup: seedIds.resourceGroup,
				name,
				location: seedIds.location,
				sku,
			});
			return dataEndpointEnabled ? azure.updateRegistry(created.id, {dataEndpointEnabled: true}) : created;
		},
		context(registry, script, flags = {}) {
			const context = {...base.context(script, {flags}), azure, kubeconfig: {kind: 'file', path: kubeconfigPath} as const};
			return at(context, registry) as typeof context;
		},
		auto(registry, flags) {
			const probe = base.context({}, {flags});
			const prompter = withFlagAnswers(createAutoPrompter(probe.store), flagAnswers(flags), probe.store);
			return at({...probe, prompter, azure, kubeconfig: {kind: 'file', path: kubeconfigPath} as const}, registry);
		},
		async close() {
			await base.close();
			await rm(directory, {recursive: true, force: true});
		},
	};
}
