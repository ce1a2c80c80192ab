/**
 * One token per audience and tenant for every client of a run. Each SDK client keeps the tokens its own pipeline got,
 * so without this every client signs in again on its first call: with the az CLI session that is one
 * `az account get-access-token` (a Python start, about a second) per client, a dozen in a run; on the sandbox, one
 * round trip each on the way to the first change.
 */
import type {AccessToken, GetTokenOptions, TokenCredential} from '@azure/core-auth';
import {decodeClaims} from './azure-sdk-claims.js';

/** A token this close to its end is asked for anew (the SDK's pipelines refresh theirs two minutes before it). */
export const renewBeforeMs = 5 * 60_000;

/** The credential shared by a run's clients, and a way to sign in anew (the sign-in check, after `az login`). */
export type SharedTokens = TokenCredential & {
	/** Asks the credential itself, never a kept token, and keeps what it gives for the clients that come after. */
	renew(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null>;
};

/**
 * What a token is kept under: the scopes (in any order) and the tenant. Not whether it may be a CAE token: the SDK's
 * pipelines ask for one (enableCae) and the sign-in check does not, and either token serves the other.
 */
function keyOf(scopes: string | string[], options: GetTokenOptions | undefined): string {
	return JSON.stringify([[scopes].flat().sort(), options?.tenantId ?? '']);
}

/** The tenant a token is of (its `tid`), lower-cased; undefined for a token that does not say. */
function tenantOf(token: AccessToken | null): string | undefined {
	if (!token) return undefined;
	try {
		const tid = decodeClaims(token.token).tid;
		return typeof tid === 'string' && tid !== '' ? tid.toLowerCase() : undefined;
	} catch {
		return undefined;
	}
}

/** Whether a kept token is still good enough to hand out. */
function fresh(token: AccessToken | null, now: number): token is AccessToken {
	if (!token) return false;
	if (token.refreshAfterTimestamp !== undefined && token.refreshAfterTimestamp <= now) return false;
	return token.expiresOnTimestamp - renewBeforeMs > now;
}

/**
 * Wraps `credential` so that calls asking for the same audience and tenant share one token while it is good, and two
 * first calls at once share one sign-in (and its failure). A claims challenge (Continuous Access Evaluation) always asks
 * the credential, and a sign-in that fails is not kept: the next call tries again.
 */
export function sharedTokens(credential: TokenCredential, now: () => number = Date.now): SharedTokens {
	const kept = new Map<string, Promise<AccessToken | null>>();
	const ask = (scopes: string | string[], options: GetTokenOptions | undefined): Promise<AccessToken | null> => {
		const key = keyOf(scopes, options);
		const asked = credential.getToken(scopes, options);
		kept.set(key, asked);
		// A failure is the caller's to see, and is not handed to the next one.
		asked.catch(() => {
			if (kept.get(key) === asked) kept.delete(key);
		});
		return asked;
	};
	// A tenant named that is the one the home token of these scopes is of (a subscription of the user's own tenant) gets
	// that token: asking by the tenant's id would be a second sign-in for the same tokens (with the az CLI session, a
	// second `az account get-access-token`, a Python start on the way to the first change).
	const homeIfSame = async (scopes: string | string[], options: GetTokenOptions | undefined): Promise<GetTokenOptions | undefined> => {
		const named = options?.tenantId;
		const home = named === undefined ? undefined : kept.get(keyOf(scopes, undefined));
		if (!home || tenantOf(await home.catch(() => null)) !== named?.toLowerCase()) return options;
		const {tenantId: _named, ...rest} = options ?? {};
		return rest;
	};
	return {
		async getToken(scopes, given) {
			if (given?.claims !== undefined) return credential.getToken(scopes, given);
			const options = await homeIfSame(scopes, given);
			const waiting = kept.get(keyOf(scopes, options));
			if (waiting) {
				// A sign-in under way is shared, its failure too: the credential is not asked twice at once.
				const token = await waiting;
				if (fresh(token, now())) return token;
			}
			return ask(scopes, options);
		},
		renew: async (scopes, options) => ask(scopes, options),
	};
}
