import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {connectedRegistrySteps} from '../../source/steps/connected-registry/index.js';
import {seedIds} from '../../source/sandbox/index.js';
import {arm} from '../../source/sandbox/scenarios/connected-registry-world.js';
import {renderPlain} from '../../source/output/plain.js';
import {runSteps} from '../../source/wizard/engine.js';
import type {Context} from '../../source/wizard/context.js';
import type {Registry} from '../../source/azure/azure.js';
import {startConnectedFlow, type ConnectedFlow} from '../helpers/connected-registry-flow.js';

const flags = {
	method: 'connected-registry',
	cluster: seedIds.arcCluster,
	context: seedIds.arcCluster,
	repository: 'hello-world',
	connectedRegistryName: 'myconnectedregistry',
	clusterIp: '192.100.100.1',
	clientToken: 'mytoken',
} as const;

/** The run, with `change` made through ARM just before the sample is deployed (someone else's change, as in real life). */
function changedBeforeDeploy(context: Context, change: () => Promise<unknown>): Context {
	const {prompter} = context;
	let changed = false;
	return {
		...context,
		prompter: {
			...prompter,
			async select(spec) {
				if (spec.id === 'confirm-deploy' && !changed) {
					changed = true;
					await change();
				}
				return prompter.select(spec);
			},
		},
	};
}

/** Everything a screen, a log or a record could show of the run: the store, and the plain renderer's lines. */
function watchOutput(context: Context): {readonly lines: string[]; stop(): void} {
	const lines: string[] = [];
	const stop = renderPlain(context.store, (line) => lines.push(line));
	return {lines, stop};
}

function expectNoConnectionString(flow: ConnectedFlow, context: Context, lines: readonly string[]): void {
	const texts = [JSON.stringify(context.store.getState()), ...lines];
	expect(flow.passwords.length).toBeGreaterThan(1);
	for (const text of texts) {
		expect(text).not.toContain('SyncTokenPassword=');
		for (const password of flow.passwords) expect(text.includes(password), 'a generated password is shown').toBe(false);
	}
}

const running = (context: Context) =>
	context.store
		.getState()
		.pods.filter((pod) => pod.status === 'Running')
		.map((pod) => pod.name.replace(/-[a-z0-9]+-[a-z0-9]+$/, ''));

const commands = (context: Context) => context.store.getState().journal.map((entry) => entry.command);

describe('connected registry: the hello-world pods diagnosed from the connected registry’s own facts, and fixed', () => {
	let flow: ConnectedFlow;
	let registry: Registry;
	beforeEach(async () => {
		flow = await startConnectedFlow();
		registry = await flow.registry('edgediag01', 'Premium', true);
	});
	afterEach(async () => flow.close());

	test('a repository taken out of the sync scope is named, with the kubelet’s words, and added back to Running', async () => {
		const syncMap = `${registry.id}/scopeMaps/myconnectedregistry`;
		const gatewayOnly = ['config/read', 'config/write', 'message/read', 'message/write'].map((action) => `gateway/myconnectedregistry/${action}`);
		const context = changedBeforeDeploy(flow.auto(registry, flags), async () => arm(flow.base.sandbox, 'PUT', syncMap, {properties: {actions: gatewayOnly}}));
		const output = watchOutput(context);
		await expect(runSteps(connectedRegistrySteps, context)).resolves.toBe('done');
		output.stop();
		expect(running(context)).toEqual(['hello-world-deployment']);
		const said = output.lines.join('\n');
		expect(said).toContain('The repository is not in the sync scope');
		expect(said).toContain('The connected registry myconnectedregistry syncs no repository, not hello-world');
		// The kubelet's own words, verbatim.
		expect(said).toContain('192.100.100.1/hello-world:latest: not found');
		expect(commands(context)).toContain('az acr connected-registry permissions update --registry edgediag01 --name myconnectedregistry --add hello-world');
		const map = await flow.azure.getScopeMap(registry.id, 'myconnectedregistry');
		expect(map?.actions).toEqual(expect.arrayContaining(['repositories/hello-world/content/read', 'repositories/hello-world/metadata/read', ...gatewayOnly]));
		expectNoConnectionString(flow, context, output.lines);
	});

	test('a client token detached from the connected registry is named, with the kubelet’s words, and attached again to Running', async () => {
		const connected = `${registry.id}/connectedRegistries/myconnectedregistry`;
		const context = changedBeforeDeploy(flow.auto(registry, flags), async () => arm(flow.base.sandbox, 'PATCH', connected, {properties: {clientTokenIds: []}}));
		const output = watchOutput(context);
		await expect(runSteps(connectedRegistrySteps, context)).resolves.toBe('done');
		output.stop();
		expect(running(context)).toEqual(['hello-world-deployment']);
		const said = output.lines.join('\n');
		expect(said).toContain('The client token is not attached to the connected registry');
		expect(said).toContain('a connected registry accepts only the client tokens attached to it, and mytoken is not');
		expect(said).toContain('failed to fetch oauth token: unexpected status from POST request to https://192.100.100.1/oauth2/token: 401 Unauthorized');
		const attach = 'az acr connected-registry update --registry edgediag01 --name myconnectedregistry --add-client-tokens mytoken';
		// Once by the client plan, once more as the fix, and nothing else tried first.
		expect(commands(context).filter((command) => command === attach)).toHaveLength(2);
		expect(said).not.toContain("The pull secret's password is wrong");
		expect(commands(context).filter((command) => command.startsWith('TOKEN_PASSWORD=$(az acr token credential generate'))).toHaveLength(1);
		expect((await flow.azure.getConnectedRegistry(registry.id, 'myconnectedregistry'))?.clientTokenIds).toEqual([`${registry.id}/tokens/mytoken`]);
		expectNoConnectionString(flow, context, output.lines);
	});
});
