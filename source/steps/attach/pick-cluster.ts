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
import {askNewCluster, newClusterId, newClusterSlot, type NewClusterSpec} from './new-cluster.js';

const byIdValue = '+by-id';
const createValue = '+create';

/** What the cluster question settles: a cluster that exists, or one to create. */
type Picked = {readonly kind: 'existing'; readonly cluster: ManagedCluster} | {readonly kind: 'new'; readonly spec: NewClusterSpec};

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

/** Whether the path detaches: the cluster is asked as the one that stops pulling, and no new cluster is offered. */
function isDetaching(context: Context): boolean {
	return context.store.getState().method === 'detach';
}

/** The cluster question in the path's words. */
function clusterQuestion(context: Context): string {
	const text = messages().attach.cluster;
	return isDetaching(context) ? text.detachQuestion : text.question;
}

/** What --cluster names: a resource id, or a cluster of the list. */
async function clusterFromFlag(context: Context, wanted: string, clusters: readonly ManagedCluster[]): Promise<ManagedCluster> {
	if (looksLikeResourceId(wanted)) {
		const cluster = await clusterById(context, wanted);
		echoFlag(context, clusterQuestion(context), cluster.name, '--cluster');
		return cluster;
	}
	const found = clusters.find((cluster) => cluster.name.toLowerCase() === wanted.toLowerCase());
	if (!found) throw new WizardError(messages().attach.cluster.notFoundNamed(wanted), {suggestion: messages().attach.cluster.notFoundFix});
	echoFlag(context, clusterQuestion(context), found.name, '--cluster');
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

/** Asks which cluster, listing name, group, location and version; then "create a new one" and "give a resource ID" (undefined). */
async function askListed(context: Context, clusters: readonly ManagedCluster[]): Promise<ManagedCluster | typeof createValue | undefined> {
	const text = messages().attach.cluster;
	const current = context.store.getState().target.clusterId;
	const answer = await context.prompter.select({
		id: 'cluster',
		message: clusterQuestion(context),
		hint: clusters.length > 0 ? text.hint(clusters.length) : isDetaching(context) ? text.hint(0) : `${text.hint(0)} ${text.noneHint(createCommand(context))}`,
		choices: [
			...clusters.map((cluster) => ({
				value: cluster.id,
				label: cluster.name,
				hint: text.choiceHint(cluster.resourceGroup, cluster.location, cluster.kubernetesVersion),
			})),
			// A new cluster has nothing to detach.
			...(isDetaching(context) ? [] : [{value: createValue, label: messages().attach.newCluster.choice, hint: messages().attach.newCluster.choiceHint}]),
			{value: byIdValue, label: text.byId, hint: text.byIdHint},
		],
		default: clusters.find((cluster) => cluster.id === current)?.id ?? clusters[0]?.id ?? (isDetaching(context) ? byIdValue : createValue),
	});
	return answer === createValue ? createValue : clusters.find((cluster) => cluster.id === answer);
}

/** The new cluster's questions; Esc from them returns to the cluster question (undefined). */
async function askNew(context: Context, clusters: readonly ManagedCluster[]): Promise<NewClusterSpec | undefined> {
	const {registry, subscription} = context.store.getState();
	if (!registry) throw new WizardError(messages().attach.noRegistry, {suggestion: messages().attach.noRegistryFix});
	if (!subscription) throw new WizardError(messages().attach.noSubscription, {suggestion: messages().registry.noSubscriptionFix});
	try {
		return await askNewCluster(context, subscription.id, registry, clusters);
	} catch (error: unknown) {
		if (error instanceof GoBack && context.flags.createCluster === undefined) return undefined;
		throw error;
	}
}

/** Asks until a cluster is picked or a new one described; Esc on the resource ID or new-cluster questions returns to the list. */
async function askCluster(context: Context, clusters: readonly ManagedCluster[]): Promise<Picked> {
	for (;;) {
		const listed = await askListed(context, clusters);
		if (listed === createValue) {
			const spec = await askNew(context, clusters);
			if (spec) return {kind: 'new', spec};
			continue;
		}
		if (listed) return {kind: 'existing', cluster: listed};
		try {
			return {kind: 'existing', cluster: await askClusterId(context)};
		} catch (error: unknown) {
			if (!(error instanceof GoBack)) throw error;
		}
	}
}

/** Lists the subscription's clusters and picks one (from --cluster when given), or describes a new one (--create-cluster). */
async function pickCluster(context: Context): Promise<Picked> {
	const subscription = context.store.getState().subscription;
	if (!subscription) throw new WizardError(messages().attach.noSubscription, {suggestion: messages().registry.noSubscriptionFix});
	const clusters = await context.azure.listManagedClusters(subscription.id).catch((error: unknown) => {
		throw context.explain(error);
	});
	if (context.flags.createCluster !== undefined) {
		const spec = await askNew(context, clusters);
		if (spec) return {kind: 'new', spec};
	}
	const wanted = context.flags.cluster;
	return wanted === undefined ? askCluster(context, clusters) : {kind: 'existing', cluster: await clusterFromFlag(context, wanted, clusters)};
}

/** The step: pick the cluster (or describe the new one) and remember it as the target. */
export const pickClusterStep: Step<Context> = {
	async run(context) {
		context.store.getState().actions.show('registry');
		const picked = await pickCluster(context);
		const slot = context.memory.get(newClusterSlot);
		if (picked.kind === 'new') {
			slot.spec = picked.spec;
			context.store.getState().actions.setTarget({clusterId: newClusterId(picked.spec), clusterName: picked.spec.name, namespace: 'default'});
			return;
		}
		slot.spec = undefined;
		context.store.getState().actions.setTarget({clusterId: picked.cluster.id, clusterName: picked.cluster.name, namespace: 'default'});
	},
};
