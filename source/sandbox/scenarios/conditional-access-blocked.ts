import type {Scenario} from './types.js';

/** A Conditional Access policy blocks the user's sign-in from this device or location. */
export const conditionalAccessBlocked: Scenario = {
	name: 'conditional-access-blocked',
	description: 'A Conditional Access policy blocks the user: every token request fails with AADSTS53003 (the access policy does not allow token issuance).',
	apply({state}) {
		state.control.signInRefusals.set(state.user.userPrincipalName.toLowerCase(), 'conditional-access-blocked');
	},
};
