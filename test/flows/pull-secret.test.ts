import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {workloadYaml} from '../../source/kubernetes/manifests.js';
import {pullSecretSteps} from '../../source/steps/pull-secret/index.js';
import {applyCommand, deploySample, samplePod} from '../../source/steps/pull-secret/sample.js';
import {secretCommand, serviceAccountCommand, serviceAccountUndoCommand} from '../../source/steps/pull-secret/secret.js';
import {sessionOf} from '../../source/steps/pull-secret/session.js';
import {undoPlan} from '../../source/steps/undo.js';
import {applyPlan, runSteps} from '../../source/wizard/engine.js';
import type {Context} from '../../source/wizard/context.js';
import {startPullSecretFlow, type PullSecretFlow} from '../helpers/pull-secret-flow.js';
import {fixAndWatch, q, running, secret, target, token, type Seen} from '../helpers/pull-secret-answers.js';
import type {Script} from '../helpers/scripted-prompter.js';
import {snapshotCollector} from '../kubernetes/kube-sandbox.js';

/** Fails when any recorded password appears in what a renderer could show or a journal could keep. */
function expectNoSecrets(flow: PullSecretFlow, context: Context): void {
	const text = JSON.stringify(context.store.getState());
	expect(flow.passwords.length).toBeGreaterThan(0);
	for (const password of flow.passwords) expect(text.includes(password), 'a password is in the store').toBe(false);
}

describe('pull secret over the sandbox: each credential reaches Running', () => {
	let flow: PullSecretFlow;
	beforeAll(async () => {
		flow = await startPullSecretFlow('pullsecretflow01');
	});
	afterAll(async () => flow.close());

	test('a new service principal with acrpull: my-awesome-app-pod runs in kind-local', async () => {
		const context = flow.context({
			...target('awesomeapps'),
			...secret('awesomeapps', 0),
			[q.kind]: 'new-service-principal',
			[q.spName]: 'acr-sp-flow',
			[q.role]: 'acrpull',
			[q.apply(2)]: ['apply', 'apply'],
		});
		await expect(runSteps(pullSecretSteps, context)).resolves.toBe('done');
		expect(running(context)).toEqual(['my-awesome-app-pod']);
		const commands = context.store.getState().journal.map((entry) => entry.command);
		expect(commands).toEqual([
			expect.stringMatching(
				/^PASSWORD=\$\(az ad sp create-for-rbac --name acr-sp-flow --scopes \/subscriptions\/.+\/registries\/pullsecretflow01 --role acrpull --query "password" --output tsv\)\nUSER_NAME=/,
			),
			`az role assignment create --assignee $USER_NAME --scope ${flow.registry.id} --role acrpull`,
			'kubectl create namespace awesomeapps',
			expect.stringMatching(
				/^kubectl create secret docker-registry acr-secret --namespace awesomeapps --docker-server=pullsecretflow01\.azurecr\.io --docker-username=[0-9a-f-]{36} --docker-password="\$PASSWORD"$/,
			),
			'kubectl apply -f my-awesome-app-pod.yaml',
		]);
		expectNoSecrets(flow, context);
		context.scripted.verify();
	});

	test('an existing service principal by appId, its password typed: acrpull assigned and the pod runs', async () => {
		const {principal, password} = await flow.azure.createServicePrincipal('build-agent-flow');
		const context = flow.context({
			...target('existing-sp'),
			...secret('existing-sp', 2),
			[q.kind]: 'existing-service-principal',
			[q.spReference]: principal.appId,
			[q.role]: 'acrpull',
			[q.hasPassword('build-agent-flow')]: 'type',
			[q.password('build-agent-flow')]: password.value,
			[q.apply(1)]: 'apply',
		});
		await expect(runSteps(pullSecretSteps, context)).resolves.toBe('done');
		expect(running(context)).toEqual(['my-awesome-app-pod']);
		expect(context.store.getState().journal[0]).toMatchObject({
			command: `az role assignment create --assignee ${principal.appId} --scope ${flow.registry.id} --role acrpull`,
			outcome: 'done',
		});
		expectNoSecrets(flow, context);
	});

	test('a repository-scoped token for nginx: scope map, token, password, and the pod runs', async () => {
		const context = flow.context({
			...target('token-ns'),
			...secret('token-ns', 2),
			[q.kind]: 'token',
			[q.tokenName]: 'acr-pull-token',
			[q.repositories]: 'nginx',
			[q.access]: 'pull',
			[q.expiry]: '30',
			[q.apply(3)]: 'apply',
		});
		await expect(runSteps(pullSecretSteps, context)).resolves.toBe('done');
		expect(running(context)).toEqual(['my-awesome-app-pod']);
		expect(
			context.store
				.getState()
				.journal.slice(0, 3)
				.map((entry) => [entry.command, entry.outcome]),
		).toEqual([
			['az acr scope-map create --name acr-pull-token-scope-map --registry pullsecretflow01 --repository nginx content/read metadata/read', 'done'],
			['az acr token create --name acr-pull-token --registry pullsecretflow01 --scope-map acr-pull-token-scope-map', 'done'],
			[
				`TOKEN_PASSWORD=$(az acr token credential generate --name acr-pull-token --registry pullsecretflow01 --password1 --expiration-in-days 30 --query "passwords[?name=='password1'].value | [0]" --output tsv)`,
				'done',
			],
		]);
		expectNoSecrets(flow, context);
	});
});

