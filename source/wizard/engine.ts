/**
 * The step engine. A mutating step builds a plan (actions with a sentence, the equivalent
 * command and the API call); the user confirms; the engine runs the plan as a graph: each
 * action starts once the actions it `needs` have succeeded (by default the one before it, so a
 * plan that declares nothing runs in order), independent ones at the same time. Each outcome is
 * journaled as it ends, in completion order. At the first failure nothing new starts, the running
 * actions finish and are journaled, and the error is shown in plain words; a retry resumes with
 * the actions of this run that did not succeed (`applyPlan`).
 */
import {messages} from '../messages/catalog.js';
import {trailOf} from './answer-trail.js';
import type {Clock} from './clock.js';
import {GoBack, WizardError, toErrorView} from './errors.js';
import type {Prompter} from './prompter.js';
import type {WizardStore} from './store.js';
import {stopIfRequested, stopRequested} from './stop-request.js';
import type {ActionProgress, JournalEntry, PlannedAction} from './types.js';

/** What running one action produced. `unchanged`: it was already in place, nothing was written. */
export type ActionResult = {
	readonly outcome: 'done' | 'unchanged';
	readonly detail?: string;
	readonly undo?: JournalEntry['undo'];
	/** This action made a secret that lives only in memory until an action `storesSecret`: what a stop before that must say. */
	readonly secretMade?: JournalEntry['secretMade'];
	/** This action stored the run's secret (in a pull secret): earlier `secretMade` notes no longer apply. */
	readonly storesSecret?: true;
	/** An undo the user declined (asked for on its own): the thing still stands, and a later undo offers it again. */
	readonly kept?: true;
};

/**
 * A planned action with the call that carries it out (through a port). `needs`: the ids of the
 * actions of the same plan that must succeed before it starts; absent, the action before it in
 * the plan (none for the first); `[]` when it depends on nothing in the plan.
 */
export type Action = PlannedAction & {
	readonly needs?: readonly string[];
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

/** The action as plain data, without the call that carries it out, its place in the graph, nor its dry-run preview. */
function plannedOf({run: _run, needs: _needs, preview: _preview, ...planned}: Action): PlannedAction {
	return planned;
}

/** Each action of the plan with the actions it waits for; an unknown id or a cycle is a bug of the plan, said before anything runs. */
export function dependencies(plan: Pick<Plan, 'stepId' | 'actions'>): Map<Action, readonly Action[]> {
	const byId = new Map(plan.actions.map((action) => [action.id, action]));
	const graph = new Map<Action, readonly Action[]>();
	plan.actions.forEach((action, index) => {
		const previous = plan.actions[index - 1];
		const ids = action.needs ?? (previous ? [previous.id] : []);
		graph.set(
			action,
			ids.map((id) => {
				const needed = byId.get(id);
				if (!needed || needed === action) throw new Error(`Plan ${plan.stepId}: action ${action.id} needs ${id}, which is not another action of the plan.`);
				return needed;
			}),
		);
	});
	// Depth-first: an action met again while its own needs are being walked closes a cycle.
	const state = new Map<Action, 'walking' | 'done'>();
	const walk = (action: Action): void => {
		if (state.get(action) === 'done') return;
		if (state.get(action) === 'walking') throw new Error(`Plan ${plan.stepId}: action ${action.id} needs itself through its needs.`);
		state.set(action, 'walking');
		for (const needed of graph.get(action) ?? []) walk(needed);
		state.set(action, 'done');
	};
	for (const action of plan.actions) walk(action);
	return graph;
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
		back: 'back',
	});
	return answer === 'apply';
};

/** How `applyPlan` runs a plan. */
export type ApplyOptions = {
	/** Ask before running: the usual question (default), another one (the deploy step's, with the YAML), or none (reads that change nothing). */
	readonly confirm?: boolean | Confirm;
	/** After a failure, ask to retry from the failed action, go back or stop (default); `false`: the first failure throws. */
	readonly retry?: boolean;
	/**
	 * `false` for work started early (--yes) while another step has the screen: the plan is not put on screen, its
	 * actions are listed as running beside the plan that is, and its failure is thrown without taking the screen's error.
	 */
	readonly present?: boolean;
};

/** How many times a run that cannot ask retries a failed plan before it stops with the error. */
export const automaticRetries = 2;

/** Where an action's progress goes: the plan on screen, or the list of actions running beside it. */
type ProgressSink = (action: Action, status: ActionProgress['status'], detail?: string) => void;

/** Runs one action and journals its outcome; resolves with the error (explained) when it failed, never rejects. */
async function runOne(plan: Plan, action: Action, deps: EngineDeps, done: Set<Action>, progress: ProgressSink): Promise<WizardError | undefined> {
	const {store, clock, explain} = deps;
	const actions = () => store.getState().actions;
	progress(action, 'running');
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
			...(result.kept ? {kept: true} : {}),
			at: clock.now().toISOString(),
		});
		progress(action, result.outcome === 'unchanged' ? 'skipped' : 'ok', result.detail);
		return undefined;
	} catch (error: unknown) {
		const explained = explain(error);
		const view = toErrorView(explained);
		actions().appendJournal({...planned, stepId: plan.stepId, outcome: 'failed', error: view, at: clock.now().toISOString()});
		progress(action, 'fail', view.message);
		return explained;
	}
}

