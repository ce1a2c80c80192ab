/**
 * The emulated API server's error answers are the apiserver's own `Status` bodies, byte for byte the
 * contracts in test/fixtures/contracts/kubernetes/ (copied unchanged from the shared contracts).
 */
import {readFileSync} from 'node:fs';
import {request} from 'node:https';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startSandbox, type Sandbox, type SandboxCluster} from '../../../source/sandbox/index.js';

const contract = (file: string): unknown =>
	JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/contracts/kubernetes/${file}`, import.meta.url)), 'utf8')) as unknown;

/** One JSON request to a cluster's API with its bearer token. */
async function call(sandbox: Sandbox, cluster: SandboxCluster, method: string, path: string, body?: unknown): Promise<{status: number; body: unknown}> {
	const payload = body === undefined ? undefined : JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = request(
			`${cluster.url}${path}`,
			{
				method,
				ca: sandbox.caPem,
				headers: {authorization: `Bearer ${cluster.token}`, accept: 'application/json', ...(payload ? {'content-type': 'application/json'} : {})},
			},
			(res) => {
				let text = '';
				res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
				res.on('end', () => resolve({status: res.statusCode ?? 0, body: JSON.parse(text) as unknown}));
			},
		);
		req.on('error', reject);
		req.end(payload);
	});
}

describe('Kubernetes Status answers match the contracts', () => {
	let sandbox: Sandbox;
	let aks: SandboxCluster;
	beforeAll(async () => {
		sandbox = await startSandbox({pace: 'fast'});
		const found = sandbox.clusters.find((c) => c.spec.kind === 'aks');
		if (!found) throw new Error('the sandbox has no AKS cluster');
		aks = found;
	});
	afterAll(async () => {
		await sandbox.close();
	});

	it('404 NotFound for a pod that does not exist', async () => {
		const answer = await call(sandbox, aks, 'GET', '/api/v1/namespaces/default/pods/grafana');
		expect(answer.status).toBe(404);
		expect(answer.body).toEqual(contract('status-404-notfound.json'));
	});

	it('409 AlreadyExists for a second secret of the same name', async () => {
		const secret = {apiVersion: 'v1', kind: 'Secret', metadata: {name: 'acr-pull-secret'}, type: 'Opaque', data: {a: 'Yg=='}};
		expect((await call(sandbox, aks, 'POST', '/api/v1/namespaces/default/secrets', secret)).status).toBe(201);
		const again = await call(sandbox, aks, 'POST', '/api/v1/namespaces/default/secrets', secret);
		expect(again.status).toBe(409);
		expect(again.body).toEqual(contract('status-409-alreadyexists.json'));
	});

	it('422 Invalid for a Service clusterIP outside the service CIDR', async () => {
		const service = {
			apiVersion: 'v1',
			kind: 'Service',
			metadata: {name: 'connected-registry'},
			spec: {clusterIP: '192.100.100.1', ports: [{port: 443}], selector: {app: 'connected-registry'}},
		};
		const answer = await call(sandbox, aks, 'POST', '/api/v1/namespaces/default/services', service);
		expect(answer.status).toBe(422);
		expect(answer.body).toEqual(contract('status-422-invalid-service-clusterip.json'));
	});
});
