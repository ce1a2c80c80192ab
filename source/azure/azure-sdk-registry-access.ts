/** Repository-scoped access on a registry: scope maps, tokens, token passwords and connected registries. */
import type {
	ContainerRegistryManagementClient,
	ConnectedRegistry as SdkConnectedRegistry,
	ScopeMap as SdkScopeMap,
	Token as SdkToken,
} from '@azure/arm-containerregistry';
import type {AzureRegistries, ConnectedRegistry, RegistryToken, ScopeMap} from './azure.js';
import {collect, untilDone, type SdkContext} from './azure-sdk-clients.js';
import {isNotFound, mapped} from './azure-sdk-errors.js';
import {parseResourceId} from './azure-sdk-ids.js';

type Access = Pick<
	AzureRegistries,
	| 'createScopeMap'
	| 'getScopeMap'
	| 'createToken'
	| 'getToken'
	| 'deleteToken'
	| 'deleteScopeMap'
	| 'generateTokenPassword'
	| 'createConnectedRegistry'
	| 'getConnectedRegistry'
	| 'listConnectedRegistries'
	| 'deleteConnectedRegistry'
>;

/** The registries client of a subscription, created once. */
export async function acrClient(ctx: SdkContext, subscriptionId: string): Promise<ContainerRegistryManagementClient> {
	return ctx.cached('acr', subscriptionId, async () => {
		const sdk = await import('@azure/arm-containerregistry');
		return new sdk.ContainerRegistryManagementClient(ctx.credential, subscriptionId, ctx.modularOptions);
	});
}

const scopeMapOf = (m: SdkScopeMap): ScopeMap => ({id: m.id ?? '', name: m.name ?? '', actions: m.actions ?? []});
const tokenOf = (t: SdkToken): RegistryToken => ({id: t.id ?? '', name: t.name ?? '', scopeMapId: t.scopeMapId ?? '', status: t.status ?? 'enabled'});

/** The SDK's connected registry as the port's plain data. */
export function connectedRegistryOf(c: SdkConnectedRegistry): ConnectedRegistry {
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
	};
}

/** The actions of a connected registry's sync scope map, as `az acr connected-registry create` writes them. */
export function syncActions(name: string, mode: 'ReadOnly' | 'ReadWrite', repositories: readonly string[]): string[] {
	const repoActions = mode === 'ReadWrite' ? ['content/read', 'content/write', 'content/delete', 'metadata/read', 'metadata/write'] : ['content/read', 'metadata/read'];
	const gateway = ['config/read', 'config/write', 'message/read', 'message/write'].map((a) => `gateway/${name}/${a}`);
	return [...repositories.flatMap((repo) => repoActions.map((a) => `repositories/${repo}/${a}`)), ...gateway];
}

/** Returns undefined for ARM's 404 instead of throwing. */
async function orUndefined<T>(call: () => Promise<T>): Promise<T | undefined> {
	try {
		return await mapped(call);
	} catch (error: unknown) {
		if (isNotFound(error)) return undefined;
		throw error;
	}
}

/** The scope-map, token and connected-registry part of the registries port. */
export function createRegistryAccess(ctx: SdkContext): Access {
	const lro = {updateIntervalInMs: ctx.updateIntervalInMs};
	const on = async (registryId: string) => {
		const {subscriptionId, resourceGroup, name} = parseResourceId(registryId);
		return {rg: resourceGroup, registry: name, client: await acrClient(ctx, subscriptionId)};
	};
	const putScopeMap = async (registryId: string, name: string, actions: readonly string[], description?: string) => {
		const {client, rg, registry} = await on(registryId);
		const body = {actions: [...actions], ...(description ? {description} : {})};
		return mapped(async () => scopeMapOf(await untilDone(client.scopeMaps.create(rg, registry, name, body, lro))));
	};
	const putToken = async (registryId: string, name: string, scopeMapId: string) => {
		const {client, rg, registry} = await on(registryId);
		return mapped(async () => tokenOf(await untilDone(client.tokens.create(rg, registry, name, {scopeMapId, status: 'enabled'}, lro))));
	};
	return {
		createScopeMap: putScopeMap,
		async getScopeMap(registryId, name) {
			const {client, rg, registry} = await on(registryId);
			const found = await orUndefined(async () => client.scopeMaps.get(rg, registry, name));
			return found && scopeMapOf(found);
		},
		createToken: putToken,
		async getToken(registryId, name) {
			const {client, rg, registry} = await on(registryId);
			const found = await orUndefined(async () => client.tokens.get(rg, registry, name));
			return found && tokenOf(found);
		},
		async deleteToken(registryId, name) {
			const {client, rg, registry} = await on(registryId);
			await mapped(async () => untilDone(client.tokens.delete(rg, registry, name, lro)));
		},
		async deleteScopeMap(registryId, name) {
			const {client, rg, registry} = await on(registryId);
			await mapped(async () => untilDone(client.scopeMaps.delete(rg, registry, name, lro)));
		},
		async generateTokenPassword(registryId, tokenId, which, expiry) {
			const {client, rg, registry} = await on(registryId);
			const parameters = {tokenId, name: which, ...(expiry ? {expiry: new Date(expiry)} : {})};
			const result = await mapped(async () => untilDone(client.registries.generateCredentials(rg, registry, parameters, lro)));
			const password = result.passwords?.find((p) => p.name === which) ?? result.passwords?.[0];
			return {
				username: result.username ?? '',
				password: {value: password?.value ?? '', ...(password?.expiry ? {expiresAt: password.expiry.toISOString()} : {})},
			};
		},
		async createConnectedRegistry(registryId, input, progress) {
			const {client, rg, registry} = await on(registryId);
			const map = await putScopeMap(registryId, `${input.name}-sync-scope-map`, syncActions(input.name, input.mode, input.repositories));
			const token = await putToken(registryId, `${input.name}-sync-token`, map.id);
			const body = {mode: input.mode, parent: {syncProperties: {tokenId: token.id, schedule: '* * * * *', messageTtl: 'P1D'}}};
			return mapped(async () => connectedRegistryOf(await untilDone(client.connectedRegistries.create(rg, registry, input.name, body, lro), progress)));
		},
		async getConnectedRegistry(registryId, name) {
			const {client, rg, registry} = await on(registryId);
			const found = await orUndefined(async () => client.connectedRegistries.get(rg, registry, name));
			return found && connectedRegistryOf(found);
		},
		async listConnectedRegistries(registryId) {
			const {client, rg, registry} = await on(registryId);
			return mapped(async () => (await collect(client.connectedRegistries.list(rg, registry))).map(connectedRegistryOf));
		},
		async deleteConnectedRegistry(registryId, name, progress) {
			const {client, rg, registry} = await on(registryId);
			await mapped(async () => untilDone(client.connectedRegistries.delete(rg, registry, name, lro), progress));
		},
	};
}
