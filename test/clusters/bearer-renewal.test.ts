/** The renewal of an expiring cluster token before requests (client-node-bearer.ts), on a clock the test moves. */
import {KubeConfig} from '@kubernetes/client-node';
import {describe, expect, test} from 'vitest';
import {renewingBearer} from '../../source/kubernetes/client-node-bearer.js';
import type {BearerToken} from '../../source/kubernetes/kubernetes.js';

const hour = 3_600_000;

function config(): KubeConfig {
	const kube = new KubeConfig();
	kube.loadFromOptions({
		clusters: [{name: 'aks', server: 'https://aks.example:443', skipTLSVerify: false}],
		users: [{name: 'clusterUser_aks', token: 'old'}],
		contexts: [{name: 'aks', cluster: 'aks', user: 'clusterUser_aks'}],
		currentContext: 'aks',
	});
	return kube;
}

describe('renewing a cluster bearer token', () => {
	test('keeps the first token until five minutes before its expiry, then renews once for the requests that meet it', async () => {
		let now = 0;
		const asked: number[] = [];
		const kube = config();
		const before = renewingBearer(
			kube,
			{
				first: {token: 'first', expiresOnTimestamp: hour},
				renew: async (): Promise<BearerToken> => (asked.push(now), {token: `renewed-${asked.length}`, expiresOnTimestamp: now + hour}),
			},
			60_000,
			() => now,
		);
		expect(kube.getCurrentUser()?.token).toBe('first');
		now = hour - 5 * 60_000 - 1;
		await before();
		expect(asked).toEqual([]);
		now = hour - 5 * 60_000;
		await Promise.all([before(), before(), before()]);
		expect(asked).toEqual([now]);
		expect(kube.getCurrentUser()?.token).toBe('renewed-1');
	});

	test('a renewal that answers the same token (a credential cache) is tried again 30 s later, not on every request', async () => {
		let now = 0;
		let renewals = 0;
		const first = {token: 'first', expiresOnTimestamp: hour};
		const before = renewingBearer(config(), {first, renew: async () => (renewals++, first)}, 60_000, () => now);
		now = hour - 60_000;
		await before();
		await before();
		expect(renewals).toBe(1);
		now += 30_000;
		await before();
		expect(renewals).toBe(2);
	});

	test('a renewal that fails says so in words, and the next request tries again', async () => {
		let now = hour;
		let fail = true;
		const kube = config();
		const before = renewingBearer(
			kube,
			{
				first: {token: 'first', expiresOnTimestamp: hour},
				renew: async () => {
					if (fail) throw new Error('AADSTS700082: The refresh token has expired due to inactivity.\nTrace ID: x');
					return {token: 'again', expiresOnTimestamp: now + hour};
				},
			},
			60_000,
			() => now,
		);
		await expect(before()).rejects.toMatchObject({
			reason: 'TokenRenewalFailed',
			message:
				"The cluster's Microsoft Entra ID token was about to expire, and your Azure sign-in gave no new one (AADSTS700082: The refresh token has expired due to inactivity.). Sign in again with az login, then retry.",
		});
		fail = false;
		now += 1;
		await before();
		expect(kube.getCurrentUser()?.token).toBe('again');
	});
});
