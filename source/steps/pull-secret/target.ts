/**
 * Step 1 of the pull-secret path: which kubeconfig context (the current one first), and which
 * namespace in it (an existing one, or a new one the secret plan creates).
 */
import {KubeError, type KubeCluster, type KubeContext, type KubeconfigInfo} from '../../kubernetes/kubernetes.js';
import {clusterInfoCommand, createNamespaceCommand, getContextsCommand} from '../../commands/kubectl.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import type {Step} from '../../wizard/engine.js';
import {GoBack, WizardError} from '../../wizard/errors.js';
import type {Choice} from '../../wizard/types.js';
import {memorySlot} from '../../wizard/session.js';
import {begin, take} from '../shared/reads-ahead.js';
import {isSystemNamespace, validateDnsLabel} from './names.js';

export {isSystemNamespace} from './names.js';
import {clusterOf, sessionOf} from './session.js';

/** Namespaces Kubernetes keeps for itself; a sample pod does not belong there. */

/** The value of the "new namespace" choice; a DNS label never contains '/'. */
const createChoice = 'create/namespace';

/** Reads the kubeconfig; no contexts at all is a stop with the way to get one. */
async function readContexts(context: Context): Promise<KubeconfigInfo> {
	const text = messages().pullSecret.target;
	const info = await context.kubernetes.readKubeconfig(context.kubeconfig).catch((error: unknown) => {
		throw new WizardError(text.noKubeconfig, {suggestion: text.noKubeconfigFix, cause: error});
	});
	if (info.contexts.length === 0) throw new WizardError(text.noContexts(info.path ?? '~/.kube/config'), {suggestion: text.noKubeconfigFix});
	return info;
}

/** The contexts, the current one first. */
function orderContexts(info: KubeconfigInfo): KubeContext[] {
	const current = info.contexts.filter((item) => item.name === info.currentContext);
	return [...current, ...info.contexts.filter((item) => item.name !== info.currentContext)];
}

async function askContext(context: Context, info: KubeconfigInfo): Promise<KubeContext> {
	const text = messages().pullSecret.target;
	const ordered = orderContexts(info);
	const choices: Choice[] = ordered.map((item) => ({
		value: item.name,
		label: item.name === info.currentContext ? text.currentLabel(item.name) : item.name,
		hint: text.contextHint(item.server),
	}));
	const name = await context.prompter.select({
		id: 'pull-secret-context',
		message: text.contextQuestion,
		flag: '--context',
		hint: text.contextHintLine(info.path),
		choices,
		default: ordered[0]?.name,
	});
	const chosen = ordered.find((item) => item.name === name);
	if (!chosen) throw new WizardError(text.unknownContext(name), {suggestion: getContextsCommand()});
	return chosen;
}

/** The namespace listing of a context started ahead, by context name; taken once. */
const listingsAhead = memorySlot<Map<string, Promise<string[]>>>('pull-secret namespaces ahead', () => new Map());

/**
 * Under --yes, with the path, the context and the namespace given by flags: the context's namespaces are listed once
 * the prerequisites pass, while the registry is made, not on the way from the new registry to the token. A namespace
 * made or removed meanwhile is still found: its create reads it first, a secret in a namespace gone is refused in words.
 */
export function readTargetAhead(context: Context): void {
	const {flags} = context;
	if (flags.yes !== true || flags.method !== 'pull-secret' || flags.context === undefined || flags.namespace === undefined) return;
	const name = flags.context;
	begin(context.memory.get(listingsAhead), name, async () => clusterOf(context, name).listNamespaces());
}

/** The namespaces, or undefined when the user may not list them (403): a user bound in one namespace only. */
async function listNamespaces(context: Context, cluster: KubeCluster, name: string): Promise<string[] | undefined> {
	try {
		return await take(context.memory.get(listingsAhead), name, async () => cluster.listNamespaces());
	} catch (error: unknown) {
		if (error instanceof KubeError && error.statusCode === 403) return undefined;
		const explained = context.explain(error);
		throw new WizardError(messages().pullSecret.target.unreachable(name, explained.message), {
			suggestion: explained.suggestion ?? clusterInfoCommand(name),
			code: explained.code,
			cause: error,
		});
	}
}

