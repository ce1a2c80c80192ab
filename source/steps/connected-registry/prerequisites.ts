/**
 * Step 1 of the connected-registry path: what seed 004 assumes, checked. The registry is Premium
 * with its dedicated data endpoint (else a plan to make it so, the cost said), the Arc resource
 * providers are registered (else a plan), an Arc-connected cluster is picked with the kubeconfig
 * context that reaches it, and the repositories to sync exist (the seed's import offered).
 */
import type {Registry} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {applyPlan, type Action, type Plan, type Step} from '../../wizard/engine.js';
import {GoBack, WizardError} from '../../wizard/errors.js';
import {dataEndpointCommand, providerCommand, skuCommand} from '../../commands/connected-registry.js';
import {askRepositories} from './repositories.js';
import {requireRegistry, sessionOf} from './session.js';

export const prerequisitesStepId = 'connected-registry-prerequisites';

/** The providers an Arc extension and its connected registry need. */
export const arcProviders = ['Microsoft.Kubernetes', 'Microsoft.KubernetesConfiguration', 'Microsoft.ExtendedLocation'] as const;

function registryActions(context: Context, registry: Registry): {actions: Action[]; notes: string[]} {
	const text = messages().connectedRegistry.prerequisites;
	const actions: Action[] = [];
	const notes: string[] = [];
	if (registry.sku !== 'Premium') {
		notes.push(text.skuNote(registry.sku));
		actions.push({
			id: `sku:${registry.id}`,
			sentence: text.skuSentence(registry.name, registry.sku),
			command: skuCommand(registry),
			call: `PATCH ${registry.id}`,
			run: async () => {
				await context.azure.updateRegistry(registry.id, {sku: 'Premium'});
				return {outcome: 'done', detail: text.upgradeDone};
			},
		});
	}
	if (!registry.dataEndpointEnabled) {
		const endpoint = `${registry.name.toLowerCase()}.${registry.location.toLowerCase().replace(/\s+/g, '')}.data.${registry.loginServer.split('.').slice(1).join('.')}`;
		notes.push(text.dataEndpointNote(endpoint));
		actions.push({
			id: `data-endpoint:${registry.id}`,
			sentence: text.dataEndpointSentence(registry.name),
			command: dataEndpointCommand(registry),
			call: `PATCH ${registry.id}`,
			run: async () => {
				const updated = await context.azure.updateRegistry(registry.id, {dataEndpointEnabled: true});
				context.store.getState().actions.chooseRegistry(updated);
				return {outcome: 'done', detail: text.endpointDone(endpoint)};
			},
		});
	}
	return {actions, notes};
}

async function providerActions(context: Context, subscriptionId: string): Promise<Action[]> {
	const text = messages().connectedRegistry.prerequisites;
	const states = await Promise.all(
		arcProviders.map(async (namespace) => ({namespace, state: await context.azure.providerState(subscriptionId, namespace).catch(() => 'Unknown')})),
	);
	return states
		.filter((item) => item.state !== 'Registered' && item.state !== 'Registering')
		.map((item) => ({
			id: `provider:${item.namespace}`,
			sentence: text.providerSentence(item.namespace),
			command: providerCommand(item.namespace),
			call: `POST /subscriptions/${subscriptionId}/providers/${item.namespace}/register`,
			run: async () => ({outcome: 'done', detail: text.providerDone(await context.azure.registerProvider(subscriptionId, item.namespace))}),
		}));
}

async function pickCluster(context: Context, subscriptionId: string): Promise<void> {
	const text = messages().connectedRegistry.prerequisites;
	const session = sessionOf(context.store);
	const clusters = await context.azure.listConnectedClusters(subscriptionId).catch((error: unknown) => {
		throw context.explain(error);
	});
	if (clusters.length === 0) throw new WizardError(text.noClusters, {suggestion: text.noClustersFix});
	const answer = await context.prompter.select({
		id: 'connected-registry-cluster',
		message: text.clusterQuestion,
		flag: '--cluster',
		hint: text.clusterHint,
		choices: clusters
			.flatMap((cluster) => [
				{
					value: cluster.id,
					label: text.clusterLabel(cluster.name, cluster.resourceGroup),
					...(cluster.connectivityStatus ? {hint: cluster.connectivityStatus} : {}),
				},
				// `--cluster <name>` answers as well as the resource id.
				{value: cluster.name, label: cluster.name, disabled: false, hint: 'name'},
			])
			.filter((choice, index) => index % 2 === 0 || context.flags.cluster === choice.value),
		default: session.cluster?.id ?? clusters[0]?.id,
	});
	const cluster = clusters.find((item) => item.id === answer || item.name === answer);
	if (!cluster) throw new WizardError(text.unknownCluster(answer), {suggestion: text.noClustersFix});
	session.cluster = cluster;
	const info = await context.kubernetes.readKubeconfig(context.kubeconfig).catch(() => ({contexts: [], currentContext: undefined}));
	if (info.contexts.length === 0) throw new WizardError(text.noContext, {suggestion: text.noContextFix(cluster.name, cluster.resourceGroup)});
	const guess =
		info.contexts.find((item) => item.name === cluster.name || item.cluster === cluster.name)?.name ?? info.currentContext ?? info.contexts[0]?.name;
	const kubeContext = await context.prompter.select({
		id: 'connected-registry-context',
		message: text.contextQuestion(cluster.name),
		flag: '--context',
		hint: text.contextHint,
		choices: info.contexts.map((item) => ({value: item.name, label: item.name, hint: item.server})),
		...(guess ? {default: guess} : {}),
	});
	session.kubeContext = kubeContext;
	session.kube = context.kubernetes.cluster(context.kubeconfig, kubeContext);
}

/** Step 1: the prerequisites, each checked, each missing one fixed by a plan the user confirms. */
export const checkConnectedPrerequisites: Step<Context> = {
	async run(context) {
		const registry = requireRegistry(context);
		const current = await context.azure.getRegistry(registry.id).catch(() => registry);
		context.store.getState().actions.chooseRegistry(current);
		await pickCluster(context, current.subscriptionId);
		const {actions, notes} = registryActions(context, current);
		const providers = await providerActions(context, current.subscriptionId);
		const imports = await askRepositories(context, current);
		const plan: Plan = {
			stepId: prerequisitesStepId,
			title: messages().connectedRegistry.prerequisites.planTitle,
			actions: [...actions, ...providers, ...imports],
			notes,
		};
		if (plan.actions.length === 0) return;
		if ((await applyPlan(plan, context)) === 'back') throw new GoBack();
	},
};
