import {arcWorld, connectionString, createConnectedRegistryWorld, extensionSettled, putExtension} from './connected-registry-world.js';
import type {Scenario} from './types.js';

/** The extension was created with `--version` of a chart that does not exist. */
export const connectedRegistryBadChartVersion: Scenario = {
	name: 'connected-registry-bad-chart-version',
	description: `The extension ${arcWorld.extension} was created with --version 9.9.9: it is Failed, errorInfo "failed in download the Chart path not found", and nothing is in the cluster.`,
	apply() {},
	async started(sandbox) {
		await createConnectedRegistryWorld(sandbox);
		await putExtension(sandbox, {}, await connectionString(sandbox), '9.9.9');
		await extensionSettled(sandbox);
	},
};
