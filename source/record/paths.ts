/**
 * Where the records of runs live: `$XDG_STATE_HOME/acr-wizard/runs/`, else
 * `~/.local/state/acr-wizard/runs/` (the XDG base directory rule for state that outlives a run).
 */
import {chmodSync, mkdirSync} from 'node:fs';
import {homedir} from 'node:os';
import {isAbsolute, join} from 'node:path';

/** The folder of the records; XDG_STATE_HOME counts only when absolute, as the specification says. */
export function runsDirectory(environment: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
	const state = environment['XDG_STATE_HOME'];
	const base = state && isAbsolute(state) ? state : join(home, '.local', 'state');
	return join(base, 'acr-wizard', 'runs');
}

/** Makes the folder (0700: the records name the user's resources) and tightens it if it existed looser. */
export function ensureRunsDirectory(directory: string): void {
	mkdirSync(directory, {recursive: true, mode: 0o700});
	chmodSync(directory, 0o700);
}

/** The file of a run. */
export function recordFile(directory: string, id: string): string {
	return join(directory, `${id}.json`);
}

/** A new run's id: its start time (sortable, readable) and a few random characters. */
export function newRunId(now: Date, random: () => number = Math.random): string {
	const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
	const suffix = Math.floor(random() * 0xffff)
		.toString(16)
		.padStart(4, '0');
	return `${stamp}-${suffix}`;
}
