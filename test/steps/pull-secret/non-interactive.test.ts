import {describe, expect, test} from 'vitest';
import {renderPlain} from '../../../source/output/plain.js';
import {pullSecretSteps} from '../../../source/steps/pull-secret/index.js';
import {createAutoPrompter} from '../../../source/wizard/auto-prompter.js';
import {runSteps} from '../../../source/wizard/engine.js';
import {PromptRequiredError} from '../../../source/wizard/errors.js';
import {withFlagAnswers} from '../../../source/wizard/flag-answers.js';
import {fakeAzure} from '../../helpers/fake-azure.js';
import {fakeKubernetes} from '../../helpers/fake-kubernetes.js';
import {pod, startedEvents} from '../../helpers/pod-snapshots.js';
import {testContext, testStore} from '../../helpers/test-context.js';
import {until} from '../deploy/fixtures.js';
import {registry} from './context.js';

function autoContext(flags: {context?: string; namespace?: string}, canAssign = true) {
	const store = testStore();
	store.getState().actions.chooseRegistry(registry);
	const prompter = withFlagAnswers(createAutoPrompter(store), {'--context': flags.context, '--namespace': flags.namespace}, store);
	const azure = fakeAzure({}, {world: (world) => void (world.canWriteRoleAssignments = canAssign)});
	return testContext({store, prompter, azure, kubernetes: fakeKubernetes(), flags});
}

describe('pull-secret path with --yes', () => {
	test('takes the defaults (a new acr-service-principal with acrpull, acr-secret) and --namespace, echoing every answer but no password', async () => {
		const context = autoContext({context: 'myAKSCluster', namespace: 'awesomeapps'});
		const cluster = context.kubernetes.defaultCluster;
		const printed: string[] = [];
		const stop = renderPlain(context.store, (line) => printed.push(line));
		const run = runSteps(pullSecretSteps, context);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods({pods: [pod('my-awesome-app-pod', 'Running', {namespace: 'awesomeapps'})], events: startedEvents('my-awesome-app-pod')});
		await expect(run).resolves.toBe('done');
		const {notices, journal} = context.store.getState();
		expect(notices).toContain('Which cluster (kubeconfig context) should pull from the registry? myAKSCluster (from --context)');
		expect(notices).toContain('Namespace name: awesomeapps (from --namespace)');
		expect(notices).toContain('Name of the new service principal: acr-service-principal (default, non-interactive)');
		expect(journal.map((entry) => entry.command.split(' ').slice(0, 3).join(' '))).toEqual([
			'PASSWORD=$(az ad sp',
			'az role assignment',
			'kubectl create namespace',
			'kubectl create secret',
			'kubectl apply -f',
		]);
		expect(JSON.stringify(context.store.getState())).not.toContain('fake-secret-password');
		// One cluster (its API clients and connections) for the context, shared by target, secret and sample.
		expect(context.kubernetes.calls.cluster).toHaveLength(1);
		stop();
		// What a CI log would hold: every step and command, and no password.
		expect(printed.join('\n')).toContain('--docker-password="$PASSWORD"');
		expect(printed.filter((line) => line.includes('fake-secret-password'))).toEqual([]);
	});

	test('without permission to assign roles it takes the token instead, needing no other answer', async () => {
		const context = autoContext({}, false);
		const cluster = context.kubernetes.defaultCluster;
		const run = runSteps(pullSecretSteps, context);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods({pods: [pod('my-awesome-app-pod', 'Running')], events: startedEvents('my-awesome-app-pod')});
		await expect(run).resolves.toBe('done');
		expect(context.azure.world.tokens.size).toBe(1);
		expect(context.azure.calls.createServicePrincipal).toHaveLength(0);
	});

	test("an existing principal's password cannot be taken by default: the run stops naming the question", async () => {
		const context = autoContext({});
		const prompter = context.prompter;
		const choosing = {
			...prompter,
			select: async (spec: Parameters<typeof prompter.select>[0]) =>
				spec.id === 'pull-secret-credential' ? 'existing-service-principal' : prompter.select(spec),
		};
		await context.azure.createServicePrincipal('build-agent');
		const run = runSteps(pullSecretSteps, {
			...context,
			prompter: {...choosing, text: async (spec) => (spec.id === 'pull-secret-sp-reference' ? 'build-agent' : prompter.text(spec))},
		});
		await expect(run).rejects.toBeInstanceOf(PromptRequiredError);
	});
});
