import type {AccessToken, TokenCredential} from '@azure/core-auth';
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

/** Makes the `TokenCredential` the SDK clients use against the sandbox: it mints HMAC-signed JWTs for the identity. */
export function createSandboxCredential(identity: SandboxIdentity, secret: Buffer, issuer: string, now: () => Date): TokenCredential {
	return {
		async getToken(scopes: string | string[]): Promise<AccessToken> {
			const iat = Math.floor(now().getTime() / 1000);
			const exp = iat + tokenLifetimeSeconds;
			const token = signJwt(
				{
					aud: audienceFor(scopes),
					iss: issuer,
					tid: identity.tenantId,
					oid: identity.objectId,
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
