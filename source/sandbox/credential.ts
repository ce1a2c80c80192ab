import type {AccessToken, GetTokenOptions, TokenCredential} from '@azure/core-auth';
import {signJwt} from './jwt.js';

/** Who a sandbox credential signs in as. */
export type SandboxIdentity = {
	readonly tenantId: string;
	readonly objectId: string;
	readonly upn: string;
	readonly name: string;
};

const tokenLifetimeSeconds = 3600;

/** The audience a token gets for the scopes asked (`https://x/.default` → `https://x`). */
export function audienceFor(scopes: string | string[]): string {
	const first = (Array.isArray(scopes) ? scopes[0] : scopes) ?? 'https://management.azure.com/.default';
	return first.replace(/\/?\.default$/, '');
}

/** What the directory says about a sign-in: a refusal (the token endpoint's error body), or the identity in another tenant. */
export type SignInPolicy = {
	/** The token endpoint's error body when the directory refuses this sign-in (MFA, Conditional Access, no account in that tenant). */
	refuse(audience: string, tenantId: string): Record<string, unknown> | undefined;
	/** The identity's object id in a tenant (a guest's own id in another tenant). */
	objectIdIn(tenantId: string): string;
};

/**
 * Makes the `TokenCredential` the SDK clients use against the sandbox: it mints HMAC-signed JWTs for the identity,
 * valid an hour, or `lifetimeFor(audience)` seconds when that says otherwise (short-lived cluster tokens).
 */
export function createSandboxCredential(
	identity: SandboxIdentity,
	secret: Buffer,
	issuer: string,
	now: () => Date,
	policy?: SignInPolicy,
	lifetimeFor: (audience: string) => number | undefined = () => undefined,
): TokenCredential {
	return {
		async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken> {
			const tenantId = options?.tenantId ?? identity.tenantId;
			const audience = audienceFor(scopes);
			const refusal = policy?.refuse(audience, tenantId);
			if (refusal) {
				// The error a real Entra credential raises for a refused sign-in; loaded only when one happens.
				const {AuthenticationError} = await import('@azure/identity');
				throw new AuthenticationError(400, refusal);
			}
			const iat = Math.floor(now().getTime() / 1000);
			const exp = iat + (lifetimeFor(audience) ?? tokenLifetimeSeconds);
			const token = signJwt(
				{
					aud: audience,
					iss: issuer.replace(identity.tenantId, tenantId),
					tid: tenantId,
					oid: policy?.objectIdIn(tenantId) ?? identity.objectId,
					upn: identity.upn,
					name: identity.name,
					iat,
					nbf: iat,
					exp,
				},
				secret,
			);
			return {token, expiresOnTimestamp: exp * 1000, tokenType: 'Bearer'};
		},
	};
}
