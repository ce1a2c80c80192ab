import {describe, expect, test} from 'vitest';
import type {PodsSnapshot} from '../../../source/kubernetes/kubernetes.js';
import {workloadYaml} from '../../../source/kubernetes/manifests.js';
import {deploySample, samplePod} from '../../../source/steps/pull-secret/sample.js';
import {sessionOf, type PullTarget} from '../../../source/steps/pull-secret/session.js';
import type {Context} from '../../../source/wizard/context.js';
import {fakeAzure, fakeIds} from '../../helpers/fake-azure.js';
import {failedPullEvents, missingSecretEvent, pod, pullErrors, startedEvents} from '../../helpers/pod-snapshots.js';
import type {Script} from '../../helpers/scripted-prompter.js';
import {until} from '../deploy/fixtures.js';
import {defaultTarget, knownPassword, presetSession, pullSecretContext, registry, storeText} from './context.js';

const podName = 'my-awesome-app-pod';
const image = 'myregistry.azurecr.io/nginx:v1';
const confirm = 'Apply this deployment?';
const cannotPull = 'The pods cannot pull their image. What next?';
const principal = {appId: '33333333-0000-0000-0000-000000000101', objectId: '44444444-0000-0000-0000-000000000001', displayName: 'build-agent'};

function failing(error: string, extra: PodsSnapshot['events'] = []): PodsSnapshot {
	return {pods: [pod(podName, 'ErrImagePull', {message: error})], events: [...extra, ...failedPullEvents(podName, error)]};
}

const running: PodsSnapshot = {pods: [pod(podName, 'Running')], events: startedEvents(podName)};

