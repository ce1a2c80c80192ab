/** Runs a whole wizard: the steps in order, then the exit code (0 done, 1 failed, 2 cancelled). */
import type {Context} from './context.js';
import {runSteps, type Step} from './engine.js';
import {Cancelled, exitCodes, toErrorView} from './errors.js';

/** Runs `steps`; never throws: failures end in the store as an error and an exit code. */
export async function runWizard(steps: ReadonlyArray<Step<Context>>, context: Context): Promise<number> {
	const {actions} = context.store.getState();
	let code: number;
	try {
		const outcome = await runSteps(steps, context);
		code = outcome === 'back' ? exitCodes.cancelled : exitCodes.done;
	} catch (error: unknown) {
		if (error instanceof Cancelled) {
			code = exitCodes.cancelled;
		} else {
			actions.fail(toErrorView(context.explain(error)));
			code = exitCodes.failed;
		}
	}
	actions.clearQuestion();
	actions.finish(code);
	return code;
}
