import {request as httpsRequest} from 'node:https';
import {
	ApiException,
	AppsV1Api,
	CoreV1Api,
	PatchStrategy,
	setHeaderOptions,
	Watch,
	type CoreV1Event,
	type V1Deployment,
	type V1Pod,
} from '@kubernetes/client-node';
import {afterEach, describe, expect, test} from 'vitest';
import {fakeAuthority, stalledBackOffClock, startTestCluster, unauthorizedMessage, waitFor, type TestCluster} from './helpers.js';

const image = 'myregistry.azurecr.io/nginx:v1';
const dockerConfig = Buffer.from(
	JSON.stringify({auths: {'myregistry.azurecr.io': {username: 'u', password: 'p', auth: Buffer.from('u:p').toString('base64')}}}),
).toString('base64');

function deployment(name: string, replicas: number): V1Deployment {
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: {name, labels: {app: name}},
		spec: {
			replicas,
			selector: {matchLabels: {app: name}},
			template: {metadata: {labels: {app: name}}, spec: {containers: [{name: 'nginx', image, ports: [{containerPort: 80}]}]}},
		},
	};
}

async function statusOf(promise: Promise<unknown>): Promise<{code: number; body: Record<string, unknown>}> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof ApiException) return {code: error.code, body: JSON.parse(String(error.body)) as Record<string, unknown>};
		throw error;
	}
	throw new Error('expected the call to fail');
}

const isRunning = (pod: V1Pod) => pod.status?.phase === 'Running' && pod.status.containerStatuses?.every((status) => status.ready) === true;

