import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Registry} from '../../source/azure/azure.js';
import {seedIds} from '../../source/sandbox/index.js';
import {attachSteps} from '../../source/steps/attach/index.js';
import {deploySample} from '../../source/steps/attach/sample-deployment.js';
import {runSteps} from '../../source/wizard/engine.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';
import {waitForState} from '../helpers/render.js';

const aksId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
const repositoryReader = 'b93aa761-3e63-49ed-ac28-beffa264f7ac';
const acrPull = '7f951dda-4ed3-4680-a7ca-43fe172d538d';

describe('a registry in role-assignment (ABAC) mode, over the sandbox', () => {
	let flow: AttachFlow;
	let registry: Registry;
	let kubelet: string;
	beforeAll(async () => {
		flow = await startAttachFlow('owner');
		const made = await flow.azure.createRegistry({
			subscriptionId: seedIds.subscriptionId,
			resourceGroup: seedIds.resourceGroup,
			name: 'abacreg01',
			location: seedIds.location,
			sku: 'Basic',
		});
		await flow.azure.importImage(made.id, 'docker.io/library/nginx:latest', 'nginx:v1');
		// As `az acr update --role-assignment-mode rbac-abac` leaves it.
		const stored = flow.sandbox.state.registries.get(made.id.toLowerCase());
		if (stored) stored.roleAssignmentMode = 'AbacRepositoryPermissions';
		registry = await flow.azure.getRegistry(made.id);
		kubelet = (await flow.azure.getManagedCluster(aksId)).kubeletIdentity?.objectId ?? '';
	});
	afterAll(async () => flow.close());

	test('the registry reads as ABAC mode', () => {
		expect(registry.roleAssignmentMode).toBe('AbacRepositoryPermissions');
	});

	test('AcrPull alone leaves the pods failing, diagnosed as no permission to pull; the fix grants Container Registry Repository Reader and they run', async () => {
		const role = await flow.azure.findRole(registry.id, 'acrpull');
		await flow.azure.assignRole({scope: registry.id, roleDefinitionId: role?.id ?? '', principalId: kubelet, principalType: 'ServicePrincipal'});
		const seen: {diagnosis?: string} = {};
		const context = flow.context({
			'Apply this deployment?': 'apply',
			'The pods cannot pull their image. What next?': async () => {
				const state = await waitForState(context.store, (current) => current.pods.some((pod) => pod.status === 'ImagePullBackOff'), 15_000);
				seen.diagnosis = state.diagnosis?.title;
				return 'fix';
			},
			'Apply this change?': 'apply',
			'The pods are still failing. What next?': ['watch', 'watch', 'watch'],
		});
		context.store.getState().actions.chooseRegistry(registry);
		await expect(deploySample(context, await flow.azure.getManagedCluster(aksId), registry)).resolves.toBe('running');
		expect(seen.diagnosis).toBe('No permission to pull from the registry');
		const fix = context.store.getState().journal.find((entry) => entry.stepId === 'attach');
		expect(fix).toMatchObject({
			command: `az role assignment create --assignee-object-id ${kubelet} --assignee-principal-type ServicePrincipal --role "Container Registry Repository Reader" --scope ${registry.id}`,
			sentence: 'Grant Container Registry Repository Reader on abacreg01 to the kubelet identity of aks-sandbox',
			outcome: 'done',
		});
		const roles = (await flow.azure.listRoleAssignments(registry.id, kubelet)).map((item) => item.roleDefinitionId.split('/').at(-1));
		expect(roles.sort()).toEqual([acrPull, repositoryReader].sort());
		expect(context.store.getState().pods.filter((pod) => pod.status === 'Running')).toHaveLength(2);
	});

	test('a new cluster for an ABAC-mode registry is created without --attach-acr and given the repository role, and its pods run', async () => {
		const context = flow.context({
			'Which AKS cluster should pull from the registry?': '+create',
			'Resource group for the new cluster:': seedIds.resourceGroup,
			'New AKS cluster name:': 'aks-abac-01',
			'Location (region) of the new cluster:': seedIds.location,
			'How many nodes?': '2',
			'Node VM size:': 'Standard_DS2_v2',
			'Kubelet identity of the new cluster:': 'managed',
			'Apply this change?': 'apply',
			'Apply this deployment?': 'apply',
		});
		context.store.getState().actions.chooseRegistry(registry);
		await expect(runSteps(attachSteps, context)).resolves.toBe('done');
		const [create] = context.store.getState().journal;
		expect(create?.command).toBe(
			[
				'az aks create --name aks-abac-01 --resource-group rg-acr-sandbox --node-count 2 --node-vm-size Standard_DS2_v2 --generate-ssh-keys',
				`az role assignment create --assignee-object-id $(az aks show --name aks-abac-01 --resource-group rg-acr-sandbox --query identityProfile.kubeletidentity.objectId --output tsv) --assignee-principal-type ServicePrincipal --role "Container Registry Repository Reader" --scope ${registry.id}`,
			].join('\n'),
		);
		expect(create?.detail).toBe('Cluster aks-abac-01 created; Container Registry Repository Reader granted to its kubelet identity');
		expect(context.store.getState().pods.filter((pod) => pod.status === 'Running')).toHaveLength(2);
	});

	test('attach then finds the repository role already held (AcrPull would not count), says why in the plan, and creates nothing', async () => {
		const context = flow.context({'Which AKS cluster should pull from the registry?': aksId, 'Apply this change?': 'apply', 'Apply this deployment?': 'apply'});
		context.store.getState().actions.chooseRegistry(registry);
		await expect(runSteps(attachSteps, context)).resolves.toBe('done');
		expect(context.store.getState().journal[0]).toMatchObject({
			outcome: 'unchanged',
			detail: `Already granted: Container Registry Repository Reader at ${registry.id}; nothing created, re-running is safe`,
		});
		expect(context.store.getState().notices).toContain(
			'The registry accepts the kubelet identity for pulls (token exchange, as az aks check-acr does from a node).',
		);
	});
});
