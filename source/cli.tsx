#!/usr/bin/env node
/**
 * Entry: parse flags, pick the mode (terminal, --yes, non-TTY), wire the ports (real Azure or
 * the embedded sandbox with --demo), and run the wizard.
 */
// Only what every run needs is imported up front: --help, --version and the non-TTY
// refusal answer without loading Ink, React or the adapters (about 2 s on a busy machine).
import isInCi from 'is-in-ci';
import meow from 'meow';
import type {Environment} from './environment.js';
import {helpText} from './help.js';
import {messages, setLanguage} from './messages/catalog.js';
import type {Context, Flags} from './wizard/context.js';
import {exitCodes, toErrorView} from './wizard/errors.js';
import type {WizardStore} from './wizard/store.js';
import {addCleanup, finalExitCode, ownSignals, signalExitCodes} from './shutdown.js';

const cli = meow(helpText, {
	importMeta: import.meta,
	flags: {
		demo: {type: 'boolean', default: false},
		yes: {type: 'boolean', shortFlag: 'y', default: false},
		cloud: {type: 'string'},
		subscription: {type: 'string'},
		method: {type: 'string'},
		registryName: {type: 'string'},
		resourceGroup: {type: 'string'},
		location: {type: 'string'},
		sku: {type: 'string'},
		cluster: {type: 'string'},
		context: {type: 'string'},
		namespace: {type: 'string'},
		credential: {type: 'string'},
		kubeconfig: {type: 'string'},
		verbose: {type: 'boolean', default: false},
		lang: {type: 'string'},
		pace: {type: 'string', default: 'demo'},
		faults: {type: 'string'},
		seed: {type: 'string', default: 'owner'},
	},
});

function flagsFrom(input: typeof cli.flags): Flags {
	return {
		subscription: input.subscription,
		method: input.method,
		registryName: input.registryName,
		resourceGroup: input.resourceGroup,
		location: input.location,
		sku: input.sku,
		cluster: input.cluster,
		context: input.context,
		namespace: input.namespace,
		credential: input.credential,
		yes: input.yes,
	};
}

/** The flags that answer questions, by the flag name each question declares. */
function flagAnswers(flags: Flags): Record<string, string | undefined> {
	return {
		'--subscription': flags.subscription,
		'--method': flags.method,
		'--registry-name': flags.registryName,
		'--resource-group': flags.resourceGroup,
		'--location': flags.location,
		'--sku': flags.sku,
		'--cluster': flags.cluster,
		'--context': flags.context,
		'--namespace': flags.namespace,
		'--credential': flags.credential,
	};
}

async function startEnvironment(): Promise<Environment> {
	const {realEnvironment, sandboxEnvironment} = await import('./environment.js');
	if (!cli.flags.demo) return realEnvironment({cloud: cli.flags.cloud, kubeconfig: cli.flags.kubeconfig});
	const pace = cli.flags.pace === 'fast' ? 'fast' : 'demo';
	const seed = cli.flags.seed === 'contributor' ? 'contributor' : 'owner';
	return sandboxEnvironment({pace, seed});
}

/** The store and the first frame: Ink and the screens only, so the welcome screen shows at once. */
async function drawFirstFrame(interactive: boolean) {
	const [{render}, {App}, {createInkPrompter}, {renderPlain}, {createWizardStore, initialState}] = await Promise.all([
		import('ink'),
		import('./app.js'),
		import('./ui/ink-prompter.js'),
		import('./output/plain.js'),
		import('./wizard/store.js'),
	]);
	const store = createWizardStore(
		initialState({cloud: cli.flags.demo ? 'AzureSandbox' : (cli.flags.cloud ?? 'AzureCloud'), armEndpoint: '', sandbox: cli.flags.demo, ready: false}),
	);
	const ink = interactive ? createInkPrompter(store) : undefined;
	const instance = ink ? render(<App store={store} controller={ink.controller} isVerbose={cli.flags.verbose} />, {exitOnCtrlC: false}) : undefined;
	const stop = instance ? undefined : renderPlain(store, (line) => process.stdout.write(`${line}\n`));
	return {store, prompter: ink && !cli.flags.yes ? ink.prompter : undefined, instance, stop};
}

