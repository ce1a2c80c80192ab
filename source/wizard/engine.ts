/**
 * The step engine. A mutating step builds a plan (actions with a sentence, the equivalent
 * command and the API call); the user confirms; the engine runs the actions in order,
 * journals each outcome, and stops at the first failure with the error in plain words; a
 * retry resumes after the last action of this run that succeeded (`applyPlan`).
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
	/** This action made a secret that lives only in memory until an action `storesSecret`: what a stop before that must say. */
	readonly secretMade?: JournalEntry['secretMade'];
	/** This action stored the run's secret (in a pull secret): earlier `secretMade` notes no longer apply. */
	readonly storesSecret?: true;
};

/** A planned action with the call that carries it out (through a port). */
export type Action = PlannedAction & {
	run(): Promise<ActionResult>;
	/**
	 * Under --dry-run, called instead of `run`: hands the steps after it what the action would
	 * make (the registry it would create, with the id Azure would give it), without any call.
	 */
	preview?(): void;
};

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

/** Whether the journal already holds a successful run of this action id (ids of actions that may rightly run twice are made fresh with it). */
export function alreadyDone(journal: readonly JournalEntry[], stepId: string, actionId: string): boolean {
	return journal.some((entry) => entry.stepId === stepId && entry.id === actionId && entry.outcome !== 'failed');
}

/**
 * An action id not yet done in the journal for `stepId`: `base`, else `base-2`, `base-3`…, so
 * every journal entry (and the undo that names it) keeps its own id when an action runs again.
 */
export function freshActionId(context: {readonly store: WizardStore}, stepId: string, base: string): string {
	const journal = context.store.getState().journal;
	let id = base;
	for (let attempt = 2; alreadyDone(journal, stepId, id); attempt++) id = `${base}-${attempt}`;
	return id;
}

/** The action as plain data, without the call that carries it out (nor its dry-run preview). */
function plannedOf({run: _run, preview: _preview, ...planned}: Action): PlannedAction {
	return planned;
}

/** Puts the plan on the screen. */
function presentPlan(plan: Plan, store: WizardStore): void {
	const {actions} = store.getState();
	actions.showPlan({stepId: plan.stepId, title: plan.title, actions: plan.actions.map(plannedOf), notes: plan.notes ?? []});
	actions.show('plan');
}

/** Asks to apply the plan (on screen already): `true` to apply, `false` to go back. */
export type Confirm = (plan: Plan, deps: EngineDeps) => Promise<boolean>;

/** The usual question: apply N changes, or back. */
const askApply: Confirm = async (plan, {prompter}) => {
	const text = messages().engine;
	const answer = await prompter.select({
		id: `confirm-${plan.stepId}`,
		message: text.confirm(plan.actions.length),
		choices: [
			{value: 'apply', label: text.apply},
			{value: 'back', label: text.back},
		],
		default: 'apply',
	});
	return answer === 'apply';
};

/** How `applyPlan` runs a plan. */
export type ApplyOptions = {
	/** Ask before running: the usual question (default), another one (the deploy step's, with the YAML), or none (reads that change nothing). */
	readonly confirm?: boolean | Confirm;
	/** After a failure, ask to retry from the failed action, go back or stop (default); `false`: the first failure throws. */
	readonly retry?: boolean;
};

/** How many times a run that cannot ask retries a failed plan before it stops with the error. */
export const automaticRetries = 2;

/** Runs the actions not yet done in this run of the plan, in order, journaling each; throws a WizardError at the first failure. */
async function execute(plan: Plan, deps: EngineDeps, done: Set<Action>): Promise<void> {
	const {store, clock, explain} = deps;
	const actions = () => store.getState().actions;
	actions().fail(undefined);
	for (const action of plan.actions) {
		// Ctrl+C or SIGINT asked to stop: the action that was running has finished, the next one does not start.
		stopIfRequested();
		if (done.has(action)) {
			actions().setProgress(action.id, 'ok');
			continue;
		}
		actions().setProgress(action.id, 'running');
		const planned = plannedOf(action);
		try {
			const result = await action.run();
			done.add(action);
			actions().appendJournal({
				...planned,
				stepId: plan.stepId,
				outcome: result.outcome,
				detail: result.detail,
				undo: result.undo,
				...(result.secretMade ? {secretMade: result.secretMade} : {}),
				...(result.storesSecret ? {storesSecret: true} : {}),
				at: clock.now().toISOString(),
			});
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

/** After a failure: retry, back or stop. A run that cannot ask retries twice (throttling and other passing faults), then stops. */
async function afterFailure(plan: Plan, deps: EngineDeps, attempt: number): Promise<'retry' | 'back' | 'stop'> {
	const text = messages().engine;
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
	return answer === 'retry' || answer === 'back' ? answer : 'stop';
}

/**
 * The one way a plan runs: shown, confirmed (unless told otherwise), then its actions in
 * order, each journaled. When one fails, the error stays on screen and the user retries from
 * the failed action (the ones done in this run are not repeated), goes back, or stops (the
 * error is thrown). Resume is scoped to this call: running the plan again runs every action,
 * each of which finds what is already in place (`unchanged`).
 */
export async function applyPlan(plan: Plan, deps: EngineDeps, options: ApplyOptions = {}): Promise<'applied' | 'back'> {
	presentPlan(plan, deps.store);
	if (deps.store.getState().dryRun) return keepWithoutApplying(plan, deps.store);
	if (plan.actions.length === 0) return 'applied';
	const confirm = options.confirm ?? true;
	if (confirm !== false && !(await (confirm === true ? askApply : confirm)(plan, deps))) return 'back';
	const done = new Set<Action>();
	for (let attempt = 1; ; attempt++) {
		try {
			await execute(plan, deps, done);
			return 'applied';
		} catch (error: unknown) {
			if (options.retry === false || !(error instanceof WizardError)) throw error;
			const next = await afterFailure(plan, deps, attempt);
			if (next === 'back') return 'back';
			if (next === 'stop') throw error;
		}
	}
}

/**
 * --dry-run: the plan is kept (for the summary, the plain and JSON output, the export) and
 * counts as applied; no action runs, each one's `preview` tells the steps after it what it would make.
 */
function keepWithoutApplying(plan: Plan, store: WizardStore): 'applied' {
	const {actions} = store.getState();
	if (plan.actions.length > 0) actions.keepPlanned({stepId: plan.stepId, title: plan.title, actions: plan.actions.map(plannedOf), notes: plan.notes ?? []});
	for (const action of plan.actions) {
		action.preview?.();
		actions.setProgress(action.id, 'skipped');
	}
	return 'applied';
}

/** A step of a flow: its work, which may ask questions and run plans; `'back'` (or a GoBack thrown) returns to the step before. */
export type Step<Context> = {
	run(context: Context): Promise<void | 'applied' | 'back'>;
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
			if ((await step.run(context)) === 'back') throw new GoBack();
			index++;
		} catch (error: unknown) {
			if (!(error instanceof GoBack)) throw error;
			if (index === 0) return 'back';
			index--;
		}
	}
	return 'done';
}
