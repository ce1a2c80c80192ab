/**
 * The shared store: the whole wizard state as plain data, with named transitions. It has no
 * React and no Ink in it, so tests drive it directly and every renderer subscribes to it.
 */
import {createStore, type StoreApi} from 'zustand/vanilla';
import type {Registry} from '../azure/azure.js';
import type {CloudName} from '../azure/clouds.js';
import type {
	ActionProgress,
	CheckId,
	CheckResult,
	ErrorView,
	Identity,
	JournalEntry,
	Method,
	PlanView,
	PodEvent,
	PodSummary,
	Question,
	StandingItem,
	SubscriptionView,
	View,
} from './types.js';

/** Everything the screens can show. */
export type WizardState = {
	readonly view: View;
	/** The cloud in use and its ARM endpoint; `ready` is false while the sandbox is still starting. */
	readonly environment: {
		readonly cloud: string;
		/** The Azure cloud whose names the commands carry: the cloud in use, or the one the sandbox plays. */
		readonly azureCloud?: CloudName;
		/** The login server suffix of that cloud's registries (`.azurecr.cn`). */
		readonly acrSuffix?: string;
		readonly armEndpoint: string;
		readonly sandbox: boolean;
		readonly ready?: boolean;
		/** The sandbox's kubeconfig, so a person can point kubectl at it while the wizard works. */
		readonly kubeconfigPath?: string;
		/** What kubectl needs to watch the run's cluster: the context the run starts from (--context, else the current one) and the kubeconfig when it is not the default. */
		readonly watch?: {readonly context?: string; readonly kubeconfig?: string};
	};
	readonly identity?: Identity;
	readonly subscriptions: readonly SubscriptionView[];
	readonly subscription?: SubscriptionView;
	readonly checks: readonly CheckResult[];
	readonly registry?: Registry;
	readonly method?: Method;
	/** The target: an AKS cluster id, a kubeconfig context, a namespace. */
	readonly target: {readonly clusterId?: string; readonly clusterName?: string; readonly context?: string; readonly namespace?: string};
	readonly question?: Question;
	readonly plan?: PlanView;
	readonly progress: readonly ActionProgress[];
	/** Actions of work started early (--yes) that run beside the plan on screen, until each ends (the journal has it then). */
	readonly alsoRunning?: readonly (ActionProgress & {readonly sentence: string})[];
	readonly journal: readonly JournalEntry[];
	readonly pods: readonly PodSummary[];
	readonly podEvents: readonly PodEvent[];
	/** A plain-words diagnosis of why pods cannot pull, with its fix. */
	readonly diagnosis?: {readonly title: string; readonly explanation: string; readonly fix?: string; readonly code?: string};
	/** A line of activity under the view, e.g. "Importing nginx:v1…". */
	readonly activity?: string;
	readonly error?: ErrorView;
	/** Lines written in a non-interactive run (answers taken from flags or defaults). */
	readonly notices: readonly string[];
	/** Lines a step reports for the screen too (a status table, a file written), under the screens that follow until the summary. */
	readonly details: readonly string[];
	/** How the run ended; a stop before the end lists what it made that still stands. */
	readonly finished?: {readonly exitCode: number; readonly standing?: readonly StandingItem[]};
	/** Set when the run went through but did not reach its goal (the sample's pods never ran): it ends with exit 1. */
	readonly goalMissed?: string;
	/** How equivalent commands are shown: az (the default) or Azure PowerShell. */
	readonly commandStyle?: 'az' | 'powershell';
	/** The run's record on disk, named by the summary and every stop. */
	readonly record?: {readonly file: string; readonly id: string};
	/** --dry-run: plans are built and kept in `planned`, none is applied. */
	readonly dryRun?: true;
	/** The plans a dry run built, in order. */
	readonly planned: readonly PlanView[];
};