describe('the emulated cluster API with @kubernetes/client-node', () => {
	let cluster: TestCluster | undefined;
	afterEach(async () => {
		await cluster?.close();
		cluster = undefined;
	});

	test('a deployment in a new namespace whose service account carries the pull secret gets its pods Running with the kubelet events', async () => {
		const authority = fakeAuthority(true);
		cluster = await startTestCluster(authority);
		const core = cluster.kubeConfig.makeApiClient(CoreV1Api);
		const apps = cluster.kubeConfig.makeApiClient(AppsV1Api);
		await core.createNamespace({body: {metadata: {name: 'demo'}}});
		await core.createNamespacedSecret({
			namespace: 'demo',
			body: {metadata: {name: 'acr-secret'}, type: 'kubernetes.io/dockerconfigjson', data: {'.dockerconfigjson': dockerConfig}},
		});
		const account = await waitFor(
			async () => (await core.listNamespacedServiceAccount({namespace: 'demo'})).items.find((item) => item.metadata?.name === 'default'),
			'the default service account',
		);
		expect(account.metadata?.namespace).toBe('demo');
		await core.patchNamespacedServiceAccount(
			{namespace: 'demo', name: 'default', body: {imagePullSecrets: [{name: 'acr-secret'}]}},
			setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
		);
		await apps.createNamespacedDeployment({namespace: 'demo', body: deployment('nginx0-deployment', 2)});

		const pods = await waitFor(async () => {
			const list = await core.listNamespacedPod({namespace: 'demo', labelSelector: 'app=nginx0-deployment'});
			return list.items.length === 2 && list.items.every(isRunning) ? list.items : undefined;
		}, 'two running pods');
		for (const pod of pods) expect(pod.spec?.imagePullSecrets).toEqual([{name: 'acr-secret'}]);
		for (const pod of pods) expect(pod.metadata?.name).toMatch(/^nginx0-deployment-[bcdfghjklmnpqrstvwxz2456789]{6,10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
		expect(authority.requests[0]).toMatchObject({
			image,
			kubeletObjectId: 'kubelet-oid',
			credentials: [{server: 'myregistry.azurecr.io', username: 'u', password: 'p', source: 'demo/acr-secret'}],
		});

		const name = pods[0]?.metadata?.name ?? '';
		const events = await waitFor(async () => {
			const list = await core.listNamespacedEvent({namespace: 'demo', fieldSelector: `involvedObject.name=${name}`});
			return list.items.length >= 5 ? list.items : undefined;
		}, 'the pod events');
		expect(events.map((event) => event.reason)).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
		expect(events[0]?.message).toMatch(new RegExp(`^Successfully assigned demo/${name} to aks-nodepool1-12345678-vmss00000[01]$`));
		expect(events[2]?.message).toBe(`Successfully pulled image "${image}" in 1.2s (1.2s including waiting). Image size: 72312345 bytes.`);

		const ready = await waitFor(async () => {
			const read = await apps.readNamespacedDeployment({namespace: 'demo', name: 'nginx0-deployment'});
			return read.status?.readyReplicas === 2 ? read : undefined;
		}, 'the deployment to be ready');
		expect(ready.status?.availableReplicas).toBe(2);

		await apps.deleteNamespacedDeployment({namespace: 'demo', name: 'nginx0-deployment'});
		await waitFor(async () => ((await core.listNamespacedPod({namespace: 'demo'})).items.length === 0 ? true : undefined), 'the pods to go');
	});

	test('a refused pull goes ErrImagePull then ImagePullBackOff with the kubelet texts, and recovers when access changes', async () => {
		const authority = fakeAuthority(false);
		// Back-off waits never end on this clock, so the event counts below cannot race a retry.
		cluster = await startTestCluster(authority, stalledBackOffClock);
		const core = cluster.kubeConfig.makeApiClient(CoreV1Api);
		await core.createNamespacedPod({
			namespace: 'default',
			body: {metadata: {name: 'hello-world'}, spec: {containers: [{name: 'hello-world', image}], imagePullSecrets: [{name: 'missing-secret'}]}},
		});

		const waiting = await waitFor(async () => {
			const pod = await core.readNamespacedPod({namespace: 'default', name: 'hello-world'});
			return pod.status?.containerStatuses?.[0]?.state?.waiting?.reason === 'ImagePullBackOff' ? pod : undefined;
		}, 'ImagePullBackOff');
		expect(waiting.status?.phase).toBe('Pending');
		expect(waiting.status?.containerStatuses?.[0]?.state?.waiting?.message).toBe(
			`Back-off pulling image "${image}": ErrImagePull: ${unauthorizedMessage(image)}`,
		);
		expect(waiting.status?.conditions?.find((condition) => condition.type === 'Ready')).toMatchObject({
			status: 'False',
			reason: 'ContainersNotReady',
			message: 'containers with unready status: [hello-world]',
		});

		const events: CoreV1Event[] = (await core.listNamespacedEvent({namespace: 'default', fieldSelector: 'involvedObject.name=hello-world'})).items;
		const texts = events.map((event) => `${event.type} ${event.reason} ${event.message}`);
		expect(texts).toEqual(
			expect.arrayContaining([
				'Warning FailedToRetrieveImagePullSecret Unable to retrieve some image pull secrets (missing-secret); attempting to pull the image may not succeed.',
				`Normal Pulling Pulling image "${image}"`,
				`Warning Failed Failed to pull image "${image}": ${unauthorizedMessage(image)}`,
				'Warning Failed Error: ErrImagePull',
				`Normal BackOff Back-off pulling image "${image}"`,
				'Warning Failed Error: ImagePullBackOff',
			]),
		);
		const failed = events.find((event) => event.message === 'Error: ErrImagePull');
		expect(failed).toMatchObject({
			involvedObject: {kind: 'Pod', name: 'hello-world', fieldPath: 'spec.containers{hello-world}'},
			source: {component: 'kubelet'},
			count: 1,
		});

		authority.allow(true);
		const recovered = await waitFor(async () => {
			const pod = await core.readNamespacedPod({namespace: 'default', name: 'hello-world'});
			return isRunning(pod) ? pod : undefined;
		}, 'the pod to recover');
		expect(recovered.status?.conditions?.find((condition) => condition.type === 'Ready')?.status).toBe('True');
		const pulling = (await core.listNamespacedEvent({namespace: 'default', fieldSelector: 'involvedObject.name=hello-world,reason=Pulling'})).items;
		expect(pulling[0]?.count).toBe(2);
	});

	test('a watch on pods receives ADDED then MODIFIED events as one JSON object per line', async () => {
		cluster = await startTestCluster(fakeAuthority(true));
		const core = cluster.kubeConfig.makeApiClient(CoreV1Api);
		const list = await core.listNamespacedPod({namespace: 'default'});
		const seen: Array<{type: string; phase: string}> = [];
		const watch = new Watch(cluster.kubeConfig);
		const controller = await watch.watch(
			'/api/v1/namespaces/default/pods',
			{resourceVersion: list.metadata?.resourceVersion, allowWatchBookmarks: true},
			(type: string, object: V1Pod) => seen.push({type, phase: object.status?.phase ?? ''}),
			() => undefined,
		);
		await core.createNamespacedPod({namespace: 'default', body: {metadata: {name: 'web'}, spec: {containers: [{name: 'web', image}]}}});
		await waitFor(() => (seen.some((event) => event.type === 'MODIFIED' && event.phase === 'Running') ? true : undefined), 'a MODIFIED Running event');
		controller.abort();
		expect(seen[0]).toEqual({type: 'ADDED', phase: 'Pending'});
	});

	test('a watch that allows bookmarks gets a BOOKMARK carrying the current resourceVersion while nothing changes', async () => {
		cluster = await startTestCluster(fakeAuthority(true));
		const bookmarks: string[] = [];
		const controller = await new Watch(cluster.kubeConfig).watch(
			'/api/v1/namespaces/default/pods',
			{allowWatchBookmarks: true},
			(type: string, object: V1Pod) => {
				if (type === 'BOOKMARK') bookmarks.push(object.metadata?.resourceVersion ?? '');
			},
			() => undefined,
		);
		await waitFor(() => (bookmarks.length > 0 ? true : undefined), 'a bookmark');
		controller.abort();
		expect(Number(bookmarks[0])).toBeGreaterThan(0);
	});

	test('errors come back as the apiserver Status bodies: 404 NotFound, 409 AlreadyExists, 422 Invalid', async () => {
		cluster = await startTestCluster(fakeAuthority(true));
		const core = cluster.kubeConfig.makeApiClient(CoreV1Api);
		expect(await statusOf(core.readNamespacedPod({namespace: 'default', name: 'grafana'}))).toEqual({
			code: 404,
			body: {
				kind: 'Status',
				apiVersion: 'v1',
				metadata: {},
				status: 'Failure',
				message: 'pods "grafana" not found',
				reason: 'NotFound',
				details: {name: 'grafana', kind: 'pods'},
				code: 404,
			},
		});
		const secret = {metadata: {name: 'acr-pull-secret'}, type: 'kubernetes.io/dockerconfigjson', data: {'.dockerconfigjson': dockerConfig}};
		await core.createNamespacedSecret({namespace: 'default', body: secret});
		expect(await statusOf(core.createNamespacedSecret({namespace: 'default', body: secret}))).toEqual({
			code: 409,
			body: {
				kind: 'Status',
				apiVersion: 'v1',
				metadata: {},
				status: 'Failure',
				message: 'secrets "acr-pull-secret" already exists',
				reason: 'AlreadyExists',
				details: {name: 'acr-pull-secret', kind: 'secrets'},
				code: 409,
			},
		});
		const broken = await statusOf(
			core.createNamespacedSecret({
				namespace: 'default',
				body: {metadata: {name: 'broken'}, type: 'kubernetes.io/dockerconfigjson', data: {'.dockerconfigjson': Buffer.from('not json').toString('base64')}},
			}),
		);
		expect(broken.code).toBe(422);
		expect(broken.body.message).toBe(
			'Secret "broken" is invalid: data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": invalid character \'n\' looking for beginning of value',
		);
		const missing = await statusOf(
			core.createNamespacedSecret({namespace: 'default', body: {metadata: {name: 'empty'}, type: 'kubernetes.io/dockerconfigjson', data: {}}}),
		);
		expect(missing.body.message).toBe('Secret "empty" is invalid: data[.dockerconfigjson]: Required value');
	});

	test('a service clusterIP outside the service CIDR gets the exact 422, a used one "already allocated", a free one is kept', async () => {
		cluster = await startTestCluster(fakeAuthority(true));
		const core = cluster.kubeConfig.makeApiClient(CoreV1Api);
		const service = (name: string, clusterIP?: string) => ({metadata: {name}, spec: {...(clusterIP ? {clusterIP} : {}), ports: [{port: 80}]}});
		const outside = await statusOf(core.createNamespacedService({namespace: 'default', body: service('connected-registry', '192.100.100.1')}));
		expect(outside).toEqual({
			code: 422,
			body: {
				kind: 'Status',
				apiVersion: 'v1',
				metadata: {},
				status: 'Failure',
				message:
					'Service "connected-registry" is invalid: spec.clusterIPs: Invalid value: []string{"192.100.100.1"}: failed to allocate IP 192.100.100.1: the provided IP (192.100.100.1) is not in the valid range. The range of valid IPs is 10.0.0.0/16',
				reason: 'Invalid',
				details: {
					name: 'connected-registry',
					kind: 'Service',
					causes: [
						{
							reason: 'FieldValueInvalid',
							message:
								'Invalid value: []string{"192.100.100.1"}: failed to allocate IP 192.100.100.1: the provided IP (192.100.100.1) is not in the valid range. The range of valid IPs is 10.0.0.0/16',
							field: 'spec.clusterIPs',
						},
					],
				},
				code: 422,
			},
		});
		const created = await core.createNamespacedService({namespace: 'default', body: service('connected-registry', '10.0.0.50')});
		expect(created.spec?.clusterIPs).toEqual(['10.0.0.50']);
		const taken = await statusOf(core.createNamespacedService({namespace: 'default', body: service('other', '10.0.0.50')}));
		expect(taken.body.message).toBe(
			'Service "other" is invalid: spec.clusterIPs: Invalid value: []string{"10.0.0.50"}: failed to allocate IP 10.0.0.50: provided IP is already allocated',
		);
		const allocated = await core.createNamespacedService({namespace: 'default', body: service('auto')});
		expect(allocated.spec?.clusterIP).toMatch(/^10\.0\.\d+\.\d+$/);
	});

	test('a request without the right bearer token gets 401 Unauthorized', async () => {
		cluster = await startTestCluster(fakeAuthority(true));
		const {api, ca} = cluster;
		const answer = await new Promise<{code: number; body: string}>((resolve, reject) => {
			const request = httpsRequest(`${api.url}/api/v1/namespaces`, {ca, headers: {authorization: 'Bearer wrong'}}, (response) => {
				let body = '';
				response.on('data', (chunk: Buffer) => (body += chunk.toString()));
				response.on('end', () => resolve({code: response.statusCode ?? 0, body}));
			});
			request.on('error', reject);
			request.end();
		});
		expect(answer.code).toBe(401);
		expect(JSON.parse(answer.body)).toEqual({
			kind: 'Status',
			apiVersion: 'v1',
			metadata: {},
			status: 'Failure',
			message: 'Unauthorized',
			reason: 'Unauthorized',
			code: 401,
		});
	});
});
