/** ARM resource ids for SDK calls that want (group, name): the shared parser, failing as an AzureError. */
import {AzureError} from './azure.js';
import {parseResourceId as parse, subscriptionIdOf, type ResourceIdParts} from './resource-id.js';

export {lastSegment, resourceGroupOf, type ResourceIdParts} from './resource-id.js';

/** Splits a top-level resource id (child segments after it are allowed); throws an `InvalidResourceId` AzureError when it is not one. */
export function parseResourceId(id: string): ResourceIdParts {
	const top = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/[^/]+\/[^/]+\/[^/]+/i.exec(id.trim())?.[0];
	const parts = top ? parse(top) : undefined;
	if (!parts) throw new AzureError(`'${id}' is not an Azure resource id (/subscriptions/…/resourceGroups/…/providers/…).`, 'InvalidResourceId', undefined, id);
	return parts;
}

/** The subscription a scope or id lives in; throws when the scope names none. */
export function subscriptionOf(scope: string): string {
	const found = subscriptionIdOf(scope);
	if (!found) throw new AzureError(`'${scope}' does not name a subscription.`, 'InvalidResourceId', undefined, scope);
	return found;
}
