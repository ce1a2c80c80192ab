/**
 * Directory replication on the attach path: a kubelet identity made a moment ago (`az identity create`)
 * is not in the directory's replicas yet when the wizard grants it the pull role, before the cluster
 * exists. The sandbox hides new managed identities too; the grant goes through by the same policy as
 * the pull-secret path's (principalType sent, PrincipalNotFound waited out with az's budget).
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Registry} from '../../source/azure/azure.js';
import {seedIds} from '../../source/sandbox/index.js';
import {attachSteps} from '../../source/steps/attach/index.js';
import {runSteps} from '../../source/wizard/engine.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';

const identityId = (name: string) =>
	`/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`;

describe('a new cluster bringing its own kubelet identity, while the directory replicates, over the sandbox', () => {
	let flow: AttachFlow;
	let registry: Registry;
	beforeAll(async () => {
		// Twelve reads miss each new object: more than the four retries the wizard used to allow.
		flow = await startAttachFlow('owner', {directoryReplication: {misses: 12}});
		registry = await flow.azure.createRegistry({
			subscriptionId: seedIds.subscriptionId,
			resourceGroup: seedIds.resourceGroup,
			name: 'replicaattach01',
			location: seedIds.location,
			sku: 'Basic',
		});
		await flow.azure.importImage(registry.id, 'docker.io/library/nginx:latest', 'nginx:v1');
	});
	afterAll(async () => flow.close());

	test('ARM refuses AcrPull for the identity just made without principalType (PrincipalNotFound), and takes it with one', async () => {
		const identity = await flow.azure.createUserAssignedIdentity({
			subscriptionId: seedIds.subscriptionId,
			resourceGroup: seedIds.resourceGroup,
			name: 'replicating-probe',
			location: seedIds.location,
		});
		const role = await flow.azure.findRole(registry.id, 'acrpull');
		const input = {scope: registry.id, roleDefinitionId: role?.id ?? '', principalId: identity.principalId};
		await expect(flow.azure.assignRole(input)).rejects.toMatchObject({code: 'PrincipalNotFound'});
		await expect(flow.azure.assignRole({...input, principalType: 'ServicePrincipal'})).resolves.toMatchObject({created: true});
	});

	test('the kubelet identity is made, granted AcrPull before the cluster exists, and the cluster pulls: 2/2 Running', async () => {
		const context = flow.context({
			'Which AKS cluster should pull from the registry?': '+create',
			'Resource group for the new cluster:': seedIds.resourceGroup,
			'New AKS cluster name:': 'aks-replica-01',
			'Location (region) of the new cluster:': 'westeurope',
			'How many nodes?': '2',
			'Node VM size:': 'Standard_B2s',
			'Kubelet identity of the new cluster:': 'user-assigned',
			'Apply these 3 changes?': 'apply',
			'Apply this deployment?': 'apply',
		});
		context.store.getState().actions.chooseRegistry(registry);
		await expect(runSteps(attachSteps, context)).resolves.toBe('done');
		expect(context.store.getState().pods.filter((pod) => pod.status === 'Running')).toHaveLength(2);
		const kubelet = flow.sandbox.state.userAssignedIdentities.get(identityId('aks-replica-01-kubelet').toLowerCase());
		expect((await flow.azure.listRoleAssignments(registry.id, kubelet?.principalId)).map((grant) => grant.principalId)).toEqual([kubelet?.principalId]);
	});
});
