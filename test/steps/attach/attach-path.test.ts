import {describe, expect, test} from 'vitest';
import {attachSteps, detachSteps} from '../../../source/steps/attach/index.js';
import {fixFor, sampleWorkload} from '../../../source/steps/attach/sample-deployment.js';
import {attachFacts} from '../../../source/steps/attach/grant-pull.js';
import {runSteps} from '../../../source/wizard/engine.js';
import type {PodSummary} from '../../../source/wizard/types.js';
import {clusterId, fakeAzure, fakeCluster, fakeIds, fakeRegistry} from '../../helpers/fake-azure.js';
import {acrPullAssignment, attachContext, questions} from './attach-kit.js';

const running = (name: string): PodSummary => ({
	name,
	namespace: 'default',
	ready: '1/1',
	status: 'Running',
	restarts: 0,
	images: ['myregistry.azurecr.io/nginx:v1'],
});

/** Waits (turn by turn, no timer) until the condition holds. */
async function until(condition: () => boolean): Promise<void> {
	for (let turn = 0; turn < 10_000 && !condition(); turn++) await new Promise((resolve) => setImmediate(resolve));
	if (!condition()) throw new Error('condition never held');
}

describe('the attach path', () => {
	test('picks the cluster, grants AcrPull, gets the credentials and deploys nginx0-deployment until 2/2 run', async () => {
		const context = attachContext({[questions.cluster]: clusterId(), [questions.apply]: 'apply', [questions.deploy]: 'apply'});
		const cluster = context.kubernetes.defaultCluster;
		const done = runSteps(attachSteps, context);
		await until(() => cluster.openWatches() > 0);
		cluster.pushPods({pods: [running('nginx0-deployment-669dfc4d4b-x74kr'), running('nginx0-deployment-669dfc4d4b-xdpd6')], events: []});
		await expect(done).resolves.toBe('done');
		expect(context.store.getState().journal.map((entry) => [entry.command, entry.outcome])).toEqual([
			['az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry', 'done'],
			['az aks get-credentials --resource-group myResourceGroup --name myAKSCluster', 'done'],
			['kubectl apply --context myAKSCluster -f acr-nginx.yaml', 'done'],
		]);
		const [source] = context.kubernetes.calls.cluster.at(-1) ?? [];
		expect(source?.kind).toBe('inline');
		expect(cluster.world.workloads.get('Deployment/default/nginx0-deployment')).toEqual(sampleWorkload('myregistry.azurecr.io'));
		expect(context.store.getState().target).toMatchObject({clusterId: clusterId(), clusterName: 'myAKSCluster'});
		// The sample reuses what the grant read: the kubelet's grants are listed for the grant and once more by the
		// verify (where the kubelet's own token cannot be had, the assignment being visible is the check), not again for the fix.
		expect(context.azure.calls.listRoleAssignments).toHaveLength(2);
		expect(context.store.getState().notices).toContain(
			'The pull role assignment is visible; the nodes may still need a minute before their pulls are accepted.',
		);
		context.prompter.verify();
	});

	test('lists clusters with group, location and version, and takes a resource ID after a bad one', async () => {
		const context = attachContext({[questions.cluster]: '+by-id', [questions.clusterId]: ['myAKSCluster', clusterId()]});
		await attachSteps[0]?.run(context);
		const asked = context.prompter.asked[0];
		expect(asked?.kind === 'select' && asked.spec.choices[0]).toMatchObject({label: 'myAKSCluster', hint: 'myResourceGroup · eastus · Kubernetes 1.32.4'});
		expect(context.prompter.refusals[0]).toContain('That is not an AKS cluster resource ID.');
		expect(context.store.getState().target.clusterId).toBe(clusterId());
	});

	test('with no cluster in the subscription, the hint gives az aks create --attach-acr with the chosen registry', async () => {
		const context = attachContext(
			{[questions.cluster]: '+by-id', [questions.clusterId]: clusterId()},
			{azure: fakeAzure({listManagedClusters: async () => []})},
		);
		await attachSteps[0]?.run(context);
		const asked = context.prompter.asked[0];
		expect(asked?.kind === 'select' && asked.spec.hint).toContain(
			'az aks create --name <cluster> --resource-group <group> --generate-ssh-keys --attach-acr myregistry',
		);
	});

	test('takes --cluster as a name or a resource ID, and names the flag value it cannot find', async () => {
		for (const cluster of ['myakscluster', clusterId()]) {
			const context = attachContext({}, {flags: {cluster}});
			await attachSteps[0]?.run(context);
			expect(context.store.getState().target.clusterName).toBe('myAKSCluster');
			expect(context.store.getState().notices).toEqual(['Which AKS cluster should pull from the registry? myAKSCluster (from --cluster)']);
		}
		const context = attachContext({}, {flags: {cluster: 'nope'}});
		await expect(attachSteps[0]?.run(context)).rejects.toThrow('No AKS cluster named nope that this account can read.');
	});

	test('offers attach as the fix for a refused pull and the import for a missing image', async () => {
		const context = attachContext({});
		const facts = await attachFacts(context, fakeCluster(), fakeRegistry());
		const fix = fixFor(context, fakeRegistry(), facts);
		const diagnosis = {title: 't', explanation: 'e'};
		expect(fix({...diagnosis, kind: 'no-pull-permission'})?.actions[0]?.command).toBe(
			'az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry',
		);
		expect(fix({...diagnosis, kind: 'image-not-found'})?.actions[0]?.command).toBe(
			'az acr import --name myregistry --source docker.io/library/nginx:latest --image nginx:v1',
		);
		expect(fix({...diagnosis, kind: 'wrong-login-server'})).toBeUndefined();
	});
});

