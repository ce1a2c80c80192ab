/** `acr-wizard runs`: the recorded runs, newest first: date, path, registry and cluster, state, what still stands. */
import {messages} from '../messages/catalog.js';
import {listRuns} from '../record/read.js';
import type {RunRecord} from '../record/types.js';
import {standingOf} from '../wizard/stop-report.js';
import {interrupted, processAlive} from './past-run.js';

/** `2026-12-01 23:05` (UTC), from an ISO time. */
function dateOf(iso: string): string {
	return iso.slice(0, 16).replace('T', ' ');
}

/** The registry and the cluster (or context) of a run, as far as it got. */
function whereOf(run: RunRecord): string {
	const text = messages().record.runs;
	if (run.environment.kind === 'demo') return text.demo;
	const cluster = run.target.clusterName ?? run.target.context;
	const parts = [run.registry?.name, cluster].filter((part): part is string => part !== undefined);
	return parts.length === 0 ? text.noTarget : parts.join(' → ');
}

/** The lines `acr-wizard runs` prints. */
export function runsLines(directory: string, isAlive: (pid: number) => boolean = processAlive): string[] {
	const text = messages().record.runs;
	const {runs, unreadable} = listRuns(directory);
	const lines: string[] = runs.length === 0 ? [text.none(directory)] : [text.header(directory)];
	for (const run of runs) {
		const state = interrupted(run, isAlive) ? text.states.interrupted : text.states[run.state];
		lines.push(text.line(run.id, dateOf(run.startedAt), run.method ?? run.command ?? text.noMethod, whereOf(run), state));
		// What a demo run made went with its sandbox.
		const standing = run.environment.kind === 'demo' ? [] : standingOf(run.journal);
		lines.push(`    ${text.standing(standing.length)}`, ...standing.map((item) => text.item(item.sentence)));
	}
	lines.push(...unreadable.map((item) => text.unreadable(item.file, item.problem)));
	return lines;
}
