/**
 * deployAndWatch over the sandbox with the real adapters (createAzure, createKubernetes): the
 * seed's nginx0-deployment on AKS without access fails to pull, is diagnosed, is fixed by
 * granting AcrPull through the Azure port, recovers, and is undone again.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Azure} from '../../../source/azure/azure.js';
import {workloadYaml} from '../../../source/kubernetes/manifests.js';
import {seedIds} from '../../../source/sandbox/index.js';
import {deployAndWatch, type DeployInput} from '../../../source/steps/deploy/deploy-and-watch.js';
import type {Diagnosis} from '../../../source/diagnosis/classify.js';
import {kubeUndoParams, undoPlan} from '../../../source/steps/undo.js';
import {applyPlan, type Plan} from '../../../source/wizard/engine.js';
import {sandboxAzure} from '../../azure/sandbox-azure.js';
import {scriptedPrompter} from '../../helpers/scripted-prompter.js';
import {testContext} from '../../helpers/test-context.js';
import {nginxDeployment, sharedRegistry, startKubeSandbox, type KubeSandbox} from '../../kubernetes/kube-sandbox.js';

const aksId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;

/** The attach fix, as the attach path builds it: AcrPull on the registry for the kubelet identity. */
function grantAcrPull(azure: Azure): Plan {
	return {
		stepId: 'attach',
		title: 'Attach the registry',
		actions: [
			{
				id: 'grant-acrpull',
				sentence: `Grant AcrPull on ${seedIds.sharedRegistry} to the kubelet identity of ${seedIds.aksCluster}`,
				command: `az aks update --name ${seedIds.aksCluster} --resource-group ${seedIds.resourceGroup} --attach-acr ${sharedRegistry.id}`,
				call: 'PUT …/roleAssignments/{id}',
				async run() {
					const cluster = await azure.getManagedCluster(aksId);
					const role = await azure.findRole(sharedRegistry.id, 'acrpull');
					if (!role || !cluster.kubeletIdentity) throw new Error('the sandbox lacks AcrPull or the kubelet identity');
					const {assignment, created} = await azure.assignRole({
						scope: sharedRegistry.id,
						roleDefinitionId: role.id,
						principalId: cluster.kubeletIdentity.objectId,
						principalType: 'ServicePrincipal',
					});
					const id = assignment?.id ?? '';
					return {
						outcome: created ? 'done' : 'unchanged',
						undo: {sentence: 'Remove AcrPull', command: `az role assignment delete --ids ${id}`, kind: 'delete-role-assignment', params: {id}},
					};
				},
			},
		],
	};
}

