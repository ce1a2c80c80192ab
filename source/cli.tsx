#!/usr/bin/env node
/**
 * Entry: parse flags, pick the mode (terminal, --yes, non-TTY), wire the ports (real Azure or
 * the embedded sandbox with --demo), and run the wizard.
 */
// Only what every run needs is imported up front: --help, --version and the non-TTY
// refusal answer without loading Ink, React or the adapters (about 2 s on a busy machine).
import isInCi from 'is-in-ci';
import packageJson from '../package.json' with {type: 'json'};
import type {Environment} from './environment.js';
import {checkCommandLine, flagAnswers, parseCommandLine, unknownFlags, unknownFlagsProblem, type CommandName, type FlagProblem, type Flags} from './flags.js';
import {helpColumns, helpText} from './help.js';
import {loadLanguage, messages} from './messages/catalog.js';
import {chooseLanguage, languageOfEnvironment, languageRefusal} from './messages/locale.js';
import type {Context} from './wizard/context.js';
import {exitCodes, toErrorView} from './wizard/errors.js';
import {createRunMemory} from './wizard/session.js';
import type {WizardStore} from './wizard/store.js';
import {addCleanup, exitAfterCleanup, finalExitCode, ownSignals, signalExitCodes} from './shutdown.js';
import type {PromptController} from './ui/ink-prompter.js';
import {watchLineEnd} from './ui/line-end.js';
import type {PastRun} from './flows/past-run.js';
import {requestStop, setImmediateStop, stopRequested} from './wizard/stop-request.js';

// The language first: the help and every refusal below are in it.
const chosenLanguage = chooseLanguage(process.argv.slice(2), process.env);
await loadLanguage('tag' in chosenLanguage ? chosenLanguage.tag : languageOfEnvironment(process.env));
if ('refused' in chosenLanguage) refuse(languageRefusal(chosenLanguage.refused, chosenLanguage.accepted));
// Unknown flags stop the run with exit code 2 before anything is parsed.
const unknown = unknownFlags(process.argv.slice(2));
if (unknown.length > 0) refuse(unknownFlagsProblem(unknown));

async function startEnvironment(flags: Flags): Promise<Environment> {
	const {joinedSandboxEnvironment, realEnvironment, sandboxEnvironment} = await import('./environment.js');
	// --sandbox joins a sandbox already running (acr-wizard sandbox); --demo starts one in this process.
	if (flags.sandbox !== undefined) return joinedSandboxEnvironment(flags.sandbox, flags.cloud);
	if (!flags.demo) return realEnvironment({cloud: flags.cloud, kubeconfig: flags.kubeconfig});
	// --demo --cloud AzureChinaCloud: the sandbox plays that cloud (azurecr.cn login servers, its regions).
	return sandboxEnvironment({pace: flags.pace ?? 'demo', seed: flags.seed ?? 'owner', ...(flags.cloud === undefined ? {} : {cloud: flags.cloud})});
}

/** The screens: Ink, React and the layout engine, loaded only for a terminal (a --yes or piped run prints plain lines). */
async function loadScreens() {
	const [{render}, {App}, {createInkPrompter}, {keepScreenLibrariesCache}] = await Promise.all([
		import('ink'),
		import('./app.js'),
		import('./ui/ink-prompter.js'),
		import('./screen-libraries.js'),
	]);
	return {render, App, createInkPrompter, keepScreenLibrariesCache};
}

/**
 * The store and the first frame: Ink and the screens only, so the welcome screen shows at once. A run that prints
 * plain lines never loads them (they were a tenth of a second on the way to a --yes run's first call to Azure).
 */