describe('a second token run on the same registry', () => {
	let flow: PullSecretFlow;
	beforeAll(async () => {
		flow = await startPullSecretFlow('pullsecretflow03');
	});
	afterAll(async () => flow.close());

	const answers = (namespace: string) => ({
		...target(namespace),
		...secret(namespace, 2),
		[q.kind]: 'token',
		[q.tokenName]: 'shared-token',
		[q.repositories]: 'nginx',
		[q.access]: 'pull',
		[q.expiry]: '30',
		[q.apply(3)]: 'apply',
	});
	const stored = () => [...flow.base.sandbox.state.registries.values()].find((r) => r.name === 'pullsecretflow03')?.tokens.get('shared-token');

	test('fills password2 and leaves password1, which someone else may use, as it was; the pod runs with the new one', async () => {
		await expect(runSteps(pullSecretSteps, flow.context(answers('first-team')))).resolves.toBe('done');
		const first = stored()?.passwords.find((p) => p.name === 'password1')?.value;
		expect(first).toBeDefined();
		const context = flow.context(answers('second-team'));
		await expect(runSteps(pullSecretSteps, context)).resolves.toBe('done');
		expect(running(context)).toEqual(['my-awesome-app-pod']);
		const journal = context.store.getState().journal;
		expect(journal.map((entry) => entry.command)).toContain(
			`TOKEN_PASSWORD=$(az acr token credential generate --name shared-token --registry pullsecretflow03 --password2 --expiration-in-days 30 --query "passwords[?name=='password2'].value | [0]" --output tsv)`,
		);
		expect(stored()?.passwords.find((p) => p.name === 'password1')?.value).toBe(first);
		expect(stored()?.passwords.map((p) => p.name)).toEqual(['password1', 'password2']);
		expectNoSecrets(flow, context);
	});
});

