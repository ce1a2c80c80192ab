/** ARM resource ids (pure): their parts, and whether one is a registry or an AKS cluster. Steps and the adapter share these. */

/** The parts of a resource id such as `/subscriptions/s/resourceGroups/g/providers/P/t/name`. */
export type ResourceIdParts = {
	readonly subscriptionId: string;
	readonly resourceGroup: string;
	readonly provider: string;
	readonly type: string;
	readonly name: string;
};

const pattern = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/([^/]+)\/([^/]+)\/?$/i;

/** Splits a top-level resource id into its parts, or undefined when it is not one. */
export function parseResourceId(id: string): ResourceIdParts | undefined {
	const match = pattern.exec(id.trim());
	if (!match) return undefined;
	const [, subscriptionId = '', resourceGroup = '', provider = '', type = '', name = ''] = match;
	return {subscriptionId, resourceGroup, provider, type, name};
}

function isOfType(id: string, provider: string, type: string): boolean {
	const parts = parseResourceId(id);
	return parts !== undefined && parts.provider.toLowerCase() === provider.toLowerCase() && parts.type.toLowerCase() === type.toLowerCase();
}

/** Whether `id` is a container registry's resource id. */
export function isRegistryId(id: string): boolean {
	return isOfType(id, 'Microsoft.ContainerRegistry', 'registries');
}

/** Whether `id` is an AKS cluster's resource id. */
export function isManagedClusterId(id: string): boolean {
	return isOfType(id, 'Microsoft.ContainerService', 'managedClusters');
}

/** Whether the text looks like an attempt at a resource id (so it is validated as one, not as a name). */
export function looksLikeResourceId(text: string): boolean {
	return text.trim().startsWith('/');
}

/** The subscription a scope or id lives in, if it names one. */
export function subscriptionIdOf(scope: string): string | undefined {
	return /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1];
}

/** The resource group of an id, or '' when it has none. */
export function resourceGroupOf(id: string): string {
	return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1] ?? '';
}

/** The last segment of an id (a child resource's name). */
export function lastSegment(id: string): string {
	return id.split('/').filter(Boolean).pop() ?? '';
}
