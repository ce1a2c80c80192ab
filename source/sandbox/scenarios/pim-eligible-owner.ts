import {addEligibility} from '../azure/eligibility.js';
import {roleIds} from '../azure/roles.js';
import type {Scenario} from './types.js';

/** The user's Owner role is eligible in Privileged Identity Management but not activated; only Contributor is active. */
export const pimEligibleOwner: Scenario = {
	name: 'pim-eligible-owner',
	description:
		"The user's Owner role on the subscription is only eligible (PIM) and not activated; Contributor is active, so role assignment writes get 403 AuthorizationFailed.",
	apply({state, ids, now}) {
		const scope = `/subscriptions/${ids.subscriptionId}`;
		for (const assignment of state.roleAssignments.values()) {
			if (assignment.principalId === state.user.id && assignment.scope.toLowerCase() === scope.toLowerCase()) {
				state.roleAssignments.set(assignment.id.toLowerCase(), {
					...assignment,
					roleDefinitionId: `${scope}/providers/Microsoft.Authorization/roleDefinitions/${roleIds.contributor}`,
				});
			}
		}
		addEligibility({state}, {scope, roleName: roleIds.owner, principalId: state.user.id, principalType: 'User', startDateTime: now.toISOString()});
	},
};
