import {describe, expect, test} from 'vitest';
import {AzureError} from '../../../source/azure/azure.js';
import {attachFacts, attachPlan, ensureCanAssign} from '../../../source/steps/attach/grant-pull.js';
import {attachSteps} from '../../../source/steps/attach/index.js';
import {applyPlan} from '../../../source/wizard/engine.js';
import {WizardError} from '../../../source/wizard/errors.js';
import {fakeAzure, fakeCluster, fakeIds, fakeRegistry, registryId, resourceGroupId} from '../../helpers/fake-azure.js';
import {acrPullAssignment, attachContext, questions} from './attach-kit.js';

const grantStep = attachSteps[1];
const myregistry = registryId(fakeIds.registryName);

describe('the attach plan', () => {
	test('grants AcrPull on the registry to the kubelet identity, with the exact az aks update command and undo', async () => {
		const context = attachContext({});
		const facts = await attachFacts(context, fakeCluster(), fakeRegistry());
		const plan = attachPlan(context, facts);
		expect(plan.actions.map(({sentence, command, call}) => ({sentence, command, call}))).toEqual([
			{
				sentence: 'Grant AcrPull on myregistry to the kubelet identity of myAKSCluster',
				command: 'az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry',
				call: `PUT ${myregistry}/providers/Microsoft.Authorization/roleAssignments/<new-guid>`,
			},
		]);
		await applyPlan(plan, context, {confirm: false, retry: false});
		expect(context.azure.calls.assignRole[0]?.[0]).toEqual({
			scope: myregistry,
			roleDefinitionId: `${myregistry}/providers/Microsoft.Authorization/roleDefinitions/${fakeIds.acrPullRoleId}`,
			principalId: fakeIds.kubeletObjectId,
			principalType: 'ServicePrincipal',
		});
		const [entry] = context.store.getState().journal;
		expect(entry?.outcome).toBe('done');
		expect(entry?.undo).toMatchObject({kind: 'delete-role-assignment', params: {id: context.azure.world.roleAssignments[0]?.id}});
	});

	test('notes the Entra group latency with the bring-your-own kubelet identity workaround, and how a new cluster is created attached', async () => {
		const context = attachContext({});
		const plan = attachPlan(context, await attachFacts(context, fakeCluster(), fakeRegistry()));
		expect(plan.notes?.join('\n')).toContain('--assign-kubelet-identity');
		expect(plan.notes?.join('\n')).toContain('az aks create --name <cluster> --resource-group <group> --generate-ssh-keys --attach-acr myregistry');
		expect(plan.notes?.join('\n')).toContain('az aks check-acr --name myAKSCluster --resource-group myResourceGroup --acr myregistry.azurecr.io');
	});

	test('creates nothing when the kubelet identity already holds AcrPull there, and says so', async () => {
		const azure = fakeAzure();
		azure.world.roleAssignments.push(acrPullAssignment());
		const context = attachContext({}, {azure});
		const facts = await attachFacts(context, fakeCluster(), fakeRegistry());
		const plan = attachPlan(context, facts);
		expect(plan.notes?.[0]).toBe(`The kubelet identity already holds AcrPull at ${myregistry}: nothing will be created, and re-running is safe.`);
		await applyPlan(plan, context, {confirm: false, retry: false});
		expect(azure.calls.assignRole).toHaveLength(0);
		expect(context.store.getState().journal[0]?.outcome).toBe('unchanged');
	});

	test('counts a stronger role inherited from the resource group as already granted', async () => {
		const azure = fakeAzure();
		const group = resourceGroupId();
		azure.world.roleAssignments.push({
			...acrPullAssignment(group),
			roleDefinitionId: `${group}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c`,
		});
		const context = attachContext({}, {azure});
		const facts = await attachFacts(context, fakeCluster(), fakeRegistry());
		expect(facts.existing).toEqual({role: 'Contributor', scope: group});
	});

	test("adds --subscription to the commands when the cluster is not in az's default subscription", async () => {
		const context = {...attachContext({}), defaultSubscriptionId: '00000000-0000-0000-0000-00000000000f'};
		const plan = attachPlan(context, await attachFacts(context, fakeCluster(), fakeRegistry()));
		expect(plan.actions[0]?.command).toBe(
			`az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry --subscription ${fakeIds.subscriptionId}`,
		);
	});

	test('names a registry of another subscription by resource ID, as the seeds do', async () => {
		const shared = fakeRegistry({name: 'contososharedacr', subscriptionId: '00000000-0000-0000-0000-000000000002', resourceGroup: 'rg-shared'});
		const context = attachContext({}, {registry: shared});
		const plan = attachPlan(context, await attachFacts(context, fakeCluster(), shared));
		expect(plan.actions[0]?.command).toBe(`az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr ${shared.id}`);
		expect(plan.notes).toContain('The registry is in another subscription than the cluster, so the command names it by resource ID.');
	});

	test("waits for a new identity to reach the directory with az's budget (5 s between tries), saying each try", async () => {
		let failures = 2;
		const azure = fakeAzure({
			assignRole: async (input) => {
				if (failures-- > 0) throw new AzureError('Principal 222 does not exist in the directory.', 'PrincipalNotFound', 400);
				return {created: true, assignment: {id: `${input.scope}/providers/Microsoft.Authorization/roleAssignments/x`, ...input}};
			},
		});
		const context = attachContext({}, {azure});
		const said: string[] = [];
		const unsubscribe = context.store.subscribe((state) => void (state.activity && said.push(state.activity)));
		await applyPlan(attachPlan(context, await attachFacts(context, fakeCluster(), fakeRegistry())), context, {confirm: false, retry: false});
		unsubscribe();
		expect(context.clock.sleeps).toEqual([5000, 5000]);
		expect(said).toEqual(expect.arrayContaining([expect.stringContaining('try 1/36') as unknown, expect.stringContaining('try 2/36') as unknown]));
		expect(context.store.getState().journal[0]?.outcome).toBe('done');
	});
});

