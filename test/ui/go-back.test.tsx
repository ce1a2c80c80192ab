/**
 * Esc goes back exactly one question, on every path, the answer already given kept; Back on a plan
 * returns to the question before it. Each path runs on screen (the Ink prompter, the real steps,
 * fakes for Azure and the cluster) and is walked back question by question.
 */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {attachSteps} from '../../source/steps/attach/index.js';
import {pullSecretSteps} from '../../source/steps/pull-secret/index.js';
import {runSteps} from '../../source/wizard/engine.js';
import {fakeAzure, fakeRegistry} from '../helpers/fake-azure.js';
import {fakeKubernetes} from '../helpers/fake-kubernetes.js';
import {keys, renderApp, waitForState, type RenderedApp} from '../helpers/render.js';
import {testContext} from '../helpers/test-context.js';
import {subscription} from '../steps/attach/attach-kit.js';

afterEach(() => cleanup());

/** Settles at once, so a rejection is never reported as unhandled while keys are pressed. */
function settle(promise: Promise<unknown>): Promise<unknown> {
	return promise.then(
		(value) => value,
		(error: unknown) => error,
	);
}

const ask = {
	context: 'Which cluster (kubeconfig context) should pull from the registry?',
	namespace: 'Which namespace should the secret and the sample pod go in?',
	credential: 'Which credential should the pull secret carry?',
	principalName: 'Name of the new service principal:',
	role: 'Which role should the service principal get on the registry?',
	tokenName: 'Token name:',
	repositories: 'Repositories the token may use (comma-separated):',
	permissions: 'What may the token do in those repositories?',
	expiry: 'Password expires after how many days (empty for never)?',
	secretName: 'Pull secret name:',
	cluster: 'Which AKS cluster should pull from the registry?',
} as const;

function pullSecret() {
	const app = renderApp();
	const azure = fakeAzure({}, {world: (world) => void (world.canWriteRoleAssignments = true)});
	const kubernetes = fakeKubernetes();
	const context = testContext({store: app.store, prompter: app.prompter, azure, kubernetes});
	app.store.getState().actions.chooseRegistry(fakeRegistry());
	return {app, azure, run: settle(runSteps(pullSecretSteps, context))};
}

/** Waits for `question`, then presses `sequence`; resolves with the frame the question was on. */
async function answer(app: RenderedApp, question: string, ...sequence: string[]): Promise<string> {
	const frame = await app.waitFor(question);
	await app.press(...sequence);
	return frame;
}

/** Presses Esc and waits until `question` is the one asked; resolves with the frame then. */
async function escTo(app: RenderedApp, question: string): Promise<string> {
	await app.press(keys.escape);
	await waitForState(app.store, (state) => state.question?.message === question).catch((error: unknown) => {
		throw new Error(`${String(error)} asked: ${app.store.getState().question?.message} ${app.frame()}`);
	});
	return app.waitFor(question);
}

function attach() {
	const app = renderApp();
	const azure = fakeAzure();
	const context = testContext({store: app.store, prompter: app.prompter, azure});
	const {actions} = app.store.getState();
	actions.chooseSubscription(subscription);
	actions.chooseRegistry(fakeRegistry());
	actions.chooseMethod('attach');
	return {app, azure, run: settle(runSteps(attachSteps, context))};
}