describe('the detach path', () => {
	test("deletes the kubelet identity's AcrPull at the registry with az aks update --detach-acr", async () => {
		const azure = fakeAzure();
		azure.world.roleAssignments.push(acrPullAssignment());
		const context = attachContext({[questions.cluster]: clusterId(), [questions.apply]: 'apply'}, {azure});
		await expect(runSteps(detachSteps, context)).resolves.toBe('done');
		const [entry] = context.store.getState().journal;
		expect(entry).toMatchObject({
			command: 'az aks update --name myAKSCluster --resource-group myResourceGroup --detach-acr myregistry',
			call: `DELETE ${acrPullAssignment().id}`,
			outcome: 'done',
		});
		expect(azure.world.roleAssignments).toHaveLength(0);
		expect(context.store.getState().plan?.notes).toContain(
			'Pods already running keep their images; new pods (a restart, a scale-up, a new node) will fail to pull.',
		);
	});

	test('asks which cluster should stop pulling from the registry, and offers no new cluster', async () => {
		const azure = fakeAzure();
		azure.world.roleAssignments.push(acrPullAssignment());
		const context = attachContext({'Which AKS cluster should stop pulling from the registry?': clusterId(), [questions.apply]: 'apply'}, {azure});
		context.store.getState().actions.chooseMethod('detach');
		await expect(runSteps(detachSteps, context)).resolves.toBe('done');
		const asked = context.prompter.asked[0];
		expect(asked?.kind === 'select' && asked.spec.choices.map((choice) => choice.label)).toEqual(['myAKSCluster', 'Give a resource ID']);
		context.prompter.verify();
	});

	test('says there is nothing to detach when no AcrPull is there, and changes nothing', async () => {
		const context = attachContext({[questions.cluster]: clusterId()});
		await expect(runSteps(detachSteps, context)).resolves.toBe('done');
		expect(context.store.getState().activity).toBe('The kubelet identity of myAKSCluster holds no AcrPull assignment on myregistry: nothing to detach.');
		expect(context.azure.calls.deleteRoleAssignment).toHaveLength(0);
		expect(context.store.getState().journal).toHaveLength(0);
	});

	test('warns that a grant elsewhere still lets the cluster pull', async () => {
		const azure = fakeAzure();
		const group = `/subscriptions/${fakeIds.subscriptionId}/resourceGroups/${fakeIds.resourceGroup}`;
		azure.world.roleAssignments.push(acrPullAssignment(), acrPullAssignment(group, '44444444-0000-0000-0000-000000000002'));
		const context = attachContext({[questions.apply]: 'apply'}, {azure, flags: {cluster: 'myAKSCluster'}});
		await runSteps(detachSteps, context);
		expect(context.store.getState().plan?.notes[0]).toBe(`The kubelet identity still holds AcrPull at ${group}, so it can still pull after the detach.`);
		expect(azure.world.roleAssignments.map((item) => item.scope)).toEqual([group]);
	});
});
