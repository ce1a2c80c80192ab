/**
 * Registries in role-assignment (ABAC) mode honour the repository roles, and not only the reader: Container
 * Registry Repository Writer and Contributor read the repositories too. Attach counts them as "can pull",
 * doctor's role check names them, and detach removes the repository role attach granted there (which
 * `az aks update --detach-acr` would leave behind). The real adapters over the sandbox.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Registry, RoleAssignment} from '../../source/azure/azure.js';
import {pullGrants} from '../../source/diagnosis/checks/roles.js';
import {seedIds} from '../../source/sandbox/index.js';
import {attachSteps, detachSteps} from '../../source/steps/attach/index.js';
import {runSteps} from '../../source/wizard/engine.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';

const aksId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
const roles = {
	reader: 'b93aa761-3e63-49ed-ac28-beffa264f7ac',
	writer: '2a1e307c-b015-4ebd-883e-5b7698a07328',
	contributor: '2efddaa5-3f1f-4df3-97df-af3f13818f4c',
	acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
};
const roleId = (guid: string) => `/subscriptions/${seedIds.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
const answers = {'Which AKS cluster should pull from the registry?': aksId, 'Apply this change?': 'apply', 'Apply this deployment?': 'apply'};

describe('repository roles of an ABAC-mode registry, over the sandbox', () => {
	let flow: AttachFlow;
	let registry: Registry;
	let kubelet: string;
	const held = async () => (await flow.azure.listRoleAssignments(registry.id, kubelet)).filter((item) => item.principalId === kubelet);
	const removeAll = async () => {
		for (const assignment of await held()) await flow.azure.deleteRoleAssignment(assignment.id);
	};
	beforeAll(async () => {
		flow = await startAttachFlow('owner');
		const made = await flow.azure.createRegistry({
			subscriptionId: seedIds.subscriptionId,
			resourceGroup: seedIds.resourceGroup,
			name: 'abacroles01',
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

	test.each([
		['Container Registry Repository Writer', roles.writer],
		['Container Registry Repository Contributor', roles.contributor],
	])('a kubelet holding %s already pulls: attach says so, grants nothing more, and the pods run', async (name, guid) => {
		await removeAll();
		await flow.azure.assignRole({scope: registry.id, roleDefinitionId: roleId(guid), principalId: kubelet, principalType: 'ServicePrincipal'});
		const context = flow.context(answers);
		context.store.getState().actions.chooseRegistry(registry);
		await expect(runSteps(attachSteps, context)).resolves.toBe('done');
		expect(context.store.getState().journal[0]).toMatchObject({
			outcome: 'unchanged',
			detail: `Already granted: ${name} at ${registry.id}; nothing created, re-running is safe`,
		});
		expect((await held()).map((item) => item.roleDefinitionId.split('/').at(-1))).toEqual([guid]);
		expect(context.store.getState().pods.filter((pod) => pod.status === 'Running' && pod.ready === '1/1')).toHaveLength(2);
	});

	test("doctor's role check counts the writer and the contributor as pulling in ABAC mode", async () => {
		const assignment = (guid: string): RoleAssignment => ({
			id: `${registry.id}/providers/Microsoft.Authorization/roleAssignments/${guid}`,
			scope: registry.id,
			roleDefinitionId: roleId(guid),
			principalId: kubelet,
		});
		const grants = pullGrants([assignment(roles.writer), assignment(roles.contributor), assignment(roles.acrPull)], registry, 'nginx');
		expect(grants.map((grant) => grant.role)).toEqual(['Container Registry Repository Writer', 'Container Registry Repository Contributor']);
	});

	test('detach in ABAC mode removes the Container Registry Repository Reader attach granted, with the az role assignment delete that does it', async () => {
		await removeAll();
		const attach = flow.context(answers);
		attach.store.getState().actions.chooseRegistry(registry);
		await expect(runSteps(attachSteps, attach)).resolves.toBe('done');
		expect((await held()).map((item) => item.roleDefinitionId.split('/').at(-1))).toEqual([roles.reader]);

		const context = flow.context({'Which AKS cluster should pull from the registry?': aksId, 'Apply this change?': 'apply'});
		context.store.getState().actions.chooseRegistry(registry);
		await expect(runSteps(detachSteps, context)).resolves.toBe('done');
		expect(context.store.getState().journal[0]).toMatchObject({
			sentence: 'Remove Container Registry Repository Reader on abacroles01 from the kubelet identity of aks-sandbox',
			command: `az role assignment delete --assignee ${kubelet} --role "Container Registry Repository Reader" --scope ${registry.id}`,
			powershell: `Remove-AzRoleAssignment -ObjectId ${kubelet} -RoleDefinitionName 'Container Registry Repository Reader' -Scope ${registry.id}`,
			outcome: 'done',
		});
		expect(await held()).toEqual([]);
	});
});
