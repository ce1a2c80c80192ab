import {arcKube, arcWorld, createConnectedRegistryWorld} from './connected-registry-world.js';
import type {Scenario} from './types.js';

/** A Helm release named like the extension was left in the `connected-registry` namespace. */
export const connectedRegistryReleaseNameInUse: Scenario = {
	name: 'connected-registry-release-name-in-use',
	description: `A Helm release ${arcWorld.extension} is left in the connected-registry namespace: installing the extension of that name fails with "cannot re-use a name that is still in use".`,
	apply() {},
	async started(sandbox) {
		await createConnectedRegistryWorld(sandbox);
		await arcKube(sandbox, 'POST', '/api/v1/namespaces', {apiVersion: 'v1', kind: 'Namespace', metadata: {name: 'connected-registry'}});
		await arcKube(sandbox, 'POST', '/api/v1/namespaces/connected-registry/secrets', {
			apiVersion: 'v1',
			kind: 'Secret',
			type: 'helm.sh/release.v1',
			metadata: {name: `sh.helm.release.v1.${arcWorld.extension}.v1`, labels: {name: arcWorld.extension, owner: 'helm', status: 'deployed', version: '1'}},
			data: {release: 'e30='},
		});
	},
};
