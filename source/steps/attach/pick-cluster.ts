/**
 * Picking the AKS cluster: from the subscription's list, or by resource ID (checked as one);
 * `--cluster` answers with a name or an id. The choice goes to the store's target.
 */
import type {ManagedCluster} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import type {Step} from '../../wizard/engine.js';
import {GoBack, WizardError} from '../../wizard/errors.js';
import {echoFlag} from '../shared/activity.js';
import {askResourceId} from '../shared/ask-resource-id.js';
import {createClusterCommand, registryReference} from '../../commands/az.js';
import {isManagedClusterId, looksLikeResourceId} from '../../azure/resource-id.js';

const byIdValue = '+by-id';

/** Reads a cluster by id, saying plainly when it cannot be read. */
async function clusterById(context: Context, id: string): Promise<ManagedCluster> {
	const text = messages().attach.cluster;
	if (!isManagedClusterId(id)) throw new WizardError(text.idInvalid, {suggestion: text.notFoundFix});
	try {
		return await context.azure.getManagedCluster(id.trim());
	} catch (error: unknown) {
		const explained = context.explain(error);
		throw new WizardError(text.notFoundAt(id), {suggestion: text.notFoundFix, code: explained.code, cause: error});
	}
}

/** What --cluster names: a resource id, or a cluster of the list. */
async function clusterFromFlag(context: Context, wanted: string, clusters: readonly ManagedCluster[]): Promise<ManagedCluster> {
	if (looksLikeResourceId(wanted)) {
		const cluster = await clusterById(context, wanted);
		echoFlag(context, messages().attach.cluster.question, cluster.name, '--cluster');
		return cluster;
	}
	const found = clusters.find((cluster) => cluster.name.toLowerCase() === wanted.toLowerCase());
	if (!found) throw new WizardError(messages().attach.cluster.notFoundNamed(wanted), {suggestion: messages().attach.cluster.notFoundFix});
	echoFlag(context, messages().attach.cluster.question, found.name, '--cluster');
	return found;
}

/** Asks for a cluster resource id: well formed while typing, readable on submit. */
async function askClusterId(context: Context): Promise<ManagedCluster> {
	const text = messages().attach.cluster;
	const question = {id: 'cluster-id', message: text.idQuestion, placeholder: text.idPlaceholder, invalid: text.idInvalid, isId: isManagedClusterId};
	return askResourceId(context, question, async (id) => clusterById(context, id));
}

/** The seeds' `az aks create --attach-acr` for a new cluster in the chosen subscription, naming the chosen registry. */
function createCommand(context: Context): string {
	const {registry, subscription} = context.store.getState();
	return createClusterCommand(registry && subscription ? registryReference(registry, {subscriptionId: subscription.id}) : '<registry>');
}

/** Asks which cluster, listing name, group, location and version; "give a resource ID" last (undefined). */
async function askListed(context: Context, clusters: readonly ManagedCluster[]): Promise<ManagedCluster | undefined> {
	const text = messages().attach.cluster;
	const current = context.store.getState().target.clusterId;
	const answer = await context.prompter.select({
		id: 'cluster',
		message: text.question,
		hint: clusters.length === 0 ? `${text.hint(0)} ${text.noneHint(createCommand(context))}` : text.hint(clusters.length),
		choices: [
			...clusters.map((cluster) => ({
				value: cluster.id,
				label: cluster.name,
				hint: text.choiceHint(cluster.resourceGroup, cluster.location, cluster.kubernetesVersion),
			})),
			{value: byIdValue, label: text.byId, hint: text.byIdHint},
		],
		default: clusters.find((cluster) => cluster.id === current)?.id ?? clusters[0]?.id ?? byIdValue,
	});
	return clusters.find((cluster) => cluster.id === answer);
}

/** Asks until a cluster is picked; Esc on the resource ID question returns to the list. */
async function askCluster(context: Context, clusters: readonly ManagedCluster[]): Promise<ManagedCluster> {
	for (;;) {
		const listed = await askListed(context, clusters);
		if (listed) return listed;
		try {
			return await askClusterId(context);
		} catch (error: unknown) {
			if (!(error instanceof GoBack)) throw error;
		}
	}
}

/** Lists the subscription's clusters and picks one (from --cluster when given). */
async function pickCluster(context: Context): Promise<ManagedCluster> {
	const subscription = context.store.getState().subscription;
	if (!subscription) throw new WizardError(messages().attach.noSubscription, {suggestion: messages().registry.noSubscriptionFix});
	const clusters = await context.azure.listManagedClusters(subscription.id).catch((error: unknown) => {
		throw context.explain(error);
	});
	const wanted = context.flags.cluster;
	return wanted === undefined ? askCluster(context, clusters) : clusterFromFlag(context, wanted, clusters);
}

/** The step: pick the cluster and remember it as the target. */
export const pickClusterStep: Step<Context> = {
	async run(context) {
		context.store.getState().actions.show('registry');
		const cluster = await pickCluster(context);
		context.store.getState().actions.setTarget({clusterId: cluster.id, clusterName: cluster.name, namespace: 'default'});
	},
};
