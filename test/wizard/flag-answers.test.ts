import {describe, expect, test} from 'vitest';
import {withFlagAnswers} from '../../source/wizard/flag-answers.js';
import {WizardError} from '../../source/wizard/errors.js';
import {scriptedPrompter} from '../helpers/scripted-prompter.js';
import {testStore} from '../helpers/test-context.js';

const method = {
	id: 'method',
	message: 'How should the cluster pull images?',
	flag: '--method',
	choices: [
		{value: 'attach', label: 'Attach to AKS'},
		{value: 'pull-secret', label: 'Pull secret'},
		{value: 'connected-registry', label: 'Connected registry', disabled: true},
	],
};

describe('flag answers', () => {
	test('a valid flag answers the question without asking, and is echoed', async () => {
		const store = testStore();
		const inner = scriptedPrompter({});
		const prompter = withFlagAnswers(inner, {'--method': 'pull-secret'}, store);
		expect(await prompter.select(method)).toBe('pull-secret');
		expect(inner.asked).toEqual([]);
		expect(store.getState().notices).toEqual(['How should the cluster pull images? pull-secret (from --method)']);
	});

	test('an invalid choice fails with a clear error listing the allowed values', async () => {
		const prompter = withFlagAnswers(scriptedPrompter({}), {'--method': 'magic'}, testStore());
		const failure = await prompter.select(method).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(WizardError);
		expect((failure as WizardError).message).toBe('--method magic is not one of: attach, pull-secret.');
		expect((failure as WizardError).suggestion).toBe('--method attach');
	});

	test('without the flag, the inner prompter asks', async () => {
		const inner = scriptedPrompter({'How should the cluster pull images?': 'attach'});
		const prompter = withFlagAnswers(inner, {}, testStore());
		expect(await prompter.select(method)).toBe('attach');
		inner.verify();
	});

	test('a text flag is validated and the problem named with the flag', async () => {
		const validate = (value: string) => (/^[a-z0-9]{5,50}$/.test(value) ? undefined : 'Use 5 to 50 lower-case letters and digits.');
		const prompter = withFlagAnswers(scriptedPrompter({}), {'--registry-name': 'My_Registry'}, testStore());
		await expect(prompter.text({id: 'n', message: 'Registry name:', flag: '--registry-name', validate})).rejects.toThrow(
			'--registry-name My_Registry: Use 5 to 50 lower-case letters and digits.',
		);
	});

	test('a secret given by flag is echoed masked', async () => {
		const store = testStore();
		const prompter = withFlagAnswers(scriptedPrompter({}), {'--password': 'fake-secret-password-9'}, store);
		expect(await prompter.secret({id: 'p', message: 'Password:', flag: '--password'})).toBe('fake-secret-password-9');
		expect(store.getState().notices.join('\n')).not.toContain('fake-secret-password-9');
	});
});

describe('flag answers echo in the catalog words', () => {
	test('a confirm flag is echoed as Yes or No', async () => {
		const store = testStore();
		const prompter = withFlagAnswers(scriptedPrompter({}), {'--restart': 'no'}, store);
		expect(await prompter.confirm({id: 'r', message: 'Restart the pods?', flag: '--restart'})).toBe(false);
		expect(store.getState().notices).toEqual(['Restart the pods? No (from --restart)']);
	});

	test('a refused text flag suggests passing another value', async () => {
		const prompter = withFlagAnswers(scriptedPrompter({}), {'--namespace': 'Bad_NS'}, testStore());
		const validate = () => 'Use lower-case letters, digits and dashes.';
		await expect(prompter.text({id: 'ns', message: 'Namespace:', flag: '--namespace', validate})).rejects.toMatchObject({
			suggestion: 'Pass another value to --namespace.',
		});
	});
});
