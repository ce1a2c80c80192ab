/**
 * The step engine. A mutating step builds a plan (actions with a sentence, the equivalent
 * command and the API call); the user confirms; the engine runs the actions in order,
 * journals each outcome, and stops at the first failure with the error in plain words.
 * Running the same plan again resumes after the last action that succeeded.
 */
import {messages} from '../messages/catalog.js';
import type {Clock} from './clock.js';
import {GoBack, WizardError, toErrorView} from './errors.js';
import type {Prompter} from './prompter.js';
import type {WizardStore} from './store.js';
import {stopIfRequested} from './stop-request.js';
import type {JournalEntry, PlannedAction} from './types.js';

/** What running one action produced. `unchanged`: it was already in place, nothing was written. */
export type ActionResult = {
	readonly outcome: 'done' | 'unchanged';
	readonly detail?: string;
	readonly undo?: JournalEntry['undo'];
};

/** A planned action with the call that carries it out (through a port). */
export type Action = PlannedAction & {run(): Promise<ActionResult>};

/** A plan ready to show and run. */
export type Plan = {
	readonly stepId: string;
	readonly title: string;
	readonly actions: readonly Action[];
	readonly notes?: readonly string[];
};

/** Turns any thrown error into a WizardError in plain words (Azure and Kubernetes translators). */
export type Explain = (error: unknown) => WizardError;

export type EngineDeps = {
	readonly store: WizardStore;
	readonly prompter: Prompter;
	readonly clock: Clock;
	readonly explain: Explain;
};

/** Whether the journal already holds a successful run of this action (so a re-run skips it). */
export function alreadyDone(journal: readonly JournalEntry[], stepId: string, actionId: string): boolean {
	return journal.some((entry) => entry.stepId === stepId && entry.id === actionId && entry.outcome !== 'failed');
}

/**
 * An action id not yet done in the journal for `stepId`: `base`, else `base-2`, `base-3`…
 * An action that may rightly run again (a fix after a detach, an import after a delete)
 * takes a fresh id, so a re-run does not skip it as already done; a failed one keeps its id
 * and resumes.
 */
export function freshActionId(context: {readonly store: WizardStore}, stepId: string, base: string): string {
	const journal = context.store.getState().journal;
	let id = base;
	for (let attempt = 2; alreadyDone(journal, stepId, id); attempt++) id = `${base}-${attempt}`;
	return id;
}

/** The action as plain data, without the call that carries it out. */
function plannedOf({run: _run, ...planned}: Action): PlannedAction {
	return planned;
}

/** Puts the plan on the screen; returns the actions still to run (none: nothing to confirm). */
export function presentPlan(plan: Plan, store: WizardStore): Action[] {
	const {actions} = store.getState();
	actions.showPlan({stepId: plan.stepId, title: plan.title, actions: plan.actions.map(plannedOf), notes: plan.notes ?? []});
	actions.show('plan');
	return plan.actions.filter((action) => !alreadyDone(store.getState().journal, plan.stepId, action.id));
}

/** Shows the plan and asks to apply it. Resolves `false` when the user goes back. */
export async function confirmPlan(plan: Plan, deps: EngineDeps): Promise<boolean> {
	const {store, prompter} = deps;
	const text = messages().engine;
	const pending = presentPlan(plan, store);
	if (pending.length === 0) return true;
	const answer = await prompter.select({
		id: `confirm-${plan.stepId}`,
		message: text.confirm(pending.length),
		choices: [
			{value: 'apply', label: text.apply},
			{value: 'back', label: text.back},
		],
		default: 'apply',
	});
	return answer === 'apply';
}

/** Runs the plan's actions in order, journaling each; throws a WizardError at the first failure. */
export async function executePlan(plan: Plan, deps: EngineDeps): Promise<void> {
	const {store, clock, explain} = deps;
	const actions = () => store.getState().actions;
	actions().fail(undefined);
	for (const action of plan.actions) {
		// Ctrl+C or SIGINT asked to stop: the action that was running has finished, the next one does not start.
		stopIfRequested();
		if (alreadyDone(store.getState().journal, plan.stepId, action.id)) {
			actions().setProgress(action.id, 'ok');
			continue;
		}
		actions().setProgress(action.id, 'running');
		const planned = plannedOf(action);
		try {
			const result = await action.run();
			actions().appendJournal({...planned, stepId: plan.stepId, outcome: result.outcome, detail: result.detail, undo: result.undo, at: clock.now().toISOString()});
			actions().setProgress(action.id, result.outcome === 'unchanged' ? 'skipped' : 'ok', result.detail);
		} catch (error: unknown) {
			const explained = explain(error);
			const view = toErrorView(explained);
			actions().appendJournal({...planned, stepId: plan.stepId, outcome: 'failed', error: view, at: clock.now().toISOString()});
			actions().setProgress(action.id, 'fail', view.message);
			actions().fail(view);
			throw explained;
		}
	}
}

/** Confirms, then runs; `false` when the user went back instead. */
export async function runPlan(plan: Plan, deps: EngineDeps): Promise<boolean> {
	if (!(await confirmPlan(plan, deps))) return false;
	await executePlan(plan, deps);
	return true;
}

/** Confirms, then runs with `executeWithRetry`; `false` when the user went back instead. */
export async function runPlanWithRetry(plan: Plan, deps: EngineDeps): Promise<boolean> {
	if (!(await confirmPlan(plan, deps))) return false;
	await executeWithRetry(plan, deps);
	return true;
}

/** How many times a run that cannot ask retries a failed plan before it stops with the error. */
export const automaticRetries = 2;

/**
 * Runs the plan; when an action fails, the error stays on screen and the user retries from
 * the failed action (the ones done are not repeated), goes back, or stops. A run that cannot
 * ask takes the default: retry twice (throttling and other passing faults), then stop.
 */
export async function executeWithRetry(plan: Plan, deps: EngineDeps): Promise<void> {
	const text = messages().engine;
	for (let attempt = 1; ; attempt++) {
		try {
			await executePlan(plan, deps);
			return;
		} catch (error: unknown) {
			if (!(error instanceof WizardError)) throw error;
			const answer = await deps.prompter.select({
				id: `failed-${plan.stepId}`,
				message: text.afterFailure,
				choices: [
					{value: 'retry', label: text.retry},
					{value: 'back', label: text.back},
					{value: 'stop', label: text.stop},
				],
				default: attempt <= automaticRetries ? 'retry' : 'stop',
			});
			if (answer === 'back') throw new GoBack();
			if (answer !== 'retry') throw error;
		}
	}
}

/** A step of a flow: a title and the work, which may ask questions and run plans. */
export type Step<Context> = {
	readonly id: string;
	readonly title: string;
	run(context: Context): Promise<void>;
};

/**
 * Runs the steps in order. Going back (Esc) from a step's first question re-runs the step
 * before it; going back from the first step ends the run with `'back'`.
 */
export async function runSteps<Context>(steps: ReadonlyArray<Step<Context>>, context: Context): Promise<'done' | 'back'> {
	let index = 0;
	while (index < steps.length) {
		const step = steps[index];
		if (!step) break;
		try {
			await step.run(context);
			index++;
		} catch (error: unknown) {
			if (!(error instanceof GoBack)) throw error;
			if (index === 0) return 'back';
			index--;
		}
	}
	return 'done';
}
