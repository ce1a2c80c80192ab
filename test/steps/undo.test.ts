import {describe, expect, test} from 'vitest';
import {AzureError} from '../../source/azure/azure.js';
import {KubeError} from '../../source/kubernetes/kubernetes.js';
import {createSecret} from '../../source/steps/pull-secret/secret.js';
import {createRegistryPlan} from '../../source/steps/registry/create-registry.js';
import {kubeUndoParams, undoPlan} from '../../source/steps/undo.js';
import {applyPlan} from '../../source/wizard/engine.js';
import {WizardError} from '../../source/wizard/errors.js';
import type {JournalEntry} from '../../source/wizard/types.js';
import type {UndoKind, UndoParams, UndoSpec, UndoSpecOf} from '../../source/wizard/undo-spec.js';
import {clusterId, fakeAzure, fakeIds, registryId} from '../helpers/fake-azure.js';
import {fakeCluster, fakeKubernetes} from '../helpers/fake-kubernetes.js';
import {scriptedPrompter} from '../helpers/scripted-prompter.js';
import {testContext} from '../helpers/test-context.js';
import {defaultTarget, presetSession, pullSecretContext, q} from './pull-secret/context.js';

const aks = kubeUndoParams({kind: 'aks', clusterId: clusterId()});
const kind = kubeUndoParams({kind: 'context', context: 'kind-local', kubeconfigPath: '/home/alice/.kube/config'});

function entry(id: string, outcome: JournalEntry['outcome'], undo?: UndoSpec, stepId = 'path'): JournalEntry {
	return {id, stepId, outcome, sentence: `Do ${id}`, command: `cmd ${id}`, call: `PUT ${id}`, at: '2026-11-22T11:00:00Z', undo};
}

function spec<K extends UndoKind>(kindName: K, params: UndoParams[K]): UndoSpecOf<K> {
	return {sentence: `Undo ${kindName}`, command: `undo ${kindName}`, kind: kindName, params};
}

/** A spec as a record of another version (or a damaged one) may hold it: an unknown kind, or params missing. */
function foreignSpec(kindName: string, params: Record<string, string>): UndoSpec {
	return {sentence: `Undo ${kindName}`, command: `undo ${kindName}`, kind: kindName, params} as unknown as UndoSpec;
}

const role = spec('delete-role-assignment', {id: '/subscriptions/x/providers/Microsoft.Authorization/roleAssignments/1'});
const secret = spec('delete-secret', {namespace: 'web', name: 'acr-secret', ...kind});
const workload = spec('delete-workload', {kind: 'Deployment', namespace: 'default', name: 'nginx0-deployment', ...aks});

describe('kubeUndoParams', () => {
	test('an AKS target keeps the cluster id; a context target its name and kubeconfig', () => {
		expect(aks).toEqual({target: 'aks', clusterId: clusterId()});
		expect(kind).toEqual({target: 'context', context: 'kind-local', kubeconfigPath: '/home/alice/.kube/config'});
		expect(kubeUndoParams({kind: 'context', context: 'minikube'})).toEqual({target: 'context', context: 'minikube'});
	});
});

describe('undoPlan', () => {
	test('undoes the done entries that have an undo, most recent first', () => {
		const journal = [entry('a', 'done', role), entry('b', 'unchanged', secret), entry('c', 'failed', secret), entry('d', 'done'), entry('e', 'done', workload)];
		const plan = undoPlan(testContext(), journal);
		expect(plan.stepId).toBe('undo');
		expect(plan.actions.map((action) => [action.id, action.sentence, action.command])).toEqual([
			['undo-path-e', 'Undo delete-workload', 'undo delete-workload'],
			['undo-path-a', 'Undo delete-role-assignment', 'undo delete-role-assignment'],
		]);
		expect(plan.actions[0]?.call).toBe('DELETE /apis/apps/v1/namespaces/default/deployments/nginx0-deployment');
	});

	test('leaves out what a previous undo already undid', () => {
		const journal = [entry('a', 'done', role), entry('e', 'done', workload), entry('undo-path-e', 'done', undefined, 'undo')];
		expect(undoPlan(testContext(), journal).actions.map((action) => action.id)).toEqual(['undo-path-a']);
	});
});

