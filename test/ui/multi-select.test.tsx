import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {renderApp} from '../helpers/render.js';

afterEach(() => cleanup());

const repositories = {
	id: 'connected-registry-repositories',
	message: 'Which repositories should the connected registry sync?',
	multiple: true,
	choices: [
		{value: 'hello-world', label: 'hello-world'},
		{value: 'nginx', label: 'nginx'},
		{value: 'busybox', label: 'busybox', hint: 'not in the registry yet'},
	],
	default: 'hello-world',
};

describe('a question with several answers (ticked with space)', () => {
	test('shows each choice with its tick, the default ticked, and the keys to use', async () => {
		const app = renderApp();
		void app.prompter.select(repositories).catch(() => undefined);
		const frame = await app.waitFor('[x] hello-world');
		expect(frame).toContain('[ ] nginx');
		expect(frame).toContain('[ ] busybox not in the registry yet');
		expect(frame).toContain('space tick · enter confirm');
	});

	test('keys in one chunk tick a second choice and confirm both, in the list order', async () => {
		const app = renderApp();
		const answer = app.prompter.select(repositories);
		await app.waitFor('[x] hello-world');
		app.instance.stdin.write('\u001B[B\u001B[B \r');
		expect(await answer).toBe('hello-world,busybox');
	});

	test('unticking every choice and pressing enter takes the highlighted one', async () => {
		const app = renderApp();
		const answer = app.prompter.select(repositories);
		await app.waitFor('[x] hello-world');
		await app.press(' ', '\u001B[B', '\r');
		expect(await answer).toBe('nginx');
	});
});
