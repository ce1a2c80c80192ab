/**
 * The prerequisites of seed 004, checked over the sandbox and offered as one plan the user confirms: a Basic registry
 * stopped with the upgrade to Premium and its cost, the dedicated data endpoint off, the Arc resource providers not
 * registered. Going back changes nothing; applying makes each so.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {messages} from '../../source/messages/catalog.js';
import {seedIds} from '../../source/sandbox/index.js';
import {key} from '../../source/sandbox/state.js';
import {checkConnectedPrerequisites} from '../../source/steps/connected-registry/prerequisites.js';
import {GoBack} from '../../source/wizard/errors.js';
import type {PlanView} from '../../source/wizard/types.js';
import {startConnectedFlow, type ConnectedFlow} from '../helpers/connected-registry-flow.js';

const arcId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.Kubernetes/connectedClusters/${seedIds.arcCluster}`;
const providers = ['Microsoft.Kubernetes', 'Microsoft.KubernetesConfiguration', 'Microsoft.ExtendedLocation'];
const script = (apply: string | ((plan: PlanView | undefined) => string), plan: () => PlanView | undefined) => ({
	'Which Arc-enabled cluster should run the connected registry?': arcId,
	[`Which kubeconfig context reaches ${seedIds.arcCluster}?`]: seedIds.arcCluster,
	'Which repositories should the connected registry sync?': 'hello-world',
	[messages().engine.confirm(6)]: () => (typeof apply === 'string' ? apply : apply(plan())),
});

describe('connected registry prerequisites over the sandbox, in a terminal', () => {
	let flow: ConnectedFlow;
	beforeAll(async () => {
		flow = await startConnectedFlow();
		// A subscription where none of the Arc providers is registered yet.
		for (const namespace of providers)
			flow.base.sandbox.state.providers.set(key(`${seedIds.subscriptionId}/${namespace}`), {state: 'NotRegistered', registeringPolls: 0});
	});
	afterAll(async () => flow.close());

	test('a Basic registry without a data endpoint is stopped with the upgrade (and its cost), the data endpoint and the providers in one plan; back changes nothing', async () => {
		const registry = await flow.registry('edgeprereq01', 'Basic');
		let shown: PlanView | undefined;
		const context = flow.context(
			registry,
			script(
				(plan) => ((shown = plan), 'back'),
				() => context.store.getState().plan,
			),
		);
		await expect(checkConnectedPrerequisites.run(context)).rejects.toBeInstanceOf(GoBack);
		expect(shown?.actions.map((action) => action.command)).toEqual([
			'az acr update --name edgeprereq01 --sku Premium',
			'az acr update --name edgeprereq01 --data-endpoint-enabled true',
			'az provider register --namespace Microsoft.Kubernetes',
			'az provider register --namespace Microsoft.KubernetesConfiguration',
			'az provider register --namespace Microsoft.ExtendedLocation',
			'az acr import --name edgeprereq01 --source mcr.microsoft.com/mcr/hello-world:latest --image hello-world:latest',
		]);
		expect(shown?.notes.join('\n')).toContain('Connected registries need the Premium tier. Premium costs more than Basic (about 1.67 USD a day');
		expect(shown?.notes.join('\n')).toContain(`The connected registry syncs through edgeprereq01.${seedIds.location}.data.azurecr.io`);
		expect(await flow.azure.getRegistry(registry.id)).toMatchObject({sku: 'Basic', dataEndpointEnabled: false});
		for (const namespace of providers) expect(await flow.azure.providerState(seedIds.subscriptionId, namespace)).toBe('NotRegistered');
		context.scripted.verify();
	});

	test('applied, the registry is Premium with its data endpoint, the providers are registering or registered, and hello-world is imported', async () => {
		const registry = await flow.registry('edgeprereq02', 'Basic');
		const context = flow.context(
			registry,
			script('apply', () => undefined),
		);
		await checkConnectedPrerequisites.run(context);
		expect(await flow.azure.getRegistry(registry.id)).toMatchObject({sku: 'Premium', dataEndpointEnabled: true});
		for (const namespace of providers) expect(['Registering', 'Registered']).toContain(await flow.azure.providerState(seedIds.subscriptionId, namespace));
		expect(await flow.azure.listTags(registry.loginServer, 'hello-world')).toEqual(['latest']);
		expect(context.store.getState().journal.every((entry) => entry.outcome === 'done')).toBe(true);
		context.scripted.verify();
	});
});
