/** The world `acr-wizard doctor --demo` opens: a deployment on kind-local that cannot pull, because its pull secret is of the wrong type. */
import {request} from 'node:https';
import type {Sandbox} from '../index.js';
import {pullSecretOpaque} from './pull-kubelet.js';
import {kubeRequest} from './pull-helpers.js';
import type {Scenario} from './types.js';

/** The broken deployment the demo diagnoses. */
export const doctorDemoIds = {cluster: 'kind-local', namespace: 'default', deployment: 'nginx0-deployment', label: 'nginx0'} as const;

/** The pods of the demo deployment as the API lists them (status only). */
async function podStatuses(sandbox: Sandbox): Promise<string[]> {
	const target = sandbox.clusters.find((c) => c.spec.name === doctorDemoIds.cluster);
	if (!target) return [];
	const path = `/api/v1/namespaces/${doctorDemoIds.namespace}/pods?labelSelector=app%3D${doctorDemoIds.label}`;
	const text = await new Promise<string>((resolve, reject) => {
		const req = request(new URL(path, target.url), {ca: sandbox.caPem, headers: {authorization: `Bearer ${target.token}`}}, (res) => {
			let body = '';
			res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
			res.on('end', () => resolve(body));
		});
		req.on('error', reject);
		req.end();
	});
	type Listed = {items?: Array<{status?: {containerStatuses?: Array<{state?: {waiting?: {reason?: string}}}>}}>};
	return ((JSON.parse(text) as Listed).items ?? []).map((pod) => pod.status?.containerStatuses?.[0]?.state?.waiting?.reason ?? '');
}

export const doctorDemo: Scenario = {
	name: 'doctor-demo',
	description: `kind-local runs ${doctorDemoIds.deployment} from the shared registry with the pull secret acr-secret, which is of type Opaque: its pods fail to pull (401), for doctor to diagnose.`,
	apply(world) {
		pullSecretOpaque.apply(world);
	},
	async started(sandbox) {
		await pullSecretOpaque.started?.(sandbox);
		const image = `${[...sandbox.state.registries.values()].find((r) => r.adminUserEnabled)?.name ?? 'contososharedacr'}.${sandbox.cloud.acrSuffix}/nginx:v1`;
		const deployment = {
			apiVersion: 'apps/v1',
			kind: 'Deployment',
			metadata: {name: doctorDemoIds.deployment, namespace: doctorDemoIds.namespace, labels: {app: doctorDemoIds.deployment}},
			spec: {
				replicas: 1,
				selector: {matchLabels: {app: doctorDemoIds.label}},
				template: {metadata: {labels: {app: doctorDemoIds.label}}, spec: {containers: [{name: 'nginx', image, ports: [{containerPort: 80}]}]}},
			},
		};
		await kubeRequest(
			sandbox,
			doctorDemoIds.cluster,
			'POST',
			`/apis/apps/v1/namespaces/${doctorDemoIds.namespace}/deployments`,
			deployment,
			'application/json',
		);
		// Doctor is opened on a pod that has already failed, as a user meets it: wait (bounded) for the kubelet's first refusal.
		for (let attempt = 0; attempt < 200; attempt++) {
			const statuses = await podStatuses(sandbox);
			if (statuses.some((reason) => reason === 'ErrImagePull' || reason === 'ImagePullBackOff')) return;
			await new Promise((resolve) => setTimeout(resolve, 25));
		}
	},
};
