import {afterEach, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../../source/sandbox/index.js';
import {raw, startTestSandbox} from '../helpers.js';

const rg = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}`;
const missing = (namespace: string): Record<string, unknown> => {
	const message = `The subscription is not registered to use namespace '${namespace}'. See https://aka.ms/rps-not-found for how to register subscriptions.`;
	return {error: {code: 'MissingSubscriptionRegistration', message, details: [{code: 'MissingSubscriptionRegistration', target: namespace, message}]}};
};

describe('provider registration is enforced on every PUT of a resource type', () => {
	let sandbox: Sandbox | undefined;
	afterEach(async () => {
		await sandbox?.close();
		sandbox = undefined;
	});

	it('an unregistered namespace answers 409 MissingSubscriptionRegistration for registries, nested types and extensions', async () => {
		sandbox = await startTestSandbox({scenario: 'providers-unregistered'});
		const registry = await raw(sandbox, 'PUT', `${rg}/providers/Microsoft.ContainerRegistry/registries/newacr123?api-version=2025-11-01`, {
			location: 'eastus',
			sku: {name: 'Basic'},
		});
		expect(registry.status).toBe(409);
		expect(registry.body).toEqual(missing('Microsoft.ContainerRegistry'));
		const token = await raw(sandbox, 'PUT', `${rg}/providers/Microsoft.ContainerRegistry/registries/newacr123/tokens/t1?api-version=2025-11-01`, {
			properties: {},
		});
		expect(token.body).toEqual(missing('Microsoft.ContainerRegistry'));
		const extension = await raw(
			sandbox,
			'PUT',
			`${rg}/providers/Microsoft.Kubernetes/connectedClusters/${seedIds.arcCluster}/providers/Microsoft.KubernetesConfiguration/extensions/acr?api-version=2023-05-01`,
			{properties: {extensionType: 'Microsoft.ContainerRegistry.ConnectedRegistry'}},
		);
		expect(extension.status).toBe(409);
		expect(extension.body).toEqual(missing('Microsoft.KubernetesConfiguration'));
		// Reads are not refused, and registering the namespace lifts the refusal.
		expect((await raw(sandbox, 'GET', `${rg}/providers/Microsoft.ContainerRegistry/registries?api-version=2025-11-01`)).status).toBe(200);
		await raw(sandbox, 'POST', `/subscriptions/${seedIds.subscriptionId}/providers/Microsoft.ContainerRegistry/register?api-version=2021-04-01`);
		for (let polls = 0; polls < 10; polls += 1) {
			const provider = await raw(sandbox, 'GET', `/subscriptions/${seedIds.subscriptionId}/providers/Microsoft.ContainerRegistry?api-version=2021-04-01`);
			if ((provider.body as {registrationState: string}).registrationState === 'Registered') break;
		}
		const again = await raw(sandbox, 'PUT', `${rg}/providers/Microsoft.ContainerRegistry/registries/newacr123?api-version=2025-11-01`, {
			location: 'eastus',
			sku: {name: 'Basic'},
		});
		expect(again.status).toBeLessThan(300);
	});

	it('role assignments (Microsoft.Authorization) are never refused for registration', async () => {
		sandbox = await startTestSandbox({unregisteredProviders: ['Microsoft.Authorization']});
		const kubelet = [...sandbox.state.managedClusters.values()][0]?.kubelet.objectId ?? '';
		const put = await raw(
			sandbox,
			'PUT',
			`${rg}/providers/Microsoft.Authorization/roleAssignments/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d?api-version=2022-04-01`,
			{
				properties: {
					roleDefinitionId: `/subscriptions/${seedIds.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d`,
					principalId: kubelet,
				},
			},
		);
		expect(put.status).toBe(201);
	});
});
