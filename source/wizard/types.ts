/**
 * The wizard's shared vocabulary: plain data only (no callbacks, no React nodes), so the
 * store can be read by the Ink screens, the plain and JSON renderers and the tests alike.
 */

/** The ways a cluster can be given access to a registry, and detaching (the undo of attach) as a starting choice. */
export type Method = 'attach' | 'detach' | 'pull-secret' | 'connected-registry';

/** One status vocabulary everywhere (azd style): (✓) ok, (!) warn, (x) fail, (-) skipped. */
export type Status = 'pending' | 'running' | 'ok' | 'warn' | 'fail' | 'skipped';

/** The prerequisite checks, in the order they are shown. */
export type CheckId = 'az' | 'kubectl' | 'credential' | 'subscriptions' | 'role-assignments' | 'providers' | 'kubeconfig';

/** One row of the prerequisites screen. */
export type CheckResult = {
	readonly id: CheckId;
	readonly title: string;
	readonly status: Status;
	/** What was found, e.g. `2.61.0` or `alice@contoso.com`. */
	readonly summary?: string;
	/** Why the status is not ok, in plain words. */
	readonly reason?: string;
	/** The exact command or action that fixes it. */
	readonly fix?: string;
};

/** What a check found: its row without the id and title, which the step sets. */
export type CheckOutcome = Omit<CheckResult, 'id' | 'title'>;

/** One action of a plan, as shown before it runs: what it does, the equivalent command, the API call. */
export type PlannedAction = {
	readonly id: string;
	/** A human sentence: "Grant AcrPull on myregistry to the kubelet identity of myAKSCluster". */
	readonly sentence: string;
	/** The exact, copy-pasteable `az`/`kubectl` command with the user's real names (secrets as placeholders). */
	readonly command: string;
	/** The API call the action makes, e.g. `PUT …/roleAssignments/{id}`. */
	readonly call: string;
	/** The same change as Azure PowerShell (Az), where the action has one: shown instead of `command` in that style. */
	readonly powershell?: string;
	/** Files the command reads from beside it (`kubectl apply -f acr-nginx.yaml`), never holding a secret: --export writes them. */
	readonly files?: ReadonlyArray<{readonly name: string; readonly content: string}>;
	/**
	 * An action with no undo of its own whose change goes with the objects other actions of the run made (a token's
	 * generated password, a client token attached to a connected registry): undoing any of those undoes it too.
	 */
	readonly goesWith?: ReadonlyArray<{readonly stepId: string; readonly id: string}>;
};

/** A plan: what a step will change, shown and confirmed before anything runs. */
export type PlanView = {
	readonly stepId: string;
	readonly title: string;
	readonly actions: readonly PlannedAction[];
	/** Warnings or notes to read before confirming. */
	readonly notes: readonly string[];
};

/** How one action ended. `unchanged` means it was already in place and nothing was written. */
export type Outcome = 'done' | 'unchanged' | 'failed';

/** A journal entry: one executed action and its outcome. Never holds a secret. */
export type JournalEntry = PlannedAction & {
	readonly stepId: string;
	readonly outcome: Outcome;
	readonly at: string;
	readonly detail?: string;
	readonly error?: ErrorView;
	/** How to undo it, when it can be undone. */
	readonly undo?: UndoSpec;
	/** A password it made, held only in memory: what a stop before it is stored says, and the command that removes it. */
	readonly secretMade?: {readonly note: string; readonly remove?: string};
	/** It stored the run's password (a pull secret was written). */
	readonly storesSecret?: true;
	/** An undo the user declined: what it would have removed still stands. */
	readonly kept?: true;
};

export type {KubeTargetParams, UndoKind, UndoParams, UndoSpec, UndoSpecOf} from './undo-spec.js';
import type {UndoSpec} from './undo-spec.js';

/** An error as the screens show it: plain words, the next step, the original code. */
export type ErrorView = {
	readonly message: string;
	readonly suggestion?: string;
	readonly code?: string;
	readonly detail?: string;
};

/** A choice in a select question. */
export type Choice = {
	readonly value: string;
	readonly label: string;
	readonly hint?: string;
	readonly disabled?: boolean;
};

type QuestionBase = {
	/** Stable id; scripted prompters in tests key answers by `message`. */
	readonly id: string;
	readonly message: string;
	/** The command-line flag that answers this question without asking. */
	readonly flag?: string;
	readonly hint?: string;
	/** The current validation message, if the last answer was refused. */
	readonly error?: string;
};

/** A question waiting for the user: plain data, rendered under the current view. */
export type Question =
	| (QuestionBase & {readonly kind: 'select'; readonly choices: readonly Choice[]; readonly default?: string; readonly multiple?: boolean})
	| (QuestionBase & {readonly kind: 'text'; readonly default?: string; readonly defaultLabel?: string; readonly placeholder?: string})
	| (QuestionBase & {readonly kind: 'secret'})
	| (QuestionBase & {readonly kind: 'confirm'; readonly default?: boolean});

/** What the main area shows; the pending question (if any) is drawn under it. */
export type View = 'welcome' | 'prerequisites' | 'form' | 'registry' | 'plan' | 'pods' | 'summary';

/** Live state of a plan that is running. */
export type ActionProgress = {readonly id: string; readonly status: Status; readonly detail?: string};

export type {PodEvent, PodSummary} from '../kubernetes/kubernetes.js';
export type {Identity, SubscriptionView} from '../azure/azure.js';

/** Something a stopped run made that still stands, and the command that removes it. */
export type StandingItem = {readonly sentence: string; readonly undo?: string; readonly note?: string};
