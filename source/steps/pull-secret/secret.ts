/**
 * Step 3 of the pull-secret path: the `kubernetes.io/dockerconfigjson` secret for the
 * registry's login server in the target namespace (created, or updated when the user agrees),
 * and optionally the namespace's `default` service account pointing at it.
 */
import {createHash} from 'node:crypto';
import type {Registry} from '../../azure/azure.js';
import type {KubeCluster} from '../../kubernetes/kubernetes.js';
import {
	addPullSecretCommand,
	createNamespaceCommand,
	createSecretCommand,
	deleteNamespaceCommand,
	deleteSecretCommand,
	removePullSecretCommand,
	type KubectlTarget,
} from '../../commands/kubectl.js';
import {messages} from '../../messages/catalog.js';
import {quotedVariable} from '../../commands/variables.js';
import type {Context} from '../../wizard/context.js';
import {applyPlan, type Action, type Plan} from '../../wizard/engine.js';
import {WizardError} from '../../wizard/errors.js';
import {namespaceMadeByThisRun} from '../../wizard/journal.js';
import {firstTry} from '../../wizard/tries.js';
import type {Step} from '../../wizard/engine.js';
import type {UndoSpec} from '../../wizard/undo-spec.js';
import {kubeUndoParams} from '../shared/undo-kit.js';
import {requireRegistry} from './credential.js';
import {validateDnsSubdomain} from './names.js';
import {isAksApiServer} from '../../azure/clouds.js';
import {clusterOf, sessionOf, type PullCredential, type PullTarget} from './session.js';

/** The seeds' secret name. */
export const defaultSecretName = 'acr-secret';

/** The step id the secret plan journals under. */
const secretStepId = 'pull-secret-secret';

/** What the secret plan needs. */
export type SecretInput = {
	readonly registry: Registry;
	readonly target: PullTarget;
	readonly credential: PullCredential;
	readonly secretName: string;
	readonly exists: boolean;
	readonly patchServiceAccount: boolean;
};

/** The context the equivalent commands name: the chosen one when it is not kubectl's current one, so they reach the same cluster. */
export function namedContext(target: PullTarget): string | undefined {
	return target.isCurrent ? undefined : target.context;
}

function kubectlTarget(target: PullTarget): KubectlTarget {
	return {namespace: target.namespace, context: namedContext(target)};
}

/** What the equivalent command passes instead of the password: the variable the commands before it set (or the script reads from the environment). */
function passwordPlaceholder(credential: PullCredential): string {
	return quotedVariable(credential.passwordVariable);
}

/** The seed's `kubectl create secret docker-registry` command, with a placeholder for the password; piped to apply when it updates. */
export function secretCommand(input: SecretInput): string {
	const {target, credential, registry, secretName} = input;
	return createSecretCommand(secretName, kubectlTarget(target), registry.loginServer, credential.username, passwordPlaceholder(credential), {
		exists: input.exists,
	});
}

/** The seed's patch adding the secret to the `default` service account (a strategic merge keyed by name). */
export function serviceAccountCommand(target: PullTarget, secretName: string): string {
	return addPullSecretCommand(kubectlTarget(target), secretName);
}

/** Its undo: a strategic-merge `$patch: delete` that removes only this secret from the list. */
export function serviceAccountUndoCommand(target: PullTarget, secretName: string): string {
	return removePullSecretCommand(kubectlTarget(target), secretName);
}

const fingerprint = (server: string, credential: PullCredential) =>
	createHash('sha256').update(`${server}\n${credential.username}\n${credential.password.reveal()}`).digest('hex');

function undoTarget(target: PullTarget) {
	return kubeUndoParams({kind: 'context', context: target.context, kubeconfigPath: target.kubeconfigPath});
}

function namespaceAction(cluster: KubeCluster, target: PullTarget): Action {
	const text = messages().pullSecret.secret;
	return {
		id: `namespace:${target.context}:${target.namespace}`,
		sentence: text.namespaceSentence(target.namespace, target.context),
		command: createNamespaceCommand(target.namespace, namedContext(target)),
		call: 'POST /api/v1/namespaces',
		run: async () => {
			if (!(await cluster.createNamespace(target.namespace)).created) return {outcome: 'unchanged', detail: text.namespaceExists};
			const undo: UndoSpec = {
				sentence: text.undoNamespace(target.namespace, target.context),
				command: deleteNamespaceCommand(target.namespace, namedContext(target)),
				kind: 'delete-namespace',
				params: {name: target.namespace, ...undoTarget(target)},
			};
			return {outcome: 'done', undo};
		},
	};
}

/**
 * The secret action. It reads the session's credential when it runs (a fix may have reset the
 * password since the plan was built); `force` applies it even when this run already set it so.
 */
