import {describe, expect, test} from 'vitest';
import {createAutoPrompter} from '../../source/wizard/auto-prompter.js';
import {PromptRequiredError} from '../../source/wizard/errors.js';
import {testStore} from '../helpers/test-context.js';

const sku = {
	id: 'sku',
	message: 'Which SKU should the registry use?',
	flag: '--sku',
	choices: [
		{value: 'Basic', label: 'Basic'},
		{value: 'Standard', label: 'Standard'},
		{value: 'Premium', label: 'Premium'},
	],
};

describe('auto-prompter', () => {
	test('takes the default and echoes it as a notice', async () => {
		const store = testStore();
		const prompter = createAutoPrompter(store);
		expect(await prompter.select({...sku, default: 'Standard'})).toBe('Standard');
		expect(await prompter.text({id: 'ns', message: 'Namespace:', flag: '--namespace', default: 'default'})).toBe('default');
		expect(await prompter.confirm({id: 'go', message: 'Apply?', default: false})).toBe(false);
		expect(store.getState().notices).toEqual([
			'Which SKU should the registry use? Standard (default, non-interactive)',
			'Namespace: default (default, non-interactive)',
			'Apply? No (default, non-interactive)',
		]);
	});

	test('an empty default is echoed as what it means, and answers with the empty value', async () => {
		const store = testStore();
		const prompter = createAutoPrompter(store);
		const spec = {id: 'expiry', message: 'Password expires after how many days (empty for never)?', default: '', defaultLabel: 'no expiry'};
		expect(await prompter.text(spec)).toBe('');
		expect(store.getState().notices).toEqual(['Password expires after how many days (empty for never)? no expiry (default, non-interactive)']);
	});

	test('a question without a default fails with PromptRequiredError naming its flag', async () => {
		const prompter = createAutoPrompter(testStore());
		const failure = await prompter.text({id: 'name', message: 'Registry name:', flag: '--registry-name'}).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(PromptRequiredError);
		expect((failure as PromptRequiredError).message).toContain('Registry name:');
		expect((failure as PromptRequiredError).suggestion).toBe('Pass --registry-name <value>.');
	});

	test('a select whose default is disabled has no answer either', async () => {
		const prompter = createAutoPrompter(testStore());
		const choices = sku.choices.map((choice) => ({...choice, disabled: choice.value === 'Basic'}));
		await expect(prompter.select({...sku, choices, default: 'Basic'})).rejects.toMatchObject({suggestion: 'Pass --sku <value>.'});
	});

	test('a default refused by validation is not used', async () => {
		const prompter = createAutoPrompter(testStore());
		const validate = (value: string) => (value.length < 5 ? 'At least 5 characters.' : undefined);
		await expect(prompter.text({id: 'n', message: 'Registry name:', flag: '--registry-name', default: 'abc', validate})).rejects.toBeInstanceOf(
			PromptRequiredError,
		);
	});

	test('a refused default says why, and names the flag to pass instead', async () => {
		const prompter = createAutoPrompter(testStore());
		const check = async () => 'The registry name myregistry is already in use.';
		await expect(prompter.text({id: 'n', message: 'Registry name:', flag: '--registry-name', default: 'myregistry', check})).rejects.toMatchObject({
			message: 'Registry name: the default myregistry cannot be used: The registry name myregistry is already in use.',
			suggestion: 'Pass --registry-name <value>.',
		});
	});

	test('secrets are never taken from a default', async () => {
		const prompter = createAutoPrompter(testStore());
		await expect(prompter.secret({id: 'p', message: 'Service principal password:', flag: '--password'})).rejects.toMatchObject({
			suggestion: 'Pass --password <value>.',
		});
	});
});
