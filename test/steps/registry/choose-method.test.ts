import {expect, test} from 'vitest';
import {chooseMethod} from '../../../source/steps/choose-method.js';
import {withFlagAnswers} from '../../../source/wizard/flag-answers.js';
import {scriptedPrompter} from '../../helpers/scripted-prompter.js';
import {testContext} from '../../helpers/test-context.js';

const question = 'How should the cluster get access to the registry?';

test("offers attach (recommended for AKS), a pull secret for any cluster, a connected registry on Arc, and detach, with the seeds' notes", async () => {
	const context = testContext({prompter: scriptedPrompter({[question]: 'pull-secret'})});
	await chooseMethod.run(context);
	const asked = context.prompter.asked[0];
	const choices = asked?.kind === 'select' ? asked.spec.choices : [];
	expect(choices.map((choice) => choice.value)).toEqual(['attach', 'pull-secret', 'connected-registry', 'detach']);
	expect(choices[2]?.hint).toContain('served on a clusterIP');
	expect(choices[0]?.hint).toContain('recommended for AKS');
	expect(choices[1]?.hint).toContain('pull secrets add management overhead');
	expect(asked?.kind === 'select' && asked.spec.hint).toContain('to pull from a private external registry, use an image pull secret');
	expect(asked?.kind === 'select' && asked.spec.default).toBe('attach');
	expect(context.store.getState().method).toBe('pull-secret');
});

test('takes --method without asking', async () => {
	const context = testContext({prompter: scriptedPrompter({})});
	const prompter = withFlagAnswers(context.prompter, {'--method': 'detach'}, context.store);
	await chooseMethod.run({...context, prompter});
	expect(context.store.getState().method).toBe('detach');
});

test('refuses an unknown --method naming the allowed values', async () => {
	const context = testContext({prompter: scriptedPrompter({})});
	const prompter = withFlagAnswers(context.prompter, {'--method': 'magic'}, context.store);
	await expect(chooseMethod.run({...context, prompter})).rejects.toThrow('--method magic is not one of: attach, pull-secret, connected-registry, detach.');
});

test('defaults to the method chosen before when the step is shown again', async () => {
	const context = testContext({
		prompter: scriptedPrompter({[question]: (asked) => (asked.kind === 'select' ? (asked.spec.default ?? '') : '')}),
		state: {method: 'detach'},
	});
	await chooseMethod.run(context);
	expect(context.store.getState().method).toBe('detach');
});
