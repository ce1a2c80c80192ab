/**
 * What stops a connected registry from coming Online, read from its own pod as the sandbox's extension runs it: an
 * activation held by another instance (`ALREADY_ACTIVATED`), freed with `az acr connected-registry deactivate`.
 * Real adapters, no terminal.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/index.js';
import {findRegistryByName} from '../../source/sandbox/state.js';
import {createConnectedRegistryStep} from '../../source/steps/connected-registry/create.js';
import {installExtensionStep} from '../../source/steps/connected-registry/extension.js';
import {checkConnectedPrerequisites} from '../../source/steps/connected-registry/prerequisites.js';
import {runSteps} from '../../source/wizard/engine.js';
import {startConnectedFlow, type ConnectedFlow} from '../helpers/connected-registry-flow.js';

const flags = {
	method: 'connected-registry',
	cluster: seedIds.arcCluster,
	context: seedIds.arcCluster,
	repository: 'hello-world',
	connectedRegistryName: 'myconnectedregistry',
	clusterIp: '192.100.100.1',
} as const;

describe('connected registry: why it does not come Online, from its own pod (sandbox)', () => {
	let flow: ConnectedFlow;
	beforeAll(async () => {
		flow = await startConnectedFlow();
	});
	afterAll(async () => flow.close());

	test('an activation held by another instance is freed with az acr connected-registry deactivate, then it comes Online', async () => {
		const registry = await flow.registry('edgeactive02', 'Premium', true);
		const context = flow.auto(registry, {...flags, clusterIp: '192.100.100.2'});
		await runSteps([checkConnectedPrerequisites, createConnectedRegistryStep], context);
		const stored = findRegistryByName(flow.base.sandbox.state, 'edgeactive02')?.connectedRegistries.get('myconnectedregistry');
		if (!stored) throw new Error('the connected registry is missing from the sandbox');
		stored.activation = 'Active';
		stored.activeInstance = 'another-cluster/its-data-volume';
		await installExtensionStep.run(context);
		const journal = context.store.getState().journal;
		expect(journal.find((entry) => entry.command.startsWith('az acr connected-registry deactivate'))).toMatchObject({
			command: 'az acr connected-registry deactivate --name myconnectedregistry --registry edgeactive02 --yes',
			outcome: 'done',
		});
		expect((await flow.azure.getConnectedRegistry(registry.id, 'myconnectedregistry'))?.connectionState).toBe('Online');
	});
});
