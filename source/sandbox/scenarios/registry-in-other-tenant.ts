import {createHash} from 'node:crypto';
import {roleIds} from '../azure/roles.js';
import {key} from '../state.js';
import type {Scenario, ScenarioWorld} from './types.js';

/** The second tenant's fixed ids, so tests and docs can name them. */
export const otherTenant = {
	tenantId: '2f9c6b1d-8e4a-4d3c-9b7f-5a1e0c2d4b6f',
	displayName: 'Fabrikam',
	defaultDomain: 'fabrikam.onmicrosoft.com',
	/** The signed-in user's object id as a guest in Fabrikam. */
	guestUserId: '9d1e3f5a-7b2c-4e6d-8f0a-1c3e5a7b9d2f',
} as const;

const guid = (seed: string): string => {
	const hex = createHash('sha256').update(seed).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** Moves the shared subscription (and its registry) to Fabrikam; the user is a guest there, as Owner, or has no account there. */
export function moveSharedSubscription({state, ids, now}: ScenarioWorld, guest: boolean): void {
	const subscription = state.subscriptions.get(ids.sharedSubscriptionId);
	if (!subscription) return;
	state.subscriptions.set(ids.sharedSubscriptionId, {...subscription, tenantId: otherTenant.tenantId});
	state.control.foreignTenants.set(otherTenant.tenantId, {
		tenantId: otherTenant.tenantId,
		displayName: otherTenant.displayName,
		defaultDomain: otherTenant.defaultDomain,
		principals: guest ? [otherTenant.guestUserId] : [],
		...(guest ? {guestUserId: otherTenant.guestUserId} : {}),
	});
	// The home-tenant user's assignments do not follow a subscription into another directory.
	for (const [id, assignment] of state.roleAssignments) {
		if (assignment.scope.toLowerCase().startsWith(`/subscriptions/${ids.sharedSubscriptionId}`)) state.roleAssignments.delete(id);
	}
	if (!guest) return;
	const scope = `/subscriptions/${ids.sharedSubscriptionId}`;
	const name = guid(`guest-owner-${ids.sharedSubscriptionId}`);
	const id = `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
	state.roleAssignments.set(key(id), {
		id,
		name,
		scope,
		roleDefinitionId: `${scope}/providers/Microsoft.Authorization/roleDefinitions/${roleIds.owner}`,
		principalId: otherTenant.guestUserId,
		principalType: 'User',
		description: null,
		createdOn: now.toISOString(),
		createdBy: otherTenant.guestUserId,
	});
}

/** The shared registry lives in a partner tenant where the user is a guest. */
export const registryInOtherTenant: Scenario = {
	name: 'registry-in-other-tenant',
	description:
		'The shared registry is in another tenant (Fabrikam) where the user is a guest Owner: home-tenant tokens get 401 InvalidAuthenticationTokenTenant, and AcrPull there for the AKS kubelet identity fails with PrincipalNotFound.',
	apply(world) {
		moveSharedSubscription(world, true);
	},
};

/** The shared registry lives in a tenant the user has no account in. */
export const registryInUnknownTenant: Scenario = {
	name: 'registry-in-unknown-tenant',
	description: 'The shared registry is in another tenant (Fabrikam) where the user has no account: signing in there fails with AADSTS50020.',
	apply(world) {
		moveSharedSubscription(world, false);
	},
};
