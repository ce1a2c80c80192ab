import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {Cancelled, GoBack} from '../../source/wizard/errors.js';
import {allFrames, keys, renderApp, waitUntilFrame} from '../helpers/render.js';

afterEach(() => cleanup());

/** Settles at once, so a rejection is never reported as unhandled while keys are pressed. */
function settle(promise: Promise<unknown>): Promise<unknown> {
	return promise.then(
		(value) => value,
		(error: unknown) => error,
	);
}

const sku = {
	id: 'sku',
	message: 'Which SKU should the registry use?',
	hint: 'Premium is needed for a connected registry.',
	choices: [
		{value: 'Basic', label: 'Basic', hint: 'cheapest'},
		{value: 'Standard', label: 'Standard', disabled: true},
		{value: 'Premium', label: 'Premium'},
	],
	default: 'Basic',
};

describe('select question', () => {
	test('shows the message, hint, choices with hints, and the keys', async () => {
		const app = renderApp();
		const answer = settle(app.prompter.select(sku));
		const frame = await app.waitFor('Which SKU should the registry use?');
		expect(frame).toContain('Premium is needed for a connected registry.');
		expect(frame).toMatch(/› Basic cheapest/);
		expect(frame).toContain('Standard');
		expect(frame).toContain('↑↓ move · enter choose · esc back · q quit');
		await app.press(keys.enter);
		expect(await answer).toBe('Basic');
	});

	test('arrows skip disabled choices, and enter answers the highlighted one', async () => {
		const app = renderApp();
		const answer = settle(app.prompter.select(sku));
		await app.waitFor('› Basic');
		await app.press(keys.down);
		await app.waitFor('› Premium');
		expect(app.frame()).not.toContain('› Standard');
		await app.press(keys.up);
		await app.waitFor('› Basic');
		await app.press(keys.up);
		await app.waitFor('› Premium');
		await app.press(keys.enter);
		expect(await answer).toBe('Premium');
		await waitUntilFrame(app.instance, (frame) => !frame.includes('Which SKU'));
	});

	test('esc goes back', async () => {
		const app = renderApp();
		const answer = settle(app.prompter.select(sku));
		await app.waitFor('› Basic');
		await app.press(keys.escape);
		expect(await answer).toBeInstanceOf(GoBack);
	});

	test('q cancels', async () => {
		const app = renderApp();
		const answer = settle(app.prompter.select(sku));
		await app.waitFor('› Basic');
		await app.press('q');
		expect(await answer).toBeInstanceOf(Cancelled);
	});
});

describe('text question', () => {
	const name = {
		id: 'registry-name',
		message: 'Registry name:',
		validate: (value: string) => (/^[a-zA-Z0-9]{5,50}$/.test(value) ? undefined : 'Use 5 to 50 letters and digits.'),
		check: async (value: string) => (value === 'taken' + 'name' ? 'That registry name is already taken.' : undefined),
	};

	test('shows the validation error while typing, and submits a valid answer', async () => {
		const app = renderApp();
		const answer = settle(app.prompter.text(name));
		await app.waitFor('Registry name:');
		expect(app.frame()).toContain('enter confirm · esc back · ctrl+c quit');
		await app.press('my-');
		await app.waitFor('Use 5 to 50 letters and digits.');
		await app.press(keys.backspace, 'registry');
		await waitUntilFrame(app.instance, (frame) => frame.includes('myregistry') && !frame.includes('Use 5 to 50'));
		await app.press(keys.enter);
		expect(await answer).toBe('myregistry');
	});

	test('an answer refused on submit stays on the question with the reason shown', async () => {
		const app = renderApp();
		const answer = settle(app.prompter.text(name));
		await app.waitFor('Registry name:');
		await app.press('takenname');
		await app.waitFor('takenname');
		await app.press(keys.enter);
		await app.waitFor('That registry name is already taken.');
		expect(app.store.getState().question?.message).toBe('Registry name:');
		await app.press(keys.backspace, keys.backspace, keys.backspace, keys.backspace, 'free');
		await waitUntilFrame(app.instance, (frame) => frame.includes('takenfree'));
		await app.press(keys.enter);
		expect(await answer).toBe('takenfree');
	});

	test('a default is prefilled', async () => {
		const app = renderApp();
		const answer = settle(app.prompter.text({id: 'ns', message: 'Namespace:', default: 'default'}));
		await app.waitFor('Namespace:');
		await app.press(keys.enter);
		expect(await answer).toBe('default');
	});
});

