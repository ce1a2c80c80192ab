import {randomUUID} from 'node:crypto';
import type {SignInPolicy} from '../credential.js';
import type {SandboxState} from '../state.js';
import {foreignTenant} from './tenants.js';
import type {SignInRefusal} from './types.js';

/** Who is signing in: any of the names a refusal may be keyed by (object id, UPN, appId). */
export type SignInSubject = {readonly objectId?: string; readonly upn?: string; readonly appId?: string};

/**
 * The refusal the directory gives this subject for a resource, if any. A refusal keyed `<name> <resource app id>`
 * (a Conditional Access policy on one application, e.g. the AKS server app) wins over one keyed by the name alone.
 */
export function signInRefusal(state: SandboxState, subject: SignInSubject, audience: string): SignInRefusal | undefined {
	const resource = resourceAppId(audience);
	for (const name of [subject.objectId, subject.upn, subject.appId]) {
		if (name === undefined) continue;
		const refusal = state.control.signInRefusals.get(`${name} ${resource}`.toLowerCase()) ?? state.control.signInRefusals.get(name.toLowerCase());
		if (refusal) return refusal;
	}
	return undefined;
}

/** The application id Entra names in AADSTS messages for the resource asked for (ARM, Graph, or the audience itself). */
export function resourceAppId(audience: string): string {
	const bare = audience.replace(/\/+$/, '').toLowerCase();
	if (bare.includes('graph')) return '00000003-0000-0000-c000-000000000000';
	if (bare.startsWith('https://')) return '797f4846-ba00-4fd7-ba43-dac1f8f63013';
	return bare;
}

/** The token endpoint's error body for a refused sign-in, field for field as Entra ID sends it (HTTP 400). */
export function refusalBody(
	refusal: SignInRefusal,
	audience: string,
	now: Date,
	tenant?: {readonly upn: string; readonly homeTenantId: string; readonly tenantName: string},
): Record<string, unknown> {
	const traceId = randomUUID();
	const correlationId = randomUUID();
	const timestamp = `${now.toISOString().slice(0, 19).replace('T', ' ')}Z`;
	const trailer = `\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`;
	const policyId = '4b2a9c1e-7d3f-4e5a-8b6c-0f1e2d3c4b5a';
	const claims = JSON.stringify({access_token: {capolids: {essential: true, values: [policyId]}}});
	const [error, code, text, suberror] = refusalText(refusal, audience, tenant);
	return {
		error,
		error_description: `${text}${trailer}`,
		error_codes: [code],
		timestamp,
		trace_id: traceId,
		correlation_id: correlationId,
		error_uri: `https://login.microsoftonline.com/error?code=${code}`,
		...(suberror === undefined ? {} : {suberror, claims}),
	};
}

function refusalText(
	refusal: SignInRefusal,
	audience: string,
	tenant: {readonly upn: string; readonly homeTenantId: string; readonly tenantName: string} | undefined,
): [string, number, string, string | undefined] {
	switch (refusal) {
		case 'mfa-required':
			return [
				'interaction_required',
				50076,
				`AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '${resourceAppId(audience)}'.`,
				'basic_action',
			];
		case 'conditional-access-blocked':
			return [
				'interaction_required',
				53003,
				'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
				'message_only',
			];
		case 'not-in-tenant':
			return [
				'invalid_grant',
				50020,
				`AADSTS50020: User account '${tenant?.upn ?? ''}' from identity provider 'https://sts.windows.net/${tenant?.homeTenantId ?? ''}/' does not exist in tenant '${tenant?.tenantName ?? ''}' and cannot access the application '04b07795-8ddb-461a-bbee-02f9e1bf7b46'(Microsoft Azure CLI) in that tenant. The account needs to be added as an external user in the tenant first. Sign out and sign in again with a different Azure Active Directory user account.`,
				undefined,
			];
	}
}

/** The sign-in policy of one identity: refusals from the control state, and its guest accounts in other tenants. */
export function createSignInPolicy(
	state: SandboxState,
	now: () => Date,
	subject: SignInSubject & {readonly objectId: string; readonly upn: string},
): SignInPolicy {
	return {
		refuse(audience, tenantId) {
			if (tenantId.toLowerCase() !== state.tenantId.toLowerCase()) {
				const foreign = foreignTenant(state, tenantId);
				if (foreign?.guestUserId === undefined) {
					return refusalBody('not-in-tenant', audience, now(), {upn: subject.upn, homeTenantId: state.tenantId, tenantName: foreign?.displayName ?? tenantId});
				}
			}
			const refusal = signInRefusal(state, subject, audience);
			return refusal ? refusalBody(refusal, audience, now()) : undefined;
		},
		objectIdIn(tenantId) {
			return foreignTenant(state, tenantId)?.guestUserId ?? subject.objectId;
		},
	};
}
