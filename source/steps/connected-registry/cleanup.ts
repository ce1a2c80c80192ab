/**
 * The last step of the connected-registry path: clean-up as its own choice. What this run made
 * for the connected registry comes off in the order `az acr connected-registry delete --cleanup`
 * implies: the sample and its secret, the extension (its pods, Service and claim with it), the
 * connected registry, then the tokens and scope maps, each shown and confirmed on its own. Each
 * removal is journaled as the undo of what it removes, so the summary's undo never repeats it.
 */
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {applyPlan, type Step} from '../../wizard/engine.js';
import {undoable, undoId, undoStepId} from '../../wizard/journal.js';
import type {JournalEntry} from '../../wizard/types.js';
import type {UndoKind} from '../../wizard/undo-spec.js';
import {undoPlan} from '../undo.js';

/** The order things come off: what uses a thing before the thing. */
const order: readonly UndoKind[] = ['delete-workload', 'delete-secret', 'delete-extension', 'delete-connected-registry', 'delete-token', 'delete-scope-map'];

/** This run's removals of what the path made, in clean-up order (the registry and anything else are left to the summary's undo). */
export function cleanupEntries(journal: readonly JournalEntry[]): JournalEntry[] {
	const rank = (entry: JournalEntry) => order.indexOf(entry.undo?.kind ?? 'delete-registry');
	return undoable(journal)
		.filter((entry) => rank(entry) !== -1)
		.sort((a, b) => rank(a) - rank(b));
}

/** Asks whether to clean up; on yes, removes each thing with its own confirmation. */
export const cleanUpStep: Step<Context> = {
	async run(context) {
		const text = messages().connectedRegistry.cleanup;
		const entries = cleanupEntries(context.store.getState().journal);
		if (entries.length === 0) return;
		// The watch's last line ("all running") is over: the question stands on its own.
		context.store.getState().actions.setActivity(undefined);
		const answer = await context.prompter.select({
			id: 'connected-registry-cleanup',
			message: text.question,
			flag: '--clean-up',
			choices: [
				{value: 'keep', label: text.keep, hint: text.keepHint},
				{value: 'remove', label: text.remove, hint: text.removeHint},
			],
			default: 'keep',
		});
		if (answer !== 'remove') return;
		for (const entry of entries) {
			// Read the plan again each time: an earlier removal may have taken this one with it.
			const action = undoPlan(context, context.store.getState().journal).actions.find((item) => item.id === undoId(entry));
			if (!action) continue;
			const outcome = await applyPlan({stepId: undoStepId, title: text.planTitle(entry.undo?.sentence ?? entry.sentence), actions: [action]}, context, {
				retry: false,
			});
			// Esc stops the clean-up here: what is left stays in the summary's undo.
			if (outcome === 'back') return;
		}
		context.store.getState().actions.notice(text.done);
	},
};
