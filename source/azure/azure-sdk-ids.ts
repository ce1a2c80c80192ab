/** ARM resource ids taken apart, so SDK calls that want (group, name) can be made from the ids the port speaks in. */
import {AzureError} from './azure.js';

/** A top-level resource id's parts: `/subscriptions/{s}/resourceGroups/{g}/providers/{ns}/{type}/{name}`. */
export type ResourceIdParts = {
	readonly subscriptionId: string;
	readonly resourceGroup: string;
	readonly provider: string;
	readonly type: string;
	readonly name: string;
};

/** Splits a resource id; throws an `InvalidResourceId` AzureError when it is not one. */
export function parseResourceId(id: string): ResourceIdParts {
	const match = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/([^/]+)\/([^/]+)/i.exec(id);
	if (!match?.[1] || !match[2] || !match[3] || !match[4] || !match[5]) {
		throw new AzureError(`'${id}' is not an Azure resource id (/subscriptions/…/resourceGroups/…/providers/…).`, 'InvalidResourceId', undefined, id);
	}
	return {subscriptionId: match[1], resourceGroup: match[2], provider: match[3], type: match[4], name: match[5]};
}

/** The subscription a scope or id lives in; throws when the scope names none. */
export function subscriptionOf(scope: string): string {
	const found = /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1];
	if (!found) throw new AzureError(`'${scope}' does not name a subscription.`, 'InvalidResourceId', undefined, scope);
	return found;
}

/** The resource group of an id, if it has one. */
export function resourceGroupOf(id: string): string {
	return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1] ?? '';
}

/** The last segment of an id (a child resource's name). */
export function lastSegment(id: string): string {
	return id.split('/').filter(Boolean).pop() ?? '';
}
