import {createHmac, timingSafeEqual} from 'node:crypto';

/** The claims the sandbox puts in (and reads from) its access tokens. */
export type SandboxClaims = {
	readonly aud: string;
	readonly iss: string;
	readonly tid: string;
	readonly oid: string;
	readonly upn?: string;
	readonly name?: string;
	readonly appid?: string;
	readonly iat: number;
	readonly nbf: number;
	readonly exp: number;
};

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

/** Signs claims as a compact HS256 JWT with the sandbox secret. */
export function signJwt(claims: SandboxClaims, secret: Buffer): string {
	const head = b64url(JSON.stringify({typ: 'JWT', alg: 'HS256', kid: 'sandbox'}));
	const body = b64url(JSON.stringify(claims));
	const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
	return `${head}.${body}.${sig}`;
}

/** Why a token was refused, for the `error_description` ARM gives. */
export type JwtCheck = {readonly ok: true; readonly claims: SandboxClaims} | {readonly ok: false; readonly reason: string};

function isClaims(value: unknown): value is SandboxClaims {
	if (typeof value !== 'object' || value === null) {
		return false;
	}
	const v = value as Record<string, unknown>;
	return typeof v.tid === 'string' && typeof v.oid === 'string' && typeof v.exp === 'number' && typeof v.aud === 'string';
}

/** Verifies the signature and lifetime of a sandbox JWT. */
export function verifyJwt(token: string, secret: Buffer, nowSeconds: number): JwtCheck {
	const parts = token.split('.');
	if (parts.length !== 3) {
		return {ok: false, reason: 'The access token is not a valid JWT.'};
	}
	const [head = '', body = '', sig = ''] = parts;
	const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
	const given = Buffer.from(sig, 'base64url');
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
		return {ok: false, reason: 'The access token signature is invalid.'};
	}
	let claims: unknown;
	try {
		claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
	} catch {
		return {ok: false, reason: 'The access token payload is not JSON.'};
	}
	if (!isClaims(claims)) {
		return {ok: false, reason: 'The access token is missing required claims.'};
	}
	if (claims.exp <= nowSeconds) {
		return {ok: false, reason: 'The access token expiry UTC time is earlier than current UTC time.'};
	}
	return {ok: true, claims};
}
