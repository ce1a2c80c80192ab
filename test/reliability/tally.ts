/**
 * The suite's totals: each case appends one line to a file in ACR_WIZARD_TALLY_DIR (set by
 * scripts/run-tests.mjs), which prints the table after the run. Without it nothing is kept.
 */
import {appendFileSync} from 'node:fs';
import {join} from 'node:path';
import type {CliRun} from './harness.js';

export type TallyEntry =
	| {readonly kind: 'input'; readonly outcome: 'clear' | 'unclear' | 'crash' | 'hang'}
	| {readonly kind: 'fault'; readonly outcome: 'recovered' | 'stopped' | 'crash' | 'hang'; readonly duplicates: number}
	| {readonly kind: 'interrupt'; readonly clean: boolean};

/** Records one case, and the secret scan of its run. */
export function tally(entry: TallyEntry, run?: Pick<CliRun, 'leaks'>): void {
	const directory = process.env['ACR_WIZARD_TALLY_DIR'];
	if (!directory) return;
	const lines = [JSON.stringify(entry), ...(run ? [JSON.stringify({kind: 'scan', leaks: run.leaks.length})] : [])];
	appendFileSync(join(directory, `${process.pid}.jsonl`), `${lines.join('\n')}\n`);
}
