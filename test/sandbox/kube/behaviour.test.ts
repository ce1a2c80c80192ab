import {AppsV1Api, CoreV1Api, PatchStrategy, setHeaderOptions, type V1Pod} from '@kubernetes/client-node';
import {afterEach, describe, expect, test} from 'vitest';
import {fakeAuthority, stalledBackOffClock, startTestCluster, waitFor, type TestCluster} from './helpers.js';

const image = 'myregistry.azurecr.io/nginx:v1';
const waitingReason = (pod: V1Pod) => pod.status?.containerStatuses?.[0]?.state?.waiting?.reason;

describe('the emulated cluster API beyond the basics', () => {
	let cluster: TestCluster | undefined;
	afterEach(async () => {
		await cluster?.close();
		cluster = undefined;
	});

	test('a pod in back-off is retried as soon as access changes, without waiting for the back-off to end', async () => {
		const authority = fakeAuthority(false);
		cluster = await startTestCluster(authority, stalledBackOffClock);
		const core = cluster.kubeConfig.makeApiClient(CoreV1Api);
		await core.createNamespacedPod({namespace: 'default', body: {metadata: {name: 'web'}, spec: {containers: [{name: 'web', image}]}}});
		await waitFor(
			async () => (waitingReason(await core.readNamespacedPod({namespace: 'default', name: 'web'})) === 'ImagePullBackOff' ? true : undefined),
			'ImagePullBackOff',
		);
		const attempts = authority.requests.length;
		authority.allow(true);
		const pod = await waitFor(async () => {
			const read = await core.readNamespacedPod({namespace: 'default', name: 'web'});
			return read.status?.phase === 'Running' ? read : undefined;
		}, 'Running after the access change');
		expect(authority.requests.length).toBe(attempts + 1);
		expect(pod.status?.containerStatuses?.[0]?.state?.running).toBeDefined();
	});

	test('lists page with limit and continue, and filter by label and field selectors', async () => {
		cluster = await startTestCluster(fakeAuthority(true));
		const core = cluster.kubeConfig.makeApiClient(CoreV1Api);
		for (const name of ['a', 'b', 'c'])
			await core.createNamespacedConfigMap({namespace: 'default', body: {metadata: {name, labels: {tier: name === 'c' ? 'back' : 'front'}}, data: {k: name}}});
		const first = await core.listNamespacedConfigMap({namespace: 'default', limit: 2});
		expect(first.items.map((item) => item.metadata?.name)).toEqual(['a', 'b']);
		const second = await core.listNamespacedConfigMap({namespace: 'default', limit: 2, _continue: first.metadata?._continue});
		expect(second.items.map((item) => item.metadata?.name)).toEqual(['c']);
		expect(second.metadata?._continue).toBeUndefined();
		expect((await core.listNamespacedConfigMap({namespace: 'default', labelSelector: 'tier in (front),tier!=back'})).items).toHaveLength(2);
		expect((await core.listNamespacedConfigMap({namespace: 'default', fieldSelector: 'metadata.name=c'})).items).toHaveLength(1);
	});

	test('json patch, merge patch, strategic merge patch and an unconditional replace each update a deployment, bumping generation on spec changes', async () => {
		cluster = await startTestCluster(fakeAuthority(true));
		const apps = cluster.kubeConfig.makeApiClient(AppsV1Api);
		const labels = {app: 'web'};
		await apps.createNamespacedDeployment({
			namespace: 'default',
			body: {
				metadata: {name: 'web'},
				spec: {
					replicas: 1,
					selector: {matchLabels: labels},
					template: {
						metadata: {labels},
						spec: {
							containers: [
								{name: 'web', image},
								{name: 'sidecar', image},
							],
						},
					},
				},
			},
		});
		await apps.patchNamespacedDeployment(
			{namespace: 'default', name: 'web', body: [{op: 'replace', path: '/spec/replicas', value: 2}]},
			setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
		);
		await apps.patchNamespacedDeployment(
			{namespace: 'default', name: 'web', body: {metadata: {labels: {team: 'a'}}}},
			setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
		);
		const patched = await apps.patchNamespacedDeployment(
			{namespace: 'default', name: 'web', body: {spec: {template: {spec: {containers: [{name: 'web', image: `${image}-2`}]}}}}},
			setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
		);
		expect(patched.spec?.replicas).toBe(2);
		expect(patched.metadata?.labels).toEqual({team: 'a'});
		expect(patched.spec?.template.spec?.containers.map((container) => `${container.name}=${container.image}`)).toEqual([`web=${image}-2`, `sidecar=${image}`]);
		expect(patched.metadata?.generation).toBe(3);
		// No resourceVersion: an unconditional update, since the controller keeps writing status meanwhile.
		const body = {
			...patched,
			metadata: {...patched.metadata, resourceVersion: undefined},
			spec: {...patched.spec, replicas: 1, selector: {matchLabels: labels}, template: patched.spec?.template ?? {}},
		};
		const replaced = await apps.replaceNamespacedDeployment({namespace: 'default', name: 'web', body});
		expect(replaced.spec?.replicas).toBe(1);
		await waitFor(
			async () => ((await apps.readNamespacedDeployment({namespace: 'default', name: 'web'})).status?.readyReplicas === 1 ? true : undefined),
			'one ready replica',
		);
	});
});