async function askNewNamespace(context: Context, flag?: string): Promise<string> {
	const text = messages().pullSecret.target;
	return context.prompter.text({
		id: 'pull-secret-namespace-new',
		message: text.newNamespaceQuestion,
		flag,
		hint: text.newNamespaceHint,
		default: 'awesomeapps',
		// The sample and its secret never go into the cluster's own namespaces (kube-system and the like).
		validate: (value) => validateDnsLabel(value) ?? (isSystemNamespace(value) ? text.systemNamespace(value) : undefined),
	});
}

async function askNamespace(context: Context, existing: readonly string[], preferred: string): Promise<string> {
	const text = messages().pullSecret.target;
	// A namespace given on the command line may not exist yet: ask it as text so the flag can name a new one.
	if (context.flags.namespace !== undefined) return askNewNamespace(context, '--namespace');
	const listed = existing.filter((name) => !isSystemNamespace(name));
	const choices: Choice[] = [
		...listed.map((name) => ({value: name, label: name})),
		{value: createChoice, label: text.createNamespace, hint: createNamespaceCommand('<name>')},
	];
	for (;;) {
		const answer = await context.prompter.select({
			id: 'pull-secret-namespace',
			message: text.namespaceQuestion,
			hint: text.namespaceHint,
			choices,
			default: listed.includes(preferred) ? preferred : (listed[0] ?? createChoice),
		});
		if (answer !== createChoice) return answer;
		// Esc on the new name returns to the list, not out of the step.
		const created = await askNewNamespace(context).catch((error: unknown) => {
			if (error instanceof GoBack) return undefined;
			throw error;
		});
		if (created !== undefined) return created;
	}
}

/**
 * For a user who may not list namespaces: the namespace typed, accepted once a SelfSubjectAccessReview
 * says the user may create secrets and pods there (what the path does), as `kubectl auth can-i` would.
 */
async function askTypedNamespace(context: Context, cluster: KubeCluster, preferred: string): Promise<string> {
	const text = messages().pullSecret.target;
	return context.prompter.text({
		id: 'pull-secret-namespace-typed',
		message: text.typedNamespaceQuestion,
		flag: '--namespace',
		hint: text.typedNamespaceHint,
		default: context.flags.namespace ?? preferred,
		validate: (value) => validateDnsLabel(value),
		check: async (value) => {
			for (const resource of ['secrets', 'pods']) {
				const allowed = await cluster.canI({verb: 'create', resource, namespace: value}).catch((error: unknown) => {
					throw context.explain(error);
				});
				if (!allowed) return text.typedNamespaceRefused(value, resource);
			}
			return undefined;
		},
	});
}

/** Asks the context, then its namespace; Esc on the namespace asks the context again. */
async function askTarget(context: Context, info: KubeconfigInfo): Promise<{chosen: KubeContext; namespace: string; existing: string[]}> {
	for (;;) {
		const chosen = await askContext(context, info);
		const cluster = clusterOf(context, chosen.name);
		const listed = await listNamespaces(context, cluster, chosen.name);
		try {
			if (listed === undefined) {
				// Taken as existing: a user bound in one namespace cannot create namespaces, and the review said they may work in it.
				const namespace = await askTypedNamespace(context, cluster, chosen.namespace ?? 'default');
				return {chosen, existing: [namespace], namespace};
			}
			return {chosen, existing: listed, namespace: await askNamespace(context, listed, chosen.namespace ?? 'default')};
		} catch (error: unknown) {
			// A context given by --context cannot be asked again: going back leaves the step.
			if (!(error instanceof GoBack) || context.flags.context !== undefined) throw error;
		}
	}
}

/** Step 1: the kubeconfig context and the namespace; recorded as the target. */
export const chooseTarget: Step<Context> = {
	async run(context) {
		const {store} = context;
		store.getState().actions.show('form');
		const info = await readContexts(context);
		const {chosen, namespace, existing} = await askTarget(context, info);
		const namespaceExists = existing.includes(namespace);
		sessionOf(context).target = {
			context: chosen.name,
			namespace,
			namespaceExists,
			isCurrent: chosen.name === info.currentContext,
			server: chosen.server,
			kubeconfigPath: info.path,
		};
		store.getState().actions.setTarget({context: chosen.name, namespace});
	},
};
