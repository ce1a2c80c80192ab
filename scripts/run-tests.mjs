// Runs the vitest suite and ends with the plain line `N passed, N failed` taken
// from the runner's own counts, which is what CI reads.
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startVitest} from 'vitest/node';

// The reliability suite (test/reliability) tallies its cases here; the totals are printed at the end.
const tallyDir = mkdtempSync(join(tmpdir(), 'acr-wizard-tally-'));
process.env.ACR_WIZARD_TALLY_DIR = tallyDir;

let passed = 0;
let failed = 0;
let skipped = 0;
let fileCount = 0;
// The reliability suite (many CLI runs at once) goes after the rest, so its load does not slow the others' tests.
const filters = process.argv.slice(2);
const reliability = 'test/reliability/**';
for (const options of filters.length > 0 ? [{}] : [{exclude: ['**/node_modules/**', reliability]}, {include: [`${reliability}/*.test.ts`]}]) {
	await runOnce(options);
}

async function runOnce(options) {
	const vitest = await startVitest('test', filters, {watch: false, run: true, ...options});
	const files = vitest?.state.getFiles() ?? [];
	fileCount += files.length;
	const visit = (task) => {
		if (task.type === 'test') {
			const state = task.result?.state;
			if (state === 'pass') passed++;
			else if (state === 'fail') failed++;
			else skipped++;
			return;
		}
		for (const child of task.tasks ?? []) visit(child);
		if (task.type === 'suite' && task.result?.state === 'fail' && (task.tasks ?? []).length === 0) failed++;
	};
	for (const file of files) {
		visit(file);
		if (file.result?.state === 'fail' && (file.tasks ?? []).length === 0) failed++;
	}
	await vitest?.close();
	const errors = vitest?.state.getUnhandledErrors().length ?? 0;
	if (errors > 0) failed += errors;
}
printTotals(tallyDir);
rmSync(tallyDir, {recursive: true, force: true});
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

/** The reliability totals: inputs, faults, interrupts and the secret scan, from the cases' tally lines. */
function printTotals(directory) {
	const entries = readdirSync(directory).flatMap((file) =>
		readFileSync(join(directory, file), 'utf8')
			.split('\n')
			.filter((line) => line !== '')
			.map((line) => JSON.parse(line)),
	);
	if (entries.length === 0) return;
	const count = (kind, test = () => true) => entries.filter((entry) => entry.kind === kind && test(entry)).length;
	const sum = (kind, field) => entries.filter((entry) => entry.kind === kind).reduce((total, entry) => total + (entry[field] ?? 0), 0);
	const rows = [
		['inputs tried', count('input')],
		['  clear errors', count('input', (e) => e.outcome === 'clear')],
		['  crashes', count('input', (e) => e.outcome === 'crash')],
		['  hangs', count('input', (e) => e.outcome === 'hang')],
		['faults injected', count('fault')],
		['  recovered', count('fault', (e) => e.outcome === 'recovered')],
		['  stopped cleanly', count('fault', (e) => e.outcome === 'stopped')],
		['  crashes or hangs', count('fault', (e) => e.outcome === 'crash' || e.outcome === 'hang')],
		['  duplicates left', sum('fault', 'duplicates')],
		['interrupts', count('interrupt')],
		['  clean', count('interrupt', (e) => e.clean)],
		['runs scanned for secrets', count('scan')],
		['  secret leaks', sum('scan', 'leaks')],
	];
	console.log('\nReliability totals');
	for (const [label, value] of rows) console.log(`  ${label.padEnd(26)} ${value}`);
	console.log('');
}
process.exit(failed > 0 || fileCount === 0 ? 1 : 0);
