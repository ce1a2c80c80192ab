import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Registry} from '../../source/azure/azure.js';
import {seedIds} from '../../source/sandbox/index.js';
import {attachSteps} from '../../source/steps/attach/index.js';
import {attachFacts, attachPlan} from '../../source/steps/attach/grant-pull.js';
import {verifyPull} from '../../source/steps/attach/verify-pull.js';
import {systemClock} from '../../source/wizard/clock.js';
import {applyPlan, runSteps} from '../../source/wizard/engine.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';
import {fakeClock} from '../helpers/test-context.js';

const aksId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;

describe('verify before deploying: the kubelet identity can pull once its role takes effect', () => {
	let flow: AttachFlow;
	let registry: Registry;
	beforeAll(async () => {
		flow = await startAttachFlow('owner');
		registry = await flow.azure.createRegistry({
			subscriptionId: seedIds.subscriptionId,
			resourceGroup: seedIds.resourceGroup,
			name: 'verifyreg01',
			location: seedIds.location,
			sku: 'Basic',
		});
		await flow.azure.importImage(registry.id, 'docker.io/library/nginx:latest', 'nginx:v1');
	});
	afterAll(async () => flow.close());

	test('waits through a propagation delay, showing the seconds every 3 s, then deploys and the pods run without a single pull failure', async () => {
		flow.sandbox.state.pullWorld.propagation = {directMs: 4000, groupMs: 4000};
		const context = {
			...flow.context({'Which AKS cluster should pull from the registry?': aksId, 'Apply this change?': 'apply', 'Apply this deployment?': 'apply'}),
			clock: systemClock,
		};
		context.store.getState().actions.chooseRegistry(registry);
		const activity: string[] = [];
		const unsubscribe = context.store.subscribe((state) => {
			if (state.activity && activity.at(-1) !== state.activity) activity.push(state.activity);
		});
		const started = Date.now();
		await expect(runSteps(attachSteps, context)).resolves.toBe('done');
		unsubscribe();
		expect(activity).toContain('Waiting for the role assignment to take effect… 0 s');
		expect(activity).toContain('Waiting for the role assignment to take effect… 3 s');
		expect(Date.now() - started).toBeGreaterThanOrEqual(4000);
		const state = context.store.getState();
		expect(state.notices.some((line) => /^The registry accepts the kubelet identity for pulls \(token exchange.*after \d+ s\.$/.test(line))).toBe(true);
		expect(state.pods.filter((pod) => pod.status === 'Running')).toHaveLength(2);
		expect(state.pods.every((pod) => pod.restarts === 0)).toBe(true);
		context.scripted.verify();
		flow.sandbox.state.pullWorld.propagation = {directMs: 0, groupMs: 0};
	}, 30_000);

	test('times out cleanly after 45 s of checks every 3 s, with a warning naming the cause and the check command', async () => {
		flow.sandbox.state.pullWorld.propagation = {directMs: 600_000, groupMs: 600_000};
		const clock = fakeClock();
		const context = {...flow.context({'Apply this change?': 'apply'}), clock};
		const cluster = await flow.azure.getManagedCluster(aksId);
		const other = await flow.azure.createRegistry({
			subscriptionId: seedIds.subscriptionId,
			resourceGroup: seedIds.resourceGroup,
			name: 'verifyreg02',
			location: seedIds.location,
			sku: 'Basic',
		});
		const facts = await attachFacts(context, cluster, other);
		await applyPlan(attachPlan(context, facts), context, {retry: false});
		await expect(verifyPull(context, cluster, other, facts.principal.objectId)).resolves.toBe('timed-out');
		expect(clock.sleeps).toEqual(Array.from({length: 15}, () => 3000));
		expect(context.store.getState().notices.at(-1)).toBe(
			'The registry still refuses the kubelet identity after 45 s (insufficient_scope): new role assignments can take minutes to take effect, longer through an Entra group. Deploying anyway; the pods retry by themselves. Check from the nodes: az aks check-acr --name aks-sandbox --resource-group rg-acr-sandbox --acr verifyreg02.azurecr.io',
		);
		// On the screen too, under whatever comes next (the deployment, the live pods).
		expect(context.store.getState().details.at(-1)).toBe(context.store.getState().notices.at(-1));
		expect(context.store.getState().activity).toBeUndefined();
		flow.sandbox.state.pullWorld.propagation = {directMs: 0, groupMs: 0};
	});
});
