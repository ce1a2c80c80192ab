/** Who the credential signs in as, read from the claims of an ARM access token (no Graph call). */
import type {Identity} from './azure.js';
import {AzureError} from './azure.js';

/** The claims of an access token that tell who it belongs to. */
export type TokenClaims = Readonly<Record<string, unknown>>;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Decodes a JWT's payload (no signature check: the token came from our own credential). */
export function decodeClaims(token: string): TokenClaims {
	const payload = token.split('.')[1];
	if (!payload) throw new AzureError('The access token is not a JWT.', 'InvalidAuthenticationToken');
	try {
		const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
		if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as TokenClaims;
	} catch {
		// Falls through to the error below: a payload that is not JSON is not a token we can read.
	}
	throw new AzureError('The access token could not be read.', 'InvalidAuthenticationToken');
}

function typeOf(claims: TokenClaims): Identity['type'] {
	// Managed identity tokens carry their resource id in xms_mirid; app-only tokens say idtyp=app.
	if (text(claims.xms_mirid)) return 'managedIdentity';
	const idtyp = text(claims.idtyp)?.toLowerCase();
	if (idtyp === 'app') return 'servicePrincipal';
	if (idtyp === 'user') return 'user';
	return (text(claims.upn) ?? text(claims.unique_name)) ? 'user' : text(claims.appid) ? 'servicePrincipal' : 'user';
}

/** The identity in the claims: name (upn, unique_name, name or appid), object id, tenant and kind. */
export function identityFromClaims(claims: TokenClaims): Identity {
	const objectId = text(claims.oid);
	const tenantId = text(claims.tid);
	if (!objectId || !tenantId) throw new AzureError('The access token does not say who signed in (no oid or tid claim).', 'InvalidAuthenticationToken');
	const name = text(claims.upn) ?? text(claims.unique_name) ?? text(claims.name) ?? text(claims.appid) ?? text(claims.azp) ?? objectId;
	return {name, objectId, tenantId, type: typeOf(claims)};
}
