import {execFile, spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {fakeAuthority, startTestCluster, waitFor, type FakeAuthority, type TestCluster} from './helpers.js';

const kubectlPath = '/usr/bin/kubectl';
const hasKubectl = existsSync(kubectlPath);
const run = promisify(execFile);

const seedDeployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx0-deployment
  labels:
    app: nginx0-deployment
spec:
  replicas: 2
  selector:
    matchLabels:
      app: nginx0
  template:
    metadata:
      labels:
        app: nginx0
    spec:
      containers:
      - name: nginx
        image: myregistry.azurecr.io/nginx:v1
        ports:
        - containerPort: 80
`;

if (!hasKubectl) console.warn(`kubectl is not installed at ${kubectlPath}; skipping the real kubectl tests`);

describe.skipIf(!hasKubectl)('the emulated cluster API with the real kubectl', () => {
	let cluster: TestCluster;
	const authority: FakeAuthority = fakeAuthority(true);
	const kubectl = async (...args: string[]) => {
		const result = await run(kubectlPath, ['--kubeconfig', cluster.kubeconfigPath, '--cache-dir', join(cluster.directory, 'cache'), ...args], {
			timeout: 15_000,
		});
		return result.stdout;
	};

	beforeAll(async () => {
		cluster = await startTestCluster(authority);
	});
	afterAll(async () => {
		await cluster.close();
	});

	test('apply -f of the seed deployment creates it, and get pods prints the real columns with Running pods', async () => {
		const file = join(cluster.directory, 'acr-nginx.yaml');
		await writeFile(file, seedDeployment);
		expect(await kubectl('apply', '-f', file)).toBe('deployment.apps/nginx0-deployment created\n');
		const output = await waitFor(async () => {
			const text = await kubectl('get', 'pods');
			return (text.match(/Running/g) ?? []).length === 2 ? text : undefined;
		}, 'two Running pods in kubectl get pods');
		const lines = output.trim().split('\n');
		expect(lines[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
		for (const line of lines.slice(1)) expect(line).toMatch(/^nginx0-deployment-\w+-\w{5}\s+1\/1\s+Running\s+0\s+\d+s$/);
		expect(await kubectl('apply', '-f', file)).toBe('deployment.apps/nginx0-deployment unchanged\n');
		await writeFile(file, seedDeployment.replace('replicas: 2', 'replicas: 3'));
		expect(await kubectl('apply', '-f', file)).toBe('deployment.apps/nginx0-deployment configured\n');
		const deployments = await waitFor(async () => {
			const text = await kubectl('get', 'deployments');
			return text.includes('3/3') ? text : undefined;
		}, 'three ready replicas');
		expect(deployments.split('\n')[0]).toMatch(/^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE$/);
		expect(await kubectl('apply', '--server-side', '-f', file)).toBe('deployment.apps/nginx0-deployment serverside-applied\n');
	});

	test('create secret docker-registry (a protobuf body) stores a dockerconfigjson that get -o json shows', async () => {
		const created = await kubectl(
			'create',
			'secret',
			'docker-registry',
			'regcred',
			'--docker-server=myregistry.azurecr.io',
			'--docker-username=puller',
			'--docker-password=s3cret',
		);
		expect(created).toBe('secret/regcred created\n');
		const secret = JSON.parse(await kubectl('get', 'secret', 'regcred', '-o', 'json')) as {type: string; data: Record<string, string>};
		expect(secret.type).toBe('kubernetes.io/dockerconfigjson');
		const config = JSON.parse(Buffer.from(secret.data['.dockerconfigjson'] ?? '', 'base64').toString()) as {auths: Record<string, {username: string}>};
		expect(config.auths['myregistry.azurecr.io']?.username).toBe('puller');
		await expect(kubectl('create', 'secret', 'docker-registry', 'regcred', '--docker-server=x', '--docker-username=u', '--docker-password=p')).rejects.toThrow(
			/secrets "regcred" already exists/,
		);
		expect(await kubectl('get', 'secrets')).toMatch(/^NAME\s+TYPE\s+DATA\s+AGE\nregcred\s+kubernetes.io\/dockerconfigjson\s+1\s+/);
		expect(await kubectl('create', 'namespace', 'demo')).toBe('namespace/demo created\n');
		await expect(kubectl('get', 'pod', 'nope')).rejects.toThrow(/pods "nope" not found/);
	});

	test('create deployment (a protobuf body), scale and rollout status work as on a real cluster', async () => {
		expect(await kubectl('create', 'deployment', 'hello', '-n', 'demo', '--image=myregistry.azurecr.io/hello-world:v1', '--replicas=2')).toBe(
			'deployment.apps/hello created\n',
		);
		expect(await kubectl('rollout', 'status', '-n', 'demo', 'deployment/hello', '--timeout=10s')).toContain('successfully rolled out');
		expect(await kubectl('scale', '-n', 'demo', 'deployment/hello', '--replicas=1')).toBe('deployment.apps/hello scaled\n');
		const pods = await waitFor(async () => {
			const text = await kubectl('get', 'pods', '-n', 'demo', '-l', 'app=hello', '-o', 'name');
			return text.trim().split('\n').length === 1 ? text : undefined;
		}, 'one pod after scaling down');
		expect(pods).toMatch(/^pod\/hello-\w+-\w{5}\n$/);
		expect(await kubectl('delete', '-n', 'demo', 'deployment', 'hello')).toBe('deployment.apps "hello" deleted\n');
	});

	test('get pods -w prints the list, then a line per change as access is granted', async () => {
		authority.allow(false);
		await kubectl('run', 'web', '-n', 'demo', '--image=myregistry.azurecr.io/nginx:v1');
		await waitFor(async () => ((await kubectl('get', 'pod', 'web', '-n', 'demo')).includes('ImagePullBackOff') ? true : undefined), 'ImagePullBackOff');
		const child = spawn(
			kubectlPath,
			['--kubeconfig', cluster.kubeconfigPath, '--cache-dir', join(cluster.directory, 'cache'), 'get', 'pods', '-n', 'demo', '-w'],
			{stdio: ['ignore', 'pipe', 'pipe']},
		);
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const killer = setTimeout(() => child.kill(), 15_000);
		try {
			await waitFor(() => (output.includes('\nweb ') ? true : undefined), 'the listed pod');
			authority.allow(true);
			const lines = await waitFor(() => {
				const all = output.split('\n').filter((line) => line !== '');
				return all.some((line) => /^web\s+1\/1\s+Running\s+0\s+\d+s$/.test(line)) ? all : undefined;
			}, 'the pod to show as Running in the watch');
			expect(lines[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
			expect(lines[1]).toMatch(/^web\s+0\/1\s+(ImagePullBackOff|ErrImagePull)\s+0\s+\d+s$/);
		} finally {
			clearTimeout(killer);
			child.kill();
		}
	});
});
