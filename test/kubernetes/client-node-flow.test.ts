import {writeFile} from 'node:fs/promises';
import {createServer, type Server, type Socket} from 'node:net';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {createKubernetes} from '../../source/kubernetes/client-node.js';
import {KubeError, type KubeCluster} from '../../source/kubernetes/kubernetes.js';
import {editedKubeconfig, kubeconfigPointedAt, startForwarder, startKubeSandbox, type KubeSandbox} from './kube-sandbox.js';

let world: KubeSandbox;
beforeAll(async () => {
	world = await startKubeSandbox();
});
afterAll(async () => {
	await world.close();
});

const file = () => ({kind: 'file', path: world.kubeconfigPath}) as const;
const local = (): KubeCluster => world.kubernetes.cluster(file(), 'kind-local');

async function failure(promise: Promise<unknown>): Promise<KubeError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	if (!(error instanceof KubeError)) throw new Error(`expected a KubeError, got ${String(error)}`);
	return error;
}

describe('kubeconfig', () => {
	test('a file lists the sandbox contexts with their servers, the current one and the path', async () => {
		const info = await world.kubernetes.readKubeconfig(file());
		expect(info.contexts.map((context) => context.name)).toEqual(['aks-sandbox', 'arc-edge-cluster', 'kind-local']);
		expect(info.contexts[0]).toMatchObject({
			cluster: 'aks-sandbox',
			namespace: 'default',
			server: expect.stringMatching(/^https:\/\/127\.0\.0\.1:\d+$/) as string,
		});
		expect(info.currentContext).toBe('kind-local');
		expect(info.path).toBe(world.kubeconfigPath);
	});

	test('KUBECONFIG files are merged as kubectl does: missing files skipped, the first definition and current context win', async () => {
		const second = join(world.directory, 'second');
		const other = editedKubeconfig(world.sandbox.kubeconfigYaml, (document) => {
			for (const entry of document.clusters) entry.cluster.server = 'https://example.invalid';
			document.contexts.push({name: 'extra', context: {cluster: 'aks-sandbox', user: 'kind-local-user'}});
			document['current-context'] = 'extra';
		});
		await writeFile(second, other, {mode: 0o600});
		const variable = [join(world.directory, 'missing'), world.kubeconfigPath, second].join(':');
		const info = await createKubernetes({kubeconfigVariable: variable, home: world.directory}).readKubeconfig({kind: 'file'});
		expect(info.contexts.map((context) => context.name)).toEqual(['aks-sandbox', 'arc-edge-cluster', 'kind-local', 'extra']);
		expect(info.contexts.every((context) => context.server.startsWith('https://127.0.0.1:'))).toBe(true);
		expect(info.currentContext).toBe('kind-local');
		expect(info.path).toBe(`${world.kubeconfigPath}:${second}`);
	});

	test('an inline kubeconfig (AKS user credentials held in memory) is read and reaches its cluster', async () => {
		const inline = {kind: 'inline', yaml: world.sandbox.kubeconfigYaml} as const;
		const info = await world.kubernetes.readKubeconfig(inline);
		expect(info.path).toBeUndefined();
		expect(await world.kubernetes.cluster(inline, 'aks-sandbox').serverVersion(5000)).toMatch(/^v1\.33\.3/);
	});

	test('a missing file, an empty KUBECONFIG list and no ~/.kube/config each say which file and how to get one', async () => {
		const missing = join(world.directory, 'nope.yaml');
		expect(await failure(world.kubernetes.readKubeconfig({kind: 'file', path: missing}))).toMatchObject({
			reason: 'KubeconfigNotFound',
			message: expect.stringContaining(missing) as string,
		});
		const none = createKubernetes({kubeconfigVariable: `${missing}:${missing}2`, home: world.directory});
		expect((await failure(none.readKubeconfig({kind: 'file'}))).message).toContain('None of the files in KUBECONFIG exist');
		const home = await failure(world.kubernetes.readKubeconfig({kind: 'file'}));
		expect(home.message).toContain(join(world.directory, '.kube', 'config'));
		expect(home.message).toContain('az aks get-credentials');
	});

	test('an unknown context fails on first use, naming the contexts there are', async () => {
		const error = await failure(world.kubernetes.cluster(file(), 'prod').listNamespaces());
		expect(error).toMatchObject({reason: 'ContextNotFound'});
		expect(error.message).toContain('aks-sandbox, arc-edge-cluster, kind-local');
	});
});

