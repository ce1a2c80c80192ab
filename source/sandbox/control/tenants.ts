import type {SandboxState} from '../state.js';
import {principalType} from '../state.js';
import type {ForeignTenant} from './types.js';

/** The tenant a subscription belongs to (the home tenant for an unknown one). */
export function tenantOfSubscription(state: SandboxState, subscriptionId: string): string {
	return state.subscriptions.get(subscriptionId.toLowerCase())?.tenantId ?? state.tenantId;
}

/** The foreign tenant with this id, if it is one. */
export function foreignTenant(state: SandboxState, tenantId: string): ForeignTenant | undefined {
	return state.control.foreignTenants.get(tenantId.toLowerCase());
}

/** The directory an ARM scope's role assignments resolve principals in: its tenant id, and the principal's type there (undefined: not found). */
export function principalInDirectory(
	state: SandboxState,
	scope: string,
	principalId: string,
): {readonly tenantId: string; readonly type: 'User' | 'ServicePrincipal' | 'Group' | undefined} {
	const subscriptionId = /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1];
	const tenantId = subscriptionId === undefined ? state.tenantId : tenantOfSubscription(state, subscriptionId);
	const foreign = foreignTenant(state, tenantId);
	if (!foreign) return {tenantId, type: principalType(state, principalId)};
	const id = principalId.toLowerCase();
	return {tenantId, type: foreign.guestUserId === id ? 'User' : foreign.principals.includes(id) ? 'ServicePrincipal' : undefined};
}

/** ARM's 401 body text for a token from one tenant used on a subscription of another. */
export function wrongTenantMessage(tokenTenantId: string, subscriptionTenantId: string): string {
	return `The access token is from the wrong issuer 'https://sts.windows.net/${tokenTenantId}/'. It must match the tenant 'https://sts.windows.net/${subscriptionTenantId}/' associated with this subscription. Please use the authority (URL) 'https://login.windows.net/${subscriptionTenantId}' to get the token. Note, if the subscription is transferred to another tenant there is no impact to the services, but information about new tenant could take time to propagate (up to an hour). If you just transferred your subscription and see this error message, please try back later.`;
}

/** The other tenants the user has a guest account in, as `GET /tenants` lists them (a guest's tenant is `Home` too: it is a directory the user belongs to). */
export function guestTenantsJson(state: SandboxState): Record<string, unknown>[] {
	return [...state.control.foreignTenants.values()]
		.filter((t) => t.guestUserId !== undefined)
		.map((t) => ({
			id: `/tenants/${t.tenantId}`,
			tenantId: t.tenantId,
			countryCode: 'US',
			displayName: t.displayName,
			domains: [t.defaultDomain],
			tenantCategory: 'Home',
			defaultDomain: t.defaultDomain,
			tenantType: 'AAD',
		}));
}
