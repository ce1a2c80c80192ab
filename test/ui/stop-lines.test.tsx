/** The lines a stopped run ends with: what still stands and how to remove it, cut where a reader and a shell expect it. */
import {cleanup} from 'ink-testing-library';
import {afterEach, expect, test, vi} from 'vitest';
import {exitCodes} from '../../source/wizard/errors.js';
import {allFrames, renderApp} from '../helpers/render.js';

afterEach(() => cleanup());

const assignment =
	'/subscriptions/3c9a1e7b-2d4f-4a6c-8e0b-5f1d2c3b4a59/resourceGroups/rg-acr-sandbox/providers/Microsoft.ContainerRegistry/registries/demoreg5/providers/Microsoft.Authorization/roleAssignments/12ff979c-362a-47a4-835a-d171a68d7087';
const file = '/home/someone/.local/state/acr-wizard/runs/20261202-062531-b0c6.json';

/** The last frame of a run stopped with a registry and a role assignment still standing, at `columns`. */
async function stoppedFrame(columns: number): Promise<string[]> {
	const app = renderApp({columns});
	app.store.getState().actions.setRecord({id: '20261202-062531-b0c6', file});
	app.store.getState().actions.finish(exitCodes.cancelled, [
		{sentence: 'Create the Basic registry demoreg5 in rg-acr-sandbox', undo: 'az acr delete --name demoreg5 --resource-group rg-acr-sandbox --yes'},
		{sentence: 'Grant AcrPull on demoreg5 to the kubelet identity of aks-sandbox', undo: `az role assignment delete --ids ${assignment}`},
	]);
	// Ink exits once the run is finished: the lines are in the last frame it drew.
	const frame = await vi.waitFor(() => {
		const drawn = allFrames(app.instance).filter((item) => item.includes('removes what it made'));
		expect(drawn).not.toHaveLength(0);
		return drawn.at(-1) ?? '';
	});
	return frame.split('\n').map((line) => line.trimEnd());
}

test('at 80 columns an undo command that is too wide is cut between its words with " \\", and the record line at its spaces', async () => {
	const lines = await stoppedFrame(80);
	const start = lines.indexOf('Stopped. This run made 2 changes that are still in place:');
	expect(lines.slice(start)).toEqual([
		'Stopped. This run made 2 changes that are still in place:',
		'  - Create the Basic registry demoreg5 in rg-acr-sandbox',
		'      remove with: az acr delete --name demoreg5 \\',
		'        --resource-group rg-acr-sandbox --yes',
		'  - Grant AcrPull on demoreg5 to the kubelet identity of aks-sandbox',
		`      remove with: az role assignment delete --ids ${assignment}`,
		'The record of this run:',
		file,
		'(acr-wizard undo 20261202-062531-b0c6 removes what it made)',
	]);
});

test.each([40, 120])('at %i columns no line but a role assignment id or a path is wider than the terminal, and neither is cut', async (columns) => {
	const lines = await stoppedFrame(columns);
	for (const line of lines) if (!line.includes(assignment) && !line.includes(file)) expect(line.length).toBeLessThanOrEqual(columns);
	expect(lines).toContain(`      remove with: az role assignment delete --ids ${assignment}`);
	expect(lines.some((line) => line.includes(file))).toBe(true);
	expect(lines.join(' ')).toContain('(acr-wizard undo 20261202-062531-b0c6 removes what it made)');
});
