import {expect, test} from 'vitest';
import {chooseMethod} from '../../../source/steps/choose-method.js';
import {messages} from '../../../source/messages/catalog.js';
import {createAutoPrompter} from '../../../source/wizard/auto-prompter.js';
import {PromptRequiredError} from '../../../source/wizard/errors.js';
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

/** The checks as they end for a caller who cannot create role assignments. */
const noRights = {
	checks: [{id: 'role-assignments' as const, title: 'Permission to assign roles', status: 'warn' as const, reason: messages().prerequisites.roles.missing}],
};

test('when the checks say the caller cannot assign roles, the pull secret comes first and attach is no default, saying why', async () => {
	const context = testContext({prompter: scriptedPrompter({[question]: 'pull-secret'}), state: noRights});
	await chooseMethod.run(context);
	const asked = context.prompter.asked[0];
	const spec = asked?.kind === 'select' ? asked.spec : undefined;
	expect(spec?.choices.map((choice) => choice.value)).toEqual(['pull-secret', 'attach', 'connected-registry', 'detach']);
	expect(spec?.default).toBeUndefined();
	expect(spec?.choices[1]?.hint).toBe('needs the right to assign roles, which the checks say you lack');
});

test('--yes does not take a way silently when the caller cannot assign roles: it names --method', async () => {
	const context = testContext({state: noRights});
	const prompter = createAutoPrompter(context.store);
	const refused = chooseMethod.run({...context, prompter});
	await expect(refused).rejects.toBeInstanceOf(PromptRequiredError);
	await expect(refused).rejects.toMatchObject({suggestion: expect.stringContaining('--method pull-secret --credential token') as unknown});
	expect(context.store.getState().method).toBeUndefined();
});

test('a warning that the permissions could not be read keeps attach the default', async () => {
	const context = testContext({
		prompter: scriptedPrompter({[question]: (asked) => (asked.kind === 'select' ? (asked.spec.default ?? '') : '')}),
		state: {checks: [{id: 'role-assignments', title: 'Permission to assign roles', status: 'warn', reason: 'Could not check your permissions. 503'}]},
	});
	await chooseMethod.run(context);
	expect(context.store.getState().method).toBe('attach');
});
