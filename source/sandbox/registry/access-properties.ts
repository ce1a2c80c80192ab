import {objectField, stringField} from '../context.js';
import {ArmError} from '../http/errors.js';
import type {Registry} from '../state.js';
import {applyNetworkProperties} from './network.js';

const modes = ['LegacyRegistryPermissions', 'AbacRepositoryPermissions'] as const;

/**
 * Applies the access properties of a registry PUT or PATCH body: network rules, public network access, the role
 * assignment mode and the ARM-audience token policy. Checks everything before changing anything.
 */
export function applyRegistryAccessProperties(registry: Registry, sku: Registry['sku'], props: Record<string, unknown>): void {
	const mode = props.roleAssignmentMode;
	if (mode !== undefined && !modes.some((m) => m === mode)) {
		throw new ArmError(
			400,
			'InvalidParameter',
			`The value '${typeof mode === 'string' ? mode : JSON.stringify(mode)}' of property 'roleAssignmentMode' is invalid. Allowed values are: ${modes.join(', ')}.`,
		);
	}
	const policy = stringField(objectField(objectField(props, 'policies'), 'azureADAuthenticationAsArmPolicy'), 'status')?.toLowerCase();
	if (policy !== undefined && policy !== 'enabled' && policy !== 'disabled') {
		throw new ArmError(
			400,
			'InvalidParameter',
			`The value '${policy}' of property 'policies.azureADAuthenticationAsArmPolicy.status' is invalid. Allowed values are: enabled, disabled.`,
		);
	}
	applyNetworkProperties(registry, sku, props);
	if (mode === 'LegacyRegistryPermissions' || mode === 'AbacRepositoryPermissions') registry.roleAssignmentMode = mode;
	if (policy === 'enabled' || policy === 'disabled') registry.armAudienceTokens = policy;
}
