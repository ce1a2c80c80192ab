/**
 * Reading the records back: every run in the folder, newest first, and one run by its id (or
 * the start of it, or its file). A file that is not a record of this version is named, not trusted.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {recordVersion, type RunRecord} from './types.js';

/** A record file that could not be read as a record. */
export type UnreadableRecord = {readonly file: string; readonly problem: string};

/** What the folder holds: the records (newest first) and the files that are not records. */
export type RunListing = {readonly runs: readonly (RunRecord & {readonly file: string})[]; readonly unreadable: readonly UnreadableRecord[]};

/** Parses one record; a problem in plain words when it is not one this version can use. */
export function parseRecord(text: string): RunRecord | {problem: string} {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error: unknown) {
		return {problem: error instanceof Error ? error.message : String(error)};
	}
	if (typeof value !== 'object' || value === null) return {problem: 'not a JSON object'};
	const record = value as Partial<RunRecord>;
	if (record.version !== recordVersion) return {problem: `version ${String(record.version)}, not ${recordVersion}`};
	if (typeof record.id !== 'string' || typeof record.startedAt !== 'string' || !Array.isArray(record.journal) || !Array.isArray(record.answers)) {
		return {problem: 'id, startedAt, journal or answers missing'};
	}
	return {...(value as RunRecord), flags: record.flags ?? {}};
}

/** Every record in `directory`, newest first; an absent folder holds none. */
export function listRuns(directory: string): RunListing {
	let names: string[];
	try {
		names = readdirSync(directory).filter((name) => name.endsWith('.json'));
	} catch {
		return {runs: [], unreadable: []};
	}
	const runs: (RunRecord & {file: string})[] = [];
	const unreadable: UnreadableRecord[] = [];
	for (const name of names) {
		const file = join(directory, name);
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (error: unknown) {
			unreadable.push({file, problem: error instanceof Error ? error.message : String(error)});
			continue;
		}
		const parsed = parseRecord(text);
		if ('problem' in parsed) unreadable.push({file, problem: parsed.problem});
		else runs.push({...parsed, file});
	}
	runs.sort((a, b) => (a.startedAt === b.startedAt ? b.id.localeCompare(a.id) : b.startedAt.localeCompare(a.startedAt)));
	return {runs, unreadable};
}

/** What finding one run gave: the run, or why none. */
export type Found =
	{readonly run: RunRecord & {readonly file: string}} | {readonly none: true} | {readonly unknown: string} | {readonly ambiguous: readonly string[]};

/** The run `wanted` names (its id, the start of its id, or its file), else the newest. */
export function findRun(listing: RunListing, wanted: string | undefined): Found {
	if (wanted === undefined) {
		const newest = listing.runs[0];
		return newest ? {run: newest} : {none: true};
	}
	const exact = listing.runs.find((run) => run.id === wanted || run.file === wanted || basename(run.file) === wanted);
	if (exact) return {run: exact};
	const matches = listing.runs.filter((run) => run.id.startsWith(wanted));
	const [first, ...rest] = matches;
	if (!first) return {unknown: wanted};
	return rest.length === 0 ? {run: first} : {ambiguous: matches.map((run) => run.id)};
}
