/**
 * Running doctor's fix plan as the wizard runs its plans: through the engine (each action journaled with its
 * outcome, the command and, where it can be undone, how), into a record on disk like a wizard run's, so
 * `acr-wizard runs` lists it and `acr-wizard undo` undoes what can be undone.
 */
import {startRecording} from '../../record/start.js';
import type {RecordedEnvironment} from '../../record/types.js';
import type {Recording} from '../../record/write.js';
import {explain} from '../shared/explain.js';
import {createAutoPrompter} from '../../wizard/auto-prompter.js';
import type {Clock} from '../../wizard/clock.js';
import {applyPlan, type Plan} from '../../wizard/engine.js';
import type {WizardStore} from '../../wizard/store.js';

/** Where the fix run is recorded: the world it ran in, the flags given, and the environment that names the state directory. */
export type FixRecordOptions = {
	readonly environment: RecordedEnvironment;
	readonly flags: Readonly<Record<string, string>>;
	readonly env?: NodeJS.ProcessEnv;
};

/** A fix run: its record (when one is kept), and its end. */
export type FixRun = {
	readonly recording?: Recording;
	/** Applies the plan; the error's words when it fails. */
	apply(plan: Plan): Promise<string | undefined>;
	/** Ends the run with its exit code, and the record with it. */
	finish(exitCode: number): void;
};

/** Starts a fix run on `store` for the context (and namespace) doctor examined. */
export function startFixRun(
	store: WizardStore,
	target: {readonly context: string; readonly namespace?: string},
	clock: Clock,
	record?: FixRecordOptions,
): FixRun {
	store.getState().actions.setTarget({context: target.context, ...(target.namespace === undefined ? {} : {namespace: target.namespace})});
	const recording = record
		? startRecording(store, {clock, environment: record.environment, flags: record.flags, command: 'doctor'}, record.env ?? process.env)
		: undefined;
	return {
		...(recording ? {recording} : {}),
		async apply(plan) {
			try {
				await applyPlan(plan, {store, prompter: createAutoPrompter(store), clock, explain}, {confirm: false, retry: false});
				return undefined;
			} catch (error) {
				return explain(error).message;
			}
		},
		finish(exitCode) {
			store.getState().actions.finish(exitCode);
			recording?.stop();
		},
	};
}
