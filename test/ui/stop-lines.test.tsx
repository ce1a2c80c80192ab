/** The lines a stopped run ends with: what still stands and how to remove it, each drawn whole for the terminal to wrap softly. */
import {cleanup} from 'ink-testing-library';
import {afterEach, expect, test, vi} from 'vitest';
import {exitCodes} from '../../source/wizard/errors.js';
import {allFrames, renderApp} from '../helpers/render.js';

afterEach(() => cleanup());

const assignment =
	'/subscriptions/3c9a1e7b-2d4f-4a6c-8e0b-5f1d2c3b4a59/resourceGroups/rg-acr-sandbox/providers/Microsoft.ContainerRegistry/registries/demoreg5/providers/Microsoft.Authorization/roleAssignments/12ff979c-362a-47a4-835a-d171a68d7087';

test.each([40, 80, 120])('at %i columns each stop line is one line: an undo command or a record path is never cut by a hard newline', async (columns) => {
	const app = renderApp({columns});
	app.store.getState().actions.setRecord({id: '20261202-062531-b0c6', file: '/home/someone/.local/state/acr-wizard/runs/20261202-062531-b0c6.json'});
	app.store
		.getState()
		.actions.finish(exitCodes.cancelled, [
			{sentence: 'Grant AcrPull on demoreg5 to the kubelet identity of aks-sandbox', undo: `az role assignment delete --ids ${assignment}`},
		]);
	// Ink exits once the run is finished: the lines are in the last frame it drew.
	const frame = await vi.waitFor(() => {
		const drawn = allFrames(app.instance).filter((item) => item.includes('The record of this run'));
		expect(drawn).not.toHaveLength(0);
		return drawn.at(-1) ?? '';
	});
	const lines = frame.split('\n');
	expect(lines).toContain('Stopped. This run made 1 change that is still in place:');
	expect(lines).toContain(`      remove with: az role assignment delete --ids ${assignment}`);
	expect(lines).toContain(
		'The record of this run: /home/someone/.local/state/acr-wizard/runs/20261202-062531-b0c6.json (acr-wizard undo 20261202-062531-b0c6 removes what it made)',
	);
});
