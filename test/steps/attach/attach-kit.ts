/** Shared arrangement of the attach tests: a context at the attach path with a registry chosen. */
import {fakeAzure, fakeIds, fakeRegistry, registryId, type FakeAzure} from '../../helpers/fake-azure.js';
import {scriptedPrompter, type Script} from '../../helpers/scripted-prompter.js';
import {testContext} from '../../helpers/test-context.js';
import type {Registry, RoleAssignment} from '../../../source/azure/azure.js';
import type {Flags} from '../../../source/wizard/context.js';

export const subscription = {id: fakeIds.subscriptionId, name: fakeIds.subscriptionName, tenantId: fakeIds.tenantId};

export const questions = {
	cluster: 'Which AKS cluster should pull from the registry?',
	clusterId: 'AKS cluster resource ID:',
	apply: 'Apply this change?',
	deploy: 'Apply this deployment?',
} as const;

/** A context with the default registry chosen (or `registry`), the cluster as target when `withTarget`. */
export function attachContext(script: Script, options: {azure?: FakeAzure; registry?: Registry; flags?: Flags; withTarget?: boolean} = {}) {
	const registry = options.registry ?? fakeRegistry();
	const azure = options.azure ?? fakeAzure();
	const target = options.withTarget ? {clusterId: azure.world.clusters[0]?.id, clusterName: fakeIds.clusterName} : {};
	return testContext({prompter: scriptedPrompter(script), azure, flags: options.flags ?? {}, state: {subscription, registry, method: 'attach', target}});
}

/** An AcrPull assignment of the kubelet identity on the default registry. */
export function acrPullAssignment(scope: string = registryId(fakeIds.registryName), guid = '44444444-0000-0000-0000-000000000001'): RoleAssignment {
	return {
		id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${guid}`,
		scope,
		roleDefinitionId: `${scope}/providers/Microsoft.Authorization/roleDefinitions/${fakeIds.acrPullRoleId}`,
		principalId: fakeIds.kubeletObjectId,
		principalType: 'ServicePrincipal',
	};
}
