import type {SandboxContext} from '../context.js';
import {armAudiencePolicyOf, networkJson, roleAssignmentModeOf} from '../registry/settings-json.js';
import type {Registry, RegistryToken, ScopeMap} from '../state.js';

/** The registry's login server in the sandbox cloud: `<lower-case name>.<suffix>`. */
export const loginServerOf = (ctx: SandboxContext, registry: Registry): string => `${registry.name.toLowerCase()}.${ctx.acrSuffix}`;

/** The registry's data endpoint host (`<name>.<region>.data.<suffix>`). */
export const dataEndpointOf = (ctx: SandboxContext, registry: Registry): string =>
	`${registry.name.toLowerCase()}.${registry.location.toLowerCase().replace(/\s+/g, '')}.data.${ctx.acrSuffix}`;

/** A registry as Registries_Get answers it, field for field. */
export function registryJson(ctx: SandboxContext, registry: Registry): Record<string, unknown> {
	return {
		id: registry.id,
		name: registry.name,
		type: 'Microsoft.ContainerRegistry/registries',
		location: registry.location,
		tags: registry.tags,
		sku: {name: registry.sku, tier: registry.sku},
		properties: {
			loginServer: loginServerOf(ctx, registry),
			creationDate: registry.creationDate,
			provisioningState: ctx.ops.provisioningState(registry.id),
			adminUserEnabled: registry.adminUserEnabled,
			policies: {
				quarantinePolicy: {status: 'disabled'},
				trustPolicy: {type: 'Notary', status: 'disabled'},
				retentionPolicy: {days: 7, lastUpdatedTime: registry.creationDate, status: 'disabled'},
				exportPolicy: {status: 'enabled'},
				azureADAuthenticationAsArmPolicy: {status: armAudiencePolicyOf(registry)},
			},
			encryption: {status: 'disabled'},
			status: null,
			dataEndpointEnabled: registry.dataEndpointEnabled,
			dataEndpointHostNames: registry.dataEndpointEnabled ? [dataEndpointOf(ctx, registry)] : [],
			...networkJson(registry),
			networkRuleBypassOptions: 'AzureServices',
			networkRuleBypassAllowedForTasks: false,
			zoneRedundancy: 'Disabled',
			anonymousPullEnabled: registry.anonymousPullEnabled,
			roleAssignmentMode: roleAssignmentModeOf(registry),
		},
	};
}

/** A scope map as ScopeMaps_Get answers it. */
export function scopeMapJson(ctx: SandboxContext, registry: Registry, map: ScopeMap): Record<string, unknown> {
	const id = `${registry.id}/scopeMaps/${map.name}`;
	return {
		id,
		name: map.name,
		type: 'Microsoft.ContainerRegistry/registries/scopeMaps',
		properties: {
			...(map.description ? {description: map.description} : {}),
			creationDate: map.creationDate,
			type: map.type,
			actions: map.actions,
			provisioningState: ctx.ops.provisioningState(id),
		},
	};
}

/** A token as Tokens_Get answers it: password names and expiries, never their values. */
export function tokenJson(ctx: SandboxContext, registry: Registry, token: RegistryToken): Record<string, unknown> {
	const id = `${registry.id}/tokens/${token.name}`;
	return {
		id,
		name: token.name,
		type: 'Microsoft.ContainerRegistry/registries/tokens',
		properties: {
			creationDate: token.creationDate,
			scopeMapId: token.scopeMapId,
			provisioningState: ctx.ops.provisioningState(id),
			status: token.status,
			credentials: {
				certificates: [],
				passwords: token.passwords.map((p) => ({creationTime: p.creationTime, ...(p.expiry ? {expiry: p.expiry} : {}), name: p.name})),
			},
		},
	};
}
