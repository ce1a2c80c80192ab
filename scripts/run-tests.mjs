// Runs the vitest suite and ends with the plain line `N passed, N failed` taken
// from the runner's own counts, which is what CI reads.
import {startVitest} from 'vitest/node';

const vitest = await startVitest('test', process.argv.slice(2), {watch: false, run: true});
const files = vitest?.state.getFiles() ?? [];
let passed = 0;
let failed = 0;
let skipped = 0;
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
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || files.length === 0 ? 1 : 0);
