/**
 * The registry step's reads, started ahead when every answer is known up front (--yes): once the subscription is
 * chosen, its registries (and, for a --registry-name not found there, the other subscriptions'), its resource groups
 * and whether the name is free are read while the prerequisites read the permissions and providers, instead of one
 * after another once the step begins. Each read started ahead is taken once; any later read (after going back) is
 * made anew.
 */
import type {NameAvailability, Registry, ResourceGroup} from '../../azure/azure.js';
import {looksLikeResourceId} from '../../azure/resource-id.js';
import type {Context} from '../../wizard/context.js';
import {memorySlot, type RunMemory} from '../../wizard/session.js';
import {begin, take} from '../shared/reads-ahead.js';

type Reads = {
	readonly registries: Map<string, Promise<Registry[]>>;
	readonly groups: Map<string, Promise<ResourceGroup[]>>;
	readonly names: Map<string, Promise<NameAvailability>>;
};

const readsSlot = memorySlot<Reads>('registry reads ahead', () => ({registries: new Map(), groups: new Map(), names: new Map()}));

const readsOf = (memory: RunMemory): Reads => memory.get(readsSlot);

const nameKey = (subscriptionId: string, name: string) => `${subscriptionId.toLowerCase()}/${name.toLowerCase()}`;

/** Starts the step's reads for `subscriptionId`, under --yes (every answer known; none of them waits on a person). */
export function readRegistryStepAhead(context: Context, subscriptionId: string): void {
	if (context.flags.yes !== true) return;
	const {azure, flags} = context;
	const reads = readsOf(context.memory);
	begin(reads.registries, subscriptionId.toLowerCase(), async () => azure.listRegistries(subscriptionId));
	begin(reads.groups, subscriptionId.toLowerCase(), async () => azure.listResourceGroups(subscriptionId));
	const name = flags.registryName;
	if (name === undefined || looksLikeResourceId(name)) return;
	begin(reads.names, nameKey(subscriptionId, name), async () => azure.checkRegistryName(subscriptionId, name));
	for (const other of context.store.getState().subscriptions) {
		if (other.id.toLowerCase() !== subscriptionId.toLowerCase()) begin(reads.registries, other.id.toLowerCase(), async () => azure.listRegistries(other.id));
	}
}

/** The registries of a subscription: read ahead, else now. */
export async function registriesOf(context: Context, subscriptionId: string): Promise<Registry[]> {
	return take(readsOf(context.memory).registries, subscriptionId.toLowerCase(), async () => context.azure.listRegistries(subscriptionId));
}

/** The resource groups of a subscription: read ahead, else now. */
export async function resourceGroupsOf(context: Context, subscriptionId: string): Promise<ResourceGroup[]> {
	return take(readsOf(context.memory).groups, subscriptionId.toLowerCase(), async () => context.azure.listResourceGroups(subscriptionId));
}

/** Whether a registry name is free: read ahead, else now. */
export async function nameAvailabilityOf(context: Context, subscriptionId: string, name: string): Promise<NameAvailability> {
	return take(readsOf(context.memory).names, nameKey(subscriptionId, name), async () => context.azure.checkRegistryName(subscriptionId, name));
}
