/**
 * Regions by cloud: a sovereign cloud has its own few (chinaeast2, usgovvirginia…) and no eastus, so a location
 * outside them is refused at the question, saying which regions there are, before Azure refuses the create.
 */
import {clouds, type CloudProfile} from '../../azure/clouds.js';
import {messages} from '../../messages/catalog.js';

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
