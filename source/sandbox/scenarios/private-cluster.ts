import {apiServerOf} from '../control/types.js';
import type {Scenario} from './types.js';

/** The AKS cluster was created with `--enable-private-cluster`. */
export const privateCluster: Scenario = {
	name: 'private-cluster',
	description: 'The AKS cluster is private (enablePrivateCluster, a privatelink FQDN): from outside its network its API server cannot be reached.',
	apply({state, ids}) {
		apiServerOf(state.control, ids.aksCluster).privateCluster = true;
	},
};
