import {apiServerOf} from '../control/types.js';
import type {Scenario} from './types.js';

/** The AKS cluster's local-account credentials were reset after the kubeconfig was written. */
export const clusterTokenRevoked: Scenario = {
	name: 'cluster-token-revoked',
	description:
		"The AKS kubeconfig's token was revoked: every call answers 401 ('You must be logged in to the server') until az aks get-credentials fetches a new one.",
	apply({state, ids}) {
		apiServerOf(state.control, ids.aksCluster).tokensRevoked = true;
	},
};
