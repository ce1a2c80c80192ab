/**
 * The Kubernetes adapter under injected faults on the emulated API server: passing failures are
 * retried, a create whose answer was lost is read back and adopted as made by this call (so undo
 * removes it), an object that was there before is never claimed, and every request has a deadline.
 */
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createKubernetes} from '../../source/kubernetes/client-node.js';
import type {KubeCluster, Workload} from '../../source/kubernetes/kubernetes.js';
import {KubeError} from '../../source/kubernetes/kubernetes.js';
import {parseFaultSpec, startSandbox, type Sandbox} from '../../source/sandbox/index.js';
import {nginxDeployment, sharedRegistry} from './kube-sandbox.js';

describe('the Kubernetes adapter under faults', () => {
	let sandbox: Sandbox;
	let directory: string;
	let cluster: KubeCluster;
	beforeEach(async () => {
		sandbox = await startSandbox({pace: 'fast'});
		directory = await mkdtemp(join(tmpdir(), 'kube-faults-'));
		await sandbox.writeKubeconfig(join(directory, 'config'));
		cluster = createKubernetes({home: directory}, {retryDelayMs: 1, callTimeoutMs: 2000}).cluster(
			{kind: 'file', path: join(directory, 'config')},
			'kind-local',
		);
	});
	afterEach(async () => {
		await sandbox.close();
		await rm(directory, {recursive: true, force: true});
	});
	const arm = (spec: string) => {
		for (const fault of parseFaultSpec(spec)) sandbox.faults.inject(fault);
	};

	for (const spec of [
		'drop-after@kube POST /namespaces$',
		'server-error@kube POST /namespaces$',
		'drop-before@kube POST /namespaces$ x2',
		'throttle(0)@kube POST /namespaces$ x2',
	]) {
		it(`a namespace create under "${spec}" ends with the namespace, made by this call`, async () => {
			arm(spec);
			expect(await cluster.createNamespace('faulty-ns')).toEqual({created: true});
			expect(await cluster.listNamespaces()).toContain('faulty-ns');
			expect(sandbox.faults.hits()[0]).toBeGreaterThan(0);
		});
	}

	it('a namespace that was there before is never claimed, even when the answer is lost', async () => {
		await cluster.createNamespace('was-there');
		arm('drop-after@kube POST /namespaces$');
		expect(await cluster.createNamespace('was-there')).toEqual({created: false});
	});

	it('a pull secret and a deployment whose create answers were lost are adopted once each', async () => {
		await cluster.createNamespace('apps');
		arm('drop-after@kube POST /secrets$; drop-after@kube POST /deployments$');
		const secret = {namespace: 'apps', name: 'acr-secret', server: sharedRegistry.loginServer, username: 'u', password: 'not-a-real-password'};
		expect(await cluster.applyDockerRegistrySecret(secret)).toEqual({created: true});
		expect(await cluster.applyWorkload(nginxDeployment('apps'))).toEqual({created: true});
		expect(await cluster.secretExists('apps', 'acr-secret')).toBe(true);
		expect(sandbox.faults.hits()).toEqual([1, 1]);
	});

	it('in a namespace known to be new, a secret and a pod are created without a read first, and a lost answer is still adopted once', async () => {
		await cluster.createNamespace('fresh');
		// Reads of either would hit these; none is made.
		arm(
			'server-error@kube GET /namespaces/fresh/secrets/acr-secret$; server-error@kube GET /namespaces/fresh/pods/nginx0$; drop-after@kube POST /namespaces/fresh/secrets$',
		);
		const secret = {namespace: 'fresh', name: 'acr-secret', server: sharedRegistry.loginServer, username: 'u', password: 'not-a-real-password'};
		expect(await cluster.applyDockerRegistrySecret(secret, {absent: true})).toEqual({created: true});
		const pod: Workload = {
			kind: 'Pod',
			namespace: 'fresh',
			name: 'nginx0',
			labels: {},
			image: `${sharedRegistry.loginServer}/nginx:v1`,
			containerName: 'nginx',
			imagePullSecrets: ['acr-secret'],
		};
		expect(await cluster.applyWorkload(pod, {absent: true})).toEqual({created: true});
		// The lost answer was read back once (that read is the one hit of the secret's GET fault, retried past it).
		expect(sandbox.faults.hits()).toEqual([1, 0, 1]);
		expect(await cluster.secretExists('fresh', 'acr-secret')).toBe(true);
	});

	it('reads and deletes are retried over 500s and dropped connections', async () => {
		arm('server-error@kube GET /namespaces$; drop-before@kube GET /namespaces$');
		expect(await cluster.listNamespaces()).toContain('default');
		await cluster.createNamespace('to-delete');
		arm('server-error@kube DELETE /namespaces/to-delete$');
		await cluster.deleteNamespace('to-delete');
		expect(sandbox.faults.hits()).toEqual([1, 1, 1]);
	});

	it('a request with no answer within the deadline fails with reason timeout, naming the cluster', async () => {
		arm('latency(600000)@kube GET /namespaces$ x*');
		const slow = createKubernetes({home: directory}, {retryDelayMs: 1, callTimeoutMs: 150}).cluster(
			{kind: 'file', path: join(directory, 'config')},
			'kind-local',
		);
		const error = await slow.listNamespaces().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(KubeError);
		expect(error).toMatchObject({reason: 'timeout'});
		expect((error as Error).message).toMatch(/^The cluster at https:\/\/127\.0\.0\.1:\d+ did not answer within 0\.2 s\.$/);
	});
});
