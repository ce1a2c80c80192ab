/**
 * Readers of the journal, for the summary, the script and undo: which changes still stand,
 * which were undone, the equivalent commands of what stands. Plain functions of plain data.
 */
import type {CloudName} from '../azure/clouds.js';
import {createClusterCommand, registryReference} from '../commands/az.js';
import {inCloud, powerShellCloudCommands} from '../commands/cloud.js';
import {watchPodsCommand} from '../commands/kubectl.js';
import {powerShellOf} from '../commands/powershell.js';
import type {WizardState} from './store.js';
import type {JournalEntry, KubeTargetParams, PlannedAction} from './types.js';

/** The undo step's id in the journal. */
export const undoStepId = 'undo';

/** How an entry ended, as the summary lists it. */
export type SummaryOutcome = 'done' | 'unchanged' | 'failed' | 'undone';

/** One line of the summary. */
export type SummaryLine = {readonly key: string; readonly sentence: string; readonly outcome: SummaryOutcome; readonly detail?: string};

/** The action id that undoes a journal entry. */
export function undoId(entry: JournalEntry): string {
	return `undo-${entry.stepId}-${entry.id}`;
}

/**
 * Whether `entry` no longer stands: an undo of it succeeded, or found it already gone (not one the user declined).
 * `journal` is the whole journal, undo entries included.
 */
export function isUndone(journal: readonly JournalEntry[], entry: JournalEntry): boolean {
	const id = undoId(entry);
	if (journal.some((undo) => undo.stepId === undoStepId && undo.id === id && undo.outcome !== 'failed' && undo.kept !== true)) return true;
	// No undo of its own: it is gone once an object it went with was removed (a token's password with the token).
	return (
		entry.undo === undefined &&
		(entry.goesWith ?? []).some((made) =>
			journal.some(
				(other) => other.stepId === made.stepId && other.id === made.id && other.outcome === 'done' && other.undo !== undefined && isUndone(journal, other),
			),
		)
	);
}

/**
 * The entries of this run that made the registry or AKS cluster `resourceId` (their undo deletes it): an action on it
 * with no undo of its own (an import into the registry, the cluster's credentials) goes with them, and no longer
 * stands once they are undone.
 */
export function goesWithMade(journal: readonly JournalEntry[], resourceId: string): Pick<PlannedAction, 'goesWith'> {
	const made = madeEntries(journal, resourceId).map((entry) => ({stepId: entry.stepId, id: entry.id}));
	return made.length > 0 ? {goesWith: made} : {};
}

/** Whether this run created the registry or AKS cluster `resourceId` (it started empty then). */
export function madeByThisRun(journal: readonly JournalEntry[], resourceId: string): boolean {
	return madeEntries(journal, resourceId).length > 0;
}

/** Whether this run created the namespace `name` on the cluster `target`, and it stands: it holds only what the run put there, no labels. */
export function namespaceMadeByThisRun(journal: readonly JournalEntry[], name: string, target: KubeTargetParams): boolean {
	return journal.some(
		(entry) =>
			entry.outcome === 'done' &&
			entry.undo?.kind === 'delete-namespace' &&
			entry.undo.params.name === name &&
			sameCluster(entry.undo.params, target) &&
			!isUndone(journal, entry),
	);
}

function sameCluster(a: KubeTargetParams, b: KubeTargetParams): boolean {
	if (a.target === 'aks') return b.target === 'aks' && a.clusterId.toLowerCase() === b.clusterId.toLowerCase();
	return b.target === 'context' && a.context === b.context && a.kubeconfigPath === b.kubeconfigPath;
}

/** The entries that created the registry or AKS cluster `resourceId`. */
function madeEntries(journal: readonly JournalEntry[], resourceId: string): JournalEntry[] {
	return journal.filter(
		(entry) =>
			entry.outcome === 'done' &&
			(entry.undo?.kind === 'delete-registry' || entry.undo?.kind === 'delete-managed-cluster') &&
			entry.undo.params.id.toLowerCase() === resourceId.toLowerCase(),
	);
}

/** The entries still to undo: done, with an undo spec, not undone yet; most recent first. */
export function undoable(journal: readonly JournalEntry[]): JournalEntry[] {
	return journal.filter((entry) => entry.outcome === 'done' && entry.undo && !isUndone(journal, entry)).reverse();
}

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
export function summaryScript(journal: readonly JournalEntry[], cloud?: CloudName): string[] {
	const lines = summaryLines(journal);
	const commands = journal
		.filter((entry) => entry.stepId !== undoStepId)
		.filter((_entry, index) => lines[index]?.outcome === 'done' || lines[index]?.outcome === 'unchanged')
		.map((entry) => entry.command);
	// In a sovereign cloud the script first puts az there, or its commands would go to the public cloud.
	return inCloud(commands, cloud);
}

/**
 * The same script as Azure PowerShell: each action's PowerShell equivalent, and its own command where it has none
 * (kubectl runs the same there); empty when no action has one.
 */
export function summaryPowerShell(journal: readonly JournalEntry[], cloud?: CloudName): string[] {
	const lines = summaryLines(journal);
	const entries = journal
		.filter((entry) => entry.stepId !== undoStepId)
		.filter((_entry, index) => lines[index]?.outcome === 'done' || lines[index]?.outcome === 'unchanged');
	return entries.some((entry) => entry.powershell !== undefined)
		? [...powerShellCloudCommands(cloud), ...entries.map((entry) => entry.powershell ?? powerShellOf(entry.command))]
		: [];
}

/** The subscription in an ARM id, if any. */
function subscriptionOf(id: string | undefined): string | undefined {
	return id ? /\/subscriptions\/([^/]+)/i.exec(id)?.[1] : undefined;
}

/**
 * For the attach path: the `az aks create … --attach-acr` that gives a NEW cluster the same
 * access (so the cluster's name and group are placeholders, not the existing cluster's); none
 * when this run created the cluster itself (it was attached at creation: the hint would repeat it).
 */
export function newClusterCommand(state: Pick<WizardState, 'method' | 'target' | 'registry'> & Partial<Pick<WizardState, 'journal'>>): string | undefined {
	if (state.method !== 'attach' || !state.registry) return undefined;
	if (state.journal?.some((entry) => entry.outcome === 'done' && entry.undo?.kind === 'delete-managed-cluster')) return undefined;
	const subscriptionId = subscriptionOf(state.target.clusterId) ?? state.registry.subscriptionId;
	return createClusterCommand(registryReference(state.registry, {subscriptionId}));
}

/**
 * `kubectl get pods --watch` for the pods the run deployed, as a person would run it from another terminal: the
 * context of the path's target (an AKS cluster's is named after it by az aks get-credentials), else the one the run
 * started from, and `--kubeconfig` when the file is not kubectl's default (the sandbox's, --kubeconfig); none once
 * undo removed what was deployed.
 */
export function watchCommand(state: Pick<WizardState, 'target' | 'pods' | 'environment' | 'journal'>): string | undefined {
	const {namespace, context, clusterName} = state.target;
	if (namespace === undefined || state.pods.length === 0) return undefined;
	// Once undo removed the workloads this run deployed, there is nothing left to watch (nor, maybe, a cluster).
	const {journal} = state;
	const deployed = journal.filter((entry) => entry.outcome === 'done' && entry.undo?.kind === 'delete-workload');
	if (deployed.length > 0 && deployed.every((entry) => isUndone(journal, entry))) return undefined;
	const watch = state.environment.watch;
	return watchPodsCommand({namespace, context: context ?? clusterName ?? watch?.context}, watch?.kubeconfig ?? state.environment.kubeconfigPath);
}
