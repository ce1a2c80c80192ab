/**
 * What stops a connected registry from coming Online, as the sandbox's extension runs it: a sync password rotated
 * after the connection string was made (the registry answers UNAUTHORIZED to it), and an activation held by another
 * instance (`ALREADY_ACTIVATED` in its pod's log), freed with `az acr connected-registry deactivate`.
 * Real adapters, no terminal.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/index.js';
import {findRegistryByName} from '../../source/sandbox/state.js';
import {createConnectedRegistryStep} from '../../source/steps/connected-registry/create.js';
import {installExtensionStep} from '../../source/steps/connected-registry/extension.js';
import {checkConnectedPrerequisites} from '../../source/steps/connected-registry/prerequisites.js';
import {sessionOf} from '../../source/steps/connected-registry/session.js';
import {runSteps} from '../../source/wizard/engine.js';
import {WizardError} from '../../source/wizard/errors.js';
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

	test('a sync password rotated after the connection string was made: the install fails, and the registry’s UNAUTHORIZED to that password is named with the new connection string to make', async () => {
		const registry = await flow.registry('edgeactive01', 'Premium', true);
		const context = flow.auto(registry, flags);
		await runSteps([checkConnectedPrerequisites, createConnectedRegistryStep], context);
		const syncToken = sessionOf(context.store).connected?.syncTokenId ?? '';
		await flow.azure.generateTokenPassword(registry.id, syncToken, 'password1');
		const error = await installExtensionStep.run(context).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(WizardError);
		expect(error).toMatchObject({
			code: 'UNAUTHORIZED',
			message:
				"The extension could not start the connected registry: edgeactive01.azurecr.io refuses the connection string's sync token password (UNAUTHORIZED); it is wrong or was rotated since the connection string was made.",
		});
		expect((error as WizardError).suggestion).toContain(
			'az acr connected-registry get-settings --name myconnectedregistry --registry edgeactive01 --parent-protocol https --generate-password 1 --yes',
		);
		for (const password of flow.passwords) expect(JSON.stringify({error, state: context.store.getState()})).not.toContain(password);
	});

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
