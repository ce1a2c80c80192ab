import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import type {ServicePrincipal} from '../../source/azure/azure.js';
import {pullSecretSteps} from '../../source/steps/pull-secret/index.js';
import {runSteps} from '../../source/wizard/engine.js';
import {fakeAzure, fakeRegistry} from '../helpers/fake-azure.js';
import {fakeKubernetes} from '../helpers/fake-kubernetes.js';
import {pod, startedEvents} from '../helpers/pod-snapshots.js';
import {allFrames, keys, renderApp, type RenderedApp, joinContinuations} from '../helpers/render.js';
import {testContext} from '../helpers/test-context.js';
import {until} from '../steps/deploy/fixtures.js';

afterEach(() => cleanup());

const principal: ServicePrincipal = {
	appId: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
	objectId: '44444444-0000-0000-0000-000000000001',
	displayName: 'build-agent',
};
const typedPassword = 'typed-Secret-Value-42';

/** Settles at once, so a rejection is never reported as unhandled while keys are pressed. */
function settle(promise: Promise<unknown>): Promise<unknown> {
	return promise.then(
		(value) => value,
		(error: unknown) => error,
	);
}

function setup(options: {readonly canAssign?: boolean} = {}) {
	const app = renderApp();
	const azure = fakeAzure(
		{},
		{
			world: (world) => {
				world.servicePrincipals.push(principal);
				world.canWriteRoleAssignments = options.canAssign ?? true;
			},
		},
	);
	const kubernetes = fakeKubernetes();
	const context = testContext({store: app.store, prompter: app.prompter, azure, kubernetes});
	app.store.getState().actions.chooseRegistry(fakeRegistry());
	return {app, azure, cluster: kubernetes.defaultCluster, run: settle(runSteps(pullSecretSteps, context))};
}

/** The frame with every run of whitespace made one space, so a command wrapped by the terminal reads whole. */
function flat(frame: string): string {
	return joinContinuations(frame).replaceAll(/\s+/g, ' ');
}

async function answer(app: RenderedApp, question: string, ...sequence: string[]): Promise<string> {
	const frame = await app.waitFor(question);
	await app.press(...sequence);
	return frame;
}

/** The default context and namespace, then a repository token with the defaults, up to its expiry question. */
async function answerTokenUpToExpiry(app: RenderedApp): Promise<void> {
	await answer(app, 'Which cluster (kubeconfig context) should pull from the registry?', keys.enter);
	await answer(app, 'Which namespace should the secret and the sample pod go in?', keys.enter);
	await answer(app, 'Which credential should the pull secret carry?', keys.down, keys.down, keys.enter);
	await answer(app, 'Token name:', keys.enter);
	await answer(app, 'Repositories the token may use (comma-separated):', keys.enter);
	await answer(app, 'What may the token do in those repositories?', keys.enter);
}

