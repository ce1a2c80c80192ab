import {useEntraId} from './entra-id.js';
import type {Scenario} from './types.js';

/** An Entra-integrated AKS cluster whose user a Conditional Access policy blocks, so kubelogin cannot get a token. */
export const kubeloginSignInBlocked: Scenario = {
	name: 'kubelogin-sign-in-blocked',
	description: "The AKS cluster uses Microsoft Entra ID and a Conditional Access policy blocks the user's sign-in: kubelogin fails with AADSTS53003.",
	apply({state, ids}) {
		useEntraId(state, ids.aksCluster);
		state.control.signInRefusals.set(state.user.userPrincipalName.toLowerCase(), 'conditional-access-blocked');
	},
};
