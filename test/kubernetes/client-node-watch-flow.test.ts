import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {KubeCluster, PodsSnapshot, Stop} from '../../source/kubernetes/kubernetes.js';
import {seedIds} from '../../source/sandbox/index.js';
import {sandboxAzure} from '../azure/sandbox-azure.js';
import {
	allPods,
	kubeconfigPointedAt,
	nginxDeployment,
	sharedRegistry,
	snapshotCollector,
	startForwarder,
	startKubeSandbox,
	type KubeSandbox,
} from './kube-sandbox.js';

let world: KubeSandbox;
const stops: Stop[] = [];
beforeAll(async () => {
	world = await startKubeSandbox();
});
afterAll(async () => {
	for (const stop of stops) stop();
	await world.close();
});

const cluster = (context: string): KubeCluster => world.kubernetes.cluster({kind: 'file', path: world.kubeconfigPath}, context);

async function watch(target: KubeCluster, namespace: string, selector: string) {
	const collector = snapshotCollector();
	const stop = await target.watchPods(namespace, selector, collector.onChange, collector.onError);
	stops.push(stop);
	return {...collector, stop};
}

async function grantAcrPull(principalId: string, principalType: string): Promise<void> {
	const azure = sandboxAzure(world.sandbox);
	const role = await azure.findRole(sharedRegistry.id, 'acrpull');
	if (!role) throw new Error('AcrPull not found');
	await azure.assignRole({scope: sharedRegistry.id, roleDefinitionId: role.id, principalId, principalType});
}

const image = `${sharedRegistry.loginServer}/nginx:v1`;

