/**
 * The summary step: the summary view (read from the journal by wizard/journal.ts), then a last
 * question: finish, or undo what this run changed.
 */
import {messages} from '../messages/catalog.js';
import type {Context} from '../wizard/context.js';
import {applyPlan, type Step} from '../wizard/engine.js';
import {Cancelled, GoBack, PromptRequiredError, WizardError} from '../wizard/errors.js';
import {undoCreatedGroups, undoPlan} from './undo.js';

/** Asks finish or undo; 'finish' at once when there is nothing to undo (the summary simply stays on screen). */
async function askNext(context: Context, count: number): Promise<'finish' | 'undo'> {
	const text = messages().deploy.summary;
	if (count === 0) return 'finish';
	try {
		const answer = await context.prompter.select({
			id: 'summary-next',
			message: text.question,
			choices: [
				{value: 'finish', label: text.finish},
				{value: 'undo', label: text.undo(count), hint: text.undoHint},
			],
			default: 'finish',
		});
		return answer === 'undo' ? 'undo' : 'finish';
	} catch (error: unknown) {
		// There is no step to go back to from the summary: Esc simply asks again.
		if (error instanceof GoBack) return askNext(context, count);
		// q (or Ctrl+C) on the summary leaves it as Finish does: the run is over, its exit code is its pods' (0 when they run).
		if (error instanceof Cancelled) return 'finish';
		throw error;
	}
}

/** Runs the undo plan; a failure stays on screen (journaled) and the question comes back. */
async function undo(context: Context): Promise<void> {
	try {
		if ((await applyPlan(undoPlan(context, context.store.getState().journal), context, {retry: false})) === 'applied') await undoCreatedGroups(context);
	} catch (error: unknown) {
		if (error instanceof PromptRequiredError || !(error instanceof GoBack || error instanceof WizardError)) throw error;
	}
}

/** The last step: the summary view, then finish or undo (undo journaled too, and asked again until finished). */
export const showSummary: Step<Context> = {
	async run(context) {
		const {store} = context;
		for (;;) {
			store.getState().actions.show('summary');
			const plan = undoPlan(context, store.getState().journal);
			if ((await askNext(context, plan.actions.length)) === 'finish') return;
			store.getState().actions.setActivity(undefined);
			await undo(context);
		}
	},
};
