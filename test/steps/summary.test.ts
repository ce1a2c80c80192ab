import {describe, expect, test} from 'vitest';
import {showSummary} from '../../source/steps/summary.js';
import type {JournalEntry, UndoSpec} from '../../source/wizard/types.js';
import {fakeAzure} from '../helpers/fake-azure.js';
import {GoBack} from '../../source/wizard/errors.js';
import {scriptedPrompter} from '../helpers/scripted-prompter.js';
import {testContext} from '../helpers/test-context.js';

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
		expect(choices).toEqual(['Finish', 'Undo the 1 change made']);
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
