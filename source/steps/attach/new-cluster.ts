/**
 * The questions for a new AKS cluster attached at creation: resource group, name (as AKS validates
 * it, and free in that group), location, node count and VM size, each with a default a newcomer can
 * take; `--create-cluster <name>` and its companion flags answer them in a `--yes` run.
 */
import type {ManagedCluster, Registry} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import type {Validate} from '../../wizard/prompter.js';
import {memorySlot} from '../../wizard/session.js';
import {regionProblem, subscriptionLocationProblem} from '../shared/regions.js';
import {existingPullGrant} from '../shared/pull-roles.js';
import {WizardError} from '../../wizard/errors.js';

/** What the user asked for. */
export type NewClusterSpec = {
	readonly subscriptionId: string;
	readonly resourceGroup: string;
	readonly groupLocation: string;
	readonly name: string;
	readonly location: string;
	readonly nodeCount: number;
	readonly vmSize: string;
	/** Bring your own kubelet identity (user-assigned, created first) instead of the one AKS makes. */
	readonly kubeletIdentity: 'managed' | 'user-assigned';
	/** `--pull-group`: the Entra group holding the pull role on the registry; the brought kubelet identity is added to it first. */
	readonly pullGroup?: {readonly id: string; readonly displayName: string; readonly role: string};
};

/** The new cluster this run is to create, once its questions are answered (the target then names it). */
export const newClusterSlot = memorySlot<{spec?: NewClusterSpec; cluster?: ManagedCluster}>('attach-new-cluster', () => ({}));

/** AKS's own rule for a cluster name. */
const namePattern = /^[a-zA-Z0-9]$|^[a-zA-Z0-9][a-zA-Z0-9_-]{0,61}[a-zA-Z0-9]$/;

export const validateClusterName: Validate = (value) => (namePattern.test(value) ? undefined : messages().attach.newCluster.nameInvalid);

const validateLocation: Validate = (value) => (/^[a-z0-9]+$/.test(value) ? undefined : messages().attach.newCluster.locationInvalid);

const validateNodeCount: Validate = (value) => {
	const count = Number(value);
	return /^\d+$/.test(value) && count >= 1 && count <= 100 ? undefined : messages().attach.newCluster.nodeCountInvalid;
};

const validateVmSize: Validate = (value) => (/^Standard_[A-Za-z0-9_]+$/.test(value) ? undefined : messages().attach.newCluster.vmSizeInvalid);

/** Two nodes for the sample's two replicas; az's own default size. */
export const defaultNodeCount = 2;
export const defaultVmSize = 'Standard_DS2_v2';

/** The resource group: an existing one, the registry's by default. */
async function askGroup(context: Context, subscriptionId: string, registry: Registry): Promise<{name: string; location: string}> {
	const text = messages().attach.newCluster;
	const groups = await context.azure.listResourceGroups(subscriptionId).catch((error: unknown) => {
		throw context.explain(error);
	});
	const fallback = groups.find((group) => group.name.toLowerCase() === registry.resourceGroup.toLowerCase()) ?? groups[0];
	if (!fallback) throw new WizardError(text.noGroup, {suggestion: text.noGroupFix});
	const answer = await context.prompter.select({
		id: 'new-cluster-group',
		message: text.groupQuestion,
		flag: '--cluster-resource-group',
		choices: groups.map((group) => ({value: group.name, label: group.name, hint: group.location})),
		default: fallback.name,
	});
	const group = groups.find((item) => item.name === answer) ?? fallback;
	return {name: group.name, location: group.location};
}