async function drawFirstFrame(flags: Flags, interactive: boolean) {
	const [screens, {renderPlain}, {createWizardStore, initialState}] = await Promise.all([
		interactive ? loadScreens() : undefined,
		import('./output/plain.js'),
		import('./wizard/store.js'),
	]);
	const store = createWizardStore(
		initialState({
			cloud: flags.demo || flags.sandbox !== undefined ? 'AzureSandbox' : (flags.cloud ?? 'AzureCloud'),
			armEndpoint: '',
			sandbox: (flags.demo ?? false) || flags.sandbox !== undefined,
			ready: false,
		}),
	);
	if (flags.commands) store.getState().actions.setCommandStyle(flags.commands);
	const ink = screens?.createInkPrompter(store);
	const lineEnd = ink ? watchLineEnd(process.stdout) : undefined;
	const App = screens?.App;
	const instance =
		screens && ink && App
			? screens.render(<App store={store} controller={ink.controller} isVerbose={flags.verbose ?? false} />, {exitOnCtrlC: false})
			: undefined;
	// The first frame is out: what it compiled is kept for the next start (once per build and Node), past this turn.
	if (instance) setImmediate(() => screens?.keepScreenLibrariesCache());
	// A stop by a signal exits from the clean-up, past the end below: Ink's own exit hook, added just before, draws the last frame first.
	if (lineEnd) process.once('exit', lineEnd.end);
	// With --json, stdout carries only the JSON document: the progress lines go to stderr.
	const progress = flags.json ? process.stderr : process.stdout;
	const stop = instance ? undefined : renderPlain(store, (line) => progress.write(`${line}\n`), {verbose: flags.verbose ?? false});
	return {store, prompter: ink && !flags.yes ? ink.prompter : undefined, controller: ink?.controller, instance, stop, lineEnd};
}

/** What a wizard-like command runs: the wizard, or the undo or the resume of a recorded run (which goes on in its record). */
type Session = {readonly kind: 'wizard'} | {readonly kind: 'undo' | 'resume'; readonly run: PastRun};

/** The record of this process: a new one for the wizard, the past run's for undo and resume (its journal back in the store first). */
async function startSessionRecord(flags: Flags, store: WizardStore, session: Session) {
	const [{startRecording, recordedEnvironment, answeringFlags, noRecording}, {systemClock}, {preloadRun}] = await Promise.all([
		import('./record/start.js'),
		import('./wizard/clock.js'),
		import('./flows/past-run.js'),
	]);
	// --dry-run: plans are only built (the engine keeps them), so no record is kept either.
	if (session.kind === 'wizard' && flags.dryRun) {
		store.getState().actions.startDryRun();
		return noRecording;
	}
	if (session.kind === 'wizard') return startRecording(store, {clock: systemClock, environment: recordedEnvironment(flags), flags: answeringFlags(flags)});
	preloadRun(store, session.run);
	return startRecording(store, {
		clock: systemClock,
		environment: session.run.environment,
		flags: session.kind === 'resume' ? answeringFlags(flags) : {},
		continues: session.run,
	});
}

/** The steps of the session, and its prompter: a resumed run's answers are given again before anything is asked. */
async function sessionFlow(session: Session, prompter: Context['prompter']) {
	if (session.kind === 'undo') return {steps: (await import('./flows/undo.js')).undoSteps(), prompter};
	const {wizardSteps} = await import('./flows/wizard.js');
	if (session.kind === 'wizard') return {steps: wizardSteps(), prompter};
	const [{replayingPrompter}, {skippedOnResume}] = await Promise.all([import('./record/replay.js'), import('./flows/resume.js')]);
	return {steps: wizardSteps(), prompter: replayingPrompter(prompter, session.run.answers, skippedOnResume(session.run))};
}

