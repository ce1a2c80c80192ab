/**
 * Default regions per cloud, over the sandbox playing AzureChinaCloud: in a subscription with no cluster
 * and no group to follow, a new resource group is offered the China cloud's own region, and the sandbox
 * (which refuses eastus there, as the China cloud has no such region) makes it.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/index.js';
import {chooseRegistry} from '../../source/steps/choose-registry.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';

const q = {
	registry: 'Which registry should the cluster pull from?',
	name: 'Registry name:',
	group: 'Resource group for the new registry:',
	groupName: 'New resource group name:',
	location: 'Location of the new resource group:',
	sku: 'Registry SKU (service tier):',
	applyTwo: 'Apply these 2 changes?',
	apply: 'Apply this change?',
} as const;

describe('a new resource group in the China cloud, with nothing to follow, over the sandbox playing it', () => {
	let flow: AttachFlow;
	beforeAll(async () => {
		flow = await startAttachFlow('owner', {cloud: 'AzureChinaCloud'});
		// The shared subscription with no group left (and no cluster): the default region can only come from the cloud.
		for (const [id, group] of flow.sandbox.state.resourceGroups) {
			if (group.subscriptionId === seedIds.sharedSubscriptionId) flow.sandbox.state.resourceGroups.delete(id);
		}
	});
	afterAll(async () => flow.close());

	test('the location question offers the China region by default, and the group and registry are made there', async () => {
		const offered: string[] = [];
		const context = flow.context({
			[q.registry]: '+create',
			[q.name]: 'cnregionacr01',
			[q.group]: '+create',
			[q.groupName]: 'rg-china-default',
			[q.location]: (question) => {
				const value = question.kind === 'text' ? (question.spec.default ?? '') : '';
				offered.push(value);
				return value;
			},
			[q.sku]: 'basic',
			[q.applyTwo]: 'apply',
			[q.apply]: 'apply',
		});
		const shared = {id: seedIds.sharedSubscriptionId, name: 'Sandbox Shared Services', tenantId: flow.sandbox.tenantId};
		context.store.getState().actions.chooseSubscription(shared);
		await chooseRegistry.run(context);
		expect(offered).toEqual(['chinaeast2']);
		expect(context.store.getState().journal[0]?.command).toBe(
			`az group create --name rg-china-default --location chinaeast2 --subscription ${seedIds.sharedSubscriptionId}`,
		);
		expect(context.store.getState().registry).toMatchObject({name: 'cnregionacr01', loginServer: 'cnregionacr01.azurecr.cn', location: 'chinaeast2'});
	});
});
