import type {Scenario} from './types.js';

/** A Conditional Access policy now asks the user for a second factor the non-interactive sign-in cannot give. */
export const mfaRequired: Scenario = {
	name: 'mfa-required',
	description:
		"The directory requires multi-factor authentication for the user: every token request fails with AADSTS50076 ('you must use multi-factor authentication').",
	apply({state}) {
		state.control.signInRefusals.set(state.user.userPrincipalName.toLowerCase(), 'mfa-required');
	},
};
