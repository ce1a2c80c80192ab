/**
 * Doctor in a terminal: the live screen over the doctor flow. The checks run with their progress on screen,
 * the findings are shown ranked, and the fix plan is offered; applied through the wizard's engine
 * (`applyPlan`: each action journaled with its outcome), then the pods are watched until they pull.
 */
import {render} from 'ink';
import type {DoctorDeps, DoctorReport} from './flows/doctor.js';
import {examine, runDoctor} from './flows/doctor.js';
import {messages} from './messages/catalog.js';
import {keepScreenLibrariesCache} from './screen-libraries.js';
import {startFixRun, type FixRecordOptions} from './steps/doctor/apply.js';
import {fixPlan} from './steps/doctor/fix-plan.js';
import type {DoctorRequest} from './steps/doctor/target.js';
import type {KubeCluster, KubePodInspection} from './kubernetes/kubernetes.js';
import {openDoctorWatch, watchTargets} from './steps/doctor/watch.js';
import {DoctorScreen} from './ui/doctor/doctor-screen.js';
import {createDoctorViewStore, type DoctorViewStore} from './ui/doctor/doctor-state.js';
import {createInkPrompter} from './ui/ink-prompter.js';
import {watchLineEnd} from './ui/line-end.js';
import {WizardContext} from './ui/use-wizard.js';
import type {Status} from './wizard/types.js';
import {systemClock} from './wizard/clock.js';
import {exitCodes} from './wizard/errors.js';
import {createWizardStore, initialState, type WizardStore} from './wizard/store.js';

/** How long the screen waits for the fixed pods to run (without --watch, it then says they do not yet). */
const recoveryMs = 120_000;

/** What the screen does after the report: watch the pods until they run, and with --watch stay until q. */
export type DoctorScreenOptions = {readonly record?: FixRecordOptions; readonly isWatch?: boolean};

/** Runs doctor on the live screen; the exit code (0 sound or recovered, 1 a problem stands, 2 bad input). */
export async function runDoctorScreen(deps: DoctorDeps, request: DoctorRequest, options: DoctorScreenOptions = {}): Promise<number> {
	const view = createDoctorViewStore({isWatch: options.isWatch ?? false});
	const store = createWizardStore(initialState({cloud: '', armEndpoint: '', sandbox: false, ready: true}));
	const {controller} = createInkPrompter(store);
	let choose: (choice: 'apply' | 'quit') => void = () => undefined;
	const chosen = new Promise<'apply' | 'quit'>((resolve) => {
		choose = resolve;
	});
	let quit: () => void = () => undefined;
	const quitted = new Promise<void>((resolve) => {
		quit = resolve;
	});
	// The inspector reads from the target's cluster, known once the target is checked.
	const reader = lazyReader(deps);
	const lineEnd = watchLineEnd(process.stdout);
	const instance = render(
		<WizardContext.Provider value={{store, controller}}>
			<DoctorScreen store={view} onChoice={(choice) => choose(choice)} reader={reader.port} onQuit={() => quit()} />
		</WizardContext.Provider>,
	);
	// The first frame is out: what it compiled is kept for the next start (once per build and Node), past this turn.
	setImmediate(keepScreenLibrariesCache);
	try {
		const code = await drive(deps, request, {view, store, chosen, quitted, reader, ...options});
		// The screen exits itself once its last line is drawn.
		await instance.waitUntilExit();
		return code;
	} catch (error) {
		instance.unmount();
		throw error;
	} finally {
		lineEnd.end();
	}
}

/** A pod inspection port that reads from the cluster set once the target is known. */
function lazyReader(deps: DoctorDeps): {port: KubePodInspection; set(cluster: KubeCluster): void} {
	let cluster: KubeCluster | undefined;
	const target = (): KubeCluster => cluster ?? deps.kubernetes.cluster(deps.kubeconfig);
	return {
		set: (value) => {
			cluster = value;
		},
		port: {
			describePod: async (namespace, name) => target().describePod(namespace, name),
			containerLogs: async (namespace, name, request) => target().containerLogs(namespace, name, request),
			podYaml: async (namespace, name) => target().podYaml(namespace, name),
		},
	};
}

type Drive = {
	readonly view: DoctorViewStore;
	readonly store: WizardStore;
	readonly chosen: Promise<'apply' | 'quit'>;
	readonly quitted: Promise<void>;
	readonly reader: ReturnType<typeof lazyReader>;
	readonly record?: FixRecordOptions;
	readonly isWatch?: boolean;
};

