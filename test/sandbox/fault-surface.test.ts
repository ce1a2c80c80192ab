import {request} from 'node:https';
import {afterEach, describe, expect, it} from 'vitest';
import {FaultSpecError, parseFaultSpec, seedIds, startSandbox, type Sandbox} from '../../source/sandbox/index.js';
import {formatFault} from '../../source/sandbox/faults.js';
import {raw, startTestSandbox} from './helpers.js';

/** Sends raw text to the sandbox (the control endpoint takes a spec as text). */
async function postText(sandbox: Sandbox, path: string, text: string): Promise<{status: number; body: unknown}> {
	return new Promise((resolve, reject) => {
		const req = request(new URL(`${sandbox.armEndpoint}${path}`), {method: 'POST', ca: sandbox.caPem, headers: {'content-type': 'text/plain'}}, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => resolve({status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown}));
		});
		req.on('error', reject);
		req.end(text);
	});
}

describe('fault specs as text', () => {
	it('reads every kind with its argument, surface, method, path and count', () => {
		const specs = parseFaultSpec(
			'throttle(2) PUT /registries/ x3; server-error GET ^/subscriptions$; drop-before POST /v1.0/applications$; drop-after POST /v1.0/servicePrincipals$ x*; latency(200000) PUT /registries/; lro-failed(RegistryQuotaExceeded) PUT /registries/; server-error@kube POST /secrets$',
		);
		expect(specs.map((s) => formatFault(s))).toEqual([
			'throttle(2) PUT /registries/ x3',
			'server-error GET ^/subscriptions$',
			'drop-before POST /v1.0/applications$',
			'drop-after POST /v1.0/servicePrincipals$ x*',
			'latency(200000) PUT /registries/',
			'lro-failed(RegistryQuotaExceeded) PUT /registries/',
			'server-error@kube POST /secrets$',
		]);
		expect(specs[0]).toMatchObject({kind: 'throttle', retryAfterSeconds: 2, method: 'PUT', times: 3});
		expect(specs[3]?.times).toBe(Infinity);
		expect(specs[6]?.surface).toBe('kube');
	});

	it('refuses a spec it cannot read, saying what is wrong and how a fault is written', () => {
		expect(() => parseFaultSpec('explode GET /x')).toThrow(FaultSpecError);
		expect(() => parseFaultSpec('explode GET /x')).toThrow(/"explode" is not a fault kind.*kind\[\(argument\)\]/);
		expect(() => parseFaultSpec('throttle(soon) GET /x')).toThrow(/Retry-After of throttle must be a number/);
		expect(() => parseFaultSpec('drop-after@moon POST /x')).toThrow(/"@moon" is not a surface/);
		expect(() => parseFaultSpec('latency GET /a /b')).toThrow(/one path pattern at most/);
	});
});

