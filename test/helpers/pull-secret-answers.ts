/**
 * The pull-secret path's questions by their exact message, and answer builders shared by its
 * step, flow and screen tests (scripted prompters are keyed by message).
 */
import type {Context} from '../../source/wizard/context.js';
import type {Script} from './scripted-prompter.js';

/** The questions of the path, by their exact message. */
export const q = {
	context: 'Which cluster (kubeconfig context) should pull from the registry?',
	namespace: 'Which namespace should the secret and the sample pod go in?',
	newNamespace: 'Namespace name:',
	kind: 'Which credential should the pull secret carry?',
	spName: 'Name of the new service principal:',
	role: 'Which role should the service principal get on the registry?',
	spReference: 'Service principal appId or display name:',
	reuse: (name: string) => `A service principal named ${name} already exists. Reuse it?`,
	hasPassword: (name: string) => `Do you have the password of ${name}?`,
	password: (name: string) => `Password of ${name}:`,
	tokenName: 'Token name:',
	repositories: 'Repositories the token may use (comma-separated):',
	access: 'What may the token do in those repositories?',
	expiry: 'Password expires after how many days (empty for never)?',
	secretName: 'Pull secret name:',
	replace: (name: string, namespace: string) => `The secret ${name} already exists in ${namespace}. Replace it with this credential?`,
	serviceAccount: (name: string, namespace: string) => `Also add ${name} to the default service account of ${namespace}?`,
	apply: (count: number) => (count === 1 ? 'Apply this change?' : `Apply these ${count} changes?`),
	deploy: 'Apply this deployment?',
	cannotPull: 'The pods cannot pull their image. What next?',
	stillFailing: 'The pods are still failing. What next?',
} as const;

/** The answers that put the secret and the pod in a new namespace of kind-local. */
export function target(namespace: string): Script {
	return {[q.context]: 'kind-local', [q.namespace]: 'create/namespace', [q.newNamespace]: namespace};
}

/** The secret step's answers (acr-secret, no service account) and the deployment's; `changes` in its plan. */
export function secret(namespace: string, changes: number): Script {
	return {
		[q.secretName]: 'acr-secret',
		[q.serviceAccount('acr-secret', namespace)]: false,
		[q.deploy]: 'apply',
		...(changes > 0 ? {[q.apply(changes)]: 'apply'} : {}),
	};
}

/** A pull token for `repositories`, no expiry, its three-action plan applied. */
export function token(name: string, repositories = 'nginx'): Script {
	return {[q.kind]: 'token', [q.tokenName]: name, [q.repositories]: repositories, [q.access]: 'pull', [q.expiry]: '', [q.apply(3)]: 'apply'};
}

/** What the screen showed when the diagnosis question came: the diagnosis and the fix offered. */
export type Seen = {title?: string; explanation?: string; fix?: string; offered?: string};

/** Answers "fix" to the diagnosis question (noting what was on show), then keeps watching while the kubelet retries. */
export function fixAndWatch(context: () => Context, seen: Seen): Script {
	const fix: Script[string] = (question) => {
		const {diagnosis} = context().store.getState();
		Object.assign(seen, {title: diagnosis?.title, explanation: diagnosis?.explanation, fix: diagnosis?.fix});
		seen.offered = question.kind === 'select' ? question.spec.choices.find((choice) => choice.value === 'fix')?.hint : undefined;
		return 'fix';
	};
	// The back-off may show one more failure before the retry succeeds.
	return {[q.cannotPull]: fix, [q.stillFailing]: ['watch', 'watch', 'watch']};
}

/** The names of the pods that are Running and ready. */
export function running(context: Context): string[] {
	return context.store
		.getState()
		.pods.filter((pod) => pod.status === 'Running' && pod.ready === '1/1')
		.map((pod) => pod.name);
}
