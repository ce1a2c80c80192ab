import {join} from 'node:path';
import {CoreV1Api, KubeConfig} from '@kubernetes/client-node';
import {afterEach, describe, expect, it} from 'vitest';
import {seedIds, startSandbox, type Sandbox} from '../../../source/sandbox/index.js';
import {raw} from '../helpers.js';
import {aksPath, getCredentials, kubectl, kubectlPath, scratch, writeKubelogin, type Scratch} from './helpers.js';

/** Polls an ARM long-running operation until it ends, as az does. */
async function pollUntilDone(sandbox: Sandbox, asyncOperation: string): Promise<string> {
	for (;;) {
		const answer = await raw(sandbox, 'GET', asyncOperation);
		const status = (answer.body as {status: string}).status;
		if (status !== 'InProgress') return status;
	}
}

async function aksJson(sandbox: Sandbox): Promise<{properties: Record<string, unknown>}> {
	return (await raw(sandbox, 'GET', `${aksPath}?api-version=2025-10-01`)).body as {properties: Record<string, unknown>};
}

describe.skipIf(kubectlPath === undefined)('faults of a cluster API server, as kubectl and client-node meet them', () => {
	let sandbox: Sandbox | undefined;
	let files: Scratch | undefined;
	const start = async (scenario?: string): Promise<{sandbox: Sandbox; files: Scratch}> => {
		sandbox = await startSandbox({pace: 'fast', ...(scenario ? {scenario} : {})});
		files = await scratch(sandbox);
		return {sandbox, files};
	};
	afterEach(async () => {
		await files?.close();
		await sandbox?.close();
		sandbox = undefined;
		files = undefined;
	});

	it('az aks stop: ARM shows powerState Stopped and the API server refuses connections; az aks start brings it back', async () => {
		const {sandbox, files} = await start();
		const stop = await raw(sandbox, 'POST', `${aksPath}/stop?api-version=2025-10-01`);
		expect(stop.status).toBe(202);
		expect(await pollUntilDone(sandbox, String(stop.headers['azure-asyncoperation']))).toBe('Succeeded');
		expect((await aksJson(sandbox)).properties.powerState).toEqual({code: 'Stopped'});
		const port = new URL(sandbox.clusters.find((c) => c.spec.name === seedIds.aksCluster)?.url ?? '').port;
		const refused = await kubectl(files.kubeconfig, ['--context', seedIds.aksCluster, 'get', 'pods']);
		expect(refused.code).not.toBe(0);
		expect(refused.stderr).toContain(`The connection to the server 127.0.0.1:${port} was refused - did you specify the right host or port?`);
		// The other clusters are untouched.
		expect((await kubectl(files.kubeconfig, ['--context', seedIds.localCluster, 'get', 'namespaces', '-o', 'name'])).stdout).toContain('namespace/default');

		const begin = await raw(sandbox, 'POST', `${aksPath}/start?api-version=2025-10-01`);
		expect(await pollUntilDone(sandbox, String(begin.headers['azure-asyncoperation']))).toBe('Succeeded');
		expect((await aksJson(sandbox)).properties.powerState).toEqual({code: 'Running'});
		expect((await kubectl(files.kubeconfig, ['--context', seedIds.aksCluster, 'get', 'namespaces', '-o', 'name'])).stdout).toContain('namespace/default');
	});

	it('a private cluster shows enablePrivateCluster and a privatelink FQDN, and client-node cannot connect to it', async () => {
		const {sandbox} = await start('private-cluster');
		const properties = (await aksJson(sandbox)).properties;
		expect(properties.apiServerAccessProfile).toMatchObject({enablePrivateCluster: true});
		expect(String(properties.privateFQDN)).toMatch(/\.privatelink\.eastus\.azmk8s\.io$/);
		const config = new KubeConfig();
		config.loadFromString(sandbox.kubeconfigYaml);
		config.setCurrentContext(seedIds.aksCluster);
		const error: unknown = await config
			.makeApiClient(CoreV1Api)
			.listNamespace()
			.then(
				() => undefined,
				(e: unknown) => e,
			);
		expect(error).toBeInstanceOf(Error);
		expect((error as {cause?: {code?: string}}).cause?.code).toBe('ECONNREFUSED');
	});

	it('az aks rotate-certs: a kubeconfig fetched before fails with x509 unknown authority; a fresh get-credentials works', async () => {
		const {sandbox, files} = await start();
		const rotate = await raw(sandbox, 'POST', `${aksPath}/rotateClusterCertificates?api-version=2025-10-01`);
		expect(rotate.status).toBe(202);
		const stale = await kubectl(files.kubeconfig, ['--context', seedIds.aksCluster, 'get', 'pods']);
		expect(stale.stderr).toContain('x509: certificate signed by unknown authority');
		const fresh = join(files.dir, 'fresh');
		await getCredentials(sandbox, fresh);
		expect((await kubectl(fresh, ['get', 'namespaces', '-o', 'name'])).stdout).toContain('namespace/default');
	});

	it('the cluster-ca-rotated scenario: the kubeconfig the sandbox wrote no longer trusts the AKS API server, and ARM hands out the new CA', async () => {
		const {sandbox, files} = await start('cluster-ca-rotated');
		expect((await kubectl(files.kubeconfig, ['--context', seedIds.aksCluster, 'get', 'pods'])).stderr).toContain(
			'x509: certificate signed by unknown authority',
		);
		expect((await kubectl(files.kubeconfig, ['--context', seedIds.localCluster, 'get', 'pods'])).code).toBe(0);
		const fresh = join(files.dir, 'fresh');
		await getCredentials(sandbox, fresh);
		expect((await kubectl(fresh, ['get', 'pods'])).code).toBe(0);
	});

	it('a revoked kubeconfig token answers 401, which kubectl words as "You must be logged in"; get-credentials fixes it', async () => {
		const {sandbox, files} = await start('cluster-token-revoked');
		const refused = await kubectl(files.kubeconfig, ['--context', seedIds.aksCluster, 'get', 'pods']);
		expect(refused.stderr).toContain('error: You must be logged in to the server');
		const fresh = join(files.dir, 'fresh');
		await getCredentials(sandbox, fresh);
		expect((await kubectl(fresh, ['get', 'pods'])).code).toBe(0);
	});

	it('a read-only user reads, but creating a secret answers 403 Forbidden naming the user, verb and namespace', async () => {
		const {sandbox, files} = await start('cluster-read-only-user');
		expect((await kubectl(files.kubeconfig, ['--context', seedIds.localCluster, 'get', 'pods'])).code).toBe(0);
		const denied = await kubectl(files.kubeconfig, ['--context', seedIds.localCluster, 'create', 'secret', 'generic', 'x', '--from-literal=a=b']);
		expect(denied.stderr).toContain(
			'secrets is forbidden: User "system:serviceaccount:default:viewer" cannot create resource "secrets" in API group "" in the namespace "default"',
		);
		const config = new KubeConfig();
		config.loadFromString(sandbox.kubeconfigYaml);
		const error: unknown = await config
			.makeApiClient(CoreV1Api)
			.createNamespacedPod({namespace: 'default', body: {metadata: {name: 'p'}, spec: {containers: [{name: 'c', image: 'nginx'}]}}})
			.then(
				() => undefined,
				(e: unknown) => e,
			);
		expect(error).toMatchObject({code: 403});
		expect(JSON.parse(String((error as {body: string}).body))).toMatchObject({kind: 'Status', reason: 'Forbidden', code: 403, details: {kind: 'pods'}});
	});

	it('kubectl auth can-i answers from the same rules: no for create secrets, yes for list pods, and --list shows what is allowed', async () => {
		const {files} = await start('cluster-read-only-user');
		const create = await kubectl(files.kubeconfig, ['--context', seedIds.localCluster, 'auth', 'can-i', 'create', 'secrets']);
		expect([create.code, create.stdout.trim()]).toEqual([1, 'no']);
		const list = await kubectl(files.kubeconfig, ['--context', seedIds.localCluster, 'auth', 'can-i', 'list', 'pods']);
		expect([list.code, list.stdout.trim()]).toEqual([0, 'yes']);
		const rules = await kubectl(files.kubeconfig, ['--context', seedIds.localCluster, 'auth', 'can-i', '--list']);
		expect(rules.stdout).toMatch(/\*\.\*\s+\[\]\s+\[\]\s+\[get list watch\]/);
		const admin = await kubectl(files.kubeconfig, ['--context', seedIds.aksCluster, 'auth', 'can-i', 'create', 'secrets']);
		expect(admin.stdout.trim()).toBe('yes');
	});

	it('an Entra cluster: get-credentials writes a kubelogin exec, and without kubelogin kubectl says the plugin is not installed', async () => {
		const {sandbox, files} = await start('kubelogin-required');
		expect((await aksJson(sandbox)).properties.aadProfile).toMatchObject({managed: true});
		const user = join(files.dir, 'aks-user');
		await getCredentials(sandbox, user);
		const missing = await kubectl(user, ['get', 'pods']);
		expect(missing.stderr).toContain('getting credentials: exec: executable kubelogin not found');
		expect(missing.stderr).toContain('kubelogin is not installed which is required to connect to AAD enabled cluster.');
	});

	it('an Entra cluster accepts the Entra token kubelogin gets, and refuses the static token', async () => {
		const {sandbox, files} = await start('kubelogin-required');
		await writeKubelogin(files.dir, sandbox);
		const user = join(files.dir, 'aks-user');
		await getCredentials(sandbox, user);
		const ok = await kubectl(user, ['get', 'namespaces', '-o', 'name'], {PATH: `${files.dir}:/usr/bin:/bin`});
		expect(ok.stdout).toContain('namespace/default');
		const withToken = await kubectl(files.kubeconfig, ['--context', seedIds.aksCluster, 'get', 'pods']);
		expect(withToken.stderr).toContain('You must be logged in to the server');
	});

	it('an Entra cluster whose user Conditional Access blocks: kubelogin fails with AADSTS53003 and kubectl shows it', async () => {
		const {sandbox, files} = await start('kubelogin-sign-in-blocked');
		await writeKubelogin(files.dir, sandbox);
		const user = join(files.dir, 'aks-user');
		await getCredentials(sandbox, user);
		const blocked = await kubectl(user, ['get', 'pods'], {PATH: `${files.dir}:/usr/bin:/bin`});
		expect(blocked.code).not.toBe(0);
		expect(blocked.stderr).toContain('getting credentials: exec: executable kubelogin failed with exit code 1');
		expect(blocked.stderr).toContain('AADSTS53003: Access has been blocked by Conditional Access policies.');
	});
});
