/**
 * The pod inspector's reads (describe, logs, YAML) through the real adapter against the sandbox: a pod that
 * pulls and runs, and one the registry refuses (its container waiting, so its logs answer the kubelet's 400).
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {KubeError, type KubeCluster, type PodSummary} from '../../source/kubernetes/kubernetes.js';
import {nginxDeployment, snapshotCollector, startKubeSandbox, type KubeSandbox} from './kube-sandbox.js';

let world: KubeSandbox;
beforeAll(async () => {
	world = await startKubeSandbox();
});
afterAll(async () => {
	await world.close();
});

const cluster = (context: string): KubeCluster => world.kubernetes.cluster({kind: 'file', path: world.kubeconfigPath}, context);

/** Deploys the seed's nginx0 in `namespace` and waits until `done` holds for its pods. */
async function deployed(context: string, namespace: string, done: (pods: readonly PodSummary[]) => boolean, image?: string): Promise<PodSummary> {
	const target = cluster(context);
	await target.createNamespace(namespace);
	const workload = nginxDeployment(namespace);
	await target.applyWorkload(workload.kind === 'Deployment' ? {...workload, replicas: 1, ...(image ? {image} : {})} : workload);
	const collector = snapshotCollector();
	const stop = await target.watchPods(namespace, 'app=nginx0', collector.onChange, collector.onError);
	try {
		const snapshot = await collector.until((seen) => seen.pods.length === 1 && done(seen.pods), 'the pod');
		const pod = snapshot.pods[0];
		if (!pod) throw new Error('no pod');
		return pod;
	} finally {
		stop();
	}
}

async function failure(promise: Promise<unknown>): Promise<KubeError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	if (!(error instanceof KubeError)) throw new Error(`expected a KubeError, got ${String(error)}`);
	return error;
}

describe('pod inspection reads', () => {
	test('a running pod: describe names its node, controller, image ID and Running state; logs are its container’s lines; the YAML is the object without managedFields', async () => {
		// Docker Hub's nginx: a public image any node pulls.
		const pod = await deployed('kind-local', 'inspect-running', (pods) => pods.every((item) => item.status === 'Running'), 'nginx:1.27');
		const described = await cluster('kind-local').describePod('inspect-running', pod.name);
		expect(described).toMatchObject({
			name: pod.name,
			namespace: 'inspect-running',
			phase: 'Running',
			serviceAccount: 'default',
			controlledBy: expect.stringMatching(/^ReplicaSet\/nginx0-deployment-/) as string,
			node: expect.any(String) as string,
		});
		expect(described?.containers[0]).toMatchObject({name: 'nginx', ready: true, restartCount: 0, state: {state: 'Running'}});
		expect(described?.containers[0]?.imageID).toMatch(/@sha256:/);
		const logs = await cluster('kind-local').containerLogs('inspect-running', pod.name, {tailLines: 2});
		expect(logs).toHaveLength(2);
		expect(logs.at(-1)).toContain('start worker process');
		const yaml = await cluster('kind-local').podYaml('inspect-running', pod.name);
		expect(yaml).toMatch(/^apiVersion: v1\nkind: Pod\nmetadata:/);
		expect(yaml).toContain(`name: ${pod.name}`);
		expect(yaml).not.toContain('managedFields');
		// It never restarted: there is no previous run, as the kubelet says.
		const previous = await failure(cluster('kind-local').containerLogs('inspect-running', pod.name, {previous: true}));
		expect(previous).toMatchObject({
			statusCode: 400,
			message: expect.stringContaining(`previous terminated container "nginx" in pod "${pod.name}" not found`) as string,
		});
	});

	test('a pod the registry refuses: describe shows the container Waiting with the kubelet’s reason, and its logs answer that it is waiting to start', async () => {
		const pod = await deployed('kind-local', 'inspect-refused', (pods) =>
			pods.every((item) => item.status === 'ImagePullBackOff' || item.status === 'ErrImagePull'),
		);
		const described = await cluster('kind-local').describePod('inspect-refused', pod.name);
		expect(described?.phase).toBe('Pending');
		expect(described?.containers[0]?.state).toMatchObject({state: 'Waiting', reason: expect.stringMatching(/ErrImagePull|ImagePullBackOff/) as string});
		const refused = await failure(cluster('kind-local').containerLogs('inspect-refused', pod.name, {}));
		expect(refused.statusCode).toBe(400);
		expect(refused.message).toContain('is waiting to start: trying and failing to pull image');
	});

	test('a pod that is not there: describe and the YAML answer undefined', async () => {
		expect(await cluster('kind-local').describePod('default', 'no-such-pod')).toBeUndefined();
		expect(await cluster('kind-local').podYaml('default', 'no-such-pod')).toBeUndefined();
	});
});
