/** --dry-run in the engine: a plan is shown and kept, no action runs, each one's preview hands on what it would make. */
import {describe, expect, test} from 'vitest';
import {applyPlan, type Action, type Plan} from '../../source/wizard/engine.js';
import {plainLines} from '../../source/output/plain.js';
import {jsonDocument} from '../../source/output/json.js';
import {testContext} from '../helpers/test-context.js';

function plan(ran: string[], previewed: string[]): Plan {
	const action = (id: string, withPreview: boolean): Action => ({
		id,
		sentence: `Create ${id}`,
		command: `az thing create --name ${id}`,
		call: `PUT /things/${id}`,
		run: async () => {
			ran.push(id);
			return {outcome: 'done'};
		},
		...(withPreview ? {preview: () => void previewed.push(id)} : {}),
	});
	return {stepId: 'things', title: 'Make things', actions: [action('one', true), action('two', false)], notes: ['A note.']};
}

describe('applyPlan under --dry-run', () => {
	test('asks nothing, runs no action, journals nothing, keeps the plan and calls each preview', async () => {
		const context = testContext();
		context.store.getState().actions.startDryRun();
		const ran: string[] = [];
		const previewed: string[] = [];
		await expect(applyPlan(plan(ran, previewed), context)).resolves.toBe('applied');
		expect(ran).toEqual([]);
		expect(previewed).toEqual(['one']);
		const state = context.store.getState();
		expect(state.journal).toEqual([]);
		expect(state.planned).toEqual([
			{
				stepId: 'things',
				title: 'Make things',
				notes: ['A note.'],
				actions: [
					{id: 'one', sentence: 'Create one', command: 'az thing create --name one', call: 'PUT /things/one'},
					{id: 'two', sentence: 'Create two', command: 'az thing create --name two', call: 'PUT /things/two'},
				],
			},
		]);
		expect(state.progress.map((item) => item.status)).toEqual(['skipped', 'skipped']);
		// No question was asked: the scripted prompter fails on unused answers, and none were given.
		context.prompter.verify();
	});

	test('the plain output prints each plan with its commands and calls, and the JSON document holds the plan and its script', async () => {
		const context = testContext();
		const {actions} = context.store.getState();
		actions.startDryRun();
		const before = context.store.getState();
		await applyPlan(plan([], []), context);
		expect(plainLines(before, context.store.getState())).toEqual([
			'Plan (dry run, not applied): Make things',
			'(-) Create one',
			'    $ az thing create --name one',
			'    API: PUT /things/one',
			'(-) Create two',
			'    $ az thing create --name two',
			'    API: PUT /things/two',
		]);
		const ended = context.store.getState();
		actions.finish(0);
		expect(plainLines(ended, context.store.getState())).toEqual([
			'Dry run: 2 actions in 1 plan; nothing was changed. Run the same command without --dry-run to apply them.',
		]);
		const document = jsonDocument(context.store.getState(), 0);
		expect(document).toMatchObject({dryRun: true, actions: [], script: ['az thing create --name one', 'az thing create --name two']});
		expect(document.plan?.[0]?.actions).toHaveLength(2);
	});
});
