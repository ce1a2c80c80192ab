/** The container registry SDK client, one per subscription, and the (group, name) a registry id names. */
import type {ContainerRegistryManagementClient} from '@azure/arm-containerregistry';
import type {SdkContext} from './azure-sdk-clients.js';
import {parseResourceId} from './azure-sdk-ids.js';

/** The registries client of a subscription, loaded and created on first use. */
export async function acrClient(ctx: SdkContext, subscriptionId: string): Promise<ContainerRegistryManagementClient> {
	return ctx.cached('acr', subscriptionId, async () => {
		const sdk = await import('@azure/arm-containerregistry');
		return new sdk.ContainerRegistryManagementClient(ctx.credentialFor(subscriptionId), subscriptionId, ctx.modularOptions);
	});
}

/** A registry id as the SDK calls want it: resource group, registry name, and the client of its subscription. */
export async function acrTarget(ctx: SdkContext, registryId: string): Promise<{rg: string; registry: string; client: ContainerRegistryManagementClient}> {
	const {subscriptionId, resourceGroup, name} = parseResourceId(registryId);
	return {rg: resourceGroup, registry: name, client: await acrClient(ctx, subscriptionId)};
}
