/**
 * Deploys the sample (a plan of one action, with the YAML one choice away), then follows its
 * pods live: every snapshot goes to the store with its diagnosis, and when the pods cannot
 * pull the user is asked — under the live table — to fix it, keep watching, or leave.
 */
import type {KubeCluster, Workload} from '../../kubernetes/kubernetes.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {applyPlan, type Plan} from '../../wizard/engine.js';
import {GoBack} from '../../wizard/errors.js';
import {untilStopRequested} from '../../wizard/stop-request.js';
import {kubeUndoParams, type UndoTarget} from '../shared/undo-kit.js';
import {namespaceMadeByThisRun} from '../../wizard/journal.js';
import type {Diagnosis, DiagnosisFacts} from '../../diagnosis/classify.js';
import {applyRemedy, askWhileWatching, diagnosisQuestion, type Asked} from './diagnosis-question.js';
import {belongsTo, confirmDeploy, deployPlan, expectedPods, labelSelector, ownsReplicaSet, restartPlan} from './deploy-plan.js';
import {failedPulls, openPodWatch, type PodWatch, type WatchState} from './pod-watch.js';
import {meetPodSecurity, readPodSecurityLevel, type CompliantVariant} from './pod-security.js';
import {earlyWorkOf} from '../../wizard/early-work.js';
import {sharePodInspection} from '../../kubernetes/pod-inspection-channel.js';
import {podsRunningHold} from '../../wizard/prompter.js';

/** Everything a path hands over to deploy its sample and watch it. */
export type DeployInput = {
	/** From `context.kubernetes.cluster(source, ctx)`. */
	readonly cluster: KubeCluster;
	readonly workload: Workload;
	/** Shown on "Show the YAML". */
	readonly yaml: string;
	/** The equivalent command, e.g. `kubectl apply -f acr-nginx.yaml`. */
	readonly command: string;
	/** How undo reaches this cluster again. */
	readonly target: UndoTarget;
	/** The kubeconfig context the equivalent commands name (absent: the current one). */
	readonly kubeContext?: string;
	readonly facts: DiagnosisFacts;
	/** A plan that fixes the diagnosed cause, offered on screen. */
	readonly fixFor?: (diagnosis: Diagnosis) => Plan | undefined;
	/** Reads the facts anew (they are refreshed in place) when pods fail, before the cause is said and asked about. */
	readonly refreshFacts?: () => Promise<void>;
	/** The variant offered when the namespace enforces Pod Security "restricted". */
	readonly compliantVariant?: CompliantVariant;
};

/** Whether the state calls for the question: a diagnosis that is new, or failing again since the last answer. */
function needsQuestion(state: WatchState, asked: Asked | undefined): boolean {
	if (!state.diagnosis) return false;
	if (!asked || asked.kind !== state.diagnosis.kind) return true;
	return failedPulls(state.snapshot) > asked.failedPulls;
}

/** Follows the pods until they all run ('running') or the user leaves ('left'). */
async function follow(context: Context, input: DeployInput, watch: PodWatch, notice: (state: WatchState) => void): Promise<'running' | 'left'> {
	const {actions} = context.store.getState();
	const text = messages().deploy;
	let asked: Asked | undefined;
	let restarts = 0;
	for (;;) {
		// A stop request (Ctrl+C, SIGINT) ends the watch: the pods are there, the run stops.
		const stop = untilStopRequested();
		try {
			await Promise.race([watch.until((state) => state.running || state.failure !== undefined || needsQuestion(state, asked)), stop.promise]);
		} finally {
			stop.cancel();
		}
		const state = watch.state();
		if (state.failure) throw context.explain(state.failure);
		if (state.running) {
			actions.setActivity(text.allRunning(state.snapshot.pods.filter((pod) => pod.status !== 'Terminating').length));
			return 'running';
		}
		if (input.refreshFacts && state.diagnosis) {
			await input.refreshFacts().catch(() => undefined);
			watch.rediagnose();
			notice(watch.state());
		}
		const {diagnosis} = watch.state();
		if (!diagnosis) continue;
		const remedies = {fix: input.fixFor?.(diagnosis), restart: restartPlan(input, ++restarts)};
		const answer = await askWhileWatching(context, watch, diagnosisQuestion(diagnosis, remedies, asked), diagnosis.kind);
		const count = asked?.kind === diagnosis.kind ? asked.count + 1 : 1;
		const fixTried = (asked?.kind === diagnosis.kind && asked.fixTried) || answer === 'fix';
		asked = {kind: diagnosis.kind, failedPulls: failedPulls(watch.state().snapshot), count, fixTried};
		if (answer === 'leave') {
			actions.setActivity(text.left);
			// The sample never ran: the run ends with exit 1 (after the summary), not as a success.
			actions.missGoal(text.left);
			return 'left';
		}
		const remedy = answer === 'fix' ? remedies.fix : answer === 'restart' ? remedies.restart : undefined;
		if (remedy) {
			// Applied: only pulls failing after it count. Not applied (back, or it failed): ask again at once.
			const applied = await applyRemedy(context, remedy, answer === 'fix' ? text.fixApplied : text.restarted);
			asked = {...asked, failedPulls: applied ? failedPulls(watch.state().snapshot) : -1};
		}
	}
}