describe('secret question', () => {
	test('the typed value never appears in any frame, nor in the store', async () => {
		const secret = 'fake-secret-password-7';
		const app = renderApp();
		const answer = settle(app.prompter.secret({id: 'password', message: 'Service principal password:'}));
		await app.waitFor('Service principal password:');
		await app.press(...secret.split(''));
		await app.waitFor('*'.repeat(secret.length));
		await app.press(keys.enter);
		expect(await answer).toBe(secret);
		for (const frame of allFrames(app.instance)) expect(frame).not.toContain('fake-secret');
		expect(JSON.stringify(app.store.getState())).not.toContain('fake-secret');
	});
});

describe('ctrl+c while the wizard works', () => {
	test('is not lost: the screen says it will stop, and the next question cancels without showing', async () => {
		const app = renderApp();
		await app.waitFor('Welcome to acr-wizard');
		await app.press(keys.ctrlC);
		await app.waitFor('Stopping after the current action…');
		expect(await settle(app.prompter.select(sku))).toBeInstanceOf(Cancelled);
		expect(app.store.getState().question).toBeUndefined();
		for (const frame of allFrames(app.instance)) expect(frame).not.toContain('Which SKU');
	});

	test('with a question up, cancels it at once', async () => {
		const app = renderApp();
		const answer = settle(app.prompter.select(sku));
		await app.waitFor('› Basic');
		await app.press(keys.ctrlC);
		expect(await answer).toBeInstanceOf(Cancelled);
		expect(app.frame()).not.toContain('Stopping');
	});
});

describe('confirm question', () => {
	test('is a Yes/No list starting on its default, and answers a boolean', async () => {
		const app = renderApp();
		const answer = settle(app.prompter.confirm({id: 'restart', message: 'Restart the pods now?', default: false}));
		await app.waitFor('› No');
		await app.press(keys.up);
		await app.waitFor('› Yes');
		await app.press(keys.enter);
		expect(await answer).toBe(true);
	});
});

describe('text question keys', () => {
	test('esc goes back from a text question, and q is typed rather than quitting', async () => {
		const app = renderApp();
		const answer = settle(app.prompter.text({id: 'ns', message: 'Namespace:'}));
		await app.waitFor('Namespace:');
		await app.press('q');
		await app.waitFor(/Namespace:\s*\n\s*q/);
		await app.press(keys.escape);
		expect(await answer).toBeInstanceOf(GoBack);
	});

	test('ctrl+u clears what was typed instead of typing a u', async () => {
		const app = renderApp();
		const answer = settle(app.prompter.text({id: 'name', message: 'Registry name:'}));
		await app.waitFor('Registry name:');
		await app.press('wrongname');
		await app.waitFor('wrongname');
		await app.press('\u0015', 'right01');
		await app.waitFor('right01');
		expect(app.frame()).not.toMatch(/wrongname|uright01/);
		await app.press(keys.enter);
		expect(await answer).toBe('right01');
	});

	test('control characters in pasted text never reach the answer', async () => {
		const app = renderApp();
		const answer = settle(app.prompter.text({id: 'ns', message: 'Namespace:'}));
		await app.waitFor('Namespace:');
		await app.press('\u001B[200~te\u0007am\u0001-a\u001B[31m\u0000\r\u001B[201~');
		expect(await answer).toBe('team-a');
	});

	test('a stray double escape inside typed text neither goes back nor loses the text', async () => {
		const app = renderApp();
		const answer = settle(app.prompter.text({id: 'ns', message: 'Namespace:'}));
		await app.waitFor('Namespace:');
		await app.press('team\u001B\u001B-b');
		await app.waitFor('team-b');
		await app.press(keys.enter);
		expect(await answer).toBe('team-b');
	});

	test('text typed before going back with esc is there again when the question comes back', async () => {
		const app = renderApp();
		const first = settle(app.prompter.text({id: 'draft-ns', message: 'Namespace:'}));
		await app.waitFor('Namespace:');
		await app.press('half-typed');
		await app.waitFor('half-typed');
		await app.press(keys.escape);
		expect(await first).toBeInstanceOf(GoBack);
		const again = settle(app.prompter.text({id: 'draft-ns', message: 'Namespace:'}));
		await app.waitFor('half-typed');
		await app.press('-ns', keys.enter);
		expect(await again).toBe('half-typed-ns');
	});
});
