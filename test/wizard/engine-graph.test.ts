import {afterEach, describe, expect, test} from 'vitest';
import {applyPlan, dependencies, type Action, type ActionResult, type Plan} from '../../source/wizard/engine.js';
import {Cancelled, WizardError} from '../../source/wizard/errors.js';
import {requestStop, resetStopRequest} from '../../source/wizard/stop-request.js';
import {scriptedPrompter} from '../helpers/scripted-prompter.js';
import {testContext} from '../helpers/test-context.js';

/** A promise the test settles by hand, so the order of events is the test's, never the timer's. */
function gate<T = ActionResult>() {
	let resolve: (value: T) => void = () => undefined;
	let reject: (error: unknown) => void = () => undefined;
	const promise = new Promise<T>((ok, fail) => {
		resolve = ok;
		reject = fail;
	});
	return {promise, resolve, reject};
}

/** Waits until `check` holds, yielding to pending promises between tries (no timers). */
async function until(check: () => boolean): Promise<void> {
	for (let tries = 0; tries < 1000 && !check(); tries++) await new Promise<void>((resolve) => setImmediate(resolve));
	expect(check()).toBe(true);
}

type Gated = ReturnType<typeof gate<ActionResult>>;

/** Actions that start when the engine starts them and end when the test opens their gate. */
function gatedPlan(spec: ReadonlyArray<{id: string; needs?: string[]}>) {
	const started: string[] = [];
	const gates = new Map<string, Gated>(spec.map(({id}) => [id, gate<ActionResult>()]));
	const actions: Action[] = spec.map(({id, needs}) => ({
		id,
		sentence: `Make ${id}`,
		command: `az thing create --name ${id}`,
		call: `PUT /things/${id}`,
		...(needs ? {needs} : {}),
		run: async () => {
			started.push(id);
			return gates.get(id)?.promise ?? {outcome: 'done'};
		},
	}));
	const plan: Plan = {stepId: 'things', title: 'Make things', actions};
	const open = (id: string, result: ActionResult = {outcome: 'done'}) => gates.get(id)?.resolve(result);
	const fail = (id: string, error: Error) => gates.get(id)?.reject(error);
	return {plan, started, open, fail};
}

const confirm = (count: number) => `Apply these ${count} changes?`;

afterEach(() => resetStopRequest());

