import {createServer, request, type RequestOptions} from 'node:https';
import type {AddressInfo} from 'node:net';
import {describe, expect, it} from 'vitest';
import {createSandboxTls} from '../../source/sandbox/tls.js';
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

	it('trusts the sandbox CA through one secure context, with no CA list for the agent to join into each pool name', async () => {
		const sandbox = await createSandboxTls();
		const tls = tlsFor({...clouds.AzureCloud, caPem: sandbox.caPem});
		expect(tls && Object.keys(tls)).toEqual(['secureContext']);
		// A server with the sandbox's certificate is trusted through it, and one signed by nobody it knows is not.
		const server = createServer({key: sandbox.key, cert: sandbox.cert}, (_request, response) => response.end('ok'));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const {port} = server.address() as AddressInfo;
		const get = async (options: RequestOptions) =>
			new Promise<string>((resolve) => {
				request({host: '127.0.0.1', port, servername: 'localhost', ...options}, (response) => {
					response.resume();
					response.on('end', () => resolve(String(response.statusCode)));
				})
					.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
					.end();
			});
		try {
			expect(await get({...tls, agent: false})).toBe('200');
			expect(await get({agent: false})).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
		} finally {
			server.close();
		}
	});

	it('builds the default credential chain without loading or calling it', () => {
		const ctx = createSdkContext(clouds.AzureCloud, undefined);
		expect(typeof ctx.credential.getToken).toBe('function');
	});
});
