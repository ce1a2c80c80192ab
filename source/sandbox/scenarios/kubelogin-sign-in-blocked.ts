import {aksServerAppId} from '../azure/entra-id.js';
import {enableEntraId} from './entra-id.js';
import type {Scenario} from './types.js';

/** An Entra-integrated AKS cluster whose user a Conditional Access policy blocks, so kubelogin cannot get a token. */
export const kubeloginSignInBlocked: Scenario = {
	name: 'kubelogin-sign-in-blocked',
	description:
		'The AKS cluster uses Microsoft Entra ID and a Conditional Access policy on the AKS server app blocks the user: get-credentials works, kubelogin fails with AADSTS53003.',
	apply({state, ids}) {
		enableEntraId(state, ids.aksCluster);
		// The policy targets the AKS server application only: ARM (and so az aks get-credentials) still signs in.
		state.control.signInRefusals.set(`${state.user.userPrincipalName} ${aksServerAppId}`.toLowerCase(), 'conditional-access-blocked');
	},
};
