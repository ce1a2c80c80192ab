/**
 * Shared arrangements of the pull-secret step tests: a context of fakes with the registry
 * chosen (as the registry step leaves it), the exact question texts, and a preset session.
 */
import {SecretValue, sessionOf, setCredential, type PullCredential, type PullTarget} from '../../../source/steps/pull-secret/session.js';
import type {Context} from '../../../source/wizard/context.js';
import {fakeAzure, fakeRegistry, type FakeAzure} from '../../helpers/fake-azure.js';
import {fakeKubernetes, type FakeKubernetes} from '../../helpers/fake-kubernetes.js';
import {scriptedPrompter, type Script, type ScriptedPrompter} from '../../helpers/scripted-prompter.js';
import {testContext} from '../../helpers/test-context.js';

export {q} from '../../helpers/pull-secret-answers.js';

/** The default registry of the fakes. */
export const registry = fakeRegistry();

/** A context of fakes answering from `script`, with the registry chosen. */
export function pullSecretContext(
	script: Script,
	ports: {azure?: FakeAzure; kubernetes?: FakeKubernetes} = {},
): Context & {prompter: ScriptedPrompter; azure: FakeAzure; kubernetes: FakeKubernetes} {
	const prompter = scriptedPrompter(script);
	const azure = ports.azure ?? fakeAzure();
	const kubernetes = ports.kubernetes ?? fakeKubernetes();
	const context = testContext({prompter, azure, kubernetes});
	context.store.getState().actions.chooseRegistry(registry);
	return context;
}

/** The target a test starts step 3 from: the current context's `default` namespace. */
export const defaultTarget: PullTarget = {
	context: 'myAKSCluster',
	namespace: 'default',
	namespaceExists: true,
	isCurrent: true,
	kubeconfigPath: '/home/alice/.kube/config',
};

/** A password recognisable in a scan of frames and the store. */
export const knownPassword = 'fake-secret-password-typed';

/** Puts a target and a service principal credential in the session, as steps 1 and 2 leave them. */
export function presetSession(context: Context, target: PullTarget = defaultTarget, credential?: Partial<PullCredential>): void {
	const session = sessionOf(context);
	session.target = target;
	setCredential(session, {
		kind: 'existing-service-principal',
		username: '33333333-0000-0000-0000-000000000101',
		password: new SecretValue(knownPassword),
		passwordVariable: 'SP_PASSWORD',
		...credential,
	});
	context.store.getState().actions.setTarget({context: target.context, namespace: target.namespace});
}

/** The store as JSON: what a renderer, the summary or a snapshot could ever see. */
export function storeText(context: Context): string {
	return JSON.stringify(context.store.getState());
}
