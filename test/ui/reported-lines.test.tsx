import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {renderApp} from '../helpers/render.js';

afterEach(() => cleanup());

describe('lines a step reports for the screen', () => {
	test('show under the screens that follow, are kept for plain output too, and go with the summary', async () => {
		const app = renderApp();
		const {actions} = app.store.getState();
		actions.show('plan');
		actions.report('myconnectedregistry · ReadOnly · Online · last sync 2026-12-01T22:00:00Z');
		expect(await app.waitFor('Online · last sync')).toContain('myconnectedregistry');
		actions.show('pods');
		expect(await app.waitFor('Online · last sync')).toContain('myconnectedregistry');
		expect(app.store.getState().notices).toEqual(['myconnectedregistry · ReadOnly · Online · last sync 2026-12-01T22:00:00Z']);
		actions.show('summary');
		expect(app.store.getState().details).toEqual([]);
	});

	test('an ordinary notice (an answer taken from a flag) is for plain output only', async () => {
		const app = renderApp();
		const {actions} = app.store.getState();
		actions.show('plan');
		actions.notice('Registry name: myregistry (from --registry-name)');
		actions.report('Wrote protected-settings-extension.json (mode 0600)');
		const frame = await app.waitFor('Wrote protected-settings-extension.json');
		expect(frame).not.toContain('from --registry-name');
	});
});
