import {describe, expect, it} from 'vitest';
import {clouds} from '../../source/azure/clouds.js';
import {createSdkContext, tlsFor} from '../../source/azure/azure-sdk-clients.js';

const credential = {getToken: async () => ({token: 'a.b.c', expiresOnTimestamp: 0})};

describe('createSdkContext', () => {
	it('creates one client per kind and subscription, even when two first calls race', async () => {
		const ctx = createSdkContext(clouds.AzureCloud, credential);
		let made = 0;
		const make = async () => ({n: ++made});
		const [a, b] = await Promise.all([ctx.cached('acr', 'SUB-1', make), ctx.cached('acr', 'sub-1', make)]);
		expect(a).toBe(b);
		expect(await ctx.cached('acr', 'sub-2', make)).not.toBe(a);
		expect(await ctx.cached('aks', 'sub-1', make)).not.toBe(a);
		expect(made).toBe(3);
	});

	it('points clients at the cloud endpoint and scope', () => {
		const ctx = createSdkContext(clouds.AzureChinaCloud, credential);
		expect(ctx.modularOptions).toMatchObject({
			endpoint: 'https://management.chinacloudapi.cn',
			credentials: {scopes: ['https://management.chinacloudapi.cn/.default']},
		});
		expect(ctx.classicOptions).toMatchObject({
			endpoint: 'https://management.chinacloudapi.cn',
			credentialScopes: ['https://management.chinacloudapi.cn/.default'],
		});
		expect(ctx.modularOptions.tlsOptions).toBeUndefined();
	});

	it('trusts a cloud CA on top of the public roots', () => {
		const ca = '-----BEGIN CERTIFICATE-----\nsandbox\n-----END CERTIFICATE-----\n';
		const tls = tlsFor({...clouds.AzureCloud, caPem: ca});
		expect(Array.isArray(tls?.ca) && tls.ca.at(-1)).toBe(ca);
		expect(Array.isArray(tls?.ca) && tls.ca.length).toBeGreaterThan(1);
	});

	it('builds the default credential chain without loading or calling it', () => {
		const ctx = createSdkContext(clouds.AzureCloud, undefined);
		expect(typeof ctx.credential.getToken).toBe('function');
	});
});
