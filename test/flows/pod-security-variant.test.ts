/**
 * A namespace that enforces Pod Security "restricted" refuses the seeds' nginx (root, no securityContext).
 * Before deploying, the wizard reads the namespace's enforce label, says so, and offers a variant that
 * meets it (nginx-unprivileged on 8080, restricted securityContext, requests and limits).
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/index.js';
import {attachSteps} from '../../source/steps/attach/index.js';
import {runSteps} from '../../source/wizard/engine.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';
import {kubeRequest} from '../helpers/kube-raw.js';

const aksId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
const sharedRegistryId = `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${seedIds.sharedRegistry}`;
const variantQuestion =
	'The namespace default enforces Pod Security "restricted", which refuses the docs\' sample nginx (it runs as root). Deploy which sample?';

describe('deploying the sample into a namespace that enforces Pod Security restricted, over the sandbox', () => {
	let flow: AttachFlow;
	beforeAll(async () => {
		flow = await startAttachFlow('owner');
		const labelled = await kubeRequest(
			flow.sandbox,
			'aks',
			'PATCH',
			'/api/v1/namespaces/default',
			{metadata: {labels: {'pod-security.kubernetes.io/enforce': 'restricted'}}},
			'application/merge-patch+json',
		);
		expect(labelled.status).toBe(200);
	});
	afterAll(async () => flow.close());

	test('the wizard reads the enforce level first and deploys the compliant variant, which runs 2/2', async () => {
		const registry = await flow.azure.getRegistry(sharedRegistryId);
		const context = flow.context({
			'Which AKS cluster should pull from the registry?': aksId,
			[variantQuestion]: 'variant',
			'Apply this change?': ['apply', 'apply'],
			'Apply this deployment?': 'apply',
		});
		context.store.getState().actions.chooseRegistry(registry);
		await expect(runSteps(attachSteps, context)).resolves.toBe('done');
		const pods = context.store.getState().pods.filter((pod) => pod.status === 'Running' && pod.ready === '1/1');
		expect(pods).toHaveLength(2);
		expect(pods.every((pod) => pod.images.includes(`${registry.loginServer}/nginx-unprivileged:v1`))).toBe(true);
		expect(context.store.getState().journal.map((entry) => entry.command)).toEqual(
			expect.arrayContaining([
				`az acr import --name ${registry.name} --source docker.io/nginxinc/nginx-unprivileged:latest --image nginx-unprivileged:v1 --subscription ${seedIds.sharedSubscriptionId}`,
			]),
		);
	});
});