describe('pull secret over the sandbox: failures are diagnosed in plain words and fixed', () => {
	let flow: PullSecretFlow;
	beforeAll(async () => {
		flow = await startPullSecretFlow('pullsecretflow02');
	});
	afterAll(async () => flow.close());

	const kindLocal = () => flow.base.kubernetes.cluster({kind: 'file', path: flow.kubeconfigPath}, 'kind-local');

	test('a wrong password: "refused the credentials", fixed by resetting it and updating the secret', async () => {
		const {principal} = await flow.azure.createServicePrincipal('wrong-password-sp');
		flow.passwords.push('not-the-password-42');
		const seen: Seen = {};
		const context = flow.context({
			...target('wrong-password'),
			...secret('wrong-password', 2),
			[q.kind]: 'existing-service-principal',
			[q.spReference]: principal.appId,
			[q.role]: 'acrpull',
			[q.hasPassword('wrong-password-sp')]: 'type',
			[q.password('wrong-password-sp')]: 'not-the-password-42',
			[q.apply(1)]: 'apply',
			[q.apply(2)]: ['apply', 'apply'],
			...fixAndWatch(() => context, seen),
		});
		await expect(runSteps(pullSecretSteps, context)).resolves.toBe('done');
		expect(seen.title).toBe('The registry refused the credentials');
		expect(seen.explanation).toContain('refused the credentials in acr-secret (401 Unauthorized): a wrong or expired password');
		expect(seen.offered).toBe(
			`PASSWORD=$(az ad sp credential reset --id ${principal.appId} --append --query password --output tsv) && kubectl create secret docker-registry acr-secret --namespace wrong-password --docker-server=pullsecretflow02.azurecr.io --docker-username=${principal.appId} --docker-password="$PASSWORD" --dry-run=client --output yaml | kubectl apply -f -`,
		);
		expect(running(context)).toEqual(['my-awesome-app-pod']);
		expectNoSecrets(flow, context);
	});

	test('the secret in another namespace: "not in this namespace", fixed by creating it here', async () => {
		await kindLocal().createNamespace('pods-here');
		const seen: Seen = {};
		const context = flow.context({
			...target('secret-here'),
			...secret('secret-here', 2),
			...token('moved-secret-token'),
			[q.apply(1)]: 'apply',
			...fixAndWatch(() => context, seen),
		});
		const [chooseTarget, chooseCredential, createSecret] = pullSecretSteps;
		await expect(
			runSteps(
				[chooseTarget, chooseCredential, createSecret].filter((step) => step !== undefined),
				context,
			),
		).resolves.toBe('done');
		// The pod goes to another namespace than the secret: the classic mistake.
		const session = sessionOf(context);
		if (session.target) session.target = {...session.target, namespace: 'pods-here', namespaceExists: true};
		await deploySample.run(context);
		expect(seen.title).toBe('The pull secret is not in this namespace');
		expect(seen.explanation).toBe(
			'The pod refers to the pull secret acr-secret, but namespace pods-here has no secret by that name (a secret belongs to one namespace; it may have been created in another).',
		);
		expect(seen.offered).toBe(
			'kubectl create secret docker-registry acr-secret --namespace pods-here --docker-server=pullsecretflow02.azurecr.io --docker-username=moved-secret-token --docker-password="$TOKEN_PASSWORD"',
		);
		expect(running(context)).toEqual(['my-awesome-app-pod']);
		expectNoSecrets(flow, context);
	});

	test('a secret for another server name: no credentials were sent, fixed by pointing it at the login server', async () => {
		await kindLocal().createNamespace('mismatch');
		await kindLocal().applyDockerRegistrySecret({
			namespace: 'mismatch',
			name: 'acr-secret',
			server: 'pullsecretflow02.azurecr.cn',
			username: 'someone',
			password: 'old-password',
		});
		const seen: Seen = {};
		const context = flow.context({
			[q.context]: 'kind-local',
			[q.namespace]: 'mismatch',
			...secret('mismatch', 0),
			[q.replace('acr-secret', 'mismatch')]: false,
			...token('mismatch-token'),
			[q.apply(1)]: 'apply',
			...fixAndWatch(() => context, seen),
		});
		await expect(runSteps(pullSecretSteps, context)).resolves.toBe('done');
		expect(seen.title).toBe('No permission to pull from the registry');
		expect(seen.explanation).toContain(
			'no credentials were sent: the pod has no pull secret for pullsecretflow02.azurecr.io (not in imagePullSecrets, or its server is not pullsecretflow02.azurecr.io)',
		);
		expect(seen.offered).toContain(
			'kubectl create secret docker-registry acr-secret --namespace mismatch --docker-server=pullsecretflow02.azurecr.io --docker-username=mismatch-token --docker-password="$TOKEN_PASSWORD"',
		);
		expect(running(context)).toEqual(['my-awesome-app-pod']);
	});

	test('a service principal whose role was removed: the 401 is fixed by assigning acrpull', async () => {
		const {principal, password} = await flow.azure.createServicePrincipal('weak-role-sp');
		const seen: Seen = {};
		const context = flow.context({
			...target('weak-role'),
			...secret('weak-role', 2),
			[q.kind]: 'existing-service-principal',
			[q.spReference]: 'weak-role-sp',
			[q.role]: 'acrpull',
			[q.hasPassword('weak-role-sp')]: 'type',
			[q.password('weak-role-sp')]: password.value,
			[q.apply(1)]: ['apply', 'apply'],
			...fixAndWatch(() => context, seen),
		});
		const [chooseTarget, chooseCredential, createSecret] = pullSecretSteps;
		await expect(
			runSteps(
				[chooseTarget, chooseCredential, createSecret].filter((step) => step !== undefined),
				context,
			),
		).resolves.toBe('done');
		for (const assignment of await flow.azure.listRoleAssignments(flow.registry.id, principal.objectId)) await flow.azure.deleteRoleAssignment(assignment.id);
		await deploySample.run(context);
		expect(seen.title).toBe('The registry refused the credentials');
		expect(seen.offered).toBe(`az role assignment create --assignee ${principal.appId} --scope ${flow.registry.id} --role acrpull`);
		expect(running(context)).toEqual(['my-awesome-app-pod']);
		expectNoSecrets(flow, context);
	});

	test('a token whose scope map lacks the repository: "may not read this repository", fixed by adding it', async () => {
		const seen: Seen = {};
		const context = flow.context({
			...target('scope'),
			...secret('scope', 2),
			...token('narrow-token', 'samples/hello-world'),
			[q.apply(1)]: 'apply',
			...fixAndWatch(() => context, seen),
		});
		await expect(runSteps(pullSecretSteps, context)).resolves.toBe('done');
		expect(seen.title).toBe('The token may not read this repository');
		expect(seen.explanation).toBe(
			'The credentials were accepted, but their scope map on pullsecretflow02 does not allow content/read on the repository nginx (insufficient_scope).',
		);
		expect(seen.offered).toBe(
			'az acr scope-map update --name narrow-token-scope-map --registry pullsecretflow02 --add-repository nginx content/read metadata/read',
		);
		expect(running(context)).toEqual(['my-awesome-app-pod']);
		expectNoSecrets(flow, context);
	});

	test('the sample deleted from the registry: "not found", fixed by importing it again', async () => {
		const seen: Seen = {};
		const context = flow.context({
			...target('no-image'),
			...secret('no-image', 2),
			...token('no-image-token'),
			[q.apply(1)]: 'apply',
			...fixAndWatch(() => context, seen),
		});
		const [chooseTarget, chooseCredential, createSecret] = pullSecretSteps;
		await expect(
			runSteps(
				[chooseTarget, chooseCredential, createSecret].filter((step) => step !== undefined),
				context,
			),
		).resolves.toBe('done');
		flow.base.sandbox.state.registries.get(flow.registry.id.toLowerCase())?.images.get('nginx')?.delete('v1');
		await deploySample.run(context);
		expect(seen.title).toBe('The image or tag does not exist');
		expect(seen.offered).toBe('az acr import --name pullsecretflow02 --source docker.io/library/nginx:latest --image nginx:v1');
		expect(running(context)).toEqual(['my-awesome-app-pod']);
	});
});

