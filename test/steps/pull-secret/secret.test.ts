import {describe, expect, test} from 'vitest';
import {createSecret} from '../../../source/steps/pull-secret/secret.js';
import {sessionOf} from '../../../source/steps/pull-secret/session.js';
import {defaultTarget, knownPassword, presetSession, pullSecretContext, q, storeText} from './context.js';

const appId = '33333333-0000-0000-0000-000000000101';
const createCommand = `kubectl create secret docker-registry acr-secret --namespace default --docker-server=myregistry.azurecr.io --docker-username=${appId} --docker-password="$SP_PASSWORD"`;

describe('pull secret', () => {
	test('creates the docker-registry secret for the login server, shown with a password placeholder', async () => {
		const context = pullSecretContext({[q.secretName]: 'acr-secret', [q.serviceAccount('acr-secret', 'default')]: false, [q.apply(1)]: 'apply'});
		presetSession(context);
		await createSecret.run(context);
		expect(context.store.getState().plan?.actions.map((action) => action.command)).toEqual([createCommand]);
		const secret = context.kubernetes.defaultCluster.world.secrets.get('default/acr-secret');
		expect(secret).toMatchObject({server: 'myregistry.azurecr.io', username: appId});
		expect(secret?.password).toBe(knownPassword);
		expect(storeText(context)).not.toContain(knownPassword);
		expect(context.store.getState().journal[0]?.undo).toMatchObject({
			kind: 'delete-secret',
			command: 'kubectl delete secret acr-secret --namespace default',
			params: {namespace: 'default', name: 'acr-secret', target: 'context', context: 'myAKSCluster', kubeconfigPath: '/home/alice/.kube/config'},
		});
		expect(sessionOf(context).secretName).toBe('acr-secret');
		context.prompter.verify();
	});

	test('a token credential passes "$TOKEN_PASSWORD"', async () => {
		const context = pullSecretContext({[q.secretName]: 'acr-secret', [q.serviceAccount('acr-secret', 'default')]: false, [q.apply(1)]: 'apply'});
		presetSession(context, defaultTarget, {kind: 'token', username: 'acr-pull-token', passwordVariable: 'TOKEN_PASSWORD'});
		await createSecret.run(context);
		expect(context.store.getState().plan?.actions[0]?.command).toBe(
			'kubectl create secret docker-registry acr-secret --namespace default --docker-server=myregistry.azurecr.io --docker-username=acr-pull-token --docker-password="$TOKEN_PASSWORD"',
		);
	});

	test('a new namespace is created first, and the default service account is patched when asked, with what that means', async () => {
		const target = {...defaultTarget, namespace: 'awesomeapps', namespaceExists: false};
		const context = pullSecretContext({[q.secretName]: 'acr-secret', [q.serviceAccount('acr-secret', 'awesomeapps')]: true, [q.apply(3)]: 'apply'});
		presetSession(context, target);
		await createSecret.run(context);
		expect(context.store.getState().plan?.actions.map((action) => action.command)).toEqual([
			'kubectl create namespace awesomeapps',
			createCommand.replace('--namespace default', '--namespace awesomeapps'),
			'kubectl patch serviceaccount default --namespace awesomeapps -p \'{"imagePullSecrets":[{"name":"acr-secret"}]}\'',
		]);
		expect(context.kubernetes.defaultCluster.world.serviceAccounts.get('awesomeapps/default')).toEqual(['acr-secret']);
		const question = context.prompter.asked.find((asked) => asked.message === q.serviceAccount('acr-secret', 'awesomeapps'));
		expect(question?.spec.hint).toBe(
			'Then every pod in awesomeapps that runs as the default service account gets the secret without listing it under its own imagePullSecrets.',
		);
		expect(context.store.getState().journal.at(-1)?.undo?.kind).toBe('remove-sa-pull-secret');
	});

	test('an existing secret is replaced only when the user agrees, with kubectl apply', async () => {
		const context = pullSecretContext({
			[q.secretName]: 'acr-secret',
			[q.replace('acr-secret', 'default')]: true,
			[q.serviceAccount('acr-secret', 'default')]: false,
			[q.apply(1)]: 'apply',
		});
		await context.kubernetes.defaultCluster.applyDockerRegistrySecret({
			namespace: 'default',
			name: 'acr-secret',
			server: 'old.azurecr.io',
			username: 'old',
			password: 'old',
		});
		presetSession(context);
		await createSecret.run(context);
		expect(context.store.getState().plan?.actions[0]?.command).toBe(`${createCommand} --dry-run=client --output yaml | kubectl apply -f -`);
		expect(context.store.getState().journal[0]).toMatchObject({outcome: 'done', detail: 'replaced'});
		expect(context.store.getState().journal[0]?.undo).toBeUndefined();
	});

	test('an existing secret the user keeps is left alone', async () => {
		const context = pullSecretContext({
			[q.secretName]: 'acr-secret',
			[q.replace('acr-secret', 'default')]: false,
			[q.serviceAccount('acr-secret', 'default')]: false,
		});
		await context.kubernetes.defaultCluster.applyDockerRegistrySecret({
			namespace: 'default',
			name: 'acr-secret',
			server: 'old.azurecr.io',
			username: 'old',
			password: 'old',
		});
		presetSession(context);
		await createSecret.run(context);
		expect(context.store.getState().plan?.notes).toEqual([
			'The existing secret acr-secret is kept as it is.',
			'Pull secrets add management overhead: every pod (or its service account) must list the secret, and it must be renewed when the password changes or expires.',
		]);
		expect(context.kubernetes.defaultCluster.world.secrets.get('default/acr-secret')?.username).toBe('old');
		context.prompter.verify();
	});

	test('running the step again with the same credential shows the plan again and changes nothing, not asking to replace its own secret', async () => {
		const context = pullSecretContext({
			[q.secretName]: ['acr-secret', 'acr-secret'],
			[q.serviceAccount('acr-secret', 'default')]: [true, true],
			[q.apply(2)]: ['apply', 'apply'],
		});
		presetSession(context);
		await createSecret.run(context);
		await createSecret.run(context);
		// The secret is not written again (same credential); the service account already lists it.
		expect(
			context.store
				.getState()
				.journal.slice(-2)
				.map((entry) => entry.outcome),
		).toEqual(['unchanged', 'unchanged']);
		expect(context.kubernetes.defaultCluster.calls.applyDockerRegistrySecret).toHaveLength(1);
		context.prompter.verify();
	});

	test('a secret name is validated as a DNS subdomain', async () => {
		const context = pullSecretContext({
			[q.secretName]: ['ACR_secret', 'acr-secret'],
			[q.serviceAccount('acr-secret', 'default')]: false,
			[q.apply(1)]: 'apply',
		});
		presetSession(context);
		await createSecret.run(context);
		expect(context.prompter.refusals).toEqual([
			"Pull secret name: ACR_secret → A secret name can hold only lower-case letters a-z, digits 0-9, '-' and '.'; remove 'A', 'C', 'R', '_'.",
		]);
	});

	test('a context other than the current one is named in every command', async () => {
		const context = pullSecretContext({[q.secretName]: 'acr-secret', [q.serviceAccount('acr-secret', 'default')]: false, [q.apply(1)]: 'apply'});
		presetSession(context, {...defaultTarget, isCurrent: false});
		await createSecret.run(context);
		expect(context.store.getState().plan?.actions[0]?.command).toContain(
			'kubectl create secret docker-registry acr-secret --context myAKSCluster --namespace default',
		);
	});

	test('going back from the plan returns to the credential step', async () => {
		const context = pullSecretContext({[q.secretName]: 'acr-secret', [q.serviceAccount('acr-secret', 'default')]: false, [q.apply(1)]: 'back'});
		presetSession(context);
		await expect(createSecret.run(context)).resolves.toBe('back');
		expect(context.kubernetes.defaultCluster.world.secrets.size).toBe(0);
	});

	test("on an AKS context the plan says, as the seeds do, that the cluster's identity needs no pull secret", async () => {
		const context = pullSecretContext({[q.secretName]: 'acr-secret', [q.serviceAccount('acr-secret', 'default')]: false, [q.apply(1)]: 'apply'});
		presetSession(context, {...defaultTarget, server: 'https://myaks-dns-abcd1234.hcp.eastus.azmk8s.io:443'});
		await createSecret.run(context);
		expect(context.store.getState().plan?.notes).toEqual([
			"This context is an AKS cluster: the cluster's managed identity can pull without any imagePullSecrets on the pods (az aks update --name <cluster> --resource-group <group> --attach-acr myregistry, the wizard's attach path).",
		]);
	});
});