describe('deployAndWatch over the sandbox', () => {
	let kube: KubeSandbox;
	let azure: Azure;
	beforeAll(async () => {
		kube = await startKubeSandbox();
		azure = sandboxAzure(kube.sandbox);
	});
	afterAll(async () => kube.close());

	test('no access → ImagePullBackOff diagnosed as no-pull-permission; AcrPull granted → running; undo removes both', async () => {
		const cluster = kube.kubernetes.cluster({kind: 'inline', yaml: await azure.getClusterUserKubeconfig(aksId)});
		const prompter = scriptedPrompter({
			'Apply this deployment?': 'apply',
			// Keep watching once, so the kubelet's back-off is seen, then fix.
			'The pods cannot pull their image. What next?': 'watch',
			'The pods are still failing. What next?': 'fix',
			'Apply this change?': 'apply',
		});
		const context = testContext({azure, kubernetes: kube.kubernetes, prompter});
		const seen = {statuses: new Set<string>(), diagnoses: [] as string[]};
		context.store.subscribe((state) => {
			for (const pod of state.pods) seen.statuses.add(pod.status);
			if (state.diagnosis && seen.diagnoses.at(-1) !== state.diagnosis.title) seen.diagnoses.push(state.diagnosis.title);
		});
		const fixes: Diagnosis[] = [];
		const workload = nginxDeployment('default');
		const input: DeployInput = {
			cluster,
			workload,
			yaml: workloadYaml(workload),
			command: 'kubectl apply -f acr-nginx.yaml',
			target: {kind: 'aks', clusterId: aksId},
			facts: {
				method: 'attach',
				pullHosts: [sharedRegistry.loginServer],
				loginServer: sharedRegistry.loginServer,
				registryName: seedIds.sharedRegistry,
				registryId: sharedRegistry.id,
				registrySubscriptionId: seedIds.sharedSubscriptionId,
				image: workload.image,
				namespace: 'default',
				clusterName: seedIds.aksCluster,
				resourceGroup: seedIds.resourceGroup,
				clusterSubscriptionId: seedIds.subscriptionId,
			},
			fixFor: (diagnosis) => (fixes.push(diagnosis), diagnosis.kind === 'no-pull-permission' ? grantAcrPull(azure) : undefined),
		};

		await expect(deployAndWatch(context, input)).resolves.toBe('running');

		// The registry is in another subscription than the cluster: the Fix line names it by resource id, as attach does.
		expect(fixes[0]).toMatchObject({
			kind: 'no-pull-permission',
			fix: `az aks update --name aks-sandbox --resource-group rg-acr-sandbox --attach-acr ${sharedRegistry.id}`,
		});
		expect(seen.diagnoses).toEqual(['No permission to pull from the registry']);
		expect(seen.statuses).toContain('ImagePullBackOff');
		const state = context.store.getState();
		expect(state.pods.filter((pod) => pod.status === 'Running' && pod.ready === '1/1')).toHaveLength(2);
		expect(state.activity).toBe('Both pods are running.');
		expect(state.journal.map((entry) => [entry.stepId, entry.outcome])).toEqual([
			['deploy', 'done'],
			['attach', 'done'],
		]);
		expect(state.journal[0]?.undo?.params).toMatchObject(kubeUndoParams({kind: 'aks', clusterId: aksId}));
		prompter.verify();

		// Undo, newest first: the grant, then the deployment (reached again through a fresh user kubeconfig).
		const undoContext = testContext({
			azure,
			kubernetes: kube.kubernetes,
			prompter: scriptedPrompter({'Apply these 2 changes?': 'apply'}),
			state: {journal: state.journal},
		});
		await applyPlan(undoPlan(undoContext, state.journal), undoContext, {retry: false});
		expect(
			undoContext.store
				.getState()
				.journal.slice(-2)
				.map((entry) => [entry.id, entry.outcome]),
		).toEqual([
			['undo-attach-grant-acrpull', 'done'],
			['undo-deploy-apply-deployment-default-nginx0-deployment', 'done'],
		]);
		const kubelet = (await azure.getManagedCluster(aksId)).kubeletIdentity?.objectId;
		expect(await azure.listRoleAssignments(sharedRegistry.id, kubelet)).toEqual([]);
		await expect(cluster.applyWorkload(workload)).resolves.toEqual({created: true});
		await cluster.deleteWorkload('Deployment', 'default', workload.name);
	});

	test('on a kubeconfig context, a pull secret missing from the namespace is diagnosed, and leaving stops the watch', async () => {
		const cluster = kube.kubernetes.cluster({kind: 'file', path: kube.kubeconfigPath}, seedIds.localCluster);
		await cluster.createNamespace('web');
		const workload = {
			kind: 'Pod',
			namespace: 'web',
			name: 'acr-nginx',
			labels: {app: 'acr-nginx'},
			image: `${sharedRegistry.loginServer}/nginx:v1`,
			containerName: 'nginx',
			imagePullSecrets: ['acr-secret'],
		} as const;
		const prompter = scriptedPrompter({'Apply this deployment?': 'apply', 'The pods cannot pull their image. What next?': 'leave'});
		const context = testContext({azure, kubernetes: kube.kubernetes, prompter});
		const input: DeployInput = {
			cluster,
			workload,
			yaml: workloadYaml(workload),
			command: 'kubectl apply -f acr-nginx-pod.yaml',
			target: {kind: 'context', context: seedIds.localCluster, kubeconfigPath: kube.kubeconfigPath},
			facts: {
				method: 'pull-secret',
				pullHosts: [sharedRegistry.loginServer],
				loginServer: sharedRegistry.loginServer,
				registryName: seedIds.sharedRegistry,
				image: workload.image,
				namespace: 'web',
				secretName: 'acr-secret',
			},
		};
		await expect(deployAndWatch(context, input)).resolves.toBe('left');
		expect(context.store.getState().diagnosis).toMatchObject({
			title: 'The pull secret is not in this namespace',
			fix: `kubectl create secret docker-registry acr-secret --namespace web --docker-server=${sharedRegistry.loginServer} --docker-username=<username> --docker-password=<password>`,
		});
		expect(context.store.getState().journal[0]?.undo).toMatchObject({
			kind: 'delete-workload',
			params: {kind: 'Pod', namespace: 'web', name: 'acr-nginx', target: 'context', context: seedIds.localCluster},
		});
	});
});
