/** Messages shared by every screen. */
import {plural} from './intl.js';
export const common = {
	pathTitle: 'The chosen way to give the cluster access',
	keys: '↑↓ move · enter choose · esc back · q quit',
	keysMultiple: '↑↓ move · space tick · enter confirm · esc back · q quit',
	keysText: 'enter confirm · esc back · ctrl+c quit',
	/** Under an empty text field: what enter takes, or an example of what to type (which enter does not take). */
	enterFor: (value: string) => `(enter for ${value})`,
	example: (value: string) => `e.g. ${value}`,
	typeYourOwn: (value: string) => `Type one of your own, e.g. ${value}, then enter.`,
	status: {ok: '✓', warn: '!', fail: 'x', skipped: '-', pending: '·', running: '…'},
	fix: 'Fix:',
	nodeTooOld: (version: string, needed: number) =>
		`acr-wizard needs Node.js ${needed} or newer; this is Node.js ${version}. Install Node.js ${needed} (or run it with a newer node), then try again.`,
	code: (code: string) => `(${code})`,
	back: 'Back',
	quit: 'Quit',
	yes: 'Yes',
	no: 'No',
	/** Waits for directory replication (az's budget: 36 tries, 5 s apart). */
	replication: {
		principal: (attempt: number, tries: number) =>
			`Waiting for the directory to show the new service principal (try ${attempt}/${tries}; a new object can take a few minutes to replicate)…`,
		assignment: (attempt: number, tries: number) =>
			`Waiting for the directory to show the principal to Azure role assignments (try ${attempt}/${tries}; a new object can take a few minutes to replicate)…`,
	},
	welcome: {
		title: 'Welcome to acr-wizard',
		intro:
			'This wizard gives a Kubernetes cluster access to an Azure Container Registry, deploys a sample, and watches it run. Every change is shown first, with the equivalent az or kubectl command, and runs only when you confirm.',
		pathsTitle: 'Three ways to get there:',
		paths: [
			{name: 'Attach to AKS', detail: "grant AcrPull to the cluster's kubelet identity (az aks update --attach-acr)"},
			{
				name: 'Pull secret, any cluster',
				detail: 'kind, minikube or any kubeconfig context: a service principal or a repository-scoped token in an image pull secret',
			},
			{name: 'Connected registry on Arc', detail: 'an ACR connected registry inside an Arc-enabled cluster, served on a clusterIP'},
		],
		sandboxStarting: 'Sandbox: starting the local Azure and Kubernetes emulator…',
		sandboxWatch: (kubeconfigPath: string, context?: string) =>
			`Watch its pods from another terminal: KUBECONFIG=${kubeconfigPath} kubectl get pods -A -w${context ? ` --context ${context}` : ''}`,
		sandbox: (endpoint: string) => `Sandbox: talking to the local emulator at ${endpoint}; nothing reaches Azure.`,
		sandboxPlays: (cloud: string, suffix: string) => `It plays ${cloud}: registries are <name>${suffix}, with that cloud's regions and host names.`,
		cloud: (cloud: string, endpoint: string, suffix: string) => `Cloud: ${cloud} (${endpoint}); registries are <name>${suffix}.`,
		questionStart: 'Ready to start?',
		choiceStart: 'Check prerequisites',
	},
	notTty: 'acr-wizard needs an interactive terminal (one that can move the cursor: not TERM=dumb).',
	notTtySuggestion: 'Run it in a terminal, or pass --yes to take the defaults (with flags for the answers that have none).',
	cancelled: 'Cancelled. Nothing else was changed.',
	stoppedStanding: (count: number) =>
		plural(count, {one: 'Stopped. This run made 1 change that is still in place:', other: `Stopped. This run made ${count} changes that are still in place:`}),
	stoppedNothing: 'Nothing this run made is left in place.',
	standingUndo: (command: string) => `remove with: ${command}`,
	stopping: 'Stopping after the current action… (Ctrl+C again to stop at once)',
	goingRound: (message: string, count: number) => `A non-interactive run answered "${message}" ${count} times without getting further.`,
	goingRoundSuggestion: 'Run it in a terminal to see what it keeps asking, or pass the flags that answer it.',
	promptRequired: (message: string, flag?: string) =>
		flag ? `No answer for "${message}" in a non-interactive run.` : `"${message}" needs an answer, and this run cannot ask.`,
	/** A default the run would take was refused by its check (e.g. the registry name is taken). */
	defaultRefused: (message: string, value: string, problem: string) => `${message} the default ${value} cannot be used: ${problem}`,
	promptRequiredSuggestion: (flag?: string) =>
		flag === undefined
			? 'Run acr-wizard in a terminal.'
			: flag.endsWith('-stdin')
				? `Pipe it in with ${flag}: printf %s "$SECRET" | acr-wizard … ${flag}`
				: `Pass ${flag} <value>.`,
	usingDefault: (message: string, value: string) => `${message} ${value} (default, non-interactive)`,
	usingFlag: (message: string, value: string, flag: string) => `${message} ${value} (from ${flag})`,
	invalidChoice: (flag: string, value: string, allowed: readonly string[]) => `${flag} ${value} is not one of: ${allowed.join(', ')}.`,
	anotherValue: (flag: string) => `Pass another value to ${flag}.`,
	/** Stands for a secret in echoed answers. */
	masked: '••••••••',
} as const;
