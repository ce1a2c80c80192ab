/**
 * Regions by cloud: a sovereign cloud has its own few (chinaeast2, usgovvirginia…) and no eastus, so a location
 * outside them is refused at the question, saying which regions there are, before Azure refuses the create.
 */
import type {AzureLocation} from '../../azure/azure.js';
import {clouds, type CloudProfile} from '../../azure/clouds.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {memorySlot} from '../../wizard/session.js';

/** The regions of the cloud in use (or played by the sandbox), when it is a sovereign one; undefined for the public cloud. */
export function sovereignRegions(cloud: Pick<CloudProfile, 'azureCloud'>): readonly string[] | undefined {
	const profile = clouds[cloud.azureCloud];
	return 'regions' in profile ? profile.regions : undefined;
}

/** Why `location` cannot be used in this cloud, or undefined when it can (or the cloud has too many regions to list). */
export function regionProblem(cloud: Pick<CloudProfile, 'azureCloud'>, location: string): string | undefined {
	const regions = sovereignRegions(cloud);
	if (regions === undefined || regions.includes(location)) return undefined;
	return messages().registry.group.locationNotInCloud(location, cloud.azureCloud, regions.join(', '));
}

/** The location question's hint: the cloud's own region names in a sovereign cloud, else the public examples. */
export function locationHint(cloud: Pick<CloudProfile, 'azureCloud'>): string {
	const regions = sovereignRegions(cloud);
	const text = messages().registry.group;
	return regions === undefined ? text.locationHint : text.locationHintIn(cloud.azureCloud, regions.join(', '));
}

/** The subscriptions' region lists read in this run, so each is asked for once. */
const locationsSlot = memorySlot<Map<string, Promise<readonly AzureLocation[]>>>('subscription-locations', () => new Map());

/** Levenshtein distance, for the names nearest a mistyped one. */
function distance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_value, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/** Up to three region names nearest `location`: those it starts or is contained in first, then by edit distance (one per four letters). */
export function nearestRegions(location: string, names: readonly string[]): string[] {
	const wanted = location.toLowerCase();
	const limit = Math.max(1, Math.floor(wanted.length / 4));
	const scored = names.map((name) => ({name, score: name.startsWith(wanted) || wanted.startsWith(name) ? 0.5 : distance(wanted, name)}));
	return scored
		.filter((item) => item.score <= limit)
		.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
		.slice(0, 3)
		.map((item) => item.name);
}

/**
 * Checks a location against the subscription's own list of regions (ARM `GET /subscriptions/{id}/locations`, as
 * `az account list-locations`), before anything is made there: undefined when the subscription has it, or when the
 * list cannot be read or is empty (then Azure decides, as before); else why not, with the nearest names.
 */
export async function subscriptionLocationProblem(context: Context, subscriptionId: string, location: string): Promise<string | undefined> {
	const lists = context.memory.get(locationsSlot);
	let listed = lists.get(subscriptionId);
	if (!listed) {
		listed = context.azure.listLocations(subscriptionId).catch((): readonly AzureLocation[] => []);
		lists.set(subscriptionId, listed);
	}
	const names = (await listed).map((item) => item.name.toLowerCase());
	if (names.length === 0 || names.includes(location.toLowerCase())) return undefined;
	return messages().registry.group.locationUnknown(location, nearestRegions(location, names).join(', '));
}