describe('pull-secret path on screen', () => {
	test('existing principal with a typed password: masked while typed, never drawn, the pod runs', async () => {
		const {app, cluster, run} = setup();
		const contexts = await answer(app, 'Which cluster (kubeconfig context) should pull from the registry?', keys.enter);
		expect(contexts).toMatch(/› myAKSCluster\s+\(current\)/);
		await answer(app, 'Which namespace should the secret and the sample pod go in?', keys.enter);
		const kinds = await answer(app, 'Which credential should the pull secret carry?', keys.down, keys.enter);
		expect(kinds).toContain('when you cannot assign roles: no directory permission needed');
		await answer(app, 'Service principal appId or display name:', principal.appId, keys.enter);
		const roles = await answer(app, 'Which role should the service principal get on the registry?', keys.enter);
		expect(roles).toMatch(/acrpull pull only[\s\S]*acrpush push and pull[\s\S]*owner push, pull, and assign roles/);
		await answer(app, 'Do you have the password of build-agent?', keys.enter);
		await app.waitFor('Password of build-agent:');
		await app.press(typedPassword);
		await app.waitFor('*'.repeat(typedPassword.length));
		await app.press(keys.enter);
		const rolePlan = await answer(app, 'Apply this change?', keys.enter);
		expect(flat(rolePlan)).toContain(`az role assignment create --assignee ${principal.appId}`);
		await answer(app, 'Pull secret name:', keys.enter);
		const serviceAccount = await answer(app, 'Also add acr-secret to the default service account of default?', keys.enter);
		expect(serviceAccount).toContain('Then every pod in default that runs as the default service account gets the secret');
		const secretPlan = await app.waitFor('Plan: Create the pull secret acr-secret in default');
		expect(flat(secretPlan)).toContain('--docker-password="$SP_PASSWORD"');
		expect(flat(secretPlan)).toContain('kubectl create secret docker-registry acr-secret --namespace default --docker-server=myregistry.azurecr.io');
		await answer(app, 'Apply this change?', keys.enter);
		await answer(app, 'Apply this deployment?', keys.enter);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods({pods: [pod('my-awesome-app-pod', 'Running')], events: startedEvents('my-awesome-app-pod')});
		// Running: the pods stay on screen until enter goes on to the summary.
		await app.waitFor('Go on to the summary');
		await app.press(keys.enter);
		expect(await run).toBe('done');
		expect(cluster.world.secrets.get('default/acr-secret')?.password).toBe(typedPassword);
		const frames = allFrames(app.instance);
		expect(frames.some((frame) => frame.includes('my-awesome-app-pod'))).toBe(true);
		expect(frames.filter((frame) => frame.includes(typedPassword))).toEqual([]);
		expect(JSON.stringify(app.store.getState())).not.toContain(typedPassword);
	});

	test('a new namespace name is checked as it is typed, with the exact reason', async () => {
		const {app, run} = setup();
		await answer(app, 'Which cluster (kubeconfig context) should pull from the registry?', keys.enter);
		await answer(app, 'Which namespace should the secret and the sample pod go in?', keys.down, keys.enter);
		await app.waitFor('Namespace name:');
		await app.press(...Array.from({length: 'awesomeapps'.length}, () => keys.backspace), '-apps');
		await app.waitFor("A namespace name must start with a letter or a digit, not '-'.");
		await app.press(keys.backspace, keys.backspace, keys.backspace, keys.backspace, keys.backspace, 'Apps');
		await app.waitFor('Use lower case only: apps.');
		await app.press(keys.escape);
		await app.waitFor('Which namespace should the secret and the sample pod go in?');
		await app.press(keys.escape);
		await app.waitFor('Which cluster (kubeconfig context) should pull from the registry?');
		await app.press(keys.escape);
		expect(await run).toBe('back');
	});

	test('without permission to assign roles, a new principal is stopped before acting with the token as the way on', async () => {
		const {app, azure, run} = setup({canAssign: false});
		await answer(app, 'Which cluster (kubeconfig context) should pull from the registry?', keys.enter);
		await answer(app, 'Which namespace should the secret and the sample pod go in?', keys.enter);
		await answer(app, 'Which credential should the pull secret carry?', keys.enter);
		const frame = await app.waitFor('Your account cannot assign roles on the registry myregistry');
		expect(frame).toContain('Pick "Repository-scoped token": it needs no directory permission.');
		expect(frame).toMatch(/› Repository-scoped token/);
		expect(azure.calls.createServicePrincipal).toHaveLength(0);
		// Esc goes back one question: the namespace (the refused answer is not one to come back to), its answer kept.
		await app.press(keys.escape);
		const namespace = await app.waitFor('Which namespace should the secret and the sample pod go in?');
		expect(namespace).toMatch(/› default/);
		expect(namespace).not.toContain('Your account cannot assign roles');
		await app.press(keys.escape);
		await app.waitFor('Which cluster (kubeconfig context) should pull from the registry?');
		await app.press(keys.escape);
		expect(await run).toBe('back');
	});

	test('the token plan shows the three az acr commands, and the generated password is never drawn', async () => {
		const {app, cluster, run} = setup();
		await answerTokenUpToExpiry(app);
		await answer(app, 'Password expires after how many days (empty for never)?', '7', keys.enter);
		const plan = await answer(app, 'Apply these 3 changes?', keys.enter);
		expect(flat(plan)).toContain('az acr scope-map create --name acr-pull-token-scope-map --registry myregistry --repository nginx content/read metadata/read');
		expect(flat(plan)).toContain('az acr token create --name acr-pull-token --registry myregistry --scope-map acr-pull-token-scope-map');
		expect(flat(plan)).toContain(
			`TOKEN_PASSWORD=$(az acr token credential generate --name acr-pull-token --registry myregistry --password1 --expiration-in-days 7 --query "passwords[?name=='password1'].value | [0]" --output tsv)`,
		);
		await answer(app, 'Pull secret name:', keys.enter);
		await answer(app, 'Also add acr-secret to the default service account of default?', keys.enter);
		await answer(app, 'Apply this change?', keys.enter);
		await answer(app, 'Apply this deployment?', keys.enter);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods({pods: [pod('my-awesome-app-pod', 'Running')], events: startedEvents('my-awesome-app-pod')});
		// Running: the pods stay on screen until enter goes on to the summary.
		await app.waitFor('Go on to the summary');
		await app.press(keys.enter);
		expect(await run).toBe('done');
		expect(cluster.world.secrets.get('default/acr-secret')?.password).toBe('fake-secret-password-1');
		expect(allFrames(app.instance).filter((frame) => frame.includes('fake-secret-password'))).toEqual([]);
		expect(JSON.stringify(app.store.getState())).not.toContain('fake-secret-password');
	});

	test('the empty expiry reads as what enter takes, no expiry, and enter plans a password that never expires', async () => {
		const {app, run} = setup();
		await answerTokenUpToExpiry(app);
		const expiry = await answer(app, 'Password expires after how many days (empty for never)?', keys.enter);
		expect(expiry).toContain('(enter for no expiry)');
		expect(expiry).not.toContain('(enter for )');
		const plan = flat(await answer(app, 'Apply these 3 changes?', keys.escape));
		expect(plan).toContain('Generate password1 of acr-pull-token (no expiry)');
		expect(plan).toContain('az acr token credential generate --name acr-pull-token --registry myregistry --password1 --query');
		expect(plan).not.toContain('--expiration-in-days');
		app.controller.cancel();
		await run;
	});
});
