/** Connected registries, with the sync scope map and token `az acr connected-registry create` makes for them. */
import type {ConnectedRegistry as SdkConnectedRegistry} from '@azure/arm-containerregistry';
import type {AzureRegistries, ConnectedRegistry} from './azure.js';
import {acrTarget} from './azure-sdk-acr.js';
import {collect, untilDone, type SdkContext} from './azure-sdk-clients.js';
import {mapped, orUndefined} from './azure-sdk-errors.js';
import {putScopeMap, putToken} from './azure-sdk-registry-access.js';

type Connected = Pick<
	AzureRegistries,
	'createConnectedRegistry' | 'getConnectedRegistry' | 'listConnectedRegistries' | 'deleteConnectedRegistry' | 'addClientTokens' | 'deactivateConnectedRegistry'
>;

/** The SDK's connected registry as the port's plain data. */
function connectedRegistryOf(c: SdkConnectedRegistry): ConnectedRegistry {
	const sync = c.parent?.syncProperties;
	return {
		id: c.id ?? '',
		name: c.name ?? '',
		mode: c.mode ?? 'ReadOnly',
		syncTokenId: sync?.tokenId ?? '',
		...(c.connectionState ? {connectionState: c.connectionState} : {}),
		...(c.activation?.status ? {activationStatus: c.activation.status} : {}),
		...(sync?.gatewayEndpoint ? {gatewayEndpoint: sync.gatewayEndpoint} : {}),
		...(sync?.lastSyncTime ? {lastSyncTime: sync.lastSyncTime.toISOString()} : {}),
		...(c.provisioningState ? {provisioningState: c.provisioningState} : {}),
		...(sync?.schedule ? {schedule: sync.schedule} : {}),
		...(sync?.syncWindow ? {syncWindow: sync.syncWindow} : {}),
		...(c.logging?.logLevel ? {logLevel: c.logging.logLevel} : {}),
		clientTokenIds: c.clientTokenIds ?? [],
	};
}

/** The actions of a connected registry's sync scope map, as `az acr connected-registry create` writes them. */
export function syncActions(name: string, mode: 'ReadOnly' | 'ReadWrite', repositories: readonly string[]): string[] {
	const repoActions =
		mode === 'ReadWrite' ? ['content/read', 'content/write', 'content/delete', 'metadata/read', 'metadata/write'] : ['content/read', 'metadata/read'];
	const gateway = ['config/read', 'config/write', 'message/read', 'message/write'].map((a) => `gateway/${name}/${a}`);
	return [...repositories.flatMap((repo) => repoActions.map((a) => `repositories/${repo}/${a}`)), ...gateway];
}

/** The connected-registry part of the registries port. */
export function createConnectedRegistries(ctx: SdkContext): Connected {
	const lro = {updateIntervalInMs: ctx.updateIntervalInMs};
	return {
		async createConnectedRegistry(registryId, input, progress) {
			// As `az acr connected-registry create --repository`: the sync scope map and token are both named after the connected registry.
			const map = await putScopeMap(
				ctx,
				registryId,
				input.name,
				syncActions(input.name, input.mode, input.repositories),
				`Created by connected registry sync token: ${input.name}`,
			);
			const token = await putToken(ctx, registryId, input.name, map.id);
			const {client, rg, registry} = await acrTarget(ctx, registryId);
			const body = {
				mode: input.mode,
				parent: {
					syncProperties: {
						tokenId: token.id,
						schedule: input.schedule ?? '* * * * *',
						messageTtl: 'P1D',
						...(input.syncWindow ? {syncWindow: input.syncWindow} : {}),
					},
				},
				logging: {logLevel: input.logLevel ?? 'Information', auditLogStatus: 'Disabled'},
			};
			return mapped(async () => connectedRegistryOf(await untilDone(client.connectedRegistries.create(rg, registry, input.name, body, lro), progress)));
		},
		async addClientTokens(registryId, name, tokenIds, progress) {
			const {client, rg, registry} = await acrTarget(ctx, registryId);
			const current = await mapped(async () => client.connectedRegistries.get(rg, registry, name));
			const merged = [...new Set([...(current.clientTokenIds ?? []), ...tokenIds])];
			return mapped(async () =>
				connectedRegistryOf(await untilDone(client.connectedRegistries.update(rg, registry, name, {clientTokenIds: merged}, lro), progress)),
			);
		},
		async deactivateConnectedRegistry(registryId, name, progress) {
			const {client, rg, registry} = await acrTarget(ctx, registryId);
			await mapped(async () => untilDone(client.connectedRegistries.deactivate(rg, registry, name, lro), progress));
		},
		async getConnectedRegistry(registryId, name) {
			const {client, rg, registry} = await acrTarget(ctx, registryId);
			const found = await orUndefined(async () => client.connectedRegistries.get(rg, registry, name));
			return found && connectedRegistryOf(found);
		},
		async listConnectedRegistries(registryId) {
			const {client, rg, registry} = await acrTarget(ctx, registryId);
			return mapped(async () => (await collect(client.connectedRegistries.list(rg, registry))).map(connectedRegistryOf));
		},
		async deleteConnectedRegistry(registryId, name, progress) {
			const {client, rg, registry} = await acrTarget(ctx, registryId);
			await mapped(async () => untilDone(client.connectedRegistries.delete(rg, registry, name, lro), progress));
		},
	};
}
