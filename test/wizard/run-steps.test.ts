import {describe, expect, test} from 'vitest';
import {runSteps, type Step} from '../../source/wizard/engine.js';
import {Cancelled, GoBack, WizardError} from '../../source/wizard/errors.js';
import {runWizard} from '../../source/wizard/run.js';
import type {Context} from '../../source/wizard/context.js';
import {scriptedPrompter} from '../helpers/scripted-prompter.js';
import {testContext} from '../helpers/test-context.js';

/** A step that asks one question and records each run. */
function askingStep(id: string, message: string, ran: string[]): Step<Context> {
	return {
		async run({prompter}) {
			ran.push(id);
			await prompter.text({id, message});
		},
	};
}

describe('runSteps', () => {
	test('runs the steps in order', async () => {
		const ran: string[] = [];
		const context = testContext({prompter: scriptedPrompter({'Name:': 'a', 'Size:': 'b'})});
		expect(await runSteps([askingStep('name', 'Name:', ran), askingStep('size', 'Size:', ran)], context)).toBe('done');
		expect(ran).toEqual(['name', 'size']);
		context.prompter.verify();
	});

	test('Esc in a step goes back to the previous step, which asks again', async () => {
		const ran: string[] = [];
		const prompter = scriptedPrompter({'Name:': ['first', 'second'], 'Size:': [new GoBack(), 'large']});
		const context = testContext({prompter});
		expect(await runSteps([askingStep('name', 'Name:', ran), askingStep('size', 'Size:', ran)], context)).toBe('done');
		expect(ran).toEqual(['name', 'size', 'name', 'size']);
		expect(prompter.messages()).toEqual(['Name:', 'Size:', 'Name:', 'Size:']);
		prompter.verify();
	});

	test('Esc in the first step ends the run with back', async () => {
		const ran: string[] = [];
		const context = testContext({prompter: scriptedPrompter({'Name:': new GoBack()})});
		expect(await runSteps([askingStep('name', 'Name:', ran), askingStep('size', 'Size:', ran)], context)).toBe('back');
		expect(ran).toEqual(['name']);
	});

	test('any other error stops the run and propagates', async () => {
		const context = testContext();
		const failing: Step<Context> = {run: async () => Promise.reject(new WizardError('Broken.'))};
		await expect(runSteps([failing], context)).rejects.toThrow('Broken.');
	});
});

describe('runWizard', () => {
	test('ends with exit code 0 when every step is done', async () => {
		const context = testContext({prompter: scriptedPrompter({'Name:': 'a'})});
		expect(await runWizard([askingStep('name', 'Name:', [])], context)).toBe(0);
		expect(context.store.getState().finished).toEqual({exitCode: 0});
	});

	test('a cancel ends with exit code 2 and no error shown', async () => {
		const context = testContext({prompter: scriptedPrompter({'Name:': new Cancelled()})});
		expect(await runWizard([askingStep('name', 'Name:', [])], context)).toBe(2);
		expect(context.store.getState().error).toBeUndefined();
	});

	test('a failure ends with exit code 1 and the explained error in the store', async () => {
		const context = testContext();
		const failing: Step<Context> = {run: async () => Promise.reject(new WizardError('Broken.', {suggestion: 'Fix it.', code: 'X1'}))};
		expect(await runWizard([failing], context)).toBe(1);
		expect(context.store.getState().error).toMatchObject({message: 'Broken.', suggestion: 'Fix it.', code: 'X1'});
	});
});
