import {describe, expect, test} from 'vitest';
import {AzureError} from '../../source/azure/azure.js';
import {applyPlan, type Action, type ActionResult, type Plan} from '../../source/wizard/engine.js';
import {GoBack, WizardError} from '../../source/wizard/errors.js';
import {scriptedPrompter} from '../helpers/scripted-prompter.js';
import type {UndoSpec} from '../../source/wizard/undo-spec.js';
import {testContext} from '../helpers/test-context.js';

/** A plan whose actions record when they run; `outcomes` says what each returns or throws. */
function recordingPlan(outcomes: Array<ActionResult['outcome'] | Error>) {
	const ran: string[] = [];
	const actions: Action[] = outcomes.map((outcome, index) => ({
		id: `action-${index + 1}`,
		sentence: `Do thing ${index + 1}`,
		command: `az thing create --name thing${index + 1}`,
		call: `PUT /things/thing${index + 1}`,
		run: async () => {
			ran.push(`action-${index + 1}`);
			if (outcome instanceof Error) throw outcome;
			return {outcome};
		},
	}));
	const plan: Plan = {stepId: 'things', title: 'Make things', actions, notes: ['Things take a minute.']};
	return {plan, ran};
}

const confirm = (count: number) => (count === 1 ? 'Apply this change?' : `Apply these ${count} changes?`);

describe('applyPlan: the confirmation', () => {
	test('shows the plan (sentences, commands, calls, notes) before asking', async () => {
		const {plan, ran} = recordingPlan(['done', 'done']);
		const context = testContext({prompter: scriptedPrompter({[confirm(2)]: 'back'})});
		expect(await applyPlan(plan, context)).toBe('back');
		const state = context.store.getState();
		expect(state.view).toBe('plan');
		expect(state.plan).toEqual({
			stepId: 'things',
			title: 'Make things',
			notes: ['Things take a minute.'],
			actions: [
				{id: 'action-1', sentence: 'Do thing 1', command: 'az thing create --name thing1', call: 'PUT /things/thing1'},
				{id: 'action-2', sentence: 'Do thing 2', command: 'az thing create --name thing2', call: 'PUT /things/thing2'},
			],
		});
		expect(state.progress.map((item) => item.status)).toEqual(['pending', 'pending']);
		expect(ran).toEqual([]);
		context.prompter.verify();
	});
});

