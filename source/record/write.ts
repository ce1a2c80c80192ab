/**
 * Writing a run's record as it goes: after every action that ends, every answer and the end of
 * the run, the whole record is written again atomically (a temporary file renamed over the old
 * one, 0600), synchronously, so a crash, Ctrl+C, SIGKILL or a closed terminal loses nothing
 * that had ended and never leaves half a file.
 */
import {closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import type {Clock} from '../wizard/clock.js';
import {signalExitCodes} from '../shutdown.js';
import {exitCodes} from '../wizard/errors.js';
import type {WizardState, WizardStore} from '../wizard/store.js';
import {ensureRunsDirectory} from './paths.js';
import {recordVersion, type RecordedAnswer, type RecordedEnvironment, type RunRecord, type RunState} from './types.js';

/**
 * Writes `record` to `file` atomically: a temporary file beside it (created 0600, flushed to
 * disk unless `durable` is false), renamed over it. (write-file-atomic does the same, but hooks the
 * process's signals through signal-exit, which the wizard owns: shutdown.ts.)
 */
export function writeRecord(file: string, record: RunRecord, durable = true): void {
	const temporary = `${file}.${process.pid}.tmp`;
	const descriptor = openSync(temporary, 'w', 0o600);
	try {
		writeSync(descriptor, `${JSON.stringify(record, undefined, '\t')}\n`);
		if (durable) fsyncSync(descriptor);
	} finally {
		closeSync(descriptor);
	}
	try {
		renameSync(temporary, file);
	} catch (error: unknown) {
		rmSync(temporary, {force: true});
		throw error;
	}
}

/** Removes the temporary files a writer killed mid-write left beside `file` (the record itself is whole). */
function removeLeftovers(file: string): void {
	const prefix = `${basename(file)}.`;
	for (const name of readdirSync(dirname(file))) {
		if (name.startsWith(prefix) && name.endsWith('.tmp')) rmSync(join(dirname(file), name), {force: true});
	}
}

/** The state a record says for a run's end. */
export function stateOf(finished: WizardState['finished']): RunState {
	if (!finished) return 'running';
	if (finished.exitCode === exitCodes.done) return 'done';
	// Ctrl+C (2), SIGTERM (143) and a closed terminal (129) stop a run; they are not its failure.
	return finished.exitCode === exitCodes.cancelled || Object.values(signalExitCodes).includes(finished.exitCode) ? 'stopped' : 'failed';
}

/** The parts of the store a record keeps. */
function fromState(state: WizardState): Pick<RunRecord, 'method' | 'subscription' | 'registry' | 'target' | 'journal' | 'state' | 'exitCode'> {
	const {registry, subscription} = state;
	return {
		...(state.method ? {method: state.method} : {}),
		...(subscription ? {subscription: {id: subscription.id, name: subscription.name}} : {}),
		...(registry ? {registry: {id: registry.id, name: registry.name, loginServer: registry.loginServer}} : {}),
		target: state.target,
		journal: state.journal,
		state: stateOf(state.finished),
		...(state.finished ? {exitCode: state.finished.exitCode} : {}),
	};
}

/** The choices a continued record had, kept when the new process does not make them again. */
function choicesOf(record: RunRecord | undefined): Pick<RunRecord, 'method' | 'subscription' | 'registry'> {
	if (!record) return {};
	return {
		...(record.method ? {method: record.method} : {}),
		...(record.subscription ? {subscription: record.subscription} : {}),
		...(record.registry ? {registry: record.registry} : {}),
	};
}

/** A run being recorded. */
export type Recording = {
	readonly file: string;
	readonly id: string;
	/** Keeps an answer (a secret's value is dropped here, whatever the caller passes). */
	answer(answer: RecordedAnswer): void;
	/** Writes the record now. */
	flush(): void;
	/** Stops following the store (after a last write). */
	stop(): void;
};

export type RecordOptions = {
	readonly directory: string;
	readonly file: string;
	readonly id: string;
	readonly clock: Clock;
	readonly environment: RecordedEnvironment;
	readonly flags: Readonly<Record<string, string>>;
	/** The command, when it is not the wizard (`doctor`). */
	readonly command?: 'doctor';
	/** The record this run continues (undo or resume of a past run): its start, answers and journal stay. */
	readonly continues?: RunRecord;
	/** Told once when the record cannot be written (a full disk, a folder made read-only): the run goes on. */
	readonly onError?: (error: unknown) => void;
};

/**
 * Follows `store` and writes the record whenever the journal, the run's choices or its end
 * change. A record continued keeps its answers; its journal is the store's (preloaded with it).
 */
export function recordRun(store: WizardStore, options: RecordOptions): Recording {
	ensureRunsDirectory(options.directory);
	if (options.continues) removeLeftovers(options.file);
	const startedAt = options.continues?.startedAt ?? options.clock.now().toISOString();
	const answers: RecordedAnswer[] = [...(options.continues?.answers ?? [])];
	let failed = false;
	// An answer is written at once, so a killed process loses none, but not flushed to disk on its own: a run answered
	// by its flags gives a dozen in a row on its way to the first change. What undo needs (the journal) and the run's
	// end are flushed each time, and with them every answer and choice before.
	const write = (durable = true) => {
		try {
			writeRecord(options.file, snapshot(), durable);
		} catch (error: unknown) {
			if (!failed) options.onError?.(error);
			failed = true;
		}
	};
	const snapshot = (): RunRecord => ({
		version: recordVersion,
		id: options.id,
		startedAt,
		updatedAt: options.clock.now().toISOString(),
		pid: process.pid,
		environment: options.environment,
		...(options.command ? {command: options.command} : {}),
		flags: {...options.continues?.flags, ...options.flags},
		answers,
		// Undo and resume start from the run's journal, not its choices: the record keeps those it had.
		...choicesOf(options.continues),
		...fromState(store.getState()),
	});
	write();
	const unsubscribe = store.subscribe((state, previous) => {
		// What undo reads (the journal: what was made, and how to remove it) and the run's end are flushed to disk; a
		// choice (the registry, the method, the target, the subscription) is written, and flushed with the next of those.
		const durable = state.journal !== previous.journal || state.finished !== previous.finished;
		const chosen =
			state.registry !== previous.registry ||
			state.method !== previous.method ||
			state.target !== previous.target ||
			state.subscription !== previous.subscription;
		if (durable || chosen) write(durable);
	});
	return {
		file: options.file,
		id: options.id,
		answer(answer) {
			answers.push(answer.kind === 'secret' ? {id: answer.id, kind: 'secret'} : answer);
			write(false);
		},
		flush: () => write(),
		stop() {
			unsubscribe();
			write();
		},
	};
}