describe('watchPods against the sandbox', () => {
	test("without pull access the seed deployment's pods go to ImagePullBackOff with the kubelet message and events", async () => {
		const kind = cluster('kind-local');
		await kind.createNamespace('denied');
		expect(await kind.applyWorkload(nginxDeployment('denied'))).toEqual({created: true});
		const pods = await watch(kind, 'denied', 'app=nginx0');
		const backedOff = (snapshot: PodsSnapshot) =>
			snapshot.pods.every((pod) => snapshot.events.some((event) => event.pod === pod.name && event.reason === 'BackOff'));
		const snapshot = await pods.until((item) => allPods(2, 'ImagePullBackOff')(item) && backedOff(item), 'two pods in ImagePullBackOff with their events');
		for (const pod of snapshot.pods) {
			expect(pod).toMatchObject({ready: '0/1', restarts: 0, images: [image]});
			expect(pod.name).toMatch(/^nginx0-deployment-/);
			expect(pod.message).toMatch(
				new RegExp(`^Back-off pulling image "${image}": ErrImagePull: rpc error: .*failed to fetch anonymous token: .*401 Unauthorized$`),
			);
		}
		const first = snapshot.pods[0]?.name ?? '';
		const events = snapshot.events.filter((event) => event.pod === first);
		expect(events.map((event) => `${event.type} ${event.reason}`)).toEqual(
			expect.arrayContaining(['Normal Scheduled', 'Normal Pulling', 'Warning Failed', 'Normal BackOff']),
		);
		expect(events.find((event) => event.message.startsWith('Failed to pull image'))?.message).toContain('401 Unauthorized');
		expect(new Set(snapshot.events.map((event) => `${event.pod}/${event.reason}/${event.message}`)).size).toBe(snapshot.events.length);
		const times = snapshot.events.map((event) => event.lastSeen ?? '');
		expect(times).toEqual([...times].sort().reverse());
		expect(pods.errors).toEqual([]);
		pods.stop();
	});

	test('with AcrPull for the AKS kubelet identity the seed deployment runs, is re-applied, restarted and deleted', async () => {
		const aks = cluster('aks-sandbox');
		const managed = [...world.sandbox.state.managedClusters.values()].find((item) => item.name === seedIds.aksCluster);
		await grantAcrPull(managed?.kubelet?.objectId ?? '', 'ServicePrincipal');
		await aks.createNamespace('attached');
		expect(await aks.applyWorkload(nginxDeployment('attached'))).toEqual({created: true});
		const pods = await watch(aks, 'attached', 'app=nginx0');
		const started = (snapshot: PodsSnapshot) => snapshot.events.filter((event) => event.reason === 'Started').length === 2;
		const running = await pods.until((snapshot) => allPods(2, 'Running')(snapshot) && started(snapshot), 'two Running pods with their events');
		expect(running.pods.map((pod) => pod.ready)).toEqual(['1/1', '1/1']);
		expect(running.events.filter((event) => event.reason === 'Pulled')).toHaveLength(2);
		expect(running.events.every((event) => event.type === 'Normal')).toBe(true);

		expect(await aks.applyWorkload(nginxDeployment('attached'))).toEqual({created: false});
		const before = running.pods.map((pod) => pod.name);
		await aks.restartPods('attached', 'app=nginx0');
		const restarted = await pods.until(
			(snapshot) => allPods(2, 'Running')(snapshot) && snapshot.pods.every((pod) => !before.includes(pod.name)),
			'two new Running pods',
		);
		expect(restarted.events.every((event) => !before.includes(event.pod))).toBe(true);

		await aks.deleteWorkload('Deployment', 'attached', 'nginx0-deployment');
		await aks.deleteWorkload('Deployment', 'attached', 'nginx0-deployment');
		await pods.until((snapshot) => snapshot.pods.length === 0, 'the pods to go');
		expect(pods.errors).toEqual([]);
		pods.stop();
	});

	test("a pod with a service principal's pull secret (the pull-secret seed) runs on a cluster without identity", async () => {
		const azure = sandboxAzure(world.sandbox);
		const {principal, password} = await azure.createServicePrincipal('acr-wizard-flow-sp');
		await grantAcrPull(principal.objectId, 'ServicePrincipal');
		const arc = cluster('arc-edge-cluster');
		await arc.createNamespace('awesomeapps');
		await arc.applyDockerRegistrySecret({
			namespace: 'awesomeapps',
			name: 'acr-secret',
			server: sharedRegistry.loginServer,
			username: principal.appId,
			password: password.value,
		});
		const pod = {
			kind: 'Pod',
			namespace: 'awesomeapps',
			name: 'my-awesome-app-pod',
			labels: {app: 'my-awesome-app'},
			image,
			containerName: 'main-app-container',
			imagePullPolicy: 'IfNotPresent',
			imagePullSecrets: ['acr-secret'],
		} as const;
		expect(await arc.applyWorkload(pod)).toEqual({created: true});
		const pods = await watch(arc, 'awesomeapps', 'app=my-awesome-app');
		const running = await pods.until(allPods(1, 'Running'), 'the pod Running');
		expect(running.pods[0]).toMatchObject({name: 'my-awesome-app-pod', ready: '1/1', restarts: 0});
		expect(await arc.applyWorkload(pod)).toEqual({created: false});
		// The pod is replaced under the same name; the watch sends at most one picture per 16 ms, so the moment
		// with no pod may never be sent: the replacement shows as the new pod's own warning about other-secret.
		expect(await arc.applyWorkload({...pod, imagePullSecrets: ['acr-secret', 'other-secret']})).toEqual({created: false});
		// Pods and events come on two watches: wait for both pictures.
		const warned = (snapshot: PodsSnapshot) =>
			snapshot.events.some((event) => event.reason === 'FailedToRetrieveImagePullSecret' && event.message.includes('other-secret'));
		await pods.until((snapshot) => allPods(1, 'Running')(snapshot) && warned(snapshot), 'the replaced pod Running, with a warning about the missing secret');
		expect(JSON.stringify(pods.snapshots)).not.toContain(password.value);
		await arc.deleteWorkload('Pod', 'awesomeapps', 'my-awesome-app-pod');
		await arc.deleteWorkload('Pod', 'awesomeapps', 'my-awesome-app-pod');
		pods.stop();
	});

	test('stop() ends the watch: changes after it reach a second watch but not the stopped one', async () => {
		const kind = cluster('kind-local');
		await kind.createNamespace('stopping');
		await kind.applyWorkload(nginxDeployment('stopping'));
		const first = await watch(kind, 'stopping', 'app=nginx0');
		const initial = await first.until((snapshot) => snapshot.pods.length === 2, 'two pods');
		first.stop();
		const seen = first.snapshots.length;
		const second = await watch(kind, 'stopping', 'app=nginx0');
		const names = initial.pods.map((pod) => pod.name);
		await kind.restartPods('stopping', 'app=nginx0');
		await second.until((snapshot) => snapshot.pods.length === 2 && snapshot.pods.every((pod) => !names.includes(pod.name)), 'the replacement pods');
		expect(first.snapshots).toHaveLength(seen);
		second.stop();
	});

	test('dropped connections are reconnected and the watch goes on reporting', async () => {
		const url = world.sandbox.clusters.find((item) => item.contextName === 'kind-local')?.url ?? '';
		const forwarder = await startForwarder(url);
		const flaky = world.kubernetes.cluster({kind: 'inline', yaml: kubeconfigPointedAt(world.sandbox.kubeconfigYaml, forwarder.url)}, 'kind-local');
		await flaky.createNamespace('flaky');
		const pods = await watch(flaky, 'flaky', 'app=nginx0');
		await pods.until((snapshot) => snapshot.pods.length === 0, 'an empty first picture');
		const before = forwarder.connections();
		forwarder.dropAll();
		await cluster('kind-local').applyWorkload(nginxDeployment('flaky'));
		await pods.until((snapshot) => snapshot.pods.length === 2, 'the pods created after the drop');
		expect(forwarder.connections()).toBeGreaterThan(before);
		expect(pods.errors).toEqual([]);
		pods.stop();
		await forwarder.close();
	});

	test('a watch in a namespace that does not exist is simply empty, and a bad context rejects', async () => {
		const empty = await watch(cluster('kind-local'), 'nothing-here', 'app=nginx0');
		expect(await empty.until(() => true, 'a first snapshot')).toEqual({pods: [], events: []});
		empty.stop();
		await expect(
			cluster('no-such-context').watchPods(
				'default',
				'',
				() => undefined,
				() => undefined,
			),
		).rejects.toMatchObject({reason: 'ContextNotFound'});
	});
});