/** Writes a new diagnosis as notice lines, so a run without a screen (plain output) says why too. */
function noticeDiagnosis(context: Context, diagnosis: Diagnosis): void {
	const {actions} = context.store.getState();
	const text = messages().deploy;
	actions.notice(text.diagnosisNotice(diagnosis.title, diagnosis.explanation, diagnosis.code));
	if (diagnosis.fix) actions.notice(text.fixNotice(diagnosis.fix));
}

/** Watches the workload's pods, with the table in the store, until they run or the user leaves. */
async function watchWorkload(context: Context, input: DeployInput): Promise<'running' | 'left'> {
	const {actions} = context.store.getState();
	const {workload} = input;
	const selector = labelSelector(workload);
	actions.setTarget({namespace: workload.namespace});
	actions.setPods([], []);
	actions.setDiagnosis(undefined);
	actions.show('pods');
	actions.setActivity(messages().deploy.watching(selector || `${workload.kind.toLowerCase()}/${workload.name}`, workload.namespace));
	let noticed: Diagnosis['kind'] | undefined;
	const watch = await openPodWatch({
		cluster: input.cluster,
		namespace: workload.namespace,
		labelSelector: selector,
		expected: expectedPods(workload),
		facts: input.facts,
		belongs: belongsTo(workload),
		owns: ownsReplicaSet(workload),
		onUpdate(state) {
			actions.setPods(state.snapshot.pods, state.snapshot.events);
			actions.setDiagnosis(state.diagnosis);
			// With facts to read anew, the cause is said once they are (follow), never from stale ones.
			if (!input.refreshFacts) notice(state);
		},
	});
	function notice(state: WatchState): void {
		if (state.diagnosis && state.diagnosis.kind !== noticed) noticeDiagnosis(context, state.diagnosis);
		noticed = state.diagnosis?.kind;
	}
	// The live pod screen's inspector reads describe, logs and the YAML from this cluster.
	sharePodInspection(input.cluster);
	try {
		const outcome = await follow(context, input, watch, notice);
		// They run: the live pods stay on screen (with the inspector's keys) until the user moves on, if someone watches.
		if (outcome === 'running')
			await context.prompter.hold?.({id: podsRunningHold, message: messages().inspector.holdMessage(watch.state().snapshot.pods.length)});
		return outcome;
	} finally {
		watch.stop();
	}
}

/** Deploys the sample after confirmation, then watches its pods: 'running' when all are up, 'left' if the user left, 'planned' in a dry run (nothing to watch). */
export async function deployAndWatch(context: Context, given: DeployInput): Promise<'running' | 'left' | 'planned'> {
	// Read before deploying: a namespace enforcing "restricted" would refuse the seeds' sample pod by pod. Read while
	// work started early runs: the Kubernetes client loads and its connection opens then, not once the image is there.
	// A namespace this run created holds nothing of anyone else's: no level to read, no workload to read before its create.
	const namespaceIsNew = namespaceMadeByThisRun(context.store.getState().journal, given.workload.namespace, kubeUndoParams(given.target));
	const level = readPodSecurityLevel(given, given.compliantVariant, namespaceIsNew);
	// Work started early (the sample image's import, under --yes) ends before its image is deployed.
	await earlyWorkOf(context.memory).join();
	const input = await meetPodSecurity(context, given, given.compliantVariant, level);
	const plan = deployPlan(input, namespaceIsNew);
	if ((await applyPlan(plan, context, {confirm: confirmDeploy(input.yaml)})) === 'back') throw new GoBack();
	if (context.store.getState().dryRun) return 'planned';
	return watchWorkload(context, input);
}
