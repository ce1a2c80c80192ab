import {describe, expect, test} from 'vitest';
import {AzureError} from '../../source/azure/azure.js';
import {createAutoPrompter} from '../../source/wizard/auto-prompter.js';
import {applyPlan, type Action, type Plan} from '../../source/wizard/engine.js';
import {WizardError} from '../../source/wizard/errors.js';
import {scriptedPrompter} from '../helpers/scripted-prompter.js';
import {testContext} from '../helpers/test-context.js';

const whatNext = 'What next?';

/** Two actions; the second fails `failures` times (throttled), then succeeds. */
function flakyPlan(failures: number) {
	const ran: string[] = [];
	let left = failures;
	const action = (id: string, fail: boolean): Action => ({
		id,
		sentence: `Do ${id}`,
		command: `az thing create --name ${id}`,
		call: `PUT /things/${id}`,
		run: async () => {
			ran.push(id);
			if (fail && left-- > 0) throw new AzureError('Too many requests.', 'TooManyRequests', 429);
			return {outcome: 'done'};
		},
	});
	const plan: Plan = {stepId: 'things', title: 'Make things', actions: [action('first', false), action('second', true)]};
	return {plan, ran};
}

describe('a failed plan, with the error on screen', () => {
	test('retry resumes at the failed action: the ones done are not repeated', async () => {
		const {plan, ran} = flakyPlan(1);
		const context = testContext({prompter: scriptedPrompter({'Apply these 2 changes?': 'apply', [whatNext]: 'retry'})});
		await expect(applyPlan(plan, context)).resolves.toBe('applied');
		expect(ran).toEqual(['first', 'second', 'second']);
		expect(context.store.getState().journal.map((entry) => [entry.id, entry.outcome])).toEqual([
			['first', 'done'],
			['second', 'failed'],
			['second', 'done'],
		]);
		expect(context.store.getState().error).toBeUndefined();
		context.prompter.verify();
	});

	test('the failure question keeps the error in plain words with its code until the user answers', async () => {
		const {plan} = flakyPlan(1);
		let seen: unknown;
		const context = testContext({
			prompter: scriptedPrompter({
				[whatNext]: () => {
					seen = context.store.getState().error;
					return 'stop';
				},
			}),
		});
		await expect(applyPlan(plan, context, {confirm: false})).rejects.toBeInstanceOf(WizardError);
		expect(seen).toMatchObject({code: 'TooManyRequests'});
	});

	test('back after a failure ends the plan with back, for the step to return to the previous question', async () => {
		const {plan} = flakyPlan(1);
		const context = testContext({prompter: scriptedPrompter({[whatNext]: 'back'})});
		await expect(applyPlan(plan, context, {confirm: false})).resolves.toBe('back');
	});

	test('a run that cannot ask retries twice, then stops with the original error', async () => {
		const passing = flakyPlan(2);
		const auto = testContext({});
		await applyPlan(passing.plan, {...auto, prompter: createAutoPrompter(auto.store)}, {confirm: false});
		expect(passing.ran).toEqual(['first', 'second', 'second', 'second']);

		const lasting = flakyPlan(10);
		const stuck = testContext({});
		await expect(applyPlan(lasting.plan, {...stuck, prompter: createAutoPrompter(stuck.store)}, {confirm: false})).rejects.toMatchObject({
			code: 'TooManyRequests',
		});
		expect(lasting.ran.filter((id) => id === 'second')).toHaveLength(3);
	});
});