describe('applyPlan: a plan is a graph', () => {
	test('actions that need nothing of each other run at once; one that needs both starts only when both succeeded', async () => {
		const {plan, started, open} = gatedPlan([
			{id: 'registry', needs: []},
			{id: 'import', needs: ['registry']},
			{id: 'grant', needs: ['registry']},
			{id: 'credentials', needs: []},
			{id: 'deploy', needs: ['import', 'grant', 'credentials']},
		]);
		const context = testContext({prompter: scriptedPrompter({[confirm(5)]: 'apply'})});
		const applied = applyPlan(plan, context, {retry: false});
		await until(() => started.length === 2);
		expect(started).toEqual(['registry', 'credentials']);
		open('registry');
		await until(() => started.length === 4);
		expect(started.slice(2)).toEqual(['import', 'grant']);
		const running = () =>
			context.store
				.getState()
				.progress.filter((item) => item.status === 'running')
				.map((item) => item.id);
		expect(running()).toEqual(['import', 'grant', 'credentials']);
		open('grant');
		open('credentials');
		await until(() => context.store.getState().journal.length === 3);
		expect(started).not.toContain('deploy');
		open('import');
		await until(() => started.includes('deploy'));
		open('deploy');
		expect(await applied).toBe('applied');
		// Journaled in the order the actions ended, not the order of the plan.
		expect(context.store.getState().journal.map((entry) => entry.id)).toEqual(['registry', 'grant', 'credentials', 'import', 'deploy']);
	});

	test('without needs, a plan runs in its order, one action at a time', async () => {
		const {plan, started, open} = gatedPlan([{id: 'group'}, {id: 'registry'}]);
		const context = testContext({prompter: scriptedPrompter({[confirm(2)]: 'apply'})});
		const applied = applyPlan(plan, context, {retry: false});
		await until(() => started.length === 1);
		expect(context.store.getState().progress.map((item) => item.status)).toEqual(['running', 'pending']);
		open('group');
		await until(() => started.length === 2);
		open('registry');
		expect(await applied).toBe('applied');
		expect(started).toEqual(['group', 'registry']);
	});

	test('a failure in one branch: the running branch finishes and is journaled, nothing new starts, the first error is thrown', async () => {
		const {plan, started, open, fail} = gatedPlan([
			{id: 'import', needs: []},
			{id: 'grant', needs: []},
			{id: 'deploy', needs: ['import', 'grant']},
		]);
		const context = testContext({prompter: scriptedPrompter({[confirm(3)]: 'apply'})});
		const applied = applyPlan(plan, context, {retry: false}).catch((error: unknown) => error);
		await until(() => started.length === 2);
		fail('grant', new WizardError('You cannot assign roles on the registry.', {code: 'AuthorizationFailed'}));
		await until(() => context.store.getState().journal.length === 1);
		expect(context.store.getState().error?.code).toBe('AuthorizationFailed');
		open('import');
		const failure = await applied;
		expect(failure).toBeInstanceOf(WizardError);
		expect((failure as WizardError).code).toBe('AuthorizationFailed');
		expect(started).toEqual(['import', 'grant']);
		const {journal, progress} = context.store.getState();
		expect(journal.map((entry) => [entry.id, entry.outcome])).toEqual([
			['grant', 'failed'],
			['import', 'done'],
		]);
		expect(progress.map((item) => [item.id, item.status])).toEqual([
			['import', 'ok'],
			['grant', 'fail'],
			['deploy', 'pending'],
		]);
	});

	test('a retry after a failure runs only what did not succeed: the branch that finished is not run twice', async () => {
		let grantFails = true;
		const runs: string[] = [];
		const action = (id: string, needs: string[], run?: () => void): Action => ({
			id,
			sentence: id,
			command: id,
			call: id,
			needs,
			run: async () => {
				runs.push(id);
				run?.();
				return {outcome: 'done'};
			},
		});
		const plan: Plan = {
			stepId: 'things',
			title: 'Make things',
			actions: [
				action('import', []),
				action('grant', [], () => {
					if (grantFails) throw new WizardError('Throttled.', {code: 'TooManyRequests'});
				}),
				action('deploy', ['import', 'grant']),
			],
		};
		const context = testContext({
			prompter: scriptedPrompter({
				[confirm(3)]: 'apply',
				'What next?': () => {
					grantFails = false;
					return 'retry';
				},
			}),
		});
		expect(await applyPlan(plan, context)).toBe('applied');
		expect(runs).toEqual(['import', 'grant', 'grant', 'deploy']);
		expect(context.store.getState().journal.map((entry) => [entry.id, entry.outcome])).toEqual([
			['import', 'done'],
			['grant', 'failed'],
			['grant', 'done'],
			['deploy', 'done'],
		]);
	});

	test('Ctrl+C while two actions run: both finish and are journaled, the next does not start, the run is cancelled', async () => {
		const {plan, started, open} = gatedPlan([
			{id: 'import', needs: []},
			{id: 'grant', needs: []},
			{id: 'deploy', needs: ['import', 'grant']},
		]);
		const context = testContext({prompter: scriptedPrompter({[confirm(3)]: 'apply'})});
		const applied = applyPlan(plan, context, {retry: false}).catch((error: unknown) => error);
		await until(() => started.length === 2);
		requestStop();
		open('grant');
		open('import');
		expect(await applied).toBeInstanceOf(Cancelled);
		expect(started).toEqual(['import', 'grant']);
		expect(context.store.getState().journal.map((entry) => [entry.id, entry.outcome])).toEqual([
			['grant', 'done'],
			['import', 'done'],
		]);
	});

	test('a need that names no action of the plan, or a cycle, is said before anything runs', () => {
		const {plan} = gatedPlan([
			{id: 'a', needs: ['b']},
			{id: 'b', needs: ['a']},
		]);
		expect(() => dependencies(plan)).toThrow(/action a needs itself|action b needs itself/);
		const {plan: unknown} = gatedPlan([{id: 'a', needs: ['nowhere']}]);
		expect(() => dependencies(unknown)).toThrow('Plan things: action a needs nowhere, which is not another action of the plan.');
	});
});