describe('Esc goes back exactly one question', () => {
	test('the token questions, one by one back to the context, each answer kept as typed or chosen', async () => {
		const {app, run} = pullSecret();
		await answer(app, ask.context, keys.enter);
		await answer(app, ask.namespace, keys.enter);
		await answer(app, ask.credential, keys.down, keys.down, keys.enter);
		await answer(app, ask.tokenName, ...'ci-puller', keys.enter);
		await answer(app, ask.repositories, keys.enter);
		await answer(app, ask.permissions, keys.down, keys.enter);
		await answer(app, ask.expiry, '7', keys.enter);
		await app.waitFor('Apply these 3 changes?');
		expect(await escTo(app, ask.expiry)).toContain('7');
		expect(await escTo(app, ask.permissions)).toMatch(/› .*(?:push|write)/i);
		await escTo(app, ask.repositories);
		expect(await escTo(app, ask.tokenName)).toContain('ci-puller');
		expect(await escTo(app, ask.credential)).toMatch(/› Repository-scoped token/);
		await escTo(app, ask.namespace);
		await escTo(app, ask.context);
		await app.press(keys.escape);
		expect(await run).toBe('back');
	});

	test('forward again after going back: the answers kept are taken as they are, and the plan holds them', async () => {
		const {app} = pullSecret();
		await answer(app, ask.context, keys.enter);
		await answer(app, ask.namespace, keys.enter);
		await answer(app, ask.credential, keys.down, keys.down, keys.enter);
		await answer(app, ask.tokenName, ...'ci-puller', keys.enter);
		await answer(app, ask.repositories, keys.enter);
		await answer(app, ask.permissions, keys.enter);
		await answer(app, ask.expiry, '7', keys.enter);
		await app.waitFor('Apply these 3 changes?');
		await escTo(app, ask.expiry);
		await escTo(app, ask.permissions);
		await app.press(keys.enter);
		await answer(app, ask.expiry, keys.enter);
		const plan = await app.waitFor('Apply these 3 changes?');
		expect(plan.replaceAll(/\s+/g, ' ')).toContain('az acr token create --name ci-puller');
		expect(plan.replaceAll(/\s+/g, ' ')).toContain('--expiration-in-days 7');
	});

	test('Back on the new principal plan returns to the role, as chosen; Esc from there to the name, as typed', async () => {
		const {app, azure, run} = pullSecret();
		await answer(app, ask.context, keys.enter);
		await answer(app, ask.namespace, keys.enter);
		await answer(app, ask.credential, keys.enter);
		await app.waitFor(ask.principalName);
		await app.press(...'my-puller', keys.enter);
		await answer(app, ask.role, keys.down, keys.enter);
		await answer(app, 'Apply these 2 changes?', keys.down, keys.enter);
		expect(await app.waitFor(ask.role)).toMatch(/› acrpush/);
		expect(azure.calls.createServicePrincipal).toHaveLength(0);
		expect(await escTo(app, ask.principalName)).toContain('my-puller');
		await escTo(app, ask.credential);
		await app.press(keys.ctrlC);
		await run;
	});

	test('the secret name, once the credential plan is applied, goes back to that plan, shown again', async () => {
		const {app, azure} = pullSecret();
		await answer(app, ask.context, keys.enter);
		await answer(app, ask.namespace, keys.enter);
		await answer(app, ask.credential, keys.down, keys.down, keys.enter);
		await answer(app, ask.tokenName, keys.enter);
		await answer(app, ask.repositories, keys.enter);
		await answer(app, ask.permissions, keys.enter);
		await answer(app, ask.expiry, keys.enter);
		await answer(app, 'Apply these 3 changes?', keys.enter);
		await app.waitFor(ask.secretName);
		await app.press(...'acr-secret-ci', keys.enter);
		await app.waitFor('Also add acr-secret-ci to the default service account of default?');
		expect(await escTo(app, ask.secretName)).toContain('acr-secret-ci');
		await escTo(app, 'Apply these 3 changes?');
		expect(app.frame()).toContain('Plan: ');
		// Applied again, each action finds what it made: one token, and on to the secret name, as typed.
		await app.press(keys.enter);
		expect(await app.waitFor(ask.secretName)).toContain('acr-secret-ci');
		expect(azure.calls.createToken).toHaveLength(1);
	});

	test('Back on the sample pod returns to the secret plan, shown again; Esc from there to the service account question, then the secret name', async () => {
		const {app} = pullSecret();
		await answer(app, ask.context, keys.enter);
		await answer(app, ask.namespace, keys.enter);
		await answer(app, ask.credential, keys.down, keys.down, keys.enter);
		await answer(app, ask.tokenName, keys.enter);
		await answer(app, ask.repositories, keys.enter);
		await answer(app, ask.permissions, keys.enter);
		await answer(app, ask.expiry, keys.enter);
		await answer(app, 'Apply these 3 changes?', keys.enter);
		await answer(app, ask.secretName, keys.enter);
		await answer(app, 'Also add acr-secret to the default service account of default?', keys.enter);
		await answer(app, 'Apply this change?', keys.enter);
		await answer(app, 'Apply this deployment?', keys.down, keys.down, keys.enter);
		await waitForState(app.store, (state) => state.question?.message === 'Apply this change?').catch((error: unknown) => {
			throw new Error(`${String(error)} asked: ${app.store.getState().question?.message} ${app.frame()}`);
		});
		expect(app.frame()).toContain('Plan: Create the pull secret acr-secret in default');
		await escTo(app, 'Also add acr-secret to the default service account of default?');
		await escTo(app, ask.secretName);
		await app.press(keys.ctrlC);
	});

	test('attach: Back on the grant returns to the cluster, highlighted; Esc there leaves the path', async () => {
		const {app, azure, run} = attach();
		await answer(app, ask.cluster, keys.enter);
		await answer(app, 'Apply this change?', keys.down, keys.enter);
		expect(await app.waitFor(ask.cluster)).toMatch(/› myAKSCluster/);
		expect(azure.calls.assignRole).toHaveLength(0);
		await app.press(keys.escape);
		expect(await run).toBe('back');
	});

	test('attach: Back on the deployment, once the grant is made, returns to the cluster: the grant needs no confirmation any more', async () => {
		const {app, azure, run} = attach();
		await answer(app, ask.cluster, keys.enter);
		await answer(app, 'Apply this change?', keys.enter);
		await answer(app, 'Apply this deployment?', keys.down, keys.down, keys.enter);
		expect(await app.waitFor(ask.cluster)).toMatch(/› myAKSCluster/);
		// The grant ran once: going back through it found it in place.
		expect(azure.calls.assignRole).toHaveLength(1);
		await app.press(keys.ctrlC);
		await run;
	});
});
