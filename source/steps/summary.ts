/**
 * The summary step: what was done (from the journal), the equivalent command script, where
 * `az aks create --attach-acr` fits, and a last question: finish, or undo what this run changed.
 */
import {messages} from '../messages/catalog.js';
import type {Context} from '../wizard/context.js';
import {runPlan, type Step} from '../wizard/engine.js';
import {GoBack, PromptRequiredError, WizardError} from '../wizard/errors.js';
import type {WizardState} from '../wizard/store.js';
import type {JournalEntry} from '../wizard/types.js';
import {isUndone, undoPlan, undoStepId} from './undo.js';

/** How an entry ended, as the summary lists it. */
export type SummaryOutcome = 'done' | 'unchanged' | 'failed' | 'undone';

/** One line of the summary. */
export type SummaryLine = {readonly key: string; readonly sentence: string; readonly outcome: SummaryOutcome; readonly detail?: string};

/**
 * The journal's changes (not the undo entries), each with how it ended: undone when a later
 * undo removed it or found it already gone (the same test that takes it off the undo plan).
 */
export function summaryLines(journal: readonly JournalEntry[]): SummaryLine[] {
	return journal
		.filter((entry) => entry.stepId !== undoStepId)
		.map((entry, index) => ({
			key: `${index}-${entry.stepId}-${entry.id}`,
			sentence: entry.sentence,
			outcome: entry.outcome === 'done' && isUndone(journal, entry) ? 'undone' : entry.outcome,
			detail: entry.outcome === 'failed' ? entry.error?.message : entry.detail,
		}));
}

/** The equivalent commands of what succeeded and still stands, in order (secrets were placeholders from the start). */
export function summaryScript(journal: readonly JournalEntry[]): string[] {
	const lines = summaryLines(journal);
	return journal
		.filter((entry) => entry.stepId !== undoStepId)
		.filter((_entry, index) => lines[index]?.outcome === 'done' || lines[index]?.outcome === 'unchanged')
		.map((entry) => entry.command);
}

/** The resource group in an ARM id, if any. */
function resourceGroupOf(id: string | undefined): string | undefined {
	return id ? /\/resourceGroups\/([^/]+)/i.exec(id)?.[1] : undefined;
}

/** For the attach path: the `az aks create … --attach-acr` that gives a NEW cluster the same access. */
export function createClusterCommand(state: Pick<WizardState, 'method' | 'target' | 'registry'>): string | undefined {
	if (state.method !== 'attach' || !state.registry) return undefined;
	const cluster = state.target.clusterName ?? '<cluster>';
	const group = resourceGroupOf(state.target.clusterId) ?? '<resource-group>';
	return messages().deploy.summary.createCommand(cluster, group, state.registry.name);
}

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
		throw error;
	}
}

/** Runs the undo plan; a failure stays on screen (journaled) and the question comes back. */
async function undo(context: Context): Promise<void> {
	try {
		await runPlan(undoPlan(context, context.store.getState().journal), context);
	} catch (error: unknown) {
		if (error instanceof PromptRequiredError || !(error instanceof GoBack || error instanceof WizardError)) throw error;
	}
}

/** The last step: the summary view, then finish or undo (undo journaled too, and asked again until finished). */
export const showSummary: Step<Context> = {
	id: 'summary',
	title: messages().summary.title,
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
