import {request} from 'node:https';
import {stat} from 'node:fs/promises';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {runSandboxCommand} from '../../source/sandbox/command.js';
import {startSandbox, type Sandbox} from '../../source/sandbox/index.js';

type Kubeconfig = {
	'current-context': string;
	contexts: {name: string; context: {cluster: string; user: string}}[];
	clusters: {name: string; cluster: {server: string; 'certificate-authority-data': string}}[];
	users: {name: string; user: {token: string}}[];
};

function getStatus(url: string, ca: string, token: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = request(new URL('/version', url), {ca, headers: {authorization: `Bearer ${token}`}}, (res) => {
			res.resume();
			resolve(res.statusCode ?? 0);
		});
		req.on('error', reject);
		req.end();
	});
}

describe('startSandbox with the real Kubernetes side', () => {
	let sandbox: Sandbox;
	// Its start time is measured by `npm run bench` ("sandbox start + close"), not asserted here: a timed test fails on a busy machine.
	beforeAll(async () => {
		sandbox = await startSandbox({pace: 'fast'});
	});
	afterAll(async () => {
		await sandbox.close();
	});

	it('writes a kubeconfig with one context per cluster, the CA, bearer tokens, and the local cluster current', async () => {
		const config = parse(sandbox.kubeconfigYaml) as Kubeconfig;
		expect(config.contexts.map((c) => c.name)).toEqual(['aks-sandbox', 'arc-edge-cluster', 'kind-local']);
		expect(config['current-context']).toBe('kind-local');
		for (const cluster of config.clusters) {
			expect(Buffer.from(cluster.cluster['certificate-authority-data'], 'base64').toString('utf8')).toBe(sandbox.caPem);
		}
		for (const [index, cluster] of config.clusters.entries()) {
			expect(await getStatus(cluster.cluster.server, sandbox.caPem, config.users[index]?.user.token ?? '')).toBe(200);
		}
		const dir = await mkdtemp(join(tmpdir(), 'sandbox-test-'));
		try {
			await sandbox.writeKubeconfig(join(dir, 'config'));
			expect((await stat(join(dir, 'config'))).mode & 0o777).toBe(0o600);
			expect(await readFile(join(dir, 'config'), 'utf8')).toBe(sandbox.kubeconfigYaml);
		} finally {
			await rm(dir, {recursive: true, force: true});
		}
	});

	it('describes itself as a cloud profile', () => {
		expect(sandbox.cloud).toEqual({
			name: 'AzureSandbox',
			plays: 'AzureCloud',
			defaultLocation: 'eastus',
			armEndpoint: sandbox.armEndpoint,
			acrSuffix: 'azurecr.io',
			authorityHost: `${sandbox.armEndpoint}/adfs`,
			graphEndpoint: `${sandbox.armEndpoint}/graph`,
			armScope: `${sandbox.armEndpoint}/.default`,
			graphScope: `${sandbox.armEndpoint}/graph/.default`,
			nodeIdentityEndpoint: `${sandbox.armEndpoint}/msi/token`,
			registryAddress: {host: '127.0.0.1', port: Number(new URL(sandbox.armEndpoint).port)},
		});
	});
});

describe('acr-wizard sandbox (runSandboxCommand)', () => {
	it('prints the ARM endpoint, the kubeconfig path and the kubectl line, then stops cleanly and removes the kubeconfig', async () => {
		const output = new PassThrough();
		let text = '';
		output.on('data', (chunk: Buffer) => {
			text += chunk.toString('utf8');
		});
		const controller = new AbortController();
		const running = runSandboxCommand({output, signal: controller.signal});
		while (!text.includes('Press Ctrl+C')) {
			await new Promise((resolve) => setImmediate(resolve));
		}
		const path = /Kubeconfig:\s+(\S+)/.exec(text)?.[1] ?? '';
		expect(text).toMatch(/ARM endpoint:\s+https:\/\/127\.0\.0\.1:\d+/);
		expect(text).toContain(`KUBECONFIG=${path} kubectl get pods -w`);
		expect((await stat(path)).mode & 0o777).toBe(0o600);
		controller.abort();
		await running;
		expect(text).toContain('Sandbox stopped.');
		await expect(stat(path)).rejects.toThrow();
	});
});
