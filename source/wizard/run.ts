/** Runs a whole wizard: the steps in order, then the exit code (0 done, 1 failed, 2 cancelled). */
import type {Context} from './context.js';
import {earlyWorkOf} from './early-work.js';
import {runSteps, type Step} from './engine.js';
import {Cancelled, exitCodes, FlagValueError, toErrorView} from './errors.js';
import {standingOf} from './stop-report.js';

/**
 * Runs `steps`; never throws: failures end in the store as an error and an exit code. A run
 * that went through without reaching its goal (`goalMissed`) ends with exit 1; any end but
 * success lists what the run made that still stands.
 */
export async function runWizard(steps: ReadonlyArray<Step<Context>>, context: Context): Promise<number> {
	const {actions} = context.store.getState();
	let code: number;
	try {
		const outcome = await runSteps(steps, context);
		code = outcome === 'back' ? exitCodes.cancelled : context.store.getState().goalMissed === undefined ? exitCodes.done : exitCodes.failed;
	} catch (error: unknown) {
		// Work started early ends before the run's end is told: its actions finish and are journaled, so the stop report holds them.
		await earlyWorkOf(context.memory).settle();
		if (error instanceof Cancelled) {
			code = exitCodes.cancelled;
		} else {
			actions.fail(toErrorView(context.explain(error)));
			code = error instanceof FlagValueError ? exitCodes.usage : exitCodes.failed;
		}
	}
	actions.clearQuestion();
	actions.finish(code, code === exitCodes.done ? undefined : standingOf(context.store.getState().journal));
	return code;
}
