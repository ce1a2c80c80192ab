import type {AccessToken, GetTokenOptions} from '@azure/core-auth';
import {describe, expect, test} from 'vitest';
import {renewBeforeMs, sharedTokens} from '../../source/azure/azure-sdk-shared-tokens.js';

const arm = 'https://management.azure.com/.default';
const graph = 'https://graph.microsoft.com/.default';
const hour = 3_600_000;

/** A credential that counts its sign-ins and gives each token a number; `fail` makes the next ones fail. */
function countingCredential(lifetimeMs = hour, now = () => 0) {
	const asked: Array<{scopes: string | string[]; options?: GetTokenOptions}> = [];
	const state = {fail: false};
	return {
		asked,
		state,
		async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken> {
			asked.push({scopes, ...(options ? {options} : {})});
			await Promise.resolve();
			if (state.fail) throw new Error('AADSTS700082: The refresh token has expired.');
			return {token: `token-${asked.length}`, expiresOnTimestamp: now() + lifetimeMs};
		},
	};
}

describe('one token per audience and tenant for every client', () => {
	test('clients asking for the same audience share one sign-in, two first calls at once included', async () => {
		const credential = countingCredential();
		const shared = sharedTokens(credential, () => 0);
		const [a, b] = await Promise.all([shared.getToken(arm), shared.getToken([arm])]);
		const c = await shared.getToken(arm, {tenantId: undefined});
		expect([a?.token, b?.token, c?.token]).toEqual(['token-1', 'token-1', 'token-1']);
		expect(credential.asked).toHaveLength(1);
	});

	test('another audience or another tenant is a sign-in of its own; a CAE token (as the pipelines ask) serves a plain one', async () => {
		const credential = countingCredential();
		const shared = sharedTokens(credential, () => 0);
		await shared.getToken(arm);
		await shared.getToken(graph);
		await shared.getToken(arm, {tenantId: 'fabrikam'});
		await shared.getToken(arm, {enableCae: true});
		await shared.getToken(arm, {tenantId: 'fabrikam', enableCae: true});
		expect(credential.asked.map((call) => [call.scopes, call.options?.tenantId ?? ''])).toEqual([
			[arm, ''],
			[graph, ''],
			[arm, 'fabrikam'],
		]);
	});

	test("a tenant named that is the home token's own gets the home token: no second sign-in; another tenant gets one of its own", async () => {
		const jwt = (tid: string) => `e30.${Buffer.from(JSON.stringify({tid})).toString('base64url')}.signature`;
		const asked: Array<string | undefined> = [];
		const credential = {
			async getToken(_scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken> {
				asked.push(options?.tenantId);
				return {token: jwt(options?.tenantId ?? 'Contoso-Tenant'), expiresOnTimestamp: hour};
			},
		};
		const shared = sharedTokens(credential, () => 0);
		const home = await shared.getToken(arm);
		expect(await shared.getToken(arm, {tenantId: 'contoso-tenant'})).toBe(home);
		await shared.getToken(arm, {tenantId: 'fabrikam'});
		// Graph has no home token yet: its tenant's is asked for.
		await shared.getToken(graph, {tenantId: 'contoso-tenant'});
		expect(asked).toEqual([undefined, 'fabrikam', 'contoso-tenant']);
	});

	test('a token near its end is asked for anew, before the SDK would refresh it', async () => {
		let clock = 0;
		const credential = countingCredential(hour, () => clock);
		const shared = sharedTokens(credential, () => clock);
		expect((await shared.getToken(arm))?.token).toBe('token-1');
		clock = hour - renewBeforeMs - 1;
		expect((await shared.getToken(arm))?.token).toBe('token-1');
		clock = hour - renewBeforeMs;
		expect((await shared.getToken(arm))?.token).toBe('token-2');
	});

	test('a short-lived token (shorter than the renewal margin) is never kept', async () => {
		const credential = countingCredential(60_000);
		const shared = sharedTokens(credential, () => 0);
		await shared.getToken(arm);
		await shared.getToken(arm);
		expect(credential.asked).toHaveLength(2);
	});

	test('a failed sign-in reaches its caller and is not kept: the next call signs in again', async () => {
		const credential = countingCredential();
		const shared = sharedTokens(credential, () => 0);
		credential.state.fail = true;
		await expect(shared.getToken(arm)).rejects.toThrow('AADSTS700082');
		credential.state.fail = false;
		expect((await shared.getToken(arm))?.token).toBe('token-2');
	});

	test('two calls at once while the sign-in fails share that failure: the credential is asked once', async () => {
		const credential = countingCredential();
		const shared = sharedTokens(credential, () => 0);
		credential.state.fail = true;
		const [a, b] = await Promise.allSettled([shared.renew(arm), shared.getToken(arm)]);
		expect([a.status, b.status]).toEqual(['rejected', 'rejected']);
		expect(credential.asked).toHaveLength(1);
	});

	test('a claims challenge always asks the credential, and leaves the kept token alone', async () => {
		const credential = countingCredential();
		const shared = sharedTokens(credential, () => 0);
		await shared.getToken(arm);
		expect((await shared.getToken(arm, {claims: '{"access_token":{"nbf":{"essential":true}}}'}))?.token).toBe('token-2');
		expect((await shared.getToken(arm))?.token).toBe('token-1');
	});

	test('renew (the sign-in check, after az login) asks the credential and hands its token to the calls after it', async () => {
		const credential = countingCredential();
		const shared = sharedTokens(credential, () => 0);
		await shared.getToken(arm);
		expect((await shared.renew(arm))?.token).toBe('token-2');
		expect((await shared.getToken(arm))?.token).toBe('token-2');
		expect(credential.asked).toHaveLength(2);
	});
});