/** Asks every question of a new cluster; the name must be free in its group. */
export async function askNewCluster(
	context: Context,
	subscriptionId: string,
	registry: Registry,
	existing: readonly ManagedCluster[],
): Promise<NewClusterSpec> {
	const text = messages().attach.newCluster;
	const group = await askGroup(context, subscriptionId, registry);
	const taken = new Set(
		existing.filter((cluster) => cluster.resourceGroup.toLowerCase() === group.name.toLowerCase()).map((cluster) => cluster.name.toLowerCase()),
	);
	const name = await context.prompter.text({
		id: 'new-cluster-name',
		message: text.nameQuestion,
		flag: '--create-cluster',
		hint: text.nameHint,
		default: `aks-${registry.name}`.slice(0, 63),
		validate: (value) => validateClusterName(value) ?? (taken.has(value.toLowerCase()) ? text.nameTaken(value, group.name) : undefined),
	});
	const location = await context.prompter.text({
		id: 'new-cluster-location',
		message: text.locationQuestion,
		flag: '--cluster-location',
		default: group.location,
		validate: (value) => validateLocation(value) ?? regionProblem(context.cloud, value),
		check: async (value) => subscriptionLocationProblem(context, subscriptionId, value),
	});
	const nodeCount = await context.prompter.text({
		id: 'new-cluster-node-count',
		message: text.nodeCountQuestion,
		flag: '--node-count',
		hint: text.nodeCountHint,
		default: String(defaultNodeCount),
		validate: validateNodeCount,
	});
	const vmSize = await context.prompter.text({
		id: 'new-cluster-vm-size',
		message: text.vmSizeQuestion,
		flag: '--node-vm-size',
		default: defaultVmSize,
		validate: validateVmSize,
	});
	const pullGroup = await askPullGroup(context, registry);
	// Through a group, the kubelet identity must exist before the cluster to be added first: no question then.
	const kubeletIdentity = pullGroup
		? 'user-assigned'
		: await context.prompter.select({
				id: 'new-cluster-kubelet-identity',
				message: text.kubeletQuestion,
				flag: '--kubelet-identity',
				choices: [
					{value: 'managed', label: text.kubeletManaged, hint: text.kubeletManagedHint},
					{value: 'user-assigned', label: text.kubeletOwn, hint: text.kubeletOwnHint},
				],
				default: 'managed',
			});
	return {
		subscriptionId,
		resourceGroup: group.name,
		groupLocation: group.location,
		name,
		location,
		nodeCount: Number(nodeCount),
		vmSize,
		kubeletIdentity: kubeletIdentity === 'user-assigned' ? 'user-assigned' : 'managed',
		...(pullGroup ? {pullGroup} : {}),
	};
}

/**
 * `--pull-group <name|object id>`: the Entra group the user grants pull through. It must exist and hold a pull role on the
 * registry (else adding the kubelet identity to it would not let the nodes pull), checked before anything is made.
 */
async function askPullGroup(context: Context, registry: Registry): Promise<NewClusterSpec['pullGroup']> {
	const wanted = context.flags.pullGroup;
	if (wanted === undefined) return undefined;
	const text = messages().attach.newCluster;
	const group = await context.azure.findGroup(wanted).catch((error: unknown) => {
		throw context.explain(error);
	});
	if (!group) throw new WizardError(text.pullGroupMissing(wanted), {suggestion: text.pullGroupMissingFix(wanted)});
	const grant = await existingPullGrant(context.azure, registry.id, group.id, registry.roleAssignmentMode).catch((error: unknown) => {
		throw context.explain(error);
	});
	if (!grant) throw new WizardError(text.pullGroupNoRole(group.displayName, registry.name), {suggestion: text.pullGroupNoRoleFix(group.id, registry.id)});
	return {id: group.id, displayName: group.displayName, role: grant.role};
}

/** The names of the identities a cluster brings: `<cluster>-control-plane` and `<cluster>-kubelet`. */
export function broughtIdentityNames(spec: Pick<NewClusterSpec, 'name'>): {controlPlane: string; kubelet: string} {
	return {controlPlane: `${spec.name}-control-plane`, kubelet: `${spec.name}-kubelet`};
}

/** The id a user-assigned identity will have in the cluster's group. */
export function identityId(spec: Pick<NewClusterSpec, 'subscriptionId' | 'resourceGroup'>, name: string): string {
	return `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.resourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`;
}

/** The id the new cluster will have. */
export function newClusterId(spec: Pick<NewClusterSpec, 'subscriptionId' | 'resourceGroup' | 'name'>): string {
	return `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${spec.name}`;
}
