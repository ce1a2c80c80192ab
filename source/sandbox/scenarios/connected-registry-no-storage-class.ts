import {arcKube, createConnectedRegistryWorld} from './connected-registry-world.js';
import type {Scenario} from './types.js';

/** The Arc cluster has no storage class named `standard` (the extension's default `pvc.storageClassName`). */
export const connectedRegistryNoStorageClass: Scenario = {
	name: 'connected-registry-no-storage-class',
	description: `The Arc cluster has no storage class: the extension's claim stays Pending (ProvisioningFailed: storageclass.storage.k8s.io "standard" not found), its pod unschedulable, and the install times out.`,
	apply() {},
	async started(sandbox) {
		await createConnectedRegistryWorld(sandbox);
		await arcKube(sandbox, 'DELETE', '/apis/storage.k8s.io/v1/storageclasses/standard');
	},
};
