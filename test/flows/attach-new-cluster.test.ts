import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {AzureError, type Registry} from '../../source/azure/azure.js';
import {seedIds} from '../../source/sandbox/index.js';
import {attachSteps} from '../../source/steps/attach/index.js';
import {undoPlan} from '../../source/steps/undo.js';
import {applyPlan, runSteps} from '../../source/wizard/engine.js';
import {summaryLines, summaryPowerShell, summaryScript, undoable, undoStepId, watchCommand} from '../../source/wizard/journal.js';
import {GoBack} from '../../source/wizard/errors.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';

const q = {
	cluster: 'Which AKS cluster should pull from the registry?',
	group: 'Resource group for the new cluster:',
	name: 'New AKS cluster name:',
	location: 'Location (region) of the new cluster:',
	count: 'How many nodes?',
	size: 'Node VM size:',
	kubelet: 'Kubelet identity of the new cluster:',
	apply: 'Apply this change?',
	deploy: 'Apply this deployment?',
	deleteCluster: (name: string) => `Delete the AKS cluster ${name} and everything running on it?`,
} as const;

const clusterId = (name: string) =>
	`/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${name}`;

describe('attach to a new AKS cluster over the sandbox', () => {
	let flow: AttachFlow;
	let registry: Registry;
	beforeAll(async () => {
		flow = await startAttachFlow('owner');
		registry = await flow.azure.createRegistry({
			subscriptionId: seedIds.subscriptionId,
			resourceGroup: seedIds.resourceGroup,
			name: 'newclusterreg01',
			location: seedIds.location,
			sku: 'Basic',
		});
		await flow.azure.importImage(registry.id, 'docker.io/library/nginx:latest', 'nginx:v1');
	});
	afterAll(async () => flow.close());

	const answers = (name: string) => ({
		[q.cluster]: '+create',
		[q.group]: seedIds.resourceGroup,
		[q.name]: name,
		[q.location]: 'westeurope',
		[q.count]: '2',
		[q.size]: 'Standard_B2s',
		[q.kubelet]: 'managed',
		[q.apply]: 'apply',
		[q.deploy]: 'apply',
	});

	test('creates the cluster attached to the registry, runs nginx0-deployment to 2/2 Running, and undo deletes the cluster once confirmed on its own', async () => {
		const context = flow.context({...answers('aks-new-01'), [q.deleteCluster('aks-new-01')]: true});
		context.store.getState().actions.chooseRegistry(registry);
		await expect(runSteps(attachSteps, context)).resolves.toBe('done');
		const state = context.store.getState();
		expect(state.journal.map((entry) => [entry.command, entry.outcome])).toEqual([
			[
				'az aks create --name aks-new-01 --resource-group rg-acr-sandbox --location westeurope --node-count 2 --node-vm-size Standard_B2s --generate-ssh-keys --attach-acr newclusterreg01',
				'done',
			],
			['az aks get-credentials --resource-group rg-acr-sandbox --name aks-new-01', 'done'],
			['kubectl apply --context aks-new-01 -f acr-nginx.yaml', 'done'],
		]);
		expect(state.pods.filter((pod) => pod.status === 'Running' && pod.ready === '1/1')).toHaveLength(2);
		expect(summaryPowerShell(state.journal)).toEqual([
			'New-AzAksCluster -ResourceGroupName rg-acr-sandbox -Name aks-new-01 -Location westeurope -NodeCount 2 -NodeVmSize Standard_B2s -GenerateSshKey -AcrNameToAttach newclusterreg01',
			'Import-AzAksCredential -ResourceGroupName rg-acr-sandbox -Name aks-new-01',
			'kubectl apply --context aks-new-01 -f acr-nginx.yaml',
		]);
		const cluster = await flow.azure.getManagedCluster(clusterId('aks-new-01'));
		expect(cluster.location).toBe('westeurope');
		const kubelet = cluster.kubeletIdentity?.objectId ?? '';
		const grants = await flow.azure.listRoleAssignments(registry.id, kubelet);
		expect(grants.map((grant) => grant.roleDefinitionId.split('/').at(-1))).toEqual(['7f951dda-4ed3-4680-a7ca-43fe172d538d']);

		expect(watchCommand(state)).toMatch(/^kubectl get pods .*--context aks-new-01 --namespace default --watch$/);
		const plan = undoPlan(context, state.journal);
		expect(plan.actions.map((action) => action.command)).toEqual([
			'kubectl delete deployment nginx0-deployment --context aks-new-01 --namespace default',
			'az aks delete --name aks-new-01 --resource-group rg-acr-sandbox --yes',
		]);
		await applyPlan(plan, context, {confirm: false, retry: false});
		await expect(flow.azure.getManagedCluster(clusterId('aks-new-01'))).rejects.toSatisfy((error) => error instanceof AzureError && error.statusCode === 404);
		expect(await flow.azure.listRoleAssignments(registry.id, kubelet)).toEqual([]);
		expect(context.scripted.messages()).toContain(q.deleteCluster('aks-new-01'));
		expect(
			context.store
				.getState()
				.journal.filter((entry) => entry.stepId === undoStepId)
				.map((entry) => entry.outcome),
		).toEqual(['done', 'done']);
		// Its credentials went with it: the summary and the script no longer list them as standing.
		expect(summaryLines(context.store.getState().journal).map((line) => line.outcome)).toEqual(['undone', 'undone', 'undone']);
		expect(summaryScript(context.store.getState().journal)).toEqual([]);
		// Nor is there anything left to watch.
		expect(watchCommand(context.store.getState())).toBeUndefined();
		context.scripted.verify();
	});

	test('undo keeps the cluster when its own confirmation is declined: it still stands on the summary, a later undo offers it again, and it says how to delete it', async () => {
		const context = flow.context({...answers('aks-new-02'), [q.deleteCluster('aks-new-02')]: false});
		context.store.getState().actions.chooseRegistry(registry);
		await expect(runSteps(attachSteps, context)).resolves.toBe('done');
		await applyPlan(undoPlan(context, context.store.getState().journal), context, {confirm: false, retry: false});
		expect((await flow.azure.getManagedCluster(clusterId('aks-new-02'))).name).toBe('aks-new-02');
		const kept = context.store.getState().journal.find((entry) => entry.stepId === undoStepId && entry.command.startsWith('az aks delete'));
		expect(kept).toMatchObject({
			outcome: 'unchanged',
			detail: 'Kept the cluster; delete it later with: az aks delete --name aks-new-02 --resource-group rg-acr-sandbox --yes',
		});
		// The kept cluster and its credentials still stand; only the deployment is undone.
		expect(summaryLines(context.store.getState().journal).map((line) => line.outcome)).toEqual(['done', 'done', 'undone']);
		// …and a later undo offers the cluster again.
		expect(undoable(context.store.getState().journal).map((entry) => entry.undo?.command)).toEqual([
			'az aks delete --name aks-new-02 --resource-group rg-acr-sandbox --yes',
		]);
		context.scripted.verify();
	});

	test('brings its own kubelet identity: both identities created first, the pull role granted before the cluster, and the cluster pulls as that identity', async () => {
		const {[q.apply]: _one, ...rest} = answers('aks-byo-01');
		const context = flow.context({...rest, [q.kubelet]: 'user-assigned', 'Apply these 3 changes?': 'apply', [q.deleteCluster('aks-byo-01')]: true});
		context.store.getState().actions.chooseRegistry(registry);
		await expect(runSteps(attachSteps, context)).resolves.toBe('done');
		const identity = (name: string) =>
			`/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`;
		const state = context.store.getState();
		expect(state.journal.map((entry) => entry.command).slice(0, 3)).toEqual([
			'az identity create --name aks-byo-01-control-plane --resource-group rg-acr-sandbox',
			'az identity create --name aks-byo-01-kubelet --resource-group rg-acr-sandbox',
			`az aks create --name aks-byo-01 --resource-group rg-acr-sandbox --location westeurope --node-count 2 --node-vm-size Standard_B2s --generate-ssh-keys --assign-identity ${identity('aks-byo-01-control-plane')} --assign-kubelet-identity ${identity('aks-byo-01-kubelet')} --attach-acr newclusterreg01`,
		]);
		expect(state.pods.filter((pod) => pod.status === 'Running')).toHaveLength(2);
		const cluster = await flow.azure.getManagedCluster(clusterId('aks-byo-01'));
		expect(cluster.kubeletIdentity?.resourceId).toBe(identity('aks-byo-01-kubelet'));
		const kubelet = flow.sandbox.state.userAssignedIdentities.get(identity('aks-byo-01-kubelet').toLowerCase());
		expect(cluster.kubeletIdentity?.objectId).toBe(kubelet?.principalId);
		expect((await flow.azure.listRoleAssignments(registry.id, kubelet?.principalId)).map((grant) => grant.principalId)).toEqual([kubelet?.principalId]);

		await applyPlan(undoPlan(context, state.journal), context, {confirm: false, retry: false});
		await expect(flow.azure.getManagedCluster(clusterId('aks-byo-01'))).rejects.toSatisfy((error) => error instanceof AzureError && error.statusCode === 404);
		expect(flow.sandbox.state.userAssignedIdentities.size).toBe(0);
		context.scripted.verify();
	});

	test('a name AKS refuses is refused as it is typed, before anything is created', async () => {
		const context = flow.context({...answers('aks-new-03'), [q.cluster]: ['+create', new GoBack()], [q.name]: ['-bad-name', 'aks-new-03'], [q.apply]: 'back'});
		context.store.getState().actions.chooseRegistry(registry);
		await expect(runSteps(attachSteps, context)).resolves.toBe('back');
		await expect(flow.azure.getManagedCluster(clusterId('aks-new-03'))).rejects.toSatisfy((error) => error instanceof AzureError && error.statusCode === 404);
		expect(context.scripted.refusals).toEqual([
			'New AKS cluster name: -bad-name → An AKS cluster name is 1 to 63 characters: letters, digits, hyphens and underscores, starting and ending with a letter or digit.',
		]);
	});
});
