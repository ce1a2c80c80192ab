/** However many commands a screen shows, Ink's output gets one resize listener: more than ten made Node warn over the screen. */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {showSummary} from '../../source/steps/summary.js';
import type {JournalEntry} from '../../source/wizard/types.js';
import {fakeAzure, fakeRegistry} from '../helpers/fake-azure.js';
import {renderApp} from '../helpers/render.js';
import {testContext} from '../helpers/test-context.js';

afterEach(() => cleanup());

const entries: JournalEntry[] = Array.from({length: 14}, (_value, index) => ({
	id: `import-${index}`,
	stepId: 'registry',
	outcome: 'done',
	sentence: `Import image ${index} into myregistry`,
	command: `az acr import --name myregistry --source docker.io/library/nginx:1.${index} --image nginx:1.${index}`,
	call: 'POST …/importImage',
	at: '2026-12-02T06:50:00Z',
}));

describe('the terminal size of many commands on one screen', () => {
	test('a summary of 14 commands (twice: az and PowerShell) draws them all with one resize listener of its own, beside the one Ink adds', async () => {
		const app = renderApp({state: {journal: entries, method: 'pull-secret', registry: fakeRegistry({name: 'myregistry'})}});
		const context = testContext({store: app.store, prompter: app.prompter, azure: fakeAzure()});
		// Nothing to undo: the summary asks nothing and ends, staying on screen.
		expect(await showSummary.run(context).then(() => 'finished')).toBe('finished');
		const frame = await app.waitFor('nginx:1.13');
		expect(frame.match(/\$ az acr import/g)?.length).toBeGreaterThanOrEqual(14);
		// Ink's own listener and the commands' one: with a listener per command there were 29, and Node warned.
		expect(app.instance.stdout.listenerCount('resize')).toBeLessThanOrEqual(2);
	});
});
