/**
 * `acr-wizard undo [RUN]`: a past run's journal back in the store, its summary, then the undo
 * plan (every change still standing, newest first), confirmed (or `--yes`), run and journaled
 * into the same record.
 */
import {messages} from '../messages/catalog.js';
import {undoCreatedGroups, undoPlan} from '../steps/undo.js';
import type {Context} from '../wizard/context.js';
import {applyPlan, type Step} from '../wizard/engine.js';
import {undoable} from '../wizard/journal.js';

/** The undo of the run in the store: nothing to do said as such; Back from the plan ends the command (exit 2). */
const undoPastRun: Step<Context> = {
	async run(context) {
		const {store} = context;
		const {actions, journal, record} = store.getState();
		if (undoable(journal).length === 0) {
			actions.notice(messages().record.find.nothingToUndo(record?.id ?? ''));
			return;
		}
		if ((await applyPlan(undoPlan(context, journal), context)) === 'back') return 'back';
		await undoCreatedGroups(context);
		actions.show('summary');
		if (undoable(store.getState().journal).length === 0) actions.notice(messages().record.undone(record?.id ?? ''));
	},
};

/** The steps of `acr-wizard undo`. */
export function undoSteps(): ReadonlyArray<Step<Context>> {
	return [undoPastRun];
}
