import {cleanup} from 'ink-testing-library';
import {afterEach, expect, test} from 'vitest';
import {deploySample} from '../../source/steps/pull-secret/sample.js';
import {sessionOf} from '../../source/steps/pull-secret/session.js';
import {fakeAzure, fakeIds, fakeRegistry} from '../helpers/fake-azure.js';
import {fakeKubernetes} from '../helpers/fake-kubernetes.js';
import {failedPullEvents, pod, pullErrors, startedEvents} from '../helpers/pod-snapshots.js';
import {allFrames, keys, renderApp, joinContinuations} from '../helpers/render.js';
import {testContext} from '../helpers/test-context.js';
import {until} from '../steps/deploy/fixtures.js';
import {knownPassword, presetSession} from '../steps/pull-secret/context.js';

afterEach(() => cleanup());

const registry = fakeRegistry();
const principal = {appId: '33333333-0000-0000-0000-000000000101', objectId: '44444444-0000-0000-0000-000000000001', displayName: 'build-agent'};

test('a refused password is explained under the pods, and the offered fix resets it and updates the secret without ever drawing it', async () => {
	const app = renderApp();
	const azure = fakeAzure(
		{},
		{
			world: (world) => {
				world.servicePrincipals.push(principal);
				world.roleAssignments.push({
					id: 'ra-1',
					scope: registry.id,
					roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${fakeIds.acrPullRoleId}`,
					principalId: principal.objectId,
				});
			},
		},
	);
	const kubernetes = fakeKubernetes();
	const cluster = kubernetes.defaultCluster;
	const context = testContext({store: app.store, prompter: app.prompter, azure, kubernetes});
	app.store.getState().actions.chooseRegistry(registry);
	presetSession(context, undefined, {principal});
	sessionOf(context).secretName = 'acr-secret';
	const run = deploySample.run(context).then(
		() => 'done',
		(error: unknown) => error,
	);
	await app.waitFor('Apply this deployment?');
	await app.press(keys.enter);
	await until(() => cluster.openWatches() === 1, 'the watch');
	const error = pullErrors.oauth401();
	cluster.pushPods({pods: [pod('my-awesome-app-pod', 'ErrImagePull', {message: error})], events: failedPullEvents('my-awesome-app-pod', error)});
	const question = joinContinuations(await app.waitFor('The pods cannot pull their image. What next?')).replaceAll(/\s+/g, ' ');
	expect(question).toContain('The registry refused the credentials');
	expect(question).toContain(`PASSWORD=$(az ad sp credential reset --id ${principal.appId} --append --query password --output tsv)`);
	await app.press(keys.enter);
	const plan = joinContinuations(await app.waitFor('Apply these 2 changes?')).replaceAll(/\s+/g, ' ');
	expect(plan).toContain('Add a new password to build-agent and update the secret');
	expect(plan).toContain('--docker-password="$PASSWORD" --dry-run=client --output yaml | kubectl apply -f -');
	await app.press(keys.enter);
	await until(() => cluster.calls.applyDockerRegistrySecret.length === 1, 'the secret update');
	cluster.pushPods({pods: [pod('my-awesome-app-pod', 'Running')], events: startedEvents('my-awesome-app-pod')});
	// Running: the pods stay on screen until enter goes on to the summary.
	await app.waitFor('Go on to the summary');
	await app.press(keys.enter);
	expect(await run).toBe('done');
	expect(cluster.world.secrets.get('default/acr-secret')?.password).toBe('fake-secret-password-1');
	const frames = allFrames(app.instance);
	expect(frames.filter((frame) => frame.includes('fake-secret-password') || frame.includes(knownPassword))).toEqual([]);
});
