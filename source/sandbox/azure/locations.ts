/**
 * Where resources may go in the cloud the sandbox plays: a region it does not have (`eastus` in the China cloud,
 * `westeurop` anywhere) is refused with ARM's own codes and texts, and `GET /subscriptions/{id}/locations` lists
 * the regions there are, as ARM does.
 */
import type {SandboxContext} from '../context.js';
import {ArmError} from '../http/errors.js';
import {playedCloudOf} from '../sovereign.js';
import {publicLogicalRegions, publicRegions} from './public-regions.js';

/** ARM's spelling of a location: lower case, no spaces (`China East 2` → `chinaeast2`). */
const normal = (location: string): string => location.toLowerCase().replace(/\s+/g, '');

/** The physical regions of the played cloud, by name and display name. */
function physicalRegions(ctx: Pick<SandboxContext, 'state'>): ReadonlyArray<readonly [string, string]> {
	return playedCloudOf(ctx.state).regions ?? publicRegions;
}

/** The region names of the played cloud. */
function regionsOf(ctx: Pick<SandboxContext, 'state'>): string[] {
	return physicalRegions(ctx).map(([name]) => name);
}

/** `GET /subscriptions/{id}/locations` (api-version 2022-12-01): the played cloud's regions, the public cloud's logical ones after them. */
export function locationsJson(ctx: Pick<SandboxContext, 'state'>, subscriptionId: string): {value: Array<Record<string, unknown>>} {
	const sovereign = playedCloudOf(ctx.state).regions !== undefined;
	const entry = ([name, displayName]: readonly [string, string], regionType: 'Physical' | 'Logical') => ({
		id: `/subscriptions/${subscriptionId}/locations/${name}`,
		name,
		type: 'Region',
		displayName,
		metadata: {regionType, regionCategory: regionType === 'Physical' ? 'Recommended' : 'Other'},
	});
	return {
		value: [
			...physicalRegions(ctx).map((region) => entry(region, 'Physical')),
			...(sovereign ? [] : publicLogicalRegions.map((region) => entry(region, 'Logical'))),
		],
	};
}

/** The display names of the played cloud's regions (the providers' `locations`), when it lists them. */
export function regionDisplayNames(ctx: Pick<SandboxContext, 'state'>): string[] | undefined {
	return playedCloudOf(ctx.state).regions?.map(([, displayName]) => displayName);
}

/** Refuses a resource group outside the played cloud's regions: 400 LocationNotAvailableForResourceGroup. */
export function requireGroupLocation(ctx: Pick<SandboxContext, 'state'>, location: string): void {
	const regions = regionsOf(ctx);
	if (regions.includes(normal(location))) return;
	throw new ArmError(
		400,
		'LocationNotAvailableForResourceGroup',
		`The provided location '${location}' is not available for resource group. List of available regions is '${regions.join(',')}'.`,
	);
}

/** Refuses a resource outside the played cloud's regions: 400 LocationNotAvailableForResourceType. */
export function requireResourceLocation(ctx: Pick<SandboxContext, 'state'>, location: string, resourceType: string): void {
	const regions = regionsOf(ctx);
	if (regions.includes(normal(location))) return;
	throw new ArmError(
		400,
		'LocationNotAvailableForResourceType',
		`The provided location '${location}' is not available for resource type '${resourceType}'. List of available regions for the resource type is '${regions.join(',')}'.`,
	);
}
