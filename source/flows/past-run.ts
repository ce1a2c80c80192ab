/**
 * A recorded run picked again (by `undo` and `resume`): found in the state directory, refused
 * when it cannot be acted on (a demo's sandbox is gone; a run still going), and its world and
 * its journal given back to a new process.
 */
import type {FlagProblem, Flags} from '../flags.js';
import {messages} from '../messages/catalog.js';
import {findRun, listRuns} from '../record/read.js';
import type {RunRecord} from '../record/types.js';
import type {WizardStore} from '../wizard/store.js';

/** A run read from its file. */
export type PastRun = RunRecord & {readonly file: string};

/** Whether process `pid` is alive (signal 0 only asks). */
export function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error: unknown) {
		// EPERM: it exists, under another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Whether a record says `running` while no process writes it any more (killed, or its terminal closed). */
export function interrupted(run: RunRecord, isAlive: (pid: number) => boolean = processAlive): boolean {
	return run.state === 'running' && (run.pid === process.pid || !isAlive(run.pid));
}

/** The run `wanted` names in `directory` (the newest by default), or what to say instead. */
export function pickRun(directory: string, wanted: string | undefined, isAlive: (pid: number) => boolean = processAlive): PastRun | FlagProblem {
	const text = messages().record.find;
	const found = findRun(listRuns(directory), wanted);
	if ('none' in found) return {message: text.none(directory), suggestion: text.noneFix};
	if ('unknown' in found) return {message: text.unknown(found.unknown), suggestion: text.fix};
	if ('ambiguous' in found) return {message: text.ambiguous(wanted ?? '', found.ambiguous.join(', ')), suggestion: text.fix};
	const {run} = found;
	if (run.environment.kind === 'demo') return {message: text.demoGone(run.id), suggestion: text.demoFix};
	if (run.state === 'running' && !interrupted(run, isAlive)) return {message: text.stillRunning(run.id, run.pid), suggestion: text.stillRunningFix(run.pid)};
	return run;
}

/** The flags that put a new process in the run's world: the sandbox it joined, or the cloud and kubeconfig it used. */
export function environmentFlags(run: PastRun): Flags {
	const environment = run.environment;
	if (environment.kind === 'sandbox') return {sandbox: environment.join};
	if (environment.kind === 'azure') {
		const cloud = environment.cloud as Flags['cloud'];
		return {...(cloud ? {cloud} : {}), ...(environment.kubeconfig ? {kubeconfig: environment.kubeconfig} : {})};
	}
	return {demo: true};
}

/** Puts the run's journal and choices back in a new store, so the summary, undo and the record go on from them. */
export function preloadRun(store: WizardStore, run: PastRun): void {
	const {actions} = store.getState();
	if (run.method) actions.chooseMethod(run.method);
	actions.setTarget(run.target);
	for (const entry of run.journal) actions.appendJournal(entry);
	actions.show('summary');
}
