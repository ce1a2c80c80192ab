/**
 * Where resources may go in the cloud the sandbox plays: a sovereign cloud refuses a region it does not have
 * (`eastus` in the China cloud) with ARM's own codes and texts; the public cloud takes any name, as before.
 */
import type {SandboxContext} from '../context.js';
import {ArmError} from '../http/errors.js';
import {playedCloudOf} from '../sovereign.js';

/** ARM's spelling of a location: lower case, no spaces (`China East 2` → `chinaeast2`). */
const normal = (location: string): string => location.toLowerCase().replace(/\s+/g, '');

/** The region names of a sovereign cloud, or undefined for the public one (it has too many to list). */
function regionsOf(ctx: Pick<SandboxContext, 'state'>): string[] | undefined {
	return playedCloudOf(ctx.state).regions?.map(([name]) => name);
}

/** The display names of the played cloud's regions (the providers' `locations`), when it lists them. */
export function regionDisplayNames(ctx: Pick<SandboxContext, 'state'>): string[] | undefined {
	return playedCloudOf(ctx.state).regions?.map(([, displayName]) => displayName);
}

/** Refuses a resource group outside the played cloud's regions: 400 LocationNotAvailableForResourceGroup. */
export function requireGroupLocation(ctx: Pick<SandboxContext, 'state'>, location: string): void {
	const regions = regionsOf(ctx);
	if (regions === undefined || regions.includes(normal(location))) return;
	throw new ArmError(
		400,
		'LocationNotAvailableForResourceGroup',
		`The provided location '${location}' is not available for resource group. List of available regions is '${regions.join(',')}'.`,
	);
}

/** Refuses a resource outside the played cloud's regions: 400 LocationNotAvailableForResourceType. */
export function requireResourceLocation(ctx: Pick<SandboxContext, 'state'>, location: string, resourceType: string): void {
	const regions = regionsOf(ctx);
	if (regions === undefined || regions.includes(normal(location))) return;
	throw new ArmError(
		400,
		'LocationNotAvailableForResourceType',
		`The provided location '${location}' is not available for resource type '${resourceType}'. List of available regions for the resource type is '${regions.join(',')}'.`,
	);
}
