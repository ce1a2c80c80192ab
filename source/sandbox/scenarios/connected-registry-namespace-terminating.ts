import {arcKube, createConnectedRegistryWorld} from './connected-registry-world.js';
import type {Scenario} from './types.js';

/** An uninstall did not finish: the `connected-registry` namespace is Terminating, held by a finalizer. */
export const connectedRegistryNamespaceTerminating: Scenario = {
	name: 'connected-registry-namespace-terminating',
	description:
		'The connected-registry namespace is stuck Terminating (a finalizer is left): installing the extension fails with "unable to create new content in namespace connected-registry because it is being terminated".',
	apply() {},
	async started(sandbox) {
		await createConnectedRegistryWorld(sandbox);
		await arcKube(sandbox, 'POST', '/api/v1/namespaces', {
			apiVersion: 'v1',
			kind: 'Namespace',
			metadata: {name: 'connected-registry', finalizers: ['example.com/uninstall-cleanup']},
		});
		await arcKube(sandbox, 'DELETE', '/api/v1/namespaces/connected-registry');
	},
};
