/** Repository-scoped access on a registry: scope maps, tokens and token passwords. */
import type {ScopeMap as SdkScopeMap, Token as SdkToken} from '@azure/arm-containerregistry';
import type {AzureRegistries, RegistryToken, ScopeMap, TokenPasswordSlot} from './azure.js';
import {acrTarget} from './azure-sdk-acr.js';
import {settleCreate, untilDone, type SdkContext} from './azure-sdk-clients.js';
import {mapped, orUndefined} from './azure-sdk-errors.js';

type Access = Pick<
	AzureRegistries,
	| 'createScopeMap'
	| 'getScopeMap'
	| 'createToken'
	| 'updateTokenScopeMap'
	| 'enableToken'
	| 'getToken'
	| 'deleteToken'
	| 'deleteScopeMap'
	| 'generateTokenPassword'
>;

const scopeMapOf = (m: SdkScopeMap): ScopeMap => ({id: m.id ?? '', name: m.name ?? '', actions: m.actions ?? []});
const slotOf = (p: NonNullable<NonNullable<SdkToken['credentials']>['passwords']>[number]): TokenPasswordSlot | undefined =>
	p.name === 'password1' || p.name === 'password2'
		? {name: p.name, ...(p.creationTime ? {createdAt: p.creationTime.toISOString()} : {}), ...(p.expiry ? {expiresAt: p.expiry.toISOString()} : {})}
		: undefined;
const tokenOf = (t: SdkToken): RegistryToken => ({
	id: t.id ?? '',
	name: t.name ?? '',
	scopeMapId: t.scopeMapId ?? '',
	status: t.status ?? 'enabled',
	// Listed only when the answer carries them (a token's GET does; Azure's examples may not).
	...(t.credentials?.passwords ? {passwords: t.credentials.passwords.map(slotOf).filter((slot) => slot !== undefined)} : {}),
});

/** Creates (or replaces) a scope map. */
export async function putScopeMap(ctx: SdkContext, registryId: string, name: string, actions: readonly string[], description?: string): Promise<ScopeMap> {
	const {client, rg, registry} = await acrTarget(ctx, registryId);
	const body = {actions: [...actions], ...(description ? {description} : {})};
	return settleCreate(
		async () => scopeMapOf(await untilDone(client.scopeMaps.create(rg, registry, name, body, {updateIntervalInMs: ctx.updateIntervalInMs}))),
		async () => {
			const found = await orUndefined(async () => client.scopeMaps.get(rg, registry, name));
			return found && {state: found.provisioningState, value: scopeMapOf(found)};
		},
		ctx.readBackDelaysMs,
	);
}

/** Creates (or updates) an enabled token bound to a scope map. */
export async function putToken(ctx: SdkContext, registryId: string, name: string, scopeMapId: string): Promise<RegistryToken> {
	const {client, rg, registry} = await acrTarget(ctx, registryId);
	const body = {scopeMapId, status: 'enabled'};
	return settleCreate(
		async () => tokenOf(await untilDone(client.tokens.create(rg, registry, name, body, {updateIntervalInMs: ctx.updateIntervalInMs}))),
		async () => {
			const found = await orUndefined(async () => client.tokens.get(rg, registry, name));
			return found && {state: found.provisioningState, value: tokenOf(found)};
		},
		ctx.readBackDelaysMs,
	);
}

/** The scope-map and token part of the registries port. */
export function createRegistryAccess(ctx: SdkContext): Access {
	const lro = {updateIntervalInMs: ctx.updateIntervalInMs};
	return {
		createScopeMap: async (registryId, name, actions, description) => putScopeMap(ctx, registryId, name, actions, description),
		async getScopeMap(registryId, name) {
			const {client, rg, registry} = await acrTarget(ctx, registryId);
			const found = await orUndefined(async () => client.scopeMaps.get(rg, registry, name));
			return found && scopeMapOf(found);
		},
		createToken: async (registryId, name, scopeMapId) => putToken(ctx, registryId, name, scopeMapId),
		async updateTokenScopeMap(registryId, name, scopeMapId) {
			const {client, rg, registry} = await acrTarget(ctx, registryId);
			return mapped(async () => tokenOf(await untilDone(client.tokens.update(rg, registry, name, {scopeMapId}, lro))));
		},
		async enableToken(registryId, name) {
			const {client, rg, registry} = await acrTarget(ctx, registryId);
			return mapped(async () => tokenOf(await untilDone(client.tokens.update(rg, registry, name, {status: 'enabled'}, lro))));
		},
		async getToken(registryId, name) {
			const {client, rg, registry} = await acrTarget(ctx, registryId);
			const found = await orUndefined(async () => client.tokens.get(rg, registry, name));
			return found && tokenOf(found);
		},
		async deleteToken(registryId, name) {
			const {client, rg, registry} = await acrTarget(ctx, registryId);
			await mapped(async () => untilDone(client.tokens.delete(rg, registry, name, lro)));
		},
		async deleteScopeMap(registryId, name) {
			const {client, rg, registry} = await acrTarget(ctx, registryId);
			await mapped(async () => untilDone(client.scopeMaps.delete(rg, registry, name, lro)));
		},
		async generateTokenPassword(registryId, tokenId, which, expiry) {
			const {client, rg, registry} = await acrTarget(ctx, registryId);
			const parameters = {tokenId, name: which, ...(expiry ? {expiry: new Date(expiry)} : {})};
			const result = await mapped(async () => untilDone(client.registries.generateCredentials(rg, registry, parameters, lro)));
			const password = result.passwords?.find((p) => p.name === which) ?? result.passwords?.[0];
			return {
				username: result.username ?? '',
				password: {value: password?.value ?? '', ...(password?.expiry ? {expiresAt: password.expiry.toISOString()} : {})},
			};
		},
	};
}
