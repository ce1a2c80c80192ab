import {apiServerOf} from '../control/types.js';
import type {Scenario} from './types.js';

/** `az aks stop` was run on the AKS cluster. */
export const clusterStopped: Scenario = {
	name: 'cluster-stopped',
	description: 'The AKS cluster is stopped (az aks stop): ARM shows powerState Stopped and its API server refuses connections until az aks start.',
	apply({state, ids}) {
		apiServerOf(state.control, ids.aksCluster).power = 'Stopped';
	},
};
