/**
 * The registry settings this folder models, as Registries_Get shows them: network access (rules, public access,
 * private endpoints), the role assignment mode and the ARM-audience token policy. A leaf: it imports only types.
 */
import type {Registry} from '../state.js';
import {defaultRegistryNetwork, type RegistryNetwork} from './world.js';

/** The registry's network settings, created with the defaults on first use. */
export function registryNetworkOf(registry: Registry): RegistryNetwork {
	registry.network ??= defaultRegistryNetwork();
	return registry.network;
}

/** The registry's role assignment mode as Registries_Get shows it. */
export const roleAssignmentModeOf = (registry: Registry): string => registry.roleAssignmentMode ?? 'LegacyRegistryPermissions';

/** The azureADAuthenticationAsArmPolicy status as Registries_Get shows it. */
export const armAudiencePolicyOf = (registry: Registry): 'enabled' | 'disabled' => registry.armAudienceTokens ?? 'enabled';

/** The network fields of Registries_Get. */
export function networkJson(registry: Registry): Record<string, unknown> {
	const network = registryNetworkOf(registry);
	return {
		networkRuleSet: {defaultAction: network.defaultAction, ipRules: network.ipRules.map((rule) => ({action: rule.action, value: rule.value}))},
		publicNetworkAccess: network.publicNetworkAccess,
		privateEndpointConnections: network.privateEndpoints.map((pe) => ({
			id: `${registry.id}/privateEndpointConnections/${pe.name}`,
			name: pe.name,
			type: 'Microsoft.ContainerRegistry/registries/privateEndpointConnections',
			properties: {
				privateEndpoint: {
					id: `${pe.vnetId.replace(/\/providers\/Microsoft\.Network\/virtualNetworks\/.*$/i, '')}/providers/Microsoft.Network/privateEndpoints/${pe.name}`,
				},
				privateLinkServiceConnectionState: {status: 'Approved', description: 'Auto-Approved', actionsRequired: 'None'},
				provisioningState: 'Succeeded',
			},
		})),
	};
}
