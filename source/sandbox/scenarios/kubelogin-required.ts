import {enableEntraId} from './entra-id.js';
import type {Scenario} from './types.js';

/** The AKS cluster uses Microsoft Entra ID integration with local accounts disabled. */
export const kubeloginRequired: Scenario = {
	name: 'kubelogin-required',
	description:
		"The AKS cluster uses Microsoft Entra ID: its kubeconfig runs the kubelogin exec plugin, so kubectl fails with 'executable kubelogin not found' where it is not installed.",
	apply({state, ids}) {
		enableEntraId(state, ids.aksCluster);
	},
};
