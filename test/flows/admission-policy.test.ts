/**
 * Admission policies: an AKS cluster with Azure Policy for AKS, whose Gatekeeper webhook enforces two
 * built-in policies (containers need CPU and memory limits, and must not run as root). The seeds'
 * nginx breaks both, so the Deployment creates no pod. The wizard must read the ReplicaSet's
 * FailedCreate and say which constraint refused what, instead of "the cluster refused this for your user"
 * or a watch that waits for ever.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {apiServerOf} from '../../source/sandbox/control/types.js';
import {seedIds} from '../../source/sandbox/index.js';
import {deploySample} from '../../source/steps/attach/sample-deployment.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';
import {kubeRequest} from '../helpers/kube-raw.js';

const aksId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
const sharedRegistryId = `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${seedIds.sharedRegistry}`;
const limits = 'azurepolicy-k8sazurev3containerlimits-6f1c2a';
const nonRoot = 'azurepolicy-k8sazurev3allowedusersgroups-9b3e7d';

describe('deploying the sample on a cluster whose Azure Policy (Gatekeeper) constraints refuse it, over the sandbox', () => {
	let flow: AttachFlow;
	beforeAll(async () => {
		flow = await startAttachFlow('owner');
		apiServerOf(flow.sandbox.state.control, seedIds.aksCluster).admissionPolicies = [
			{name: limits, rule: 'container-limits'},
			{name: nonRoot, rule: 'run-as-non-root'},
		];
	});
	afterAll(async () => flow.close());

	test("the API server refuses a pod that breaks the constraints with Gatekeeper's words, and admits one that meets them", async () => {
		const pod = (name: string, container: Record<string, unknown>) => ({apiVersion: 'v1', kind: 'Pod', metadata: {name}, spec: {containers: [container]}});
		const refused = await kubeRequest(flow.sandbox, 'aks', 'POST', '/api/v1/namespaces/default/pods', pod('plain', {name: 'nginx', image: 'nginx'}));
		expect(refused).toMatchObject({
			status: 403,
			json: {
				reason: 'Forbidden',
				message: [
					`admission webhook "validation.gatekeeper.sh" denied the request: [${limits}] container <nginx> has no resource limits`,
					`[${nonRoot}] Container nginx is attempting to run without a required securityContext/runAsNonRoot or securityContext/runAsUser != 0`,
				].join('\n'),
			},
		});
		const compliant = pod('compliant', {
			name: 'nginx',
			image: 'nginx',
			securityContext: {runAsNonRoot: true, runAsUser: 101},
			resources: {limits: {cpu: '250m', memory: '256Mi'}},
		});
		await expect(kubeRequest(flow.sandbox, 'aks', 'POST', '/api/v1/namespaces/default/pods', compliant)).resolves.toMatchObject({status: 201});
	});

	test("the wizard names Azure Policy's constraints and what each wants, from the ReplicaSet's FailedCreate, instead of waiting for pods that never come", async () => {
		const registry = await flow.azure.getRegistry(sharedRegistryId);
		const cluster = await flow.azure.getManagedCluster(aksId);
		const seen: {title?: string; explanation?: string; fix?: string; code?: string} = {};
		const context = flow.context({
			'Apply this deployment?': 'apply',
			'The cluster refuses to create the pods. What next?': () => {
				Object.assign(seen, context.store.getState().diagnosis);
				return 'leave';
			},
		});
		await expect(deploySample(context, cluster, registry)).resolves.toBe('left');
		expect(seen).toMatchObject({code: 'FailedCreate', title: 'An admission policy refuses the pods'});
		expect(seen.explanation).toContain('Azure Policy for AKS (Gatekeeper) refuses the pod in the namespace default');
		expect(seen.explanation).toContain(`constraint ${limits}: container <nginx> has no resource limits`);
		expect(seen.explanation).toContain(`constraint ${nonRoot}: Container nginx is attempting to run without a required securityContext/runAsNonRoot`);
		expect(seen.explanation).not.toMatch(/for your user/);
		expect(seen.fix).toContain('kubectl get constraints');
		expect(context.store.getState().pods).toEqual([]);
	});
});