/** The named transitions. Only these change the state. */
export type WizardActions = {
	show(view: View): void;
	setCommandStyle(style: 'az' | 'powershell'): void;
	setEnvironment(environment: WizardState['environment']): void;
	setIdentity(identity: Identity | undefined): void;
	setSubscriptions(subscriptions: readonly SubscriptionView[]): void;
	chooseSubscription(subscription: SubscriptionView): void;
	resetChecks(checks: readonly CheckResult[]): void;
	updateCheck(id: CheckId, change: Partial<Omit<CheckResult, 'id'>>): void;
	chooseRegistry(registry: Registry): void;
	chooseMethod(method: Method): void;
	setTarget(target: WizardState['target']): void;
	ask(question: Question): void;
	refuseAnswer(error: string | undefined): void;
	clearQuestion(): void;
	showPlan(plan: PlanView): void;
	setProgress(id: string, status: ActionProgress['status'], detail?: string): void;
	/** The progress of an action running beside the plan on screen; it leaves the list when it ends. */
	setAlsoRunning(id: string, sentence: string, status: ActionProgress['status'], detail?: string): void;
	appendJournal(entry: JournalEntry): void;
	setPods(pods: readonly PodSummary[], events: readonly PodEvent[]): void;
	setDiagnosis(diagnosis: WizardState['diagnosis']): void;
	setActivity(activity: string | undefined): void;
	fail(error: ErrorView | undefined): void;
	notice(line: string): void;
	/** A notice that the screen shows as well (plain output prints every notice). */
	report(line: string): void;
	finish(exitCode: number, standing?: readonly StandingItem[]): void;
	missGoal(reason: string): void;
	setRecord(record: WizardState['record']): void;
	/** From here on plans are only built and kept (--dry-run). */
	startDryRun(): void;
	keepPlanned(plan: PlanView): void;
};

export type WizardStore = StoreApi<WizardState & {readonly actions: WizardActions}>;

/** The state a new run starts from. */
export function initialState(environment: WizardState['environment']): WizardState {
	return {
		view: 'welcome',
		environment,
		subscriptions: [],
		checks: [],
		target: {},
		progress: [],
		journal: [],
		pods: [],
		podEvents: [],
		notices: [],
		details: [],
		planned: [],
	};
}

/** Creates the store: a zustand vanilla store with named actions. */
export function createWizardStore(initial: WizardState): WizardStore {
	return createStore<WizardState & {readonly actions: WizardActions}>()((set) => ({
		...initial,
		actions: {
			// Reported lines stay under the screens of the path that reported them (the next plan, the pods), and go with the summary.
			show: (view) => set((state) => ({view, details: view === 'summary' || view === 'welcome' || view === 'prerequisites' ? [] : state.details})),
			setCommandStyle: (commandStyle) => set({commandStyle}),
			setEnvironment: (environment) => set({environment}),
			setIdentity: (identity) => set({identity}),
			setSubscriptions: (subscriptions) => set({subscriptions}),
			chooseSubscription: (subscription) => set({subscription}),
			resetChecks: (checks) => set({checks}),
			updateCheck: (id, change) => set((state) => ({checks: state.checks.map((check) => (check.id === id ? {...check, ...change} : check))})),
			chooseRegistry: (registry) => set({registry}),
			chooseMethod: (method) => set({method}),
			setTarget: (target) => set((state) => ({target: {...state.target, ...target}})),
			ask: (question) => set({question}),
			refuseAnswer: (error) => set((state) => (state.question && state.question.error !== error ? {question: {...state.question, error}} : state)),
			clearQuestion: () => set({question: undefined}),
			showPlan: (plan) => set({plan, progress: plan.actions.map((action) => ({id: action.id, status: 'pending'}))}),
			setProgress: (id, status, detail) => set((state) => ({progress: state.progress.map((item) => (item.id === id ? {id, status, detail} : item))})),
			setAlsoRunning: (id, sentence, status, detail) =>
				set((state) => {
					const others = (state.alsoRunning ?? []).filter((item) => item.id !== id);
					return {alsoRunning: status === 'running' || status === 'pending' ? [...others, {id, sentence, status, ...(detail ? {detail} : {})}] : others};
				}),
			appendJournal: (entry) => set((state) => ({journal: [...state.journal, entry]})),
			setPods: (pods, podEvents) => set({pods, podEvents}),
			setDiagnosis: (diagnosis) => set({diagnosis}),
			setActivity: (activity) => set({activity}),
			fail: (error) => set({error}),
			notice: (line) => set((state) => ({notices: [...state.notices, line]})),
			report: (line) => set((state) => ({notices: [...state.notices, line], details: [...state.details, line]})),
			finish: (exitCode, standing) => set({finished: {exitCode, ...(standing ? {standing} : {})}}),
			missGoal: (reason) => set({goalMissed: reason}),
			setRecord: (record) => set({record}),
			startDryRun: () => set({dryRun: true}),
			keepPlanned: (plan) => set((state) => ({planned: [...state.planned, plan]})),
		},
	}));
}