describe('serverVersion', () => {
	let silent: Server;
	const sockets: Socket[] = [];
	beforeAll(async () => {
		// Accepts connections and never answers, not even the TLS handshake.
		silent = createServer((socket) => {
			socket.on('error', () => undefined);
			sockets.push(socket);
		});
		await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
	});
	afterAll(async () => {
		for (const socket of sockets) socket.destroy();
		await new Promise((resolve) => silent.close(resolve));
	});
	const pointedAt = (server: string) => ({kind: 'inline', yaml: kubeconfigPointedAt(world.sandbox.kubeconfigYaml, server)}) as const;

	test('answers the cluster version', async () => {
		expect(await world.kubernetes.cluster(file(), 'arc-edge-cluster').serverVersion(5000)).toMatch(/^v1\.32\.5/);
	});

	test('gives up at the deadline when the server never answers', async () => {
		const address = silent.address();
		const port = typeof address === 'object' && address ? address.port : 0;
		const started = performance.now();
		const error = await failure(world.kubernetes.cluster(pointedAt(`https://127.0.0.1:${port}`), 'kind-local').serverVersion(300));
		expect(performance.now() - started).toBeLessThan(3000);
		expect(error).toMatchObject({reason: 'network', message: `The cluster at https://127.0.0.1:${port} did not answer within 0.3 s.`});
	});

	test('says connection refused when nothing listens', async () => {
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const address = closed.address();
		await new Promise((resolve) => closed.close(resolve));
		const port = typeof address === 'object' && address ? address.port : 0;
		const error = await failure(world.kubernetes.cluster(pointedAt(`https://127.0.0.1:${port}`), 'kind-local').serverVersion(5000));
		expect(error).toMatchObject({reason: 'network', message: expect.stringContaining('connection refused') as string});
	});

	test('names a TLS failure when the kubeconfig does not carry the cluster CA', async () => {
		const yaml = editedKubeconfig(world.sandbox.kubeconfigYaml, (document) =>
			document.clusters.forEach((entry) => delete entry.cluster['certificate-authority-data']),
		);
		const error = await failure(world.kubernetes.cluster({kind: 'inline', yaml}, 'kind-local').serverVersion(5000));
		expect(error.reason).toBe('network');
		expect(error.message).toMatch(/^The TLS connection to https:\/\/127\.0\.0\.1:\d+ failed \(.*certificate.*\)/);
	});

	test('reports 401 Unauthorized for a wrong token, without the token', async () => {
		const yaml = editedKubeconfig(world.sandbox.kubeconfigYaml, (document) => document.users.forEach((entry) => (entry.user.token = 'wrong-token-1234')));
		const error = await failure(world.kubernetes.cluster({kind: 'inline', yaml}, 'kind-local').serverVersion(5000));
		expect(error).toMatchObject({reason: 'Unauthorized', statusCode: 401});
		expect(error.message).not.toContain('wrong-token-1234');
	});
});

test('successive calls to one cluster reuse one connection, as kubectl does', async () => {
	const forwarder = await startForwarder(world.sandbox.clusters.find((item) => item.contextName === 'kind-local')?.url ?? '');
	const cluster = world.kubernetes.cluster({kind: 'inline', yaml: kubeconfigPointedAt(world.sandbox.kubeconfigYaml, forwarder.url)}, 'kind-local');
	for (let call = 0; call < 5; call++) await cluster.serverVersion(5000);
	await cluster.listNamespaces();
	await cluster.secretExists('default', 'nothing');
	// Seven calls; without reuse each opens its own connection. The first one may not be back in the pool
	// when the second call starts, so undici can open one more.
	expect(forwarder.connections()).toBeLessThanOrEqual(2);
	await forwarder.close();
});

describe('cluster verbs', () => {
	const secret = {namespace: 'flow-verbs', name: 'acr-secret', server: 'contososharedacr.azurecr.io', username: 'app-id', password: 'not-a-real-password-42'};

	test('a namespace is created once, then reported as existing', async () => {
		const cluster = local();
		expect(await cluster.createNamespace('flow-verbs')).toEqual({created: true});
		expect(await cluster.createNamespace('flow-verbs')).toEqual({created: false});
		expect(await cluster.listNamespaces()).toEqual(expect.arrayContaining(['default', 'kube-system', 'flow-verbs']));
	});

	test('a docker-registry secret is created, then replaced, then deleted (twice without error)', async () => {
		const cluster = local();
		await cluster.createNamespace('flow-verbs');
		expect(await cluster.secretExists('flow-verbs', 'acr-secret')).toBe(false);
		expect(await cluster.applyDockerRegistrySecret(secret)).toEqual({created: true});
		expect(await cluster.applyDockerRegistrySecret({...secret, password: 'rotated-password-43'})).toEqual({created: false});
		expect(await cluster.secretExists('flow-verbs', 'acr-secret')).toBe(true);
		await cluster.deleteSecret('flow-verbs', 'acr-secret');
		await cluster.deleteSecret('flow-verbs', 'acr-secret');
		expect(await cluster.secretExists('flow-verbs', 'acr-secret')).toBe(false);
	});

	test('a secret in a namespace that does not exist fails with the Status message and no secret data', async () => {
		const error = await failure(local().applyDockerRegistrySecret({...secret, namespace: 'no-such-namespace'}));
		expect(error).toMatchObject({reason: 'NotFound', statusCode: 404, message: 'namespaces "no-such-namespace" not found'});
		expect(error.message).not.toContain(secret.password);
	});

	test("the pull secret is added to a new namespace's default service account once, and removed", async () => {
		const cluster = local();
		await cluster.createNamespace('flow-accounts');
		expect(await cluster.addImagePullSecretToServiceAccount('flow-accounts', 'default', 'acr-secret')).toEqual({changed: true});
		expect(await cluster.addImagePullSecretToServiceAccount('flow-accounts', 'default', 'acr-secret')).toEqual({changed: false});
		await cluster.removeImagePullSecretFromServiceAccount('flow-accounts', 'default', 'acr-secret');
		expect(await cluster.addImagePullSecretToServiceAccount('flow-accounts', 'default', 'acr-secret')).toEqual({changed: true});
		await cluster.removeImagePullSecretFromServiceAccount('flow-accounts', 'missing-account', 'acr-secret');
	});
});