/** Everything after the first frame: the environment, the adapters and the steps. */
async function runAfterFirstFrame(store: WizardStore, inkPrompter: Context['prompter'] | undefined): Promise<{code: number; environment: Environment}> {
	const starting = startEnvironment();
	// A terminal closed or a kill mid-run (even while the sandbox starts) still stops the sandbox and removes its kubeconfig file.
	addCleanup(async () => (await starting.catch(() => undefined))?.close());
	const [environment, {createPorts}, {runWizard}, {wizardSteps}, {createAutoPrompter}, {withFlagAnswers}, {explain}, {systemClock}] = await Promise.all([
		starting,
		import('./wiring.js'),
		import('./wizard/run.js'),
		import('./wizard/steps.js'),
		import('./wizard/auto-prompter.js'),
		import('./wizard/flag-answers.js'),
		import('./steps/explain.js'),
		import('./wizard/clock.js'),
	]);
	store.getState().actions.setEnvironment({
		cloud: environment.cloud.name,
		armEndpoint: environment.cloud.armEndpoint,
		sandbox: environment.sandbox,
		ready: true,
		kubeconfigPath: environment.sandbox && environment.kubeconfig.kind === 'file' ? environment.kubeconfig.path : undefined,
	});
	const {ports, warmUp} = createPorts(environment.cloud, environment.credential, environment.timing);
	// Load the adapters while the user reads the welcome screen; a failure here surfaces on first use.
	void warmUp().catch(() => undefined);
	const flags = flagsFrom(cli.flags);
	const prompter = withFlagAnswers(inkPrompter ?? createAutoPrompter(store), flagAnswers(flags), store);
	const context: Context = {store, prompter, clock: systemClock, explain, ...ports, cloud: environment.cloud, kubeconfig: environment.kubeconfig, defaultSubscriptionId: environment.defaultSubscriptionId, flags};
	return {code: await runWizard(wizardSteps(), context), environment};
}

async function main(): Promise<number> {
	setLanguage(cli.flags.lang ?? process.env['LANG']);
	if (cli.input[0] === 'sandbox') {
		// The sandbox command stops gracefully on a signal (even one that comes while it loads): it owns them.
		const stop = new AbortController();
		ownSignals((signal) => {
			stop.abort(signal);
			return true;
		});
		const {runSandboxCommand, FaultSpecError} = await import('./sandbox/index.js');
		const stopped = await runSandboxCommand({signal: stop.signal, ...(cli.flags.faults === undefined ? {} : {faults: cli.flags.faults})}).catch((error: unknown) => {
			if (!(error instanceof FaultSpecError)) throw error;
			process.stderr.write(`${error.message}\n`);
			return 'refused' as const;
		});
		return stopped === 'refused' ? exitCodes.usage : stopped === 'SIGINT' ? exitCodes.done : (signalExitCodes[stopped] ?? exitCodes.done);
	}
	// The same CI test Ink uses (CI set at all, even empty): there Ink draws only the last frame, so nothing may be asked.
	// TERM=dumb cannot move the cursor, which the screens need to redraw: it runs like a pipe (plain lines, --yes).
	const interactive = Boolean(process.stdout.isTTY && process.stdin.isTTY) && !isInCi && process.env['TERM'] !== 'dumb';
	if (!interactive && !cli.flags.yes) {
		process.stderr.write(`${messages().common.notTty}\n${messages().common.notTtySuggestion}\n`);
		return exitCodes.usage;
	}
	// The first frame is drawn before the sandbox (or anything else) is ready.
	const {store, prompter, instance, stop} = await drawFirstFrame(interactive);
	const {code, environment} = await runAfterFirstFrame(store, prompter).catch((error: unknown) => ({code: failBeforeStart(store, error), environment: undefined}));
	await instance?.waitUntilExit();
	stop?.();
	await environment?.close();
	return code;
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