/**
 * Runs the actions not yet done in this run of the plan, each as soon as what it needs has succeeded,
 * journaling each as it ends; throws a WizardError once the running ones have ended after the first
 * failure (later failures are journaled and shown too). A stop request (Ctrl+C, SIGINT) starts nothing
 * new: the running actions finish, then Cancelled is thrown.
 */
async function execute(plan: Plan, deps: EngineDeps, done: Set<Action>, present: boolean): Promise<void> {
	const graph = dependencies(plan);
	const actions = () => deps.store.getState().actions;
	// A plan not on screen (work started early) leaves the screen's error and progress to the plan that is.
	const progress: ProgressSink = present
		? (action, status, detail) => actions().setProgress(action.id, status, detail)
		: (action, status, detail) => actions().setAlsoRunning(action.id, action.sentence, status, detail);
	if (present) actions().fail(undefined);
	for (const action of plan.actions) if (done.has(action) && present) actions().setProgress(action.id, 'ok');
	const running = new Map<Action, Promise<void>>();
	let failure: WizardError | undefined;
	for (;;) {
		if (failure === undefined && !stopRequested()) {
			for (const action of plan.actions) {
				if (done.has(action) || running.has(action) || !(graph.get(action) ?? []).every((needed) => done.has(needed))) continue;
				running.set(
					action,
					runOne(plan, action, deps, done, progress).then((error) => {
						running.delete(action);
						if (error && failure === undefined) {
							failure = error;
							if (present) actions().fail(toErrorView(error));
						}
					}),
				);
			}
		}
		if (running.size === 0) break;
		await Promise.race(running.values());
	}
	if (failure) throw failure;
	// Ctrl+C or SIGINT asked to stop: the actions that were running have finished, the next ones do not start.
	if (plan.actions.some((action) => !done.has(action))) stopIfRequested();
}

/**
 * After a failure: retry, back or stop. A run that cannot ask retries twice (throttling and other passing faults), then stops;
 * a lasting refusal (an admission policy, a deny assignment) is not retried by default: the same request would be refused again.
 */
async function afterFailure(plan: Plan, deps: EngineDeps, attempt: number, error: WizardError): Promise<'retry' | 'back' | 'stop'> {
	const text = messages().engine;
	const answer = await deps.prompter.select({
		id: `failed-${plan.stepId}`,
		message: text.afterFailure,
		choices: [
			{value: 'retry', label: text.retry},
			{value: 'back', label: text.back},
			{value: 'stop', label: text.stop},
		],
		default: attempt <= automaticRetries && error.lasting !== true ? 'retry' : 'stop',
		back: 'back',
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
	const present = options.present ?? true;
	if (present) presentPlan(plan, deps.store);
	if (deps.store.getState().dryRun) return keepWithoutApplying(plan, deps.store);
	if (plan.actions.length === 0) return 'applied';
	const confirm = options.confirm ?? true;
	// Back after a failure returns to the question before the plan: its confirmation is taken off the trail too.
	const trail = trailOf(deps.store);
	const beforeConfirm = trail?.length ?? 0;
	if (confirm !== false && !(await (confirm === true ? askApply : confirm)(plan, deps))) return 'back';
	trail?.seal();
	const done = new Set<Action>();
	for (let attempt = 1; ; attempt++) {
		try {
			await execute(plan, deps, done, present);
			return 'applied';
		} catch (error: unknown) {
			if (options.retry === false || !(error instanceof WizardError)) throw error;
			const next = await afterFailure(plan, deps, attempt, error).catch((back: unknown) => {
				if (back instanceof GoBack) trail?.truncate(beforeConfirm);
				throw back;
			});
			if (next === 'back') {
				trail?.truncate(beforeConfirm);
				return 'back';
			}
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
 * Runs the steps in order. Going back (Esc) re-runs the step the question belongs to, its answers
 * given again up to the one before (answer-trail.ts); from a step's first question on screen, the
 * nearest step before it that asked something; from the first, the run ends with `'back'`. Without
 * a trail (nothing is shown), going back re-runs the step before.
 */
export async function runSteps<Context extends {readonly store: WizardStore}>(steps: ReadonlyArray<Step<Context>>, context: Context): Promise<'done' | 'back'> {
	const trail = trailOf(context.store);
	// Where each step's answers start in the trail.
	const starts: number[] = [];
	let index = 0;
	while (index < steps.length) {
		const step = steps[index];
		if (!step) break;
		starts[index] = trail?.length ?? 0;
		try {
			if ((await step.run(context)) === 'back') throw new GoBack();
			index++;
		} catch (error: unknown) {
			if (!(error instanceof GoBack)) throw error;
			if (!trail) {
				if (index === 0) return 'back';
				index--;
				continue;
			}
			// The error of a step left behind is not this question's.
			context.store.getState().actions.fail(undefined);
			let back = index;
			while (back >= 0 && !trail.backTo(starts[back] ?? 0)) back--;
			if (back < 0) return 'back';
			index = back;
		}
	}
	return 'done';
}