/** The run behind the screen: checks, findings, the plan on offer, its run, the watch. */
async function drive(deps: DoctorDeps, request: DoctorRequest, {view, store, chosen, quitted, reader, record, isWatch = false}: Drive): Promise<number> {
	const {actions} = view.getState();
	const text = messages().doctor.report;
	const outcome = await runDoctor({...deps, onPhase: (phase) => view.getState().actions.startPhase(phase)}, request);
	if (outcome.kind === 'refused') {
		actions.finish({status: 'fail', text: `${outcome.refusal.message} ${messages().flags.fix(outcome.refusal.suggestion)}`});
		return exitCodes.usage;
	}
	const {report} = outcome;
	reader.set(report.target.cluster);
	const pods = new Map(
		report.pods.map((pod) => [`${pod.namespace}/${pod.name}`, {namespace: pod.namespace, ...(pod.selector ? {selector: pod.selector} : {})}]),
	);
	const plan = fixPlan(report.findings, pods, {azure: deps.azure, cluster: report.target.cluster, context: report.target.context});
	if (plan.actions.length > 0)
		store.getState().actions.showPlan({stepId: plan.stepId, title: plan.title, actions: plan.actions.map(({run: _run, ...planned}) => planned), notes: []});
	actions.showReport(report, plan.actions.length > 0);
	const problems = {
		status: 'fail' as const,
		text: text.problems(report.findings.filter((finding) => finding.status !== 'ok' && finding.id !== 'kubelet').length),
	};
	if (report.status === 'ok') {
		if (isWatch) return watchOnly(report, view, quitted, {status: 'ok', text: text.sound}, exitCodes.done);
		actions.finish({status: 'ok', text: text.sound});
		return exitCodes.done;
	}
	if ((await chosen) === 'quit' || plan.actions.length === 0) {
		if (isWatch) return watchOnly(report, view, quitted, problems, exitCodes.failed);
		actions.finish(problems);
		return exitCodes.failed;
	}
	actions.setStage('applying');
	const run = startFixRun(store, report.target, systemClock, record);
	const failure = await run.apply(plan);
	if (failure) {
		run.finish(exitCodes.failed);
		actions.finish({status: 'fail', text: failure});
		return exitCodes.failed;
	}
	const recovered = await watchRecovery(deps, report, view, quitted);
	const names = [...new Set(report.pods.map((pod) => pod.selector ?? pod.name))].join(', ');
	const code = recovered.recovered ? exitCodes.done : exitCodes.failed;
	run.finish(code);
	const recorded = run.recording ? ` ${messages().record.file(run.recording.file, run.recording.id)}` : '';
	const last = recovered.recovered
		? {status: 'ok' as const, text: `${text.recovered(names)}${recorded}`}
		: {status: 'fail' as const, text: `${text.notRecovered(names)}${recorded}`};
	if (isWatch && !recovered.quit) {
		// --watch: the pods stay on screen, live, until q.
		actions.note(last);
		await quitted;
	}
	recovered.stop();
	actions.finish(last);
	return code;
}

/** Where the watch looks: the examined pods' workloads, else the target's namespace (the context's, else default). */
function targetsOf(report: DoctorReport) {
	return watchTargets(report.pods, report.target.namespace, 'default', report.target.selector);
}

/** --watch without a fix: the live pods until q, then the report's last line. */
async function watchOnly(
	report: DoctorReport,
	view: DoctorViewStore,
	quitted: Promise<void>,
	last: {status: Status; text: string},
	code: number,
): Promise<number> {
	const {actions} = view.getState();
	actions.setStage('watching');
	actions.note(last);
	const watch = await openDoctorWatch(
		report.target.cluster,
		targetsOf(report),
		(picture) => actions.showPicture(picture),
		() => undefined,
	);
	await quitted;
	watch.stop();
	actions.finish(last);
	return code;
}

/**
 * Watches the fixed pods through the cluster's watch until every workload runs again (bounded; q stops waiting),
 * then re-examines them so the findings say so; the watch stays open for --watch (`stop` ends it).
 */
async function watchRecovery(
	deps: DoctorDeps,
	report: DoctorReport,
	view: DoctorViewStore,
	quitted: Promise<void>,
): Promise<{recovered: boolean; quit: boolean; stop: () => void}> {
	const {actions} = view.getState();
	actions.setStage('watching');
	const watch = await openDoctorWatch(
		report.target.cluster,
		targetsOf(report),
		(picture) => actions.showPicture(picture),
		() => undefined,
	);
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<'timeout'>((resolve) => {
		timer = setTimeout(() => resolve('timeout'), recoveryMs);
	});
	const ended = await Promise.race([watch.recovered.then(() => 'recovered' as const), timeout, quitted.then(() => 'quit' as const)]);
	clearTimeout(timer);
	if (ended === 'recovered') {
		// The fixed pods are recreated under new names: examine the namespace again, not the pod named.
		const {pod: _pod, selector: _selector, ...target} = report.target;
		actions.updateReport(await examine(deps, target));
	}
	return {recovered: ended === 'recovered', quit: ended === 'quit', stop: () => watch.stop()};
}