/** Everything after the first frame: the environment, the adapters and the steps. */
async function runAfterFirstFrame(
	flags: Flags,
	store: WizardStore,
	inkPrompter: Context['prompter'] | undefined,
	session: Session,
): Promise<{code: number; environment: Environment}> {
	// The record is on disk before anything can change, and rewritten as each action ends.
	const recording = await startSessionRecord(flags, store, session);
	const {recordingPrompter} = await import('./record/answers.js');
	const starting = startEnvironment(flags);
	// A terminal closed or a kill mid-run (even while the sandbox starts) still stops the sandbox and removes its kubeconfig file.
	addCleanup(async () => (await starting.catch(() => undefined))?.close());
	const [environment, {createPorts}, {runWizard}, {systemClock}, {createAutoPrompter}, {withFlagAnswers}, {explain}] = await Promise.all([
		starting,
		import('./wiring.js'),
		import('./wizard/run.js'),
		import('./wizard/clock.js'),
		import('./wizard/auto-prompter.js'),
		import('./wizard/flag-answers.js'),
		import('./steps/shared/explain.js'),
	]);
	store.getState().actions.setEnvironment({
		cloud: environment.cloud.name,
		azureCloud: environment.cloud.azureCloud,
		acrSuffix: environment.cloud.acrSuffix,
		armEndpoint: environment.cloud.armEndpoint,
		sandbox: environment.sandbox,
		ready: true,
		kubeconfigPath: environment.sandbox && environment.kubeconfig.kind === 'file' ? environment.kubeconfig.path : undefined,
	});
	const {ports, warmUp} = createPorts(environment.cloud, environment.credential, environment.timing);
	// Load the adapters while the user reads the welcome screen; a failure here surfaces on first use. Without a screen
	// (--yes, a pipe) no one reads it: each loads on first use, so the Kubernetes client's load does not hold back the
	// Azure checks that come first.
	if (inkPrompter) void warmUp().catch(() => undefined);
	// Answers given again on resume are in the record already: only the new ones are added.
	const flow = await sessionFlow(
		session,
		recordingPrompter(withFlagAnswers(inkPrompter ?? createAutoPrompter(store), flagAnswers(flags), store), recording.answer),
	);
	const prompter = flow.prompter;
	const context: Context = {
		store,
		prompter,
		clock: systemClock,
		explain,
		...ports,
		cloud: environment.cloud,
		kubeconfig: environment.kubeconfig,
		// No credential of its own: the adapters sign in with az's session.
		credentialFromAz: environment.credential === undefined,
		defaultSubscriptionId: environment.defaultSubscriptionId,
		flags,
		memory: createRunMemory(),
	};
	return {code: await runWizard(flow.steps, context), environment};
}

/**
 * SIGINT (Ctrl+C's signal: a piped run, kill -INT) stops like Ctrl+C on the screen: after the
 * running action, exit 2; a second one stops at once. SIGTERM and SIGHUP stop at once. Every early
 * stop ends with what the run made that still stands, and how to remove it.
 */
function stopGracefully(store: WizardStore, controller: PromptController | undefined): void {
	setImmediateStop(() => void exitAfterCleanup(exitCodes.cancelled));
	ownSignals((signal) => {
		if (signal !== 'SIGINT' || stopRequested()) return false;
		if (controller) controller.cancel();
		else if (requestStop()) store.getState().actions.setActivity(messages().common.stopping);
		return true;
	});
	addCleanup(async () => {
		const state = store.getState();
		if (state.finished) return;
		const {standingOf} = await import('./wizard/stop-report.js');
		state.actions.clearQuestion();
		state.actions.finish(finalExitCode(exitCodes.failed), standingOf(state.journal));
	});
}

/** `--json=stream` as typed: JSON lines while the run goes (the flag table's --json is a switch; its value is read here). */
function jsonStreamAsked(): boolean {
	return process.argv.slice(2).includes('--json=stream');
}