describe('the control endpoint /_sandbox/faults', () => {
	let sandbox: Sandbox | undefined;
	afterEach(async () => {
		await sandbox?.close();
		sandbox = undefined;
	});

	it('arms a spec posted as text, lists it with its hits, and clears on DELETE', async () => {
		sandbox = await startTestSandbox();
		expect((await postText(sandbox, '/_sandbox/faults', 'server-error GET /resourceGroups$ x2')).status).toBe(201);
		const path = `/subscriptions/${seedIds.subscriptionId}/resourceGroups?api-version=2021-04-01`;
		const failed = await raw(sandbox, 'GET', path);
		expect(failed.status).toBe(500);
		expect(failed.body).toMatchObject({error: {code: 'InternalServerError'}});
		expect((await raw(sandbox, 'GET', '/_sandbox/faults', undefined, null)).body).toEqual({
			faults: [{spec: 'server-error GET /resourceGroups$ x2', left: 1, hits: 1}],
		});
		expect((await raw(sandbox, 'DELETE', '/_sandbox/faults', undefined, null)).body).toEqual({faults: []});
		expect((await raw(sandbox, 'GET', path)).status).toBe(200);
	});

	it('refuses a spec it cannot read with 400 InvalidFaultSpec, arming nothing', async () => {
		sandbox = await startTestSandbox();
		const answer = await postText(sandbox, '/_sandbox/faults', '{"faults": ["throttle(x) GET /a"]}');
		expect(answer.status).toBe(400);
		expect(answer.body).toMatchObject({error: {code: 'InvalidFaultSpec', message: expect.stringMatching(/Retry-After/) as unknown}});
		expect(sandbox.faults.list()).toEqual([]);
	});

	it('throttles with Retry-After in the ARM envelope', async () => {
		sandbox = await startTestSandbox({faults: 'throttle(7) GET ^/subscriptions$'});
		const answer = await raw(sandbox, 'GET', '/subscriptions?api-version=2022-12-01');
		expect(answer.status).toBe(429);
		expect(answer.headers['retry-after']).toBe('7');
		expect(answer.body).toMatchObject({error: {code: 'TooManyRequests'}});
	});

	it('drop-after applies the write and then closes the connection without an answer', async () => {
		sandbox = await startTestSandbox({faults: 'drop-after PUT /resourcegroups/rg-dropped$'});
		const path = `/subscriptions/${seedIds.subscriptionId}/resourcegroups/rg-dropped?api-version=2021-04-01`;
		await expect(raw(sandbox, 'PUT', path, {location: 'eastus'})).rejects.toThrow(/socket hang up|ECONNRESET/);
		expect((await raw(sandbox, 'GET', path)).status).toBe(200);
	});

	it('drop-before closes the connection and applies nothing', async () => {
		sandbox = await startTestSandbox({faults: 'drop-before PUT /resourcegroups/rg-never$'});
		const path = `/subscriptions/${seedIds.subscriptionId}/resourcegroups/rg-never?api-version=2021-04-01`;
		await expect(raw(sandbox, 'PUT', path, {location: 'eastus'})).rejects.toThrow(/socket hang up|ECONNRESET/);
		expect((await raw(sandbox, 'GET', path)).status).toBe(404);
	});

	it('hits the Graph and login surfaces too, and a fault for one surface spares the others', async () => {
		sandbox = await startTestSandbox({faults: 'server-error@graph GET x*'});
		const graphPath = `${sandbox.graphEndpoint}/v1.0/servicePrincipals`;
		const graphToken = (await sandbox.credential.getToken(`${sandbox.graphEndpoint}/.default`))?.token ?? null;
		expect((await raw(sandbox, 'GET', graphPath, undefined, graphToken)).status).toBe(500);
		expect((await raw(sandbox, 'GET', '/subscriptions?api-version=2022-12-01')).status).toBe(200);
		sandbox.faults.clear();
		sandbox.faults.inject({surface: 'login', kind: 'throttle', path: /oauth2\/token$/});
		const login = await raw(sandbox, 'POST', '/adfs/oauth2/token', {}, null);
		expect(login.status).toBe(429);
	});

	it('arms the spec of ACR_WIZARD_SANDBOX_FAULTS at start', async () => {
		process.env['ACR_WIZARD_SANDBOX_FAULTS'] = 'server-error GET ^/tenants$';
		try {
			sandbox = await startTestSandbox();
		} finally {
			delete process.env['ACR_WIZARD_SANDBOX_FAULTS'];
		}
		expect((await raw(sandbox, 'GET', '/tenants?api-version=2022-12-01')).status).toBe(500);
		expect((await raw(sandbox, 'GET', '/tenants?api-version=2022-12-01')).status).toBe(200);
	});
});

describe('faults on the Kubernetes API servers', () => {
	let sandbox: Sandbox | undefined;
	afterEach(async () => {
		await sandbox?.close();
		sandbox = undefined;
	});

	const kube = async (cluster: Sandbox['clusters'][number], method: string, path: string, body?: unknown) => {
		const payload = body === undefined ? undefined : JSON.stringify(body);
		return new Promise<{status: number; headers: Record<string, unknown>; body: unknown}>((resolve, reject) => {
			const req = request(
				new URL(`${cluster.url}${path}`),
				{method, ca: sandbox?.caPem, headers: {authorization: `Bearer ${cluster.token}`, ...(payload ? {'content-type': 'application/json'} : {})}},
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (chunk: Buffer) => chunks.push(chunk));
					res.on('end', () =>
						resolve({status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') as unknown}),
					);
				},
			);
			req.on('error', reject);
			req.end(payload);
		});
	};

	it('answers 429 and 500 as Kubernetes Status objects, and drop-after creates the object without answering', async () => {
		sandbox = await startSandbox({
			pace: 'fast',
			faults: 'throttle(3)@kube GET /namespaces$; server-error@kube GET /namespaces$; drop-after@kube POST /namespaces$',
		});
		const cluster = sandbox.clusters[0];
		if (!cluster) throw new Error('the sandbox has no cluster');
		const throttled = await kube(cluster, 'GET', '/api/v1/namespaces');
		expect(throttled).toMatchObject({status: 429, headers: {'retry-after': '3'}, body: {kind: 'Status', reason: 'TooManyRequests', code: 429}});
		expect(await kube(cluster, 'GET', '/api/v1/namespaces')).toMatchObject({status: 500, body: {kind: 'Status', reason: 'InternalError', code: 500}});
		await expect(kube(cluster, 'POST', '/api/v1/namespaces', {metadata: {name: 'dropped-ns'}})).rejects.toThrow(/socket hang up|ECONNRESET/);
		expect(await kube(cluster, 'GET', '/api/v1/namespaces/dropped-ns')).toMatchObject({status: 200});
		// Faults for the kube surface never reach ARM.
		expect(sandbox.faults.list().every((f) => f.left === 0)).toBe(true);
	});
});