describe('pull secret over the sandbox: running the path again', () => {
	let flow: PullSecretFlow;
	beforeAll(async () => {
		flow = await startPullSecretFlow('pullsecretflow03');
	});
	afterAll(async () => flow.close());

	const rerunToken = {
		[q.kind]: 'token',
		[q.tokenName]: 'rerun-token',
		[q.repositories]: 'nginx',
		[q.access]: 'pull',
		[q.expiry]: '',
		[q.secretName]: 'acr-secret',
		[q.serviceAccount('acr-secret', 'rerun')]: true,
		[q.deploy]: 'apply',
	};

	test('a second run with the same token finds the scope map, token and service account in place', async () => {
		const first = flow.context({...rerunToken, ...target('rerun'), [q.apply(3)]: ['apply', 'apply']});
		await expect(runSteps(pullSecretSteps, first)).resolves.toBe('done');
		const registry = flow.base.sandbox.state.registries.get(flow.registry.id.toLowerCase());
		const counts = () => ({
			tokens: registry?.tokens.size,
			scopeMaps: [...(registry?.scopeMaps.values() ?? [])].filter((map) => map.type !== 'SystemDefined').length,
		});
		const before = counts();
		const second = flow.context({
			...rerunToken,
			[q.context]: 'kind-local',
			[q.namespace]: 'rerun',
			[q.replace('acr-secret', 'rerun')]: true,
			[q.apply(3)]: 'apply',
			[q.apply(2)]: 'apply',
		});
		await expect(runSteps(pullSecretSteps, second)).resolves.toBe('done');
		expect(counts()).toEqual(before);
		expect(before).toEqual({tokens: 1, scopeMaps: 1});
		expect(second.store.getState().journal.map((entry) => [entry.command.split(' --')[0], entry.outcome])).toEqual([
			['az acr scope-map create', 'unchanged'],
			['az acr token create', 'unchanged'],
			// The old password cannot be read back: a new one is generated, and the secret takes it.
			['TOKEN_PASSWORD=$(az acr token credential generate', 'done'],
			['kubectl create secret docker-registry acr-secret', 'done'],
			['kubectl patch serviceaccount default', 'unchanged'],
			['kubectl apply -f my-awesome-app-pod.yaml', 'done'],
		]);
		expect(running(second)).toEqual(['my-awesome-app-pod']);
		second.scripted.verify();
	});

	test('a second run with the same service principal leaves its role assignment as it is', async () => {
		const {principal, password} = await flow.azure.createServicePrincipal('rerun-sp');
		const script = (first: boolean): Script => ({
			[q.context]: 'kind-local',
			...(first
				? {[q.namespace]: 'create/namespace', [q.newNamespace]: 'rerun-sp'}
				: {[q.namespace]: 'rerun-sp', [q.replace('acr-secret', 'rerun-sp')]: false}),
			[q.kind]: 'existing-service-principal',
			[q.spReference]: principal.appId,
			[q.role]: 'acrpull',
			[q.hasPassword('rerun-sp')]: 'type',
			[q.password('rerun-sp')]: password.value,
			[q.secretName]: 'acr-secret',
			[q.serviceAccount('acr-secret', 'rerun-sp')]: false,
			[q.deploy]: 'apply',
			...(first ? {[q.apply(1)]: 'apply', [q.apply(2)]: 'apply'} : {[q.apply(1)]: 'apply'}),
		});
		await expect(runSteps(pullSecretSteps, flow.context(script(true)))).resolves.toBe('done');
		const assignments = await flow.azure.listRoleAssignments(flow.registry.id, principal.objectId);
		const second = flow.context(script(false));
		await expect(runSteps(pullSecretSteps, second)).resolves.toBe('done');
		expect(await flow.azure.listRoleAssignments(flow.registry.id, principal.objectId)).toEqual(assignments);
		expect(second.store.getState().journal[0]).toMatchObject({outcome: 'unchanged', detail: 'rerun-sp already has AcrPull here'});
		expect(running(second)).toEqual(['my-awesome-app-pod']);
		second.scripted.verify();
	});

	test('undo removes the pod, the secret, the role assignment and the service principal a new service principal run created, in reverse order', async () => {
		const context = flow.context({
			...target('undo-me'),
			...secret('undo-me', 0),
			[q.kind]: 'new-service-principal',
			[q.spName]: 'undo-sp',
			[q.role]: 'acrpull',
			[q.apply(2)]: ['apply', 'apply'],
		});
		await expect(runSteps(pullSecretSteps, context)).resolves.toBe('done');
		const [principal] = await flow.azure.findServicePrincipals('undo-sp');
		const plan = undoPlan(context, context.store.getState().journal);
		expect(plan.actions.map((action) => action.command)).toEqual([
			'kubectl delete pod my-awesome-app-pod --namespace undo-me',
			'kubectl delete secret acr-secret --namespace undo-me',
			'kubectl delete namespace undo-me',
			expect.stringMatching(/^az role assignment delete --ids \/subscriptions\/.+\/roleAssignments\//),
			`az ad app delete --id ${principal?.appId ?? ''}`,
		]);
		await applyPlan(plan, context, {confirm: false, retry: false});
		expect(await flow.azure.listRoleAssignments(flow.registry.id, principal?.objectId)).toEqual([]);
		expect(await flow.azure.findServicePrincipals('undo-sp')).toEqual([]);
		expect(await flow.base.kubernetes.cluster({kind: 'file', path: flow.kubeconfigPath}, 'kind-local').secretExists('undo-me', 'acr-secret')).toBe(false);
	});
});

describe('pull secret over the sandbox as a Contributor', () => {
	let flow: PullSecretFlow;
	beforeAll(async () => {
		flow = await startPullSecretFlow('pullsecretflow04', 'contributor');
	});
	afterAll(async () => flow.close());

	test('a new service principal is stopped before anything is created, and the token reaches Running', async () => {
		const seen: string[] = [];
		const principalsBefore = flow.base.sandbox.state.servicePrincipals.size;
		const context = flow.context({
			...target('contributor'),
			...secret('contributor', 2),
			[q.kind]: [
				'new-service-principal',
				(question) => {
					seen.push(context.store.getState().error?.message ?? '', question.kind === 'select' ? (question.spec.default ?? '') : '');
					return 'token';
				},
			],
			[q.tokenName]: 'contributor-token',
			[q.repositories]: 'nginx',
			[q.access]: 'pull',
			[q.expiry]: '',
			[q.apply(3)]: 'apply',
		});
		await expect(runSteps(pullSecretSteps, context)).resolves.toBe('done');
		expect(seen).toEqual([
			'Your account cannot assign roles on the registry pullsecretflow04, so a service principal would get no access to it. Nothing was changed.',
			'token',
		]);
		expect(flow.base.sandbox.state.servicePrincipals.size).toBe(principalsBefore);
		expect(running(context)).toEqual(['my-awesome-app-pod']);
		context.scripted.verify();
	});
});

const kubectlPath = '/usr/bin/kubectl';
const shell = promisify(execFile);

describe.skipIf(!existsSync(kubectlPath))('the equivalent commands, run with the real kubectl against the sandbox', () => {
	let flow: PullSecretFlow;
	beforeAll(async () => {
		flow = await startPullSecretFlow('pullsecretflow05');
	});
	afterAll(async () => flow.close());

	/** Runs a shown command through sh, the password given only through the environment, never in the text. */
	async function sh(command: string, password = ''): Promise<string> {
		const directory = dirname(flow.kubeconfigPath);
		const env = {PATH: '/usr/bin:/bin', HOME: directory, KUBECONFIG: flow.kubeconfigPath, TOKEN_PASSWORD: password};
		return (await shell('/bin/sh', ['-c', command], {cwd: directory, env, timeout: 15_000})).stdout;
	}

	test('create namespace, create secret, patch the service account and apply the pod YAML: the pod runs; the undo patch removes the secret again', async () => {
		const context = flow.context({[q.context]: 'kind-local', [q.namespace]: 'default', ...token('kubectl-token')});
		const [chooseTarget, chooseCredential] = pullSecretSteps;
		await expect(
			runSteps(
				[chooseTarget, chooseCredential].filter((step) => step !== undefined),
				context,
			),
		).resolves.toBe('done');
		const {credential} = sessionOf(context);
		if (!credential) throw new Error('no credential');
		const target = {context: 'kind-local', namespace: 'by-hand', namespaceExists: false, isCurrent: true};
		await sh('kubectl create namespace by-hand');
		await sh(
			secretCommand({registry: flow.registry, target, credential, secretName: 'acr-secret', exists: false, patchServiceAccount: true}),
			credential.password.reveal(),
		);
		await sh(serviceAccountCommand(target, 'acr-secret'));
		expect(await sh('kubectl get serviceaccount default --namespace by-hand -o jsonpath={.imagePullSecrets[*].name}')).toBe('acr-secret');
		await writeFile(join(dirname(flow.kubeconfigPath), 'my-awesome-app-pod.yaml'), workloadYaml(samplePod(flow.registry, 'by-hand', 'acr-secret')));
		const cluster = flow.base.kubernetes.cluster({kind: 'file', path: flow.kubeconfigPath}, 'kind-local');
		const collector = snapshotCollector();
		const stop = await cluster.watchPods('by-hand', '', collector.onChange, collector.onError);
		try {
			await sh(applyCommand(target));
			await collector.until((snapshot) => snapshot.pods.some((pod) => pod.name === 'my-awesome-app-pod' && pod.status === 'Running'), 'the pod running');
		} finally {
			stop();
		}
		// The update form (a fix re-applies the secret) works on an existing secret too.
		await sh(
			secretCommand({registry: flow.registry, target, credential, secretName: 'acr-secret', exists: true, patchServiceAccount: false}),
			credential.password.reveal(),
		);
		await sh(serviceAccountUndoCommand(target, 'acr-secret'));
		expect(await sh('kubectl get serviceaccount default --namespace by-hand -o jsonpath={.imagePullSecrets[*].name}')).toBe('');
	});
});
