import {key} from '../state.js';
import {arcWorld, createConnectedRegistryWorld, registryPath} from './connected-registry-world.js';
import type {Scenario} from './types.js';

/** An earlier install was removed without `az acr connected-registry deactivate`: the activation is still held. */
export const connectedRegistryAlreadyActivated: Scenario = {
	name: 'connected-registry-already-activated',
	description: `${arcWorld.connectedRegistry} of ${arcWorld.registry} is still activated by a removed instance: a new extension's pod logs ALREADY_ACTIVATED and it stays Offline until az acr connected-registry deactivate.`,
	apply() {},
	async started(sandbox) {
		await createConnectedRegistryWorld(sandbox);
		const cr = sandbox.state.registries.get(key(registryPath()))?.connectedRegistries.get(arcWorld.connectedRegistry);
		if (cr) {
			cr.activation = 'Active';
			cr.activeInstance = 'an-instance-whose-cluster-is-gone';
		}
	},
};