describe('undo handlers', () => {
	test('run in reverse order through the ports, journaled under "undo"', async () => {
		const cluster = fakeCluster();
		cluster.world.secrets.set('web/acr-secret', {namespace: 'web', name: 'acr-secret', server: 'myregistry.azurecr.io', username: 'u', password: 'p'});
		const kubernetes = fakeKubernetes({}, {clusters: {'kind-local': cluster}});
		const context = testContext({kubernetes, prompter: scriptedPrompter({'Apply these 3 changes?': 'apply'})});
		const journal = [entry('a', 'done', role), entry('b', 'done', secret), entry('e', 'done', workload)];
		await applyPlan(undoPlan(context, journal), context, {retry: false});
		expect(context.azure.calls.deleteRoleAssignment).toEqual([[role.params.id]]);
		expect(context.azure.calls.getClusterUserKubeconfig).toEqual([[clusterId()]]);
		const [[inline], [file, contextName]] = kubernetes.calls.cluster as [[{kind: string}], [{kind: string; path?: string}, string]];
		expect(inline.kind).toBe('inline');
		expect([file, contextName]).toEqual([{kind: 'file', path: '/home/alice/.kube/config'}, 'kind-local']);
		expect(kubernetes.defaultCluster.calls.deleteWorkload).toEqual([['Deployment', 'default', 'nginx0-deployment']]);
		expect(cluster.world.secrets.has('web/acr-secret')).toBe(false);
		expect(context.store.getState().journal.map((item) => [item.stepId, item.id, item.outcome])).toEqual([
			['undo', 'undo-path-e', 'done'],
			['undo', 'undo-path-b', 'done'],
			['undo', 'undo-path-a', 'done'],
		]);
	});

	test('service account, token, scope map, service principal and pod undos call their ports', async () => {
		const kubernetes = fakeKubernetes();
		const context = testContext({kubernetes, prompter: scriptedPrompter({'Apply these 5 changes?': 'apply'})});
		const registry = registryId('myregistry');
		const journal = [
			entry('sa', 'done', spec('remove-sa-pull-secret', {namespace: 'web', serviceAccount: 'default', secretName: 'acr-secret', ...kind})),
			entry('token', 'done', spec('delete-token', {registryId: registry, name: 'nginx-token'})),
			entry('map', 'done', spec('delete-scope-map', {registryId: registry, name: 'nginx-scope'})),
			entry('sp', 'done', spec('delete-service-principal', {appId: 'app-1', objectId: 'obj-1'})),
			entry('pod', 'done', spec('delete-workload', {kind: 'Pod', namespace: 'web', name: 'acr-nginx', ...kind})),
		];
		await applyPlan(undoPlan(context, journal), context, {retry: false});
		const cluster = kubernetes.defaultCluster;
		expect(cluster.calls.deleteWorkload).toEqual([['Pod', 'web', 'acr-nginx']]);
		expect(context.azure.calls.deleteServicePrincipal[0]?.[0]).toMatchObject({appId: 'app-1', objectId: 'obj-1'});
		expect(context.azure.calls.deleteScopeMap).toEqual([[registry, 'nginx-scope']]);
		expect(context.azure.calls.deleteToken).toEqual([[registry, 'nginx-token']]);
		expect(cluster.calls.removeImagePullSecretFromServiceAccount).toEqual([['web', 'default', 'acr-secret']]);
	});

	test('something already gone counts as unchanged, not as a failure', async () => {
		const azure = fakeAzure({
			deleteRoleAssignment: async () => {
				throw new AzureError('The role assignment was not found.', 'RoleAssignmentNotFound', 404);
			},
		});
		const kubernetes = fakeKubernetes({
			cluster: () =>
				fakeCluster({
					deleteSecret: async () => {
						throw new KubeError('secrets "acr-secret" not found', 'NotFound', 404);
					},
				}),
		});
		const context = testContext({azure, kubernetes, prompter: scriptedPrompter({'Apply these 2 changes?': 'apply'})});
		await applyPlan(undoPlan(context, [entry('a', 'done', role), entry('b', 'done', secret)]), context, {retry: false});
		expect(context.store.getState().journal.map((item) => [item.outcome, item.detail])).toEqual([
			['unchanged', 'already gone; nothing to undo'],
			['unchanged', 'already gone; nothing to undo'],
		]);
	});

	test('an unknown kind fails with the command to undo it by hand, journaled as failed', async () => {
		const context = testContext({prompter: scriptedPrompter({'Apply this change?': 'apply'})});
		const strange = foreignSpec('delete-everything', {});
		await expect(applyPlan(undoPlan(context, [entry('x', 'done', strange)]), context, {retry: false})).rejects.toBeInstanceOf(WizardError);
		expect(context.store.getState().journal[0]).toMatchObject({
			outcome: 'failed',
			error: {message: 'No way to undo "delete-everything" is known; undo it by hand.', suggestion: 'undo delete-everything'},
		});
	});

	test('a spec missing a parameter fails naming it', async () => {
		const context = testContext({prompter: scriptedPrompter({'Apply this change?': 'apply'})});
		await expect(applyPlan(undoPlan(context, [entry('x', 'done', foreignSpec('delete-token', {name: 't'}))]), context, {retry: false})).rejects.toThrow(
			'lacks "registryId"',
		);
	});
});

