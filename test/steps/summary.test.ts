import {describe, expect, test} from 'vitest';
import {createClusterCommand, showSummary, summaryLines, summaryScript} from '../../source/steps/summary.js';
import type {JournalEntry, UndoSpec} from '../../source/wizard/types.js';
import {clusterId, fakeAzure, fakeRegistry} from '../helpers/fake-azure.js';
import {GoBack} from '../../source/wizard/errors.js';
import {scriptedPrompter} from '../helpers/scripted-prompter.js';
import {testContext} from '../helpers/test-context.js';

const removeRole: UndoSpec = {sentence: 'Remove AcrPull', command: 'az role assignment delete --ids /x/1', kind: 'delete-role-assignment', params: {id: '/x/1'}};

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

describe('createClusterCommand', () => {
	test('on the attach path, names the cluster, its resource group and the registry', () => {
		const registry = fakeRegistry({name: 'myregistry'});
		const state = {method: 'attach', target: {clusterId: clusterId('myAKSCluster', 'myResourceGroup'), clusterName: 'myAKSCluster'}, registry} as const;
		expect(createClusterCommand(state)).toBe('az aks create -n myAKSCluster -g myResourceGroup --generate-ssh-keys --attach-acr myregistry');
	});

	test('is absent on the pull-secret path', () => {
		expect(createClusterCommand({method: 'pull-secret', target: {}, registry: fakeRegistry({name: 'myregistry'})})).toBeUndefined();
	});
});

describe('showSummary', () => {
	test('with nothing to undo, shows the summary and asks nothing', async () => {
		const prompter = scriptedPrompter({});
		const context = testContext({prompter, state: {journal: [entry('import', 'unchanged')]}});
		await showSummary.run(context);
		expect(context.store.getState().view).toBe('summary');
		expect(prompter.asked).toHaveLength(0);
	});

	test('finishing undoes nothing', async () => {
		const azure = fakeAzure();
		const prompter = scriptedPrompter({'What next?': 'finish'});
		await showSummary.run(testContext({azure, prompter, state: {journal}}));
		expect(azure.calls.deleteRoleAssignment).toHaveLength(0);
		prompter.verify();
	});

	test('undo runs the undo plan after its own confirmation, journals it, and then only finishing is left', async () => {
		const azure = fakeAzure();
		const prompter = scriptedPrompter({'What next?': 'undo', 'Apply this change?': 'apply'});
		const context = testContext({azure, prompter, state: {journal}});
		await showSummary.run(context);
		expect(azure.calls.deleteRoleAssignment).toEqual([['/x/1']]);
		expect(context.store.getState().journal.at(-1)).toMatchObject({stepId: 'undo', id: 'undo-attach-grant', outcome: 'done'});
		expect(context.store.getState().view).toBe('summary');
		const choices = prompter.asked[0]?.kind === 'select' ? prompter.asked[0].spec.choices.map((choice) => choice.label) : [];
		expect(choices).toEqual(['Finish', 'Undo the 1 change(s) made']);
		prompter.verify();
	});

	test('a failed undo stays on screen and the question comes back', async () => {
		const azure = fakeAzure({
			deleteRoleAssignment: async () => {
				throw new Error('network down');
			},
		});
		const prompter = scriptedPrompter({'What next?': ['undo', 'finish'], 'Apply this change?': 'apply'});
		const context = testContext({azure, prompter, state: {journal}});
		await showSummary.run(context);
		expect(context.store.getState().error?.message).toBe('network down');
		expect(context.store.getState().journal.at(-1)).toMatchObject({stepId: 'undo', outcome: 'failed'});
		prompter.verify();
	});

	test('Esc on the question asks it again rather than re-running the path', async () => {
		const prompter = scriptedPrompter({'What next?': [new GoBack(), 'finish']});
		await showSummary.run(testContext({prompter, state: {journal}}));
		expect(prompter.messages()).toEqual(['What next?', 'What next?']);
	});
});
