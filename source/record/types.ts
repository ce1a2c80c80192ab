/**
 * A run's record as it lies on disk: what the run was (method, registry, cluster), where it ran
 * (the environment, to reach it again for undo and resume), the answers given (never a secret)
 * and its journal (actions, outcomes, resource ids, equivalent commands, typed undo specs).
 */
import type {JournalEntry, Method} from '../wizard/types.js';

/** The version of the record's shape; a reader refuses a record of a version it does not know. */
export const recordVersion = 1;

/** Where a run ran, so a later process reaches the same world. */
export type RecordedEnvironment =
	| {readonly kind: 'azure'; readonly cloud?: string; readonly kubeconfig?: string}
	/** A sandbox joined with `--sandbox` (its env file or URL): reachable while it runs. */
	| {readonly kind: 'sandbox'; readonly join: string}
	/** The embedded sandbox of `--demo` (and the cloud it played): it ended with the run, and everything in it. */
	| {readonly kind: 'demo'; readonly cloud?: string};

/** One answer given to a question; a secret's is never kept (`value` absent). */
export type RecordedAnswer = {
	readonly id: string;
	readonly kind: 'select' | 'text' | 'confirm' | 'secret';
	readonly value?: string | boolean;
};

/** How a run ended, or `running` while it runs (or when it was killed). */
export type RunState = 'running' | 'done' | 'failed' | 'stopped';

export type RunRecord = {
	readonly version: typeof recordVersion;
	readonly id: string;
	readonly startedAt: string;
	readonly updatedAt: string;
	/** The process writing it, to tell a run still going from one killed. */
	readonly pid: number;
	readonly state: RunState;
	readonly exitCode?: number;
	readonly environment: RecordedEnvironment;
	/** The command that made the run when it is not the wizard: `doctor` for a fix doctor applied. */
	readonly command?: 'doctor';
	readonly method?: Method;
	readonly subscription?: {readonly id: string; readonly name: string};
	readonly registry?: {readonly id: string; readonly name: string; readonly loginServer: string};
	readonly target: {readonly clusterId?: string; readonly clusterName?: string; readonly context?: string; readonly namespace?: string};
	/** The flags given that answer questions (`registryName`, `method`…: names and ids, never a secret). */
	readonly flags: Readonly<Record<string, string>>;
	readonly answers: readonly RecordedAnswer[];
	readonly journal: readonly JournalEntry[];
};