function setup(script: Script, options: {target?: PullTarget; token?: boolean; pullRole?: boolean} = {}) {
	const azure = fakeAzure(
		{},
		{
			world: (world) => {
				world.servicePrincipals.push(principal);
				if (options.pullRole !== false)
					world.roleAssignments.push({
						id: 'ra-1',
						scope: registry.id,
						roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${fakeIds.acrPullRoleId}`,
						principalId: principal.objectId,
					});
			},
		},
	);
	const context = pullSecretContext(script, {azure});
	const token = {name: 'acr-pull-token', scopeMapName: 'acr-pull-token-scope-map', repositories: ['other'], access: 'pull' as const};
	presetSession(
		context,
		options.target ?? defaultTarget,
		options.token ? {kind: 'token', username: 'acr-pull-token', token, passwordVariable: 'TOKEN_PASSWORD'} : {principal},
	);
	sessionOf(context).secretName = 'acr-secret';
	return {context, cluster: context.kubernetes.defaultCluster, azure};
}

/** Runs the step: the pod fails with `snapshot`, and runs once the fix plan has been journaled. */
async function failThenRecover(context: Context & {kubernetes: {defaultCluster: ReturnType<typeof setup>['cluster']}}, snapshot: PodsSnapshot): Promise<void> {
	const cluster = context.kubernetes.defaultCluster;
	const run = deploySample.run(context);
	await until(() => cluster.openWatches() === 1, 'the watch');
	cluster.pushPods(snapshot);
	await until(() => context.store.getState().journal.some((entry) => entry.stepId === 'pull-secret-fix'), 'the fix');
	cluster.pushPods(running);
	await run;
}

describe('sample pod', () => {
	test("is the seeds' pod pulling nginx:v1 from the login server with the secret, applied as my-awesome-app-pod.yaml", async () => {
		const {context, cluster} = setup({[confirm]: 'apply'}, {target: {...defaultTarget, namespace: 'awesomeapps'}});
		const run = deploySample.run(context);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods(running, 'awesomeapps');
		await run;
		expect(workloadYaml(samplePod(registry, 'awesomeapps', 'acr-secret'))).toBe(`apiVersion: v1
kind: Pod
metadata:
  name: my-awesome-app-pod
  namespace: awesomeapps
spec:
  containers:
    - name: main-app-container
      image: ${image}
      imagePullPolicy: IfNotPresent
  imagePullSecrets:
    - name: acr-secret
`);
		expect(cluster.calls.applyWorkload[0]?.[0]).toEqual(samplePod(registry, 'awesomeapps', 'acr-secret'));
		expect(context.store.getState().journal[0]).toMatchObject({command: 'kubectl apply -f my-awesome-app-pod.yaml', outcome: 'done'});
		expect(context.store.getState().journal[0]?.undo?.params).toMatchObject({
			kind: 'Pod',
			namespace: 'awesomeapps',
			name: podName,
			target: 'context',
			context: 'myAKSCluster',
		});
	});

	test('a wrong password: the fix resets it and updates the secret, and the new one is nowhere on show', async () => {
		const {context, cluster, azure} = setup({[confirm]: 'apply', [cannotPull]: 'fix', 'Apply these 2 changes?': 'apply'});
		await failThenRecover(context, failing(pullErrors.oauth401()));
		const fix = context.store.getState().journal.filter((entry) => entry.stepId === 'pull-secret-fix');
		expect(fix.map((entry) => entry.command)).toEqual([
			`PASSWORD=$(az ad sp credential reset --id ${principal.appId} --append --query password --output tsv)`,
			`kubectl create secret docker-registry acr-secret --namespace default --docker-server=myregistry.azurecr.io --docker-username=${principal.appId} --docker-password="$PASSWORD" --dry-run=client --output yaml | kubectl apply -f -`,
		]);
		expect(azure.calls.resetPassword).toHaveLength(1);
		// The pull role is told from the assignments' built-in role GUIDs, without looking each role up.
		expect(azure.calls.findRole).toHaveLength(0);
		expect(cluster.world.secrets.get('default/acr-secret')?.password).toBe('fake-secret-password-1');
		expect(storeText(context)).not.toContain('fake-secret-password');
		expect(storeText(context)).not.toContain(knownPassword);
		context.prompter.verify();
	});

	test('a principal without a pull role: the 401 is fixed by assigning acrpull, not by a new password', async () => {
		const {context, azure} = setup({[confirm]: 'apply', [cannotPull]: 'fix', 'Apply this change?': 'apply'}, {pullRole: false});
		await failThenRecover(context, failing(pullErrors.oauth401()));
		const fix = context.store.getState().journal.filter((entry) => entry.stepId === 'pull-secret-fix');
		expect(fix.map((entry) => entry.command)).toEqual([`az role assignment create --assignee ${principal.appId} --scope ${registry.id} --role acrpull`]);
		expect(azure.calls.resetPassword).toHaveLength(0);
	});

	test('a token without the repository: the fix adds it to the scope map', async () => {
		const {context, azure} = setup({[confirm]: 'apply', [cannotPull]: 'fix', 'Apply this change?': 'apply'}, {token: true});
		await azure.createScopeMap(registry.id, 'acr-pull-token-scope-map', ['repositories/other/content/read']);
		await failThenRecover(context, failing(pullErrors.insufficientScope()));
		const fix = context.store.getState().journal.filter((entry) => entry.stepId === 'pull-secret-fix');
		expect(fix.map((entry) => entry.command)).toEqual([
			'az acr scope-map update --name acr-pull-token-scope-map --registry myregistry --add-repository nginx content/read metadata/read',
		]);
		expect(azure.world.scopeMaps.get(`${registry.id}/scopeMaps/acr-pull-token-scope-map`)?.actions).toEqual([
			'repositories/other/content/read',
			'repositories/nginx/content/read',
			'repositories/nginx/metadata/read',
		]);
	});

	test('a secret that is not in this namespace: the fix creates it here', async () => {
		const {context, cluster} = setup({[confirm]: 'apply', [cannotPull]: 'fix', 'Apply this change?': 'apply'});
		await failThenRecover(context, failing(pullErrors.anonymous401(), [missingSecretEvent(podName, 'acr-secret')]));
		const fix = context.store.getState().journal.filter((entry) => entry.stepId === 'pull-secret-fix');
		expect(fix.map((entry) => entry.command)).toEqual([
			`kubectl create secret docker-registry acr-secret --namespace default --docker-server=myregistry.azurecr.io --docker-username=${principal.appId} --docker-password="$SP_PASSWORD"`,
		]);
		expect(cluster.world.secrets.get('default/acr-secret')?.password).toBe(knownPassword);
	});

	test('a secret for another server: the fix points it at the login server', async () => {
		const {context, cluster} = setup({[confirm]: 'apply', [cannotPull]: 'fix', 'Apply this change?': 'apply'});
		await cluster.applyDockerRegistrySecret({
			namespace: 'default',
			name: 'acr-secret',
			server: 'myregistry.azurecr.cn',
			username: principal.appId,
			password: knownPassword,
		});
		await failThenRecover(context, failing(pullErrors.anonymous401()));
		expect(cluster.world.secrets.get('default/acr-secret')?.server).toBe('myregistry.azurecr.io');
		const fix = context.store.getState().journal.filter((entry) => entry.stepId === 'pull-secret-fix');
		expect(fix.map((entry) => entry.sentence)).toEqual([
			'Replace the docker-registry secret acr-secret in default with the credential for myregistry.azurecr.io',
		]);
	});

	test('the sample missing from the registry: the fix imports it again', async () => {
		const {context, azure} = setup({[confirm]: 'apply', [cannotPull]: 'fix', 'Apply this change?': 'apply'});
		await failThenRecover(context, failing(pullErrors.notFound()));
		const fix = context.store.getState().journal.filter((entry) => entry.stepId === 'pull-secret-fix');
		expect(fix.map((entry) => entry.command)).toEqual(['az acr import --name myregistry --source docker.io/library/nginx:latest --image nginx:v1']);
		expect(azure.calls.importImage).toEqual([[registry.id, 'docker.io/library/nginx:latest', 'nginx:v1', expect.any(Function)]]);
	});
});
