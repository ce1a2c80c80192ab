import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Registry} from '../../source/azure/azure.js';
import {seedIds} from '../../source/sandbox/index.js';
import {attachSteps} from '../../source/steps/attach/index.js';
import {runSteps} from '../../source/wizard/engine.js';
import {WizardError} from '../../source/wizard/errors.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';
import {raw} from '../sandbox/helpers.js';

const aksId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
const subscription = `/subscriptions/${seedIds.subscriptionId}`;
const recheck = 'Activate your eligible Owner role in PIM, then choose Re-check:';

describe('a caller whose Owner role is only eligible in PIM', () => {
	let flow: AttachFlow;
	let registry: Registry;
	beforeAll(async () => {
		flow = await startAttachFlow('owner', {scenario: 'pim-eligible-owner'});
		registry = await flow.azure.createRegistry({
			subscriptionId: seedIds.subscriptionId,
			resourceGroup: seedIds.resourceGroup,
			name: 'pimreg01',
			location: seedIds.location,
			sku: 'Basic',
		});
		await flow.azure.importImage(registry.id, 'docker.io/library/nginx:latest', 'nginx:v1');
	});
	afterAll(async () => flow.close());

	test('stopping keeps nothing changed and the advice names the eligible role, PIM and Re-check, beside the administrator commands', async () => {
		const context = flow.context({[`Which AKS cluster should pull from the registry?`]: aksId, [recheck]: 'stop'});
		context.store.getState().actions.chooseRegistry(registry);
		const failure = await runSteps(attachSteps, context).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(WizardError);
		const error = failure as WizardError;
		expect(error.message).toMatch(/^You cannot create role assignments on pimreg01, so nothing was changed\./);
		expect(error.suggestion).toMatch(
			/^You are eligible for Owner on Sandbox Subscription in Privileged Identity Management \(PIM\): activate your eligible Owner role in PIM .*then choose Re-check\.\nAsk an administrator to run:\n {2}az aks update --name aks-sandbox --resource-group rg-acr-sandbox --attach-acr pimreg01/,
		);
		expect(context.store.getState().journal).toEqual([]);
		context.scripted.verify();
	});

	test('activating the role and choosing Re-check goes on: the grant is made and the pods run', async () => {
		const context = flow.context({
			[`Which AKS cluster should pull from the registry?`]: aksId,
			[recheck]: async () => {
				// What the user does in the portal meanwhile: SelfActivate of the eligible Owner role.
				const activation = await raw(
					flow.sandbox,
					'PUT',
					`${subscription}/providers/Microsoft.Authorization/roleAssignmentScheduleRequests/5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b?api-version=2020-10-01`,
					{
						properties: {
							principalId: seedIds.userObjectId,
							roleDefinitionId: `${subscription}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`,
							requestType: 'SelfActivate',
						},
					},
				);
				expect(activation.status).toBe(201);
				return 'recheck';
			},
			'Apply this change?': 'apply',
			'Apply this deployment?': 'apply',
		});
		context.store.getState().actions.chooseRegistry(registry);
		await expect(runSteps(attachSteps, context)).resolves.toBe('done');
		expect(context.store.getState().journal[0]).toMatchObject({
			command: 'az aks update --name aks-sandbox --resource-group rg-acr-sandbox --attach-acr pimreg01',
			outcome: 'done',
		});
		expect(context.store.getState().pods.filter((pod) => pod.status === 'Running')).toHaveLength(2);
		context.scripted.verify();
	});
});
