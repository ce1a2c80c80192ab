import {arcWorld, connectionString, createConnectedRegistryWorld, extensionSettled, putExtension} from './connected-registry-world.js';
import type {Scenario} from './types.js';

/** The extension was installed with trust distribution off: the nodes do not trust the connected registry's certificate. */
export const connectedRegistryTrustNotDistributed: Scenario = {
	name: 'connected-registry-trust-not-distributed',
	description: `The extension ${arcWorld.extension} runs with trustDistribution.enabled=false: pulls from ${arcWorld.clusterIP} fail with x509: certificate signed by unknown authority.`,
	apply() {},
	async started(sandbox) {
		await createConnectedRegistryWorld(sandbox);
		await putExtension(sandbox, {'trustDistribution.enabled': 'false'}, await connectionString(sandbox));
		await extensionSettled(sandbox);
	},
};
