/** Starting a run's record: where it goes, what it says about the world the run is in. */
import {resolve} from 'node:path';
import {flagTable, type Flags} from '../flags.js';
import {messages} from '../messages/catalog.js';
import type {Clock} from '../wizard/clock.js';
import type {WizardStore} from '../wizard/store.js';
import {newRunId, recordFile, runsDirectory} from './paths.js';
import type {RecordedEnvironment, RunRecord} from './types.js';
import {recordRun, type Recording} from './write.js';

/** The world a run is in, from its flags: the demo's sandbox, a joined sandbox, or Azure (with the kubeconfig given). */
export function recordedEnvironment(flags: {
	readonly demo?: boolean;
	readonly sandbox?: string;
	readonly cloud?: string;
	readonly kubeconfig?: string;
}): RecordedEnvironment {
	if (flags.sandbox !== undefined) return {kind: 'sandbox', join: /^https?:\/\//i.test(flags.sandbox) ? flags.sandbox : resolve(flags.sandbox)};
	if (flags.demo) return {kind: 'demo', ...(flags.cloud ? {cloud: flags.cloud} : {})};
	return {kind: 'azure', ...(flags.cloud ? {cloud: flags.cloud} : {}), ...(flags.kubeconfig ? {kubeconfig: resolve(flags.kubeconfig)} : {})};
}

/** The flags given that answer questions, as the record keeps them (names and ids only: no answering flag takes a secret). */
export function answeringFlags(flags: Flags): Record<string, string> {
	const kept: Record<string, string> = {};
	for (const [name, row] of Object.entries(flagTable)) {
		const value = flags[name as keyof Flags];
		if ('answers' in row && row.answers && typeof value === 'string') kept[name] = value;
	}
	return kept;
}

/** A run that keeps no record: --dry-run changes nothing, so there is nothing to undo or resume later. */
export const noRecording: Recording = {file: '', id: '', answer: () => undefined, flush: () => undefined, stop: () => undefined};

/**
 * Starts recording the run into the state directory (a new record, or the one `continues`
 * names), and names the file in the store for the summary and the stops. A record that cannot
 * be written is said once on stderr; the run goes on.
 */
export function startRecording(
	store: WizardStore,
	options: {
		readonly clock: Clock;
		readonly environment: RecordedEnvironment;
		readonly flags: Readonly<Record<string, string>>;
		readonly command?: 'doctor';
		readonly continues?: RunRecord & {readonly file: string};
	},
	environment: NodeJS.ProcessEnv = process.env,
): Recording {
	const directory = runsDirectory(environment);
	const id = options.continues?.id ?? newRunId(options.clock.now());
	const file = options.continues?.file ?? recordFile(directory, id);
	const onError = (error: unknown) => process.stderr.write(`${messages().record.unwritable(file, error instanceof Error ? error.message : String(error))}\n`);
	let recording: Recording;
	try {
		recording = recordRun(store, {
			directory,
			file,
			id,
			clock: options.clock,
			environment: options.environment,
			flags: options.flags,
			...(options.command ? {command: options.command} : {}),
			continues: options.continues,
			onError,
		});
	} catch (error: unknown) {
		onError(error);
		return {file, id, answer: () => undefined, flush: () => undefined, stop: () => undefined};
	}
	store.getState().actions.setRecord({file, id});
	return recording;
}