describe('before acting', () => {
	test('stops a caller who cannot assign roles before any change, with what to ask an administrator', async () => {
		const azure = fakeAzure({}, {world: (world) => void (world.canWriteRoleAssignments = false)});
		const context = attachContext({}, {azure, withTarget: true});
		const error = await grantStep?.run(context).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(WizardError);
		const wizardError = error as WizardError;
		expect(wizardError.message).toContain('Owner, Azure account administrator, Azure co-administrator or User Access Administrator');
		expect(wizardError.suggestion).toContain('az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry');
		expect(wizardError.suggestion).toContain(
			`az role assignment create --assignee-object-id ${fakeIds.kubeletObjectId} --assignee-principal-type ServicePrincipal --role AcrPull --scope ${myregistry}`,
		);
		expect(azure.calls.assignRole).toHaveLength(0);
		expect(context.store.getState().journal).toHaveLength(0);
	});

	test('lets a caller without role rights through when the grant is already there', async () => {
		const azure = fakeAzure({}, {world: (world) => void (world.canWriteRoleAssignments = false)});
		azure.world.roleAssignments.push(acrPullAssignment());
		const context = attachContext({}, {azure});
		await expect(ensureCanAssign(context, await attachFacts(context, fakeCluster(), fakeRegistry()))).resolves.toBeUndefined();
	});

	test("stops with azure-cli's own message when the cluster has no kubelet identity", async () => {
		const context = attachContext({});
		await expect(attachFacts(context, fakeCluster({kubeletIdentity: undefined}), fakeRegistry())).rejects.toThrow(
			"Unexpected error getting kubelet's identity for the cluster. Please do not set --attach-acr or --detach-acr. You can manually grant or revoke permission to the identity named myAKSCluster-agentpool in MC_ resource group to access ACR.",
		);
	});

	test("uses the service principal's object id on a service-principal cluster", async () => {
		const azure = fakeAzure();
		azure.world.servicePrincipals.push({appId: 'sp-app-id', objectId: 'sp-object-id', displayName: 'aks-sp'});
		const context = attachContext({}, {azure});
		const facts = await attachFacts(context, fakeCluster({kubeletIdentity: undefined, servicePrincipalClientId: 'sp-app-id'}), fakeRegistry());
		expect(facts.principal).toEqual({objectId: 'sp-object-id', kind: 'service-principal'});
	});
});

test('grants again after a detach in the same run, instead of skipping the journaled attach', async () => {
	const context = attachContext({});
	const first = attachPlan(context, await attachFacts(context, fakeCluster(), fakeRegistry()));
	await applyPlan(first, context, {confirm: false, retry: false});
	context.azure.world.roleAssignments = [];
	const second = attachPlan(context, await attachFacts(context, fakeCluster(), fakeRegistry()));
	expect(second.actions[0]?.id).not.toBe(first.actions[0]?.id);
	await applyPlan(second, context, {confirm: false, retry: false});
	expect(context.azure.calls.assignRole).toHaveLength(2);
	expect(context.azure.world.roleAssignments).toHaveLength(1);
});

test('going back from the attach plan returns to the cluster question', async () => {
	const context = attachContext({[questions.apply]: 'back'}, {withTarget: true});
	await expect(grantStep?.run(context)).resolves.toBe('back');
	expect(context.azure.calls.assignRole).toHaveLength(0);
});

test('a cluster whose kubelet identity already holds AcrPull says "Nothing to do" and asks no Apply', async () => {
	const azure = fakeAzure();
	azure.world.roleAssignments.push(acrPullAssignment());
	// Back at the deployment: the step ends there, having asked nothing about the grant.
	const context = attachContext({[questions.deploy]: 'back'}, {azure, withTarget: true});
	await grantStep?.run(context).catch((error: unknown) => error);
	expect(context.prompter.asked.map((asked) => asked.spec.message)).not.toContain(questions.apply);
	expect(context.store.getState().details).toContain(
		`Nothing to do: the kubelet identity of ${fakeIds.clusterName} already holds AcrPull on ${fakeIds.registryName}.`,
	);
	expect(context.store.getState().journal[0]).toMatchObject({stepId: 'attach', outcome: 'unchanged'});
	expect(azure.calls.assignRole).toHaveLength(0);
});