export function secretAction(
	context: Context,
	cluster: KubeCluster,
	input: SecretInput,
	options: {readonly id?: string; readonly force?: boolean} = {},
): Action {
	const text = messages().pullSecret.secret;
	const {target, registry, secretName} = input;
	const session = sessionOf(context);
	const key = `${target.context}/${target.namespace}/${secretName}`;
	const first = firstTry();
	return {
		id: options.id ?? `secret:${key}:r${session.revision}`,
		sentence: input.exists
			? text.updateSentence(secretName, target.namespace, registry.loginServer)
			: text.createSentence(secretName, target.namespace, registry.loginServer),
		command: secretCommand(input),
		call: input.exists ? `PUT /api/v1/namespaces/${target.namespace}/secrets/${secretName}` : `POST /api/v1/namespaces/${target.namespace}/secrets`,
		run: async () => {
			const credential = session.credential ?? input.credential;
			const print = fingerprint(registry.loginServer, credential);
			if (!options.force && session.applied.get(key) === print) return {outcome: 'unchanged', detail: text.sameCredentials};
			// In a namespace this run has just created there is no secret to read first (a try again reads).
			const absent = first() && namespaceMadeByThisRun(context.store.getState().journal, target.namespace, undoTarget(target));
			const {created} = await cluster.applyDockerRegistrySecret(
				{
					namespace: target.namespace,
					name: secretName,
					server: registry.loginServer,
					username: credential.username,
					password: credential.password.reveal(),
				},
				{absent},
			);
			session.applied.set(key, print);
			if (!created) return {outcome: 'done', detail: text.replaced, storesSecret: true};
			const params = {namespace: target.namespace, name: secretName, ...undoTarget(target)};
			return {
				outcome: 'done',
				storesSecret: true,
				undo: {
					sentence: text.undoSecret(secretName, target.namespace),
					command: deleteSecretCommand(secretName, kubectlTarget(target)),
					kind: 'delete-secret',
					params,
				},
			};
		},
	};
}

function serviceAccountAction(cluster: KubeCluster, target: PullTarget, secretName: string): Action {
	const text = messages().pullSecret.secret;
	return {
		id: `service-account:${target.context}/${target.namespace}/default:${secretName}`,
		sentence: text.serviceAccountSentence(secretName, target.namespace),
		command: serviceAccountCommand(target, secretName),
		call: `PATCH /api/v1/namespaces/${target.namespace}/serviceaccounts/default`,
		run: async () => {
			const {changed} = await cluster.addImagePullSecretToServiceAccount(target.namespace, 'default', secretName);
			if (!changed) return {outcome: 'unchanged', detail: text.serviceAccountUnchanged(secretName)};
			const params = {namespace: target.namespace, serviceAccount: 'default', secretName, ...undoTarget(target)};
			return {
				outcome: 'done',
				undo: {
					sentence: text.undoServiceAccount(secretName, target.namespace),
					command: serviceAccountUndoCommand(target, secretName),
					kind: 'remove-sa-pull-secret',
					params,
				},
			};
		},
	};
}

/** Whether the context's API server is an AKS one (`<dns-prefix>.hcp.<region>.azmk8s.io`, or its China / US Government form). */
function isAks(target: PullTarget): boolean {
	return isAksApiServer(target.server);
}

/** The plan: the namespace when it is new, the secret (unless kept as it is), the service account when asked. */
export function secretPlan(context: Context, cluster: KubeCluster, input: SecretInput & {readonly keep: boolean}): Plan {
	const {target, secretName} = input;
	const actions: Action[] = [
		...(target.namespaceExists ? [] : [namespaceAction(cluster, target)]),
		...(input.keep ? [] : [secretAction(context, cluster, input)]),
		...(input.patchServiceAccount ? [serviceAccountAction(cluster, target, secretName)] : []),
	];
	const text = messages().pullSecret.secret;
	// The seeds' note: pull secrets cost management overhead; on AKS the cluster's identity avoids them.
	const overhead = isAks(target) ? text.aksNote(input.registry.name) : text.overheadNote;
	return {
		stepId: secretStepId,
		title: text.planTitle(secretName, target.namespace),
		actions,
		notes: [...(input.keep ? [text.keptNote(secretName)] : []), overhead],
	};
}

async function askSecret(context: Context, cluster: KubeCluster, target: PullTarget): Promise<{name: string; exists: boolean; keep: boolean; patch: boolean}> {
	const text = messages().pullSecret.secret;
	const {prompter} = context;
	const name = await prompter.text({
		id: 'pull-secret-secret-name',
		message: text.nameQuestion,
		flag: '--secret-name',
		hint: text.nameHint,
		default: defaultSecretName,
		validate: (value) => validateDnsSubdomain(value),
	});
	const exists = target.namespaceExists && (await cluster.secretExists(target.namespace, name));
	// One this run wrote (the step runs again after going back) is its own to replace: not asked about.
	const ours = sessionOf(context).applied.has(`${target.context}/${target.namespace}/${name}`);
	const replace =
		exists && !ours
			? await prompter.confirm({
					id: 'pull-secret-secret-replace',
					message: text.replaceQuestion(name, target.namespace),
					hint: text.replaceHint,
					default: true,
					flag: '--replace-secret',
				})
			: true;
	const patch = await prompter.confirm({
		id: 'pull-secret-service-account',
		message: text.serviceAccountQuestion(name, target.namespace),
		flag: '--patch-service-account',
		hint: text.serviceAccountHint(target.namespace),
		default: false,
	});
	return {name, exists, keep: !replace, patch};
}

/** The target and credential the earlier steps left in the session. */
export function requireSession(context: Context): {target: PullTarget; credential: PullCredential} {
	const {target, credential} = sessionOf(context);
	if (!target || !credential) throw new WizardError(messages().pullSecret.secret.noCredential);
	return {target, credential};
}

/** Step 3: the secret (and service account) plan; going back from the plan returns to the credential. */
export const createSecret: Step<Context> = {
	async run(context) {
		const registry = requireRegistry(context);
		const {target, credential} = requireSession(context);
		context.store.getState().actions.show('form');
		const cluster = clusterOf(context, target.context);
		const answers = await askSecret(context, cluster, target);
		const input = {registry, target, credential, secretName: answers.name, exists: answers.exists, patchServiceAccount: answers.patch, keep: answers.keep};
		if ((await applyPlan(secretPlan(context, cluster, input), context)) === 'back') return 'back';
		sessionOf(context).secretName = answers.name;
	},
};