/** The wizard (the default command), or undo or resume of a recorded run: terminal or --yes, first frame, then the steps. */
async function runWizardCommand(given: Flags, session: Session = {kind: 'wizard'}): Promise<number> {
	const streaming = jsonStreamAsked();
	// --json=stream is --json whose lines come as the run goes: everything else (stderr progress, --yes) is the same.
	const flags: Flags = streaming ? {...given, json: true} : given;
	// The same CI test Ink uses (CI set at all, even empty): there Ink draws only the last frame, so nothing may be asked.
	// TERM=dumb cannot move the cursor, which the screens need to redraw: it runs like a pipe (plain lines, --yes).
	const interactive = Boolean(process.stdout.isTTY && process.stdin.isTTY) && !isInCi && process.env['TERM'] !== 'dumb' && !flags.json;
	if (flags.json && !flags.yes) refuse({message: messages().record.jsonNeedsYes, suggestion: messages().record.jsonNeedsYesFix});
	if (flags.export !== undefined) {
		const problem = (await import('./export/write.js')).exportProblem(flags.export);
		if (problem) refuse(problem);
	}
	if (!interactive && !flags.yes) {
		process.stderr.write(`${messages().common.notTty}\n${messages().common.notTtySuggestion}\n`);
		return exitCodes.usage;
	}
	// The first frame is drawn before the sandbox (or anything else) is ready.
	const {store, prompter, controller, instance, stop, lineEnd} = await drawFirstFrame(flags, interactive);
	const stream = streaming ? await import('./output/json-stream.js') : undefined;
	const stopStream = stream?.renderStream(store, (line) => process.stdout.write(`${line}\n`));
	stopGracefully(store, controller);
	const {code, environment} = await runAfterFirstFrame(flags, store, prompter, session).catch((error: unknown) => ({
		code: failBeforeStart(store, error),
		environment: undefined,
	}));
	await instance?.waitUntilExit();
	lineEnd?.end();
	stop?.();
	stopStream?.();
	await environment?.close();
	if (flags.export !== undefined) {
		const {exportRun} = await import('./export/write.js');
		for (const line of await exportRun(flags.export, store.getState())) (flags.json ? process.stderr : process.stdout).write(`${line}\n`);
	}
	if (stream) process.stdout.write(`${stream.resultLine(store.getState(), code)}\n`);
	else if (flags.json) {
		const {jsonDocument} = await import('./output/json.js');
		process.stdout.write(`${JSON.stringify(jsonDocument(store.getState(), code), undefined, 2)}\n`);
	}
	return code;
}

/** `acr-wizard sandbox`: the sandbox alone, until Ctrl+C (exit 0), SIGTERM (143) or SIGHUP (129). */
async function runSandbox(flags: Flags): Promise<number> {
	const port = flags.port === undefined ? undefined : Number(flags.port);
	if (port !== undefined && (!/^\d+$/.test(flags.port ?? '') || port < 1 || port > 65_535)) {
		refuse({message: messages().flags.badPort(flags.port ?? ''), suggestion: messages().flags.badPortFix});
	}
	// The sandbox command stops gracefully on a signal (even one that comes while it loads): it owns them.
	const stop = new AbortController();
	ownSignals((signal) => {
		stop.abort(signal);
		return true;
	});
	const [{runSandboxCommand}, {FaultSpecError}] = await Promise.all([import('./sandbox/command.js'), import('./sandbox/faults.js')]);
	const stopped = await runSandboxCommand({
		signal: stop.signal,
		pace: flags.pace ?? 'demo',
		...(port === undefined ? {} : {port}),
		...(flags.scenario === undefined ? {} : {scenario: flags.scenario}),
		...(flags.faults === undefined ? {} : {faults: flags.faults}),
		...(flags.cloud === undefined ? {} : {cloud: flags.cloud}),
		listScenarios: flags.listScenarios ?? false,
	}).catch((error: unknown) => {
		if (!(error instanceof FaultSpecError)) throw error;
		process.stderr.write(`${error.message}\n`);
		return 'refused' as const;
	});
	if (stopped === 'refused') return exitCodes.usage;
	return stopped === 'SIGTERM' || stopped === 'SIGHUP' ? (signalExitCodes[stopped] ?? exitCodes.done) : exitCodes.done;
}

/** A recorded run to undo or resume (the newest unless named), refused with the reason when it cannot be. */
async function pastRun(operand: string | undefined): Promise<PastRun> {
	const [{runsDirectory}, {pickRun}] = await Promise.all([import('./record/paths.js'), import('./flows/past-run.js')]);
	const picked = pickRun(runsDirectory(), operand);
	if ('message' in picked) refuse(picked);
	return picked;
}

/** `acr-wizard runs`: the recorded runs, newest first. */
async function runRuns(): Promise<number> {
	const [{runsDirectory}, {runsLines}] = await Promise.all([import('./record/paths.js'), import('./flows/runs.js')]);
	process.stdout.write(`${runsLines(runsDirectory()).join('\n')}\n`);
	return exitCodes.done;
}

