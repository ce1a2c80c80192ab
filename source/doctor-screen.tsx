/**
 * Doctor in a terminal: the live screen over the doctor flow. The checks run with their progress on screen,
 * the findings are shown ranked, and the fix plan is offered; applied through the wizard's engine
 * (`applyPlan`: each action journaled with its outcome), then the pods are watched until they pull.
 */
import {render} from 'ink';
import type {DoctorDeps, DoctorReport} from './flows/doctor.js';
import {examine, runDoctor} from './flows/doctor.js';
import {messages} from './messages/catalog.js';
import {startFixRun, type FixRecordOptions} from './steps/doctor/apply.js';
import {fixPlan} from './steps/doctor/fix-plan.js';
import type {DoctorRequest} from './steps/doctor/target.js';
import {DoctorScreen} from './ui/doctor/doctor-screen.js';
import {createDoctorViewStore, type DoctorViewStore} from './ui/doctor/doctor-state.js';
import {createInkPrompter} from './ui/ink-prompter.js';
import {WizardContext} from './ui/use-wizard.js';
import {systemClock} from './wizard/clock.js';
import {exitCodes} from './wizard/errors.js';
import {createWizardStore, initialState, type WizardStore} from './wizard/store.js';

/** How long the screen watches the pods recover after a fix, and how often it looks again. */
const watchMs = 120_000;
const watchEveryMs = 1_000;

/** Re-examines the target's namespace until no examined pod fails to pull (bounded); whether they recovered. */
async function watchRecovery(deps: DoctorDeps, report: DoctorReport, view: DoctorViewStore): Promise<boolean> {
	// The fixed pods are recreated under new names: watch every failing pod of the namespace, not the one named.
	const {pod: _pod, selector: _selector, ...target} = report.target;
	const deadline = Date.now() + watchMs;
	for (;;) {
		const again = await examine(deps, target);
		if (!again.pods.some((pod) => again.findings.some((finding) => finding.pod === `${pod.namespace}/${pod.name}` && finding.status === 'fail'))) {
			view.getState().actions.updateReport(again);
			return true;
		}
		if (Date.now() > deadline) return false;
		await new Promise((resolve) => setTimeout(resolve, watchEveryMs));
	}
}

/** Runs doctor on the live screen; the exit code (0 sound or recovered, 1 a problem stands, 2 bad input). */
export async function runDoctorScreen(deps: DoctorDeps, request: DoctorRequest, record?: FixRecordOptions): Promise<number> {
	const view = createDoctorViewStore();
	const store = createWizardStore(initialState({cloud: '', armEndpoint: '', sandbox: false, ready: true}));
	const {controller} = createInkPrompter(store);
	let choose: (choice: 'apply' | 'quit') => void = () => undefined;
	const chosen = new Promise<'apply' | 'quit'>((resolve) => {
		choose = resolve;
	});
	const instance = render(
		<WizardContext.Provider value={{store, controller}}>
			<DoctorScreen store={view} onChoice={(choice) => choose(choice)} />
		</WizardContext.Provider>,
	);
	try {
		const code = await drive(deps, request, {view, store, chosen, ...(record ? {record} : {})});
		// The screen exits itself once its last line is drawn.
		await instance.waitUntilExit();
		return code;
	} catch (error) {
		instance.unmount();
		throw error;
	}
}

/** The run behind the screen: checks, findings, the plan on offer, its run, the watch. */
async function drive(
	deps: DoctorDeps,
	request: DoctorRequest,
	{
		view,
		store,
		chosen,
		record,
	}: {readonly view: DoctorViewStore; readonly store: WizardStore; readonly chosen: Promise<'apply' | 'quit'>; readonly record?: FixRecordOptions},
): Promise<number> {
	const {actions} = view.getState();
	const text = messages().doctor.report;
	const outcome = await runDoctor({...deps, onPhase: (phase) => view.getState().actions.startPhase(phase)}, request);
	if (outcome.kind === 'refused') {
		actions.finish({status: 'fail', text: `${outcome.refusal.message} ${messages().flags.fix(outcome.refusal.suggestion)}`});
		return exitCodes.usage;
	}
	const {report} = outcome;
	const pods = new Map(
		report.pods.map((pod) => [`${pod.namespace}/${pod.name}`, {namespace: pod.namespace, ...(pod.selector ? {selector: pod.selector} : {})}]),
	);
	const plan = fixPlan(report.findings, pods, {azure: deps.azure, cluster: report.target.cluster, context: report.target.context});
	if (plan.actions.length > 0)
		store.getState().actions.showPlan({stepId: plan.stepId, title: plan.title, actions: plan.actions.map(({run: _run, ...planned}) => planned), notes: []});
	actions.showReport(report, plan.actions.length > 0);
	if (report.status === 'ok') {
		actions.finish({status: 'ok', text: text.sound});
		return exitCodes.done;
	}
	if ((await chosen) === 'quit' || plan.actions.length === 0) {
		actions.finish({status: 'fail', text: text.problems(report.findings.filter((finding) => finding.status !== 'ok' && finding.id !== 'kubelet').length)});
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
	actions.setStage('watching');
	const recovered = await watchRecovery(deps, report, view);
	const names = [...new Set(report.pods.map((pod) => pod.selector ?? pod.name))].join(', ');
	const code = recovered ? exitCodes.done : exitCodes.failed;
	run.finish(code);
	const recorded = run.recording ? ` ${messages().record.file(run.recording.file, run.recording.id)}` : '';
	actions.finish(recovered ? {status: 'ok', text: `${text.recovered(names)}${recorded}`} : {status: 'fail', text: `${text.notRecovered(names)}${recorded}`});
	return code;
}