describe('applyPlan: running', () => {
	test('confirming runs the actions in order and journals each as done or unchanged', async () => {
		const {plan, ran} = recordingPlan(['done', 'unchanged', 'done']);
		const context = testContext({prompter: scriptedPrompter({[confirm(3)]: 'apply'})});
		expect(await applyPlan(plan, context, {retry: false})).toBe('applied');
		expect(ran).toEqual(['action-1', 'action-2', 'action-3']);
		const {journal, progress, error} = context.store.getState();
		expect(journal.map((entry) => [entry.id, entry.outcome, entry.stepId])).toEqual([
			['action-1', 'done', 'things'],
			['action-2', 'unchanged', 'things'],
			['action-3', 'done', 'things'],
		]);
		expect(journal[0]?.command).toBe('az thing create --name thing1');
		expect(journal[0]?.at).toBe('2026-11-22T11:00:00.000Z');
		expect(progress.map((item) => item.status)).toEqual(['ok', 'skipped', 'ok']);
		expect(error).toBeUndefined();
		context.prompter.verify();
	});

	test('going back runs nothing and journals nothing', async () => {
		const {plan, ran} = recordingPlan(['done']);
		const context = testContext({prompter: scriptedPrompter({[confirm(1)]: 'back'})});
		expect(await applyPlan(plan, context, {retry: false})).toBe('back');
		expect(ran).toEqual([]);
		expect(context.store.getState().journal).toEqual([]);
	});

	test('Esc on the confirmation propagates GoBack and runs nothing', async () => {
		const {plan, ran} = recordingPlan(['done']);
		const context = testContext({prompter: scriptedPrompter({[confirm(1)]: new GoBack()})});
		await expect(applyPlan(plan, context, {retry: false})).rejects.toBeInstanceOf(GoBack);
		expect(ran).toEqual([]);
	});

	test('a failure stops at the failing action with the error in plain words, its code kept, and journals it', async () => {
		const denied = new AzureError(
			"The client 'alice' does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/write'.",
			'AuthorizationFailed',
			403,
		);
		const {plan, ran} = recordingPlan(['done', denied, 'done']);
		const context = testContext({prompter: scriptedPrompter({[confirm(3)]: 'apply'})});
		const failure = await applyPlan(plan, context, {retry: false}).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(WizardError);
		expect((failure as WizardError).code).toBe('AuthorizationFailed');
		expect(ran).toEqual(['action-1', 'action-2']);
		const {journal, progress, error} = context.store.getState();
		expect(journal.map((entry) => [entry.id, entry.outcome])).toEqual([
			['action-1', 'done'],
			['action-2', 'failed'],
		]);
		expect(journal[1]?.error?.code).toBe('AuthorizationFailed');
		expect(journal[1]?.error?.message).not.toContain('does not have authorization to perform action');
		expect(error?.code).toBe('AuthorizationFailed');
		expect(error?.message).toBe(journal[1]?.error?.message);
		expect(progress.map((item) => item.status)).toEqual(['ok', 'fail', 'pending']);
	});

	test('resume is scoped to one run of the plan: running it again runs every action, asking again', async () => {
		let failing = true;
		const ran: string[] = [];
		const action = (id: string, run: () => Promise<ActionResult>): Action => ({
			id,
			sentence: id,
			command: id,
			call: id,
			run: async () => (ran.push(id), run()),
		});
		const plan: Plan = {
			stepId: 'things',
			title: 'Make things',
			actions: [
				action('first', async () => ({outcome: 'done'})),
				action('second', async () => {
					if (failing) throw new AzureError('Too many requests.', 'TooManyRequests', 429);
					return {outcome: 'done'};
				}),
				action('third', async () => ({outcome: 'unchanged'})),
			],
		};
		const context = testContext({prompter: scriptedPrompter({[confirm(3)]: ['apply', 'apply']})});
		await expect(applyPlan(plan, context, {retry: false})).rejects.toBeInstanceOf(WizardError);
		failing = false;
		expect(await applyPlan(plan, context, {retry: false})).toBe('applied');
		expect(ran).toEqual(['first', 'second', 'first', 'second', 'third']);
		context.prompter.verify();
		const journal = context.store.getState().journal.map((entry) => `${entry.id}:${entry.outcome}`);
		expect(journal).toEqual(['first:done', 'second:failed', 'first:done', 'second:done', 'third:unchanged']);
		expect(context.store.getState().error).toBeUndefined();
	});

	test('a plan without actions is not asked', async () => {
		const context = testContext({prompter: scriptedPrompter({})});
		expect(await applyPlan({stepId: 'nothing', title: 'Nothing', actions: []}, context)).toBe('applied');
		context.prompter.verify();
	});
});

describe('applyPlan: the journal', () => {
	test('passes an undo and a detail from the action into the journal', async () => {
		const undo: UndoSpec = {
			sentence: 'Remove the scope map',
			command: 'az acr scope-map delete',
			kind: 'delete-scope-map',
			params: {registryId: '/r', name: 'thing'},
		};
		const plan: Plan = {
			stepId: 's',
			title: 't',
			actions: [{id: 'a', sentence: 'A', command: 'az a', call: 'PUT /a', run: async () => ({outcome: 'done', detail: 'created', undo})}],
		};
		const context = testContext();
		await applyPlan(plan, context, {confirm: false, retry: false});
		expect(context.store.getState().journal[0]).toMatchObject({detail: 'created', undo});
	});
});
