/**
 * `--pull-group`: the user grants pull through an Entra group. A group membership takes longer to reach the registry
 * than a direct grant (the seeds' "Entra group latency"), so the new cluster brings its own kubelet identity, added to
 * the group before the cluster is made (the seeds' workaround). The sandbox makes a membership count for pulls only
 * after its group propagation delay; the real adapters over it, on the real clock.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Registry} from '../../source/azure/azure.js';
import {seedIds} from '../../source/sandbox/index.js';
import {attachSteps} from '../../source/steps/attach/index.js';
import {undoPlan} from '../../source/steps/undo.js';
import {systemClock} from '../../source/wizard/clock.js';
import {applyPlan, runSteps} from '../../source/wizard/engine.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';

const q = {
	cluster: 'Which AKS cluster should pull from the registry?',
	group: 'Resource group for the new cluster:',
	name: 'New AKS cluster name:',
	location: 'Location (region) of the new cluster:',
	count: 'How many nodes?',
	size: 'Node VM size:',
	deploy: 'Apply this deployment?',
	deleteCluster: (name: string) => `Delete the AKS cluster ${name} and everything running on it?`,
} as const;
const acrPull = `/subscriptions/${seedIds.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d`;
const identity = (name: string) =>
	`/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`;
const groupMs = 3000;

describe('a new cluster whose kubelet identity pulls through an Entra group (--pull-group), over the sandbox', () => {
	let flow: AttachFlow;
	let registry: Registry;
	const groupId = '5d3b6c1e-2f4a-4b8e-9c7d-0a1b2c3d4e5f';
	beforeAll(async () => {
		flow = await startAttachFlow('owner');
		registry = await flow.azure.createRegistry({
			subscriptionId: seedIds.subscriptionId,
			resourceGroup: seedIds.resourceGroup,
			name: 'pullgroupreg01',
			location: seedIds.location,
			sku: 'Basic',
		});
		await flow.azure.importImage(registry.id, 'docker.io/library/nginx:latest', 'nginx:v1');
		// As `az ad group create --display-name acr-pullers` then `az role assignment create --assignee-principal-type Group --role AcrPull`, long ago.
		flow.sandbox.state.groups.set(groupId, {
			id: groupId,
			displayName: 'acr-pullers',
			mailNickname: 'acr-pullers',
			members: new Set(),
			createdDateTime: '2026-01-05T09:00:00Z',
			memberSince: new Map(),
		});
		const made = await flow.azure.assignRole({scope: registry.id, roleDefinitionId: acrPull, principalId: groupId, principalType: 'Group'});
		const stored = [...flow.sandbox.state.roleAssignments.values()].find((item) => item.id === made.assignment?.id);
		if (stored) Object.assign(stored, {createdOn: '2026-01-05T09:05:00Z'});
		flow.sandbox.state.pullWorld.propagation = {directMs: 0, groupMs};
	});
	afterAll(async () => flow.close());

	test('a group unknown to the directory, or holding no pull role on the registry, stops before anything is made', async () => {
		const bare = '7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
		flow.sandbox.state.groups.set(bare, {
			id: bare,
			displayName: 'no-role',
			mailNickname: 'no-role',
			members: new Set(),
			createdDateTime: '2026-01-05T09:00:00Z',
		});
		for (const [pullGroup, message] of [
			['no-such-group', '--pull-group no-such-group: no Entra group of that name or object id (or more than one of that name).'],
			[bare, '--pull-group no-role: the group holds no pull role on pullgroupreg01, so a kubelet identity in it could not pull.'],
		] as const) {
			const context = flow.context(
				{
					[q.cluster]: '+create',
					[q.group]: seedIds.resourceGroup,
					[q.name]: 'aks-group-00',
					[q.location]: 'westeurope',
					[q.count]: '2',
					[q.size]: 'Standard_B2s',
				},
				{flags: {pullGroup}},
			);
			context.store.getState().actions.chooseRegistry(registry);
			await expect(runSteps(attachSteps, context)).rejects.toThrow(message);
			expect(context.store.getState().journal).toEqual([]);
		}
	});

	test('the kubelet identity is created and added to the group first, the cluster made without --attach-acr, and after the wait the pods run', async () => {
		const context = {
			...flow.context(
				{
					[q.cluster]: '+create',
					[q.group]: seedIds.resourceGroup,
					[q.name]: 'aks-group-01',
					[q.location]: 'westeurope',
					[q.count]: '2',
					[q.size]: 'Standard_B2s',
					'Apply these 4 changes?': 'apply',
					[q.deploy]: 'apply',
					[q.deleteCluster('aks-group-01')]: true,
				},
				{flags: {pullGroup: 'acr-pullers'}},
			),
			clock: systemClock,
		};
		context.store.getState().actions.chooseRegistry(registry);
		await expect(runSteps(attachSteps, context)).resolves.toBe('done');
		const state = context.store.getState();
		const kubeletId = identity('aks-group-01-kubelet');
		expect(state.journal.slice(0, 4).map((entry) => [entry.command, entry.outcome])).toEqual([
			['az identity create --name aks-group-01-control-plane --resource-group rg-acr-sandbox', 'done'],
			['az identity create --name aks-group-01-kubelet --resource-group rg-acr-sandbox', 'done'],
			[`az ad group member add --group ${groupId} --member-id $(az identity show --ids ${kubeletId} --query principalId --output tsv)`, 'done'],
			[
				`az aks create --name aks-group-01 --resource-group rg-acr-sandbox --location westeurope --node-count 2 --node-vm-size Standard_B2s --generate-ssh-keys --assign-identity ${identity('aks-group-01-control-plane')} --assign-kubelet-identity ${kubeletId}`,
				'done',
			],
		]);
		expect(state.journal[2]).toMatchObject({
			sentence: 'Add the kubelet identity aks-group-01-kubelet to the Entra group acr-pullers (it holds AcrPull on pullgroupreg01)',
			powershell: `Add-AzADGroupMember -TargetGroupObjectId ${groupId} -MemberObjectId (Get-AzUserAssignedIdentity -ResourceGroupName rg-acr-sandbox -Name aks-group-01-kubelet).PrincipalId`,
		});
		expect(state.journal[3]?.detail).toBe('Cluster aks-group-01 created; its kubelet identity pulls through acr-pullers');
		const kubelet = flow.sandbox.state.userAssignedIdentities.get(kubeletId.toLowerCase())?.principalId ?? '';
		expect(await flow.azure.listGroupMembers(groupId)).toEqual([kubelet]);
		// No direct grant: the group's AcrPull is what lets the nodes pull.
		expect((await flow.azure.listRoleAssignments(registry.id, kubelet)).filter((item) => item.principalId === kubelet)).toEqual([]);
		expect(state.notices.some((line) => /^The registry accepts the kubelet identity for pulls \(token exchange/.test(line))).toBe(true);
		expect(state.pods.filter((pod) => pod.status === 'Running' && pod.ready === '1/1')).toHaveLength(2);
		expect(state.pods.every((pod) => pod.restarts === 0)).toBe(true);

		await applyPlan(undoPlan(context, state.journal), context, {confirm: false, retry: false});
		expect(await flow.azure.listGroupMembers(groupId)).toEqual([]);
		expect(flow.sandbox.state.userAssignedIdentities.size).toBe(0);
		context.scripted.verify();
	}, 30_000);
});