/** `acr-wizard undo [RUN]`: the run's undo plan in its world, confirmed, run, journaled into its record. */
async function runUndo(flags: Flags, operand: string | undefined): Promise<number> {
	const run = await pastRun(operand);
	const [{environmentFlags}, {undoable}] = await Promise.all([import('./flows/past-run.js'), import('./wizard/journal.js')]);
	if (undoable(run.journal).length === 0) {
		process.stdout.write(`${messages().record.find.nothingToUndo(run.id)}\n`);
		return exitCodes.done;
	}
	return runWizardCommand({...flags, ...environmentFlags(run)}, {kind: 'undo', run});
}

/** `acr-wizard resume [RUN]`: the wizard again with the run's world, flags, answers and journal. */
async function runResume(flags: Flags, operand: string | undefined): Promise<number> {
	const run = await pastRun(operand);
	if (run.state === 'done') refuse({message: messages().record.find.finished(run.id), suggestion: messages().record.find.finishedFix(run.id)});
	const {resumeFlags} = await import('./flows/resume.js');
	return runWizardCommand(resumeFlags(run, flags), {kind: 'resume', run});
}

/** One entry per command of flags.ts's command table. */
const dispatch: Record<CommandName, (flags: Flags, operand: string | undefined) => Promise<number>> = {
	wizard: async (flags) => runWizardCommand(flags),
	sandbox: runSandbox,
	doctor: async (flags) => (await import('./doctor-command.js')).runDoctorCommand(flags),
	runs: runRuns,
	undo: runUndo,
	resume: runResume,
};

/** A command line that cannot run: what is wrong and the fix, on stderr; exit code 2. */
function refuse(problem: FlagProblem): never {
	process.stderr.write(`${problem.message}\n${messages().flags.fix(problem.suggestion)}\n`);
	// --json (as typed, even on a command line refused before it is parsed): the refusal as JSON on stdout too; one line for --json=stream.
	const refusal = {version: 1, state: 'failed', exitCode: exitCodes.usage, error: {code: 'usage', message: problem.message, suggestion: problem.suggestion}};
	if (jsonStreamAsked()) process.stdout.write(`${JSON.stringify({type: 'result', document: refusal})}\n`);
	else if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(refusal, undefined, 2)}\n`);
	process.exit(exitCodes.usage);
}

/**
 * The width the help is cut to: the terminal's (its own size, else what the system says of it, as Ink measures a
 * terminal that gives none); written to a file or a pipe, 80 columns.
 */
async function helpWidth(): Promise<number> {
	if (!process.stdout.isTTY) return helpColumns;
	if (process.stdout.columns > 0) return process.stdout.columns;
	const {default: terminalSize} = await import('terminal-size');
	const {columns} = terminalSize();
	return columns > 0 ? columns : helpColumns;
}

async function main(): Promise<number> {
	const checked = checkCommandLine(parseCommandLine(process.argv.slice(2)));
	// A flag that cannot be used stops here, before anything is started or created.
	if ('message' in checked) refuse(checked);
	const {command, flags, operand} = checked;
	// --json takes no value but stream (JSON lines).
	const jsonValue = process.argv.slice(2).find((word) => word.startsWith('--json=') && word !== '--json=stream');
	if (jsonValue) refuse({message: messages().record.jsonValue(jsonValue.slice('--json='.length)), suggestion: messages().record.jsonValueFix});
	if (flags.help) {
		process.stdout.write(`${helpText(await helpWidth())}\n`);
		return exitCodes.done;
	}
	if (flags.version) {
		process.stdout.write(`${packageJson.version}\n`);
		return exitCodes.done;
	}
	if (command === 'wizard') {
		// Values refused later (after a registry was made) are refused now, before anything starts.
		const {checkFlagValues} = await import('./steps/flag-checks.js');
		const problem = checkFlagValues(flags);
		if (problem) refuse(problem);
	}
	return dispatch[command](flags, operand);
}

/** A start that failed (a bad --cloud, a sandbox that would not start) ends on screen like any failure: the error with its fix. */
function failBeforeStart(store: WizardStore, error: unknown): number {
	const {actions} = store.getState();
	actions.fail(toErrorView(error));
	actions.finish(exitCodes.failed);
	return exitCodes.failed;
}

main().then(
	(code) => process.exit(finalExitCode(code)),
	(error: unknown) => {
		process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
		process.exit(finalExitCode(exitCodes.failed));
	},
);