describe('undo of what the wizard created', () => {
	const newRegistry = {
		subscriptionId: fakeIds.subscriptionId,
		name: 'newregistry',
		group: {name: 'myResourceGroup', location: 'eastus', isNew: false},
		sku: 'Basic' as const,
		location: 'eastus',
	};

	test('a registry this run created is deleted by undo, with a warning about its images before the confirmation', async () => {
		const context = testContext({prompter: scriptedPrompter({'Apply this change?': ['apply', 'apply']})});
		await applyPlan(
			createRegistryPlan(context, newRegistry, () => undefined),
			context,
			{retry: false},
		);
		const id = registryId('newregistry');
		expect(context.store.getState().journal[0]?.undo).toEqual({
			sentence: 'Delete the registry newregistry and every image in it',
			command: 'az acr delete --name newregistry --resource-group myResourceGroup --yes',
			kind: 'delete-registry',
			params: {id},
		});
		const plan = undoPlan(context, context.store.getState().journal);
		expect(plan.actions.map((action) => action.call)).toEqual([`DELETE ${id}`]);
		expect(plan.notes).toEqual([
			'The registry newregistry was created by the wizard: undoing deletes it with every image in it, including any pushed since. This cannot be undone.',
		]);
		await applyPlan(plan, context, {retry: false});
		expect(context.store.getState().plan?.notes).toEqual(plan.notes);
		expect(context.azure.calls.deleteRegistry).toEqual([[id]]);
		expect(context.azure.world.registries.map((registry) => registry.name)).toEqual([fakeIds.registryName]);
		expect(context.store.getState().journal.at(-1)).toMatchObject({stepId: 'undo', outcome: 'done'});
	});

	test('an undo plan without a registry to delete has no notes', () => {
		expect(undoPlan(testContext(), [entry('a', 'done', role)]).notes).toEqual([]);
	});

	test('a namespace this run created is deleted by undo, after the secret in it', async () => {
		const target = {...defaultTarget, namespace: 'awesomeapps', namespaceExists: false};
		const context = pullSecretContext({[q.secretName]: 'acr-secret', [q.serviceAccount('acr-secret', 'awesomeapps')]: false, [q.apply(2)]: ['apply', 'apply']});
		presetSession(context, target);
		await createSecret.run(context);
		expect(context.store.getState().journal[0]?.undo).toEqual({
			sentence: 'Delete the namespace awesomeapps in myAKSCluster and everything in it',
			command: 'kubectl delete namespace awesomeapps',
			kind: 'delete-namespace',
			params: {name: 'awesomeapps', target: 'context', context: 'myAKSCluster', kubeconfigPath: '/home/alice/.kube/config'},
		});
		const plan = undoPlan(context, context.store.getState().journal);
		expect(plan.actions.map((action) => action.call)).toEqual([
			'DELETE /api/v1/namespaces/awesomeapps/secrets/acr-secret',
			'DELETE /api/v1/namespaces/awesomeapps',
		]);
		await applyPlan(plan, context, {retry: false});
		const cluster = context.kubernetes.defaultCluster;
		expect(cluster.calls.deleteNamespace).toEqual([['awesomeapps']]);
		expect(cluster.world.namespaces.has('awesomeapps')).toBe(false);
	});

	test('a namespace that existed already records no undo', async () => {
		const context = pullSecretContext({[q.secretName]: 'acr-secret', [q.serviceAccount('acr-secret', 'web')]: false, [q.apply(2)]: 'apply'});
		context.kubernetes.defaultCluster.world.namespaces.add('web');
		presetSession(context, {...defaultTarget, namespace: 'web', namespaceExists: false});
		await createSecret.run(context);
		expect(context.store.getState().journal[0]).toMatchObject({outcome: 'unchanged', undo: undefined});
	});

	test('a registry or namespace already gone counts as unchanged', async () => {
		const context = testContext({prompter: scriptedPrompter({'Apply these 2 changes?': 'apply'})});
		const journal = [
			entry('registry', 'done', spec('delete-registry', {id: registryId('gone')})),
			entry('namespace', 'done', spec('delete-namespace', {name: 'gone', ...kind})),
		];
		await applyPlan(undoPlan(context, journal), context, {retry: false});
		expect(context.store.getState().journal.map((item) => [item.id, item.outcome, item.detail])).toEqual([
			['undo-path-namespace', 'unchanged', 'already gone; nothing to undo'],
			['undo-path-registry', 'unchanged', 'already gone; nothing to undo'],
		]);
	});
});
