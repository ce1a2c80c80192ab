#!/usr/bin/env node
/**
 * Entry: parse flags, pick the mode (terminal, --yes, non-TTY), wire the ports (real Azure or
 * the embedded sandbox with --demo), and run the wizard.
 */
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {render} from 'ink';
import meow from 'meow';
import {App} from './app.js';
import {clouds, isCloudName, type CloudProfile} from './azure/clouds.js';
import type {AzureCredential} from './azure/credential.js';
import type {KubeconfigSource} from './kubernetes/kubernetes.js';
import {messages, setLanguage} from './messages/catalog.js';
import {renderPlain} from './output/plain.js';
import {readAzActiveCloud, readAzDefaultSubscription} from './probes/az-profile.js';
import {explain} from './steps/explain.js';
import {createInkPrompter} from './ui/ink-prompter.js';
import {createPorts} from './wiring.js';
import {createAutoPrompter} from './wizard/auto-prompter.js';
import {systemClock} from './wizard/clock.js';
import type {Context, Flags} from './wizard/context.js';
import {exitCodes} from './wizard/errors.js';
import {withFlagAnswers} from './wizard/flag-answers.js';
import {runWizard} from './wizard/run.js';
import {wizardSteps} from './wizard/steps.js';
import {createWizardStore, initialState} from './wizard/store.js';
import {helpText} from './help.js';

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
		kubeconfig: {type: 'string'},
		verbose: {type: 'boolean', default: false},
		lang: {type: 'string'},
	},
});

/** Where the environment comes from: the embedded sandbox, or the real cloud and kubeconfig. */
type Environment = {
	readonly cloud: CloudProfile;
	readonly credential?: AzureCredential;
	readonly kubeconfig: KubeconfigSource;
	readonly sandbox: boolean;
	readonly defaultSubscriptionId?: string;
	close(): Promise<void>;
};

async function realEnvironment(): Promise<Environment> {
	const wanted = cli.flags.cloud;
	if (wanted && !isCloudName(wanted)) {
		throw new Error(`--cloud ${wanted} is not one of: ${Object.keys(clouds).join(', ')}`);
	}
	const [active, defaultSubscriptionId] = await Promise.all([readAzActiveCloud(), readAzDefaultSubscription()]);
	const cloud = clouds[wanted && isCloudName(wanted) ? wanted : (active ?? 'AzureCloud')];
	const path = cli.flags.kubeconfig;
	return {cloud, kubeconfig: path ? {kind: 'file', path} : {kind: 'file'}, sandbox: false, defaultSubscriptionId, close: async () => undefined};
}

async function sandboxEnvironment(): Promise<Environment> {
	const {startSandbox} = await import('./sandbox/index.js');
	const sandbox = await startSandbox({pace: 'demo', seed: 'owner'});
	// The kubeconfig holds the sandbox's tokens: a private folder, removed on exit.
	const folder = await mkdtemp(join(tmpdir(), 'acr-wizard-demo-'));
	const path = join(folder, 'kubeconfig');
	await sandbox.writeKubeconfig(path);
	const {cloud: emulated} = sandbox;
	// The sandbox names its suffix without the dot and has no Graph scope; the profile wants both.
	const cloud: CloudProfile = {
		...emulated,
		acrSuffix: emulated.acrSuffix.startsWith('.') ? emulated.acrSuffix : `.${emulated.acrSuffix}`,
		graphScope: `${emulated.graphEndpoint}/.default`,
		caPem: sandbox.caPem,
	};
	return {
		cloud,
		credential: sandbox.credential,
		kubeconfig: {kind: 'file', path},
		sandbox: true,
		defaultSubscriptionId: sandbox.subscriptionId,
		close: async () => {
			await sandbox.close();
			await rm(folder, {recursive: true, force: true});
		},
	};
}

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
		yes: input.yes,
	};
}

async function main(): Promise<number> {
	setLanguage(cli.flags.lang ?? process.env['LANG']);
	if (cli.input[0] === 'sandbox') {
		const {runSandboxCommand} = await import('./sandbox/index.js');
		await runSandboxCommand();
		return exitCodes.done;
	}
	const interactive = Boolean(process.stdout.isTTY && process.stdin.isTTY) && !process.env['CI'];
	if (!interactive && !cli.flags.yes) {
		process.stderr.write(`${messages().common.notTty}\n${messages().common.notTtySuggestion}\n`);
		return exitCodes.usage;
	}
	const environment = cli.flags.demo ? await sandboxEnvironment() : await realEnvironment();
	const store = createWizardStore(
		initialState({cloud: environment.cloud.name, armEndpoint: environment.cloud.armEndpoint, sandbox: environment.sandbox}),
	);
	const ports = createPorts(environment.cloud, environment.credential);
	const flags = flagsFrom(cli.flags);
	const ink = interactive ? createInkPrompter(store) : undefined;
	const base = ink && !cli.flags.yes ? ink.prompter : createAutoPrompter(store);
	const prompter = withFlagAnswers(base, {'--subscription': flags.subscription, '--method': flags.method, '--registry-name': flags.registryName, '--resource-group': flags.resourceGroup, '--location': flags.location, '--sku': flags.sku, '--cluster': flags.cluster, '--context': flags.context, '--namespace': flags.namespace}, store);
	const context: Context = {store, prompter, clock: systemClock, explain, ...ports, cloud: environment.cloud, kubeconfig: environment.kubeconfig, defaultSubscriptionId: environment.defaultSubscriptionId, flags};
	const instance = ink ? render(<App store={store} controller={ink.controller} isVerbose={cli.flags.verbose} />, {exitOnCtrlC: false}) : undefined;
	const stop = instance ? undefined : renderPlain(store, (line) => process.stdout.write(`${line}\n`));
	const code = await runWizard(wizardSteps(), context);
	await instance?.waitUntilExit();
	stop?.();
	await environment.close();
	return code;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
		process.exit(exitCodes.failed);
	},
);
