import {existsSync, readFileSync, statSync} from 'node:fs';
import {createServer} from 'node:net';
import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {runSandboxCommand} from '../../source/sandbox/command.js';

/** A free loopback port, found by listening once on port 0. */
async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address !== null ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

describe('acr-wizard sandbox', () => {
	it('writes ca.pem, env, cloud.json and setup-az next to the kubeconfig, prints them, listens on --port, and removes them at the end', async () => {
		const port = await freePort();
		const output = new PassThrough();
		let printed = '';
		output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
		const stop = new AbortController();
		let ready: {dir: string; env: string; armEndpoint: string} | undefined;
		const running = runSandboxCommand({output, signal: stop.signal, pace: 'fast', port, onReady: (files) => (ready = files)});
		await new Promise<void>((resolve) => {
			const check = () => (ready ? resolve() : setImmediate(check));
			check();
		});
		const files = ready ?? {dir: '', env: '', armEndpoint: ''};
		expect(files.armEndpoint).toBe(`https://127.0.0.1:${port}`);
		const env = readFileSync(files.env, 'utf8');
		for (const name of [
			'REQUESTS_CA_BUNDLE',
			'SSL_CERT_FILE',
			'MSI_ENDPOINT',
			'AZURE_CONFIG_DIR',
			'KUBECONFIG',
			'HTTPS_PROXY',
			'HTTP_PROXY',
			'NO_PROXY',
			'AZURE_CORE_COLLECT_TELEMETRY',
		]) {
			expect(env).toMatch(new RegExp(`^export ${name}='[^']+'$`, 'm'));
		}
		expect(env).toContain(`export MSI_ENDPOINT='https://127.0.0.1:${port}/msi/token'`);
		// The proxy points at loopback, so az cannot reach the internet; loopback itself is exempt.
		expect(env).toMatch(/^export HTTPS_PROXY='http:\/\/127\.0\.0\.1:\d+'$/m);
		expect(env).toContain("export NO_PROXY='127.0.0.1,localhost'");
		expect(readFileSync(`${files.dir}/ca.pem`, 'utf8')).toContain('-----BEGIN CERTIFICATE-----');
		const cloud = JSON.parse(readFileSync(`${files.dir}/cloud.json`, 'utf8')) as {endpoints: Record<string, string>; suffixes: Record<string, string>};
		expect(cloud.endpoints['resourceManager']).toBe(`https://127.0.0.1:${port}/`);
		expect(cloud.endpoints['activeDirectory']).toBe(`https://127.0.0.1:${port}/adfs`);
		expect(cloud.suffixes['acrLoginServerEndpoint']).toBe('.azurecr.io');
		const setup = readFileSync(`${files.dir}/setup-az`, 'utf8');
		expect(setup).toContain('az cloud register --name AzureSandbox --cloud-config @');
		expect(setup).toContain('az login --identity');
		expect(statSync(`${files.dir}/setup-az`).mode & 0o777).toBe(0o700);
		expect(statSync(files.env).mode & 0o777).toBe(0o600);
		expect(printed).toContain(`CA:             ${files.dir}/ca.pem`);
		expect(printed).toContain(`Environment:    ${files.env}`);
		expect(printed).toContain('pace fast');
		stop.abort();
		await running;
		expect(existsSync(files.dir)).toBe(false);
		expect(printed).toContain('Sandbox stopped.');
	});
});
