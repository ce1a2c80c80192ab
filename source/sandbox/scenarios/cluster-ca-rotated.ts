import {apiServerOf} from '../control/types.js';
import type {Scenario} from './types.js';

/** `az aks rotate-certs` ran after the kubeconfig was fetched. */
export const clusterCaRotated: Scenario = {
	name: 'cluster-ca-rotated',
	description:
		"The AKS cluster's certificates were rotated (az aks rotate-certs): kubeconfigs fetched before fail with x509 'certificate signed by unknown authority'.",
	apply({state, ids}) {
		apiServerOf(state.control, ids.aksCluster).certificateAuthority = 'rotated';
	},
};
