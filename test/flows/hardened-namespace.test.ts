/**
 * Hardened namespaces: a ResourceQuota that constrains cpu and memory refuses the seed's sample (it
 * sets no requests or limits), so its Deployment creates no pod at all. The wizard must see the
 * ReplicaSet's FailedCreate and say which policy refused which field, instead of watching for ever.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/index.js';
import {deploySample} from '../../source/steps/attach/sample-deployment.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';
import {kubeRequest} from '../helpers/kube-raw.js';

const aksId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
const sharedRegistryId = `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${seedIds.sharedRegistry}`;

const kube = async (flow: AttachFlow, method: string, path: string, body?: unknown) => kubeRequest(flow.sandbox, 'aks', method, path, body);

describe('deploying the sample into a namespace with a compute ResourceQuota, over the sandbox', () => {
	let flow: AttachFlow;
	beforeAll(async () => {
		flow = await startAttachFlow('owner');
		const quota = {
			apiVersion: 'v1',
			kind: 'ResourceQuota',
			metadata: {name: 'compute-resources'},
			spec: {hard: {'requests.cpu': '1', 'requests.memory': '1Gi', 'limits.cpu': '2', 'limits.memory': '2Gi'}},
		};
		const created = await kube(flow, 'POST', '/api/v1/namespaces/default/resourcequotas', quota);
		expect(created.status).toBe(201);
	});
	afterAll(async () => flow.close());

	test("the API server refuses a pod without requests and limits with the quota plugin's words", async () => {
		const pod = {apiVersion: 'v1', kind: 'Pod', metadata: {name: 'no-limits'}, spec: {containers: [{name: 'nginx', image: 'nginx'}]}};
		const refused = await kube(flow, 'POST', '/api/v1/namespaces/default/pods', pod);
		expect(refused).toMatchObject({
			status: 403,
			json: {
				reason: 'Forbidden',
				message:
					'pods "no-limits" is forbidden: failed quota: compute-resources: must specify limits.cpu for: nginx; limits.memory for: nginx; requests.cpu for: nginx; requests.memory for: nginx',
			},
		});
	});

	test("the wizard says the quota refused the pods (which fields), from the ReplicaSet's FailedCreate, instead of waiting for pods that never come", async () => {
		const registry = await flow.azure.getRegistry(sharedRegistryId);
		const cluster = await flow.azure.getManagedCluster(aksId);
		const seen: {title?: string; explanation?: string; code?: string} = {};
		const context = flow.context({
			'Apply this deployment?': 'apply',
			'The cluster refuses to create the pods. What next?': () => {
				Object.assign(seen, context.store.getState().diagnosis);
				return 'leave';
			},
		});
		await expect(deploySample(context, cluster, registry)).resolves.toBe('left');
		expect(seen.code).toBe('FailedCreate');
		expect(seen.explanation).toMatch(/ResourceQuota compute-resources/);
		expect(seen.explanation).toMatch(/requests\.cpu/);
		expect(context.store.getState().pods).toEqual([]);
	});
});
