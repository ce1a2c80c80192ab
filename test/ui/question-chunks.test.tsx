import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {renderApp} from '../helpers/render.js';

afterEach(() => cleanup());

const sizes = {
	id: 'sku',
	message: 'Which SKU should the registry use?',
	choices: [
		{value: 'Basic', label: 'Basic', hint: 'lowest cost; for learning and small workloads, with a hint long enough to wrap on a narrow terminal'},
		{value: 'Premium', label: 'Premium', hint: 'geo-replication, private link; needed for a connected registry, and more words to wrap the line'},
	],
	default: 'Basic',
};

describe('keys that arrive in one chunk (a fast typist, a paste, tmux)', () => {
	test('down then enter in one write answers the second choice, not the first', async () => {
		const app = renderApp();
		const answer = app.prompter.select(sizes);
		await app.waitFor('› Basic');
		app.instance.stdin.write('\u001B[B\r');
		expect(await answer).toBe('Premium');
	});

	test('a pasted line with its newline answers the text question without the newline', async () => {
		const app = renderApp();
		const answer = app.prompter.text({
			id: 'name',
			message: 'Registry name:',
			validate: (value) => (/^[a-z0-9]+$/.test(value) ? undefined : 'letters and digits only'),
		});
		await app.waitFor('Registry name:');
		app.instance.stdin.write('myregistry\r');
		expect(await answer).toBe('myregistry');
	});

	test('enter on an empty text question takes its default; typing replaces it', async () => {
		const first = renderApp();
		const defaulted = first.prompter.text({id: 'sp', message: 'Service principal name:', default: 'acr-service-principal'});
		await first.waitFor('acr-service-principal');
		await first.press('\r');
		expect(await defaulted).toBe('acr-service-principal');
		cleanup();
		const second = renderApp();
		const typed = second.prompter.text({id: 'sp', message: 'Service principal name:', default: 'acr-service-principal'});
		await second.waitFor('acr-service-principal');
		await second.press('m', 'y', 's', 'p', '\r');
		expect(await typed).toBe('mysp');
	});
});

describe('long choice hints', () => {
	test('wrap without cutting the choice labels', async () => {
		const app = renderApp();
		void app.prompter.select(sizes).catch(() => undefined);
		const frame = await app.waitFor('› Basic');
		expect(frame).toContain('Premium');
	});
});
