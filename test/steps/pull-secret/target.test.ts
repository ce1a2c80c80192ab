import {describe, expect, test} from 'vitest';
import {isSystemNamespace, chooseTarget} from '../../../source/steps/pull-secret/target.js';
import {GoBack, WizardError} from '../../../source/wizard/errors.js';
import {sessionOf} from '../../../source/steps/pull-secret/session.js';
import {fakeCluster, fakeKubernetes} from '../../helpers/fake-kubernetes.js';
import {pullSecretContext, q} from './context.js';

const kubeconfig = {
	contexts: [
		{name: 'myAKSCluster', cluster: 'myAKSCluster', server: 'https://myaks.hcp.eastus.azmk8s.io:443', user: 'clusterUser'},
		{name: 'kind-local', cluster: 'kind-local', server: 'https://127.0.0.1:6443', user: 'kind-local', namespace: 'awesomeapps'},
	],
	currentContext: 'kind-local',
	path: '/home/alice/.kube/config',
};

function kindCluster() {
	const cluster = fakeCluster();
	cluster.world.namespaces.add('awesomeapps');
	cluster.world.namespaces.add('kube-public');
	return cluster;
}

describe('target: context and namespace', () => {
	test('offers the current context first, lists the namespaces but the system ones, and records the target', async () => {
		const kubernetes = fakeKubernetes({}, {kubeconfig, clusters: {'kind-local': kindCluster()}});
		const context = pullSecretContext({[q.context]: 'kind-local', [q.namespace]: 'awesomeapps'}, {kubernetes});
		await chooseTarget.run(context);
		const [contextQuestion, namespaceQuestion] = context.prompter.asked;
		expect(contextQuestion?.kind === 'select' ? contextQuestion.spec.choices.map((choice) => choice.label) : []).toEqual([
			'kind-local (current)',
			'myAKSCluster',
		]);
		expect(contextQuestion?.kind === 'select' ? contextQuestion.spec.flag : undefined).toBe('--context');
		expect(namespaceQuestion?.kind === 'select' ? namespaceQuestion.spec.choices.map((choice) => choice.value) : []).toEqual([
			'awesomeapps',
			'default',
			'create/namespace',
		]);
		// The context's own namespace is the default answer.
		expect(namespaceQuestion?.kind === 'select' ? namespaceQuestion.spec.default : undefined).toBe('awesomeapps');
		expect(context.store.getState().target).toEqual({context: 'kind-local', namespace: 'awesomeapps'});
		expect(sessionOf(context).target).toEqual({
			context: 'kind-local',
			namespace: 'awesomeapps',
			namespaceExists: true,
			isCurrent: true,
			server: 'https://127.0.0.1:6443',
			kubeconfigPath: '/home/alice/.kube/config',
		});
		context.prompter.verify();
	});

	test('a new namespace is validated live as a DNS label and left for the secret plan to create', async () => {
		const script = {[q.context]: 'myAKSCluster', [q.namespace]: 'create/namespace', [q.newNamespace]: ['Awesome_Apps', '-apps', 'awesomeapps']};
		const context = pullSecretContext(script);
		await chooseTarget.run(context);
		expect(context.prompter.refusals).toEqual([
			"Namespace name: Awesome_Apps → A namespace name can hold only lower-case letters a-z, digits 0-9 and '-'; remove 'A', '_'.",
			"Namespace name: -apps → A namespace name must start with a letter or a digit, not '-'.",
		]);
		expect(sessionOf(context).target?.namespaceExists).toBe(false);
		expect(context.kubernetes.defaultCluster.calls.createNamespace).toHaveLength(0);
	});

	test('--namespace is asked as text, so it may name a namespace that does not exist yet', async () => {
		const context = pullSecretContext({[q.context]: 'myAKSCluster', [q.newNamespace]: 'awesomeapps'});
		const withFlag = {...context, flags: {namespace: 'awesomeapps'}};
		await chooseTarget.run(withFlag);
		const [, namespaceQuestion] = context.prompter.asked;
		expect(namespaceQuestion?.kind === 'text' ? namespaceQuestion.spec.flag : undefined).toBe('--namespace');
		expect(context.store.getState().target.namespace).toBe('awesomeapps');
	});

	test('a kubeconfig without contexts stops with how to get a cluster', async () => {
		const kubernetes = fakeKubernetes({}, {kubeconfig: {contexts: [], path: '/home/alice/.kube/config'}});
		const context = pullSecretContext({}, {kubernetes});
		const error: unknown = await chooseTarget.run(context).catch((caught: unknown) => caught);
		expect(error).toMatchObject({message: 'The kubeconfig /home/alice/.kube/config has no contexts.'});
		expect(error instanceof WizardError ? error.suggestion : '').toContain('kind create cluster');
	});

	test('a cluster that does not answer is named with the reason and a command to check it', async () => {
		const cluster = fakeCluster({listNamespaces: async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6443'))});
		const kubernetes = fakeKubernetes({}, {clusters: {myAKSCluster: cluster}});
		const context = pullSecretContext({[q.context]: 'myAKSCluster'}, {kubernetes});
		await expect(chooseTarget.run(context)).rejects.toMatchObject({
			message: 'The cluster of context myAKSCluster did not answer: connect ECONNREFUSED 127.0.0.1:6443',
			suggestion: 'kubectl --context myAKSCluster cluster-info',
		});
	});

	test('Esc on the namespace asks the context again; Esc on a new name returns to the namespace list', async () => {
		const script = {
			[q.context]: ['myAKSCluster', 'myAKSCluster'],
			[q.namespace]: [new GoBack(), 'create/namespace', 'default'],
			[q.newNamespace]: new GoBack(),
		};
		const context = pullSecretContext(script);
		await chooseTarget.run(context);
		expect(context.prompter.messages()).toEqual([q.context, q.namespace, q.context, q.namespace, q.newNamespace, q.namespace]);
		expect(context.store.getState().target.namespace).toBe('default');
	});
});

describe('system namespaces', () => {
	test('kube-system and the other kube- namespaces are never a namespace for the sample', () => {
		for (const name of ['kube-system', 'kube-public', 'kube-node-lease', 'kube-anything']) expect(isSystemNamespace(name)).toBe(true);
		for (const name of ['awesomeapps', 'default', 'kubeflow']) expect(isSystemNamespace(name)).toBe(false);
	});
});
