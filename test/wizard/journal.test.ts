import {describe, expect, test} from 'vitest';
import {namespaceMadeByThisRun, newClusterCommand, summaryLines, summaryScript, undoId, undoStepId} from '../../source/wizard/journal.js';
import type {JournalEntry, UndoSpec} from '../../source/wizard/types.js';
import {clusterId, fakeRegistry} from '../helpers/fake-azure.js';

const removeRole: UndoSpec = {
	sentence: 'Remove AcrPull',
	command: 'az role assignment delete --ids /x/1',
	kind: 'delete-role-assignment',
	params: {id: '/x/1'},
};

function entry(id: string, outcome: JournalEntry['outcome'], extra: Partial<JournalEntry> = {}): JournalEntry {
	return {id, stepId: 'attach', outcome, sentence: `Sentence ${id}`, command: `command ${id}`, call: 'PUT', at: '2026-11-22T11:00:00Z', ...extra};
}

const journal: JournalEntry[] = [
	entry('grant', 'done', {undo: removeRole}),
	entry('import', 'unchanged', {detail: 'nginx:v1 was already there'}),
	entry('broken', 'failed', {error: {message: 'Not allowed'}}),
];

describe('summary lines and script', () => {
	test('list each change with how it ended', () => {
		expect(summaryLines(journal).map((line) => [line.sentence, line.outcome, line.detail])).toEqual([
			['Sentence grant', 'done', undefined],
			['Sentence import', 'unchanged', 'nginx:v1 was already there'],
			['Sentence broken', 'failed', 'Not allowed'],
		]);
	});

	test('mark a change undone once its undo succeeded, and leave the undo entries themselves out', () => {
		const undone = [...journal, entry('undo-attach-grant', 'done', {stepId: 'undo'})];
		expect(summaryLines(undone).map((line) => line.outcome)).toEqual(['undone', 'unchanged', 'failed']);
	});

	test('the script holds the commands of what succeeded or was in place, in order', () => {
		expect(summaryScript(journal)).toEqual(['command grant', 'command import']);
	});

	test('mark a change undone when its undo found it already gone, and leave it out of the script', () => {
		const gone = [...journal, entry('undo-attach-grant', 'unchanged', {stepId: 'undo', detail: 'already gone; nothing to undo'})];
		expect(summaryLines(gone).map((line) => line.outcome)).toEqual(['undone', 'unchanged', 'failed']);
		expect(summaryScript(gone)).toEqual(['command import']);
	});

	test('the script leaves out what was undone', () => {
		expect(summaryScript([...journal, entry('undo-attach-grant', 'done', {stepId: 'undo'})])).toEqual(['command import']);
	});
});

describe('newClusterCommand', () => {
	test("on the attach path, names the registry and leaves the new cluster's name and group to the user", () => {
		const registry = fakeRegistry({name: 'myregistry'});
		const state = {method: 'attach', target: {clusterId: clusterId('myAKSCluster', 'myResourceGroup'), clusterName: 'myAKSCluster'}, registry} as const;
		expect(newClusterCommand(state)).toBe('az aks create --name <cluster> --resource-group <group> --generate-ssh-keys --attach-acr myregistry');
	});

	test('is absent on the pull-secret path', () => {
		expect(newClusterCommand({method: 'pull-secret', target: {}, registry: fakeRegistry({name: 'myregistry'})})).toBeUndefined();
	});
});

describe('actions with no undo of their own', () => {
	const deleteToken: UndoSpec = {
		sentence: 'Delete the token',
		command: 'az acr token delete --name t --registry r --yes',
		kind: 'delete-token',
		params: {registryId: '/r', name: 't'},
	};
	const token = entry('token:t:m', 'done', {stepId: 'pull-secret-credential', undo: deleteToken});
	const password = entry('token-password:t', 'done', {stepId: 'pull-secret-credential', goesWith: [{stepId: 'pull-secret-credential', id: 'token:t:m'}]});

	test('a generated password loses its ✓ and its command once an undo removed the token it belongs to', () => {
		const undone = [token, password, entry('undo-pull-secret-credential-token:t:m', 'done', {stepId: 'undo'})];
		expect(summaryLines(undone).map((line) => [line.sentence, line.outcome])).toEqual([
			['Sentence token:t:m', 'undone'],
			['Sentence token-password:t', 'undone'],
		]);
		expect(summaryScript(undone)).toEqual([]);
	});

	test('while the token stands (or was there before the run), the password keeps its ✓ and its command', () => {
		expect(summaryLines([token, password]).map((line) => line.outcome)).toEqual(['done', 'done']);
		const found = entry('token:t:m', 'unchanged', {stepId: 'pull-secret-credential'});
		expect(summaryScript([found, password, entry('undo-x', 'done', {stepId: 'undo'})])).toEqual(['command token:t:m', 'command token-password:t']);
	});

	test('an attached client token goes with either the token or the connected registry', () => {
		const registry = entry('connected-registry:edge', 'done', {
			stepId: 'connected-registry-create',
			undo: {...deleteToken, kind: 'delete-connected-registry'} as UndoSpec,
		});
		const attach = entry('client-attach:t', 'done', {
			stepId: 'connected-registry-client',
			goesWith: [
				{stepId: 'connected-registry-client', id: 'client-token:t'},
				{stepId: 'connected-registry-create', id: 'connected-registry:edge'},
			],
		});
		const undone = [registry, attach, entry('undo-connected-registry-create-connected-registry:edge', 'done', {stepId: 'undo'})];
		expect(summaryLines(undone).map((line) => line.outcome)).toEqual(['undone', 'undone']);
	});
});

describe('namespaceMadeByThisRun', () => {
	const made = (name: string, context: string, outcome: JournalEntry['outcome'] = 'done'): JournalEntry => ({
		stepId: 'pull-secret-secret',
		id: `namespace:${context}:${name}`,
		sentence: `Create the namespace ${name} in ${context}`,
		command: `kubectl create namespace ${name}`,
		call: 'POST /api/v1/namespaces',
		outcome,
		at: '2026-12-03T07:00:00.000Z',
		undo: {
			sentence: `Delete the namespace ${name}`,
			command: `kubectl delete namespace ${name}`,
			kind: 'delete-namespace',
			params: {name, target: 'context', context, kubeconfigPath: '/home/alice/.kube/config'},
		},
	});
	const target = {target: 'context', context: 'kind-local', kubeconfigPath: '/home/alice/.kube/config'} as const;

	test('a namespace this run created on that cluster is new; one of the same name elsewhere, or a failed create, is not', () => {
		expect(namespaceMadeByThisRun([made('apps', 'kind-local')], 'apps', target)).toBe(true);
		expect(namespaceMadeByThisRun([made('apps', 'other')], 'apps', target)).toBe(false);
		expect(namespaceMadeByThisRun([made('apps', 'kind-local', 'failed')], 'apps', target)).toBe(false);
		expect(namespaceMadeByThisRun([made('apps', 'kind-local')], 'apps', {...target, kubeconfigPath: '/tmp/other'})).toBe(false);
		expect(namespaceMadeByThisRun([made('apps', 'kind-local')], 'apps', {target: 'aks', clusterId: clusterId()})).toBe(false);
	});

	test('a namespace this run created and then undid is not new any more', () => {
		const entry = made('apps', 'kind-local');
		const undone: JournalEntry = {...entry, stepId: undoStepId, id: undoId(entry), undo: undefined};
		expect(namespaceMadeByThisRun([entry, undone], 'apps', target)).toBe(false);
	});
});
