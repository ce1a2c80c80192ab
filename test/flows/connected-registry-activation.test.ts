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

	test('a sync password rotated after the connection string was made: the extension installs, the registry stays Offline, and verify quotes its pod’s UNAUTHORIZED line with the fix for the protected setting', async () => {
		const registry = await flow.registry('edgeactive01', 'Premium', true);
		const context = flow.auto(registry, flags);
		await runSteps([checkConnectedPrerequisites, createConnectedRegistryStep], context);
		const syncToken = sessionOf(context.store).connected?.syncTokenId ?? '';
		await flow.azure.generateTokenPassword(registry.id, syncToken, 'password1');
		const error = await installExtensionStep.run(context).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(WizardError);
		expect(context.store.getState().journal.find((entry) => entry.command.startsWith('az k8s-extension create'))?.outcome).toBe('done');
		expect((error as WizardError).code).toBe('UNAUTHORIZED');
		expect((error as WizardError).message).toMatch(
			/^The extension is installed but the connected registry stays Offline: its pod connected-registry-[a-z0-9-]+ logs .*\{"code":"UNAUTHORIZED","message":"Incorrect Password"/,
		);
		const suggestion = (error as WizardError).suggestion ?? '';
		expect(suggestion).toContain(
			'az acr connected-registry get-settings --name myconnectedregistry --registry edgeactive01 --parent-protocol https --generate-password 1 --query ACR_REGISTRY_CONNECTION_STRING --output tsv --yes',
		);
		expect(suggestion).toContain('az k8s-extension update --name');
		expect(suggestion).toContain('--config-protected-file protected-settings-extension.json');
		expect((await flow.azure.getConnectedRegistry(registry.id, 'myconnectedregistry'))?.connectionState).toBe('Offline');
		for (const password of flow.passwords) expect(JSON.stringify({error, state: context.store.getState()})).not.toContain(password);
		// Installed, it stays: remove it so the next test's install is a new instance, as clean-up would.
		await flow.azure.deleteExtension(sessionOf(context.store).cluster?.id ?? '', 'myconnectedregistry');
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
