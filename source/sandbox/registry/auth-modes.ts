import type {SandboxContext} from '../context.js';
import {bodyObject, objectField, stringField} from '../context.js';
import {ArmError} from '../http/errors.js';
import type {Router} from '../http/router.js';
import {newSecret, requireRegistry} from '../azure/registries.js';
import type {Registry} from '../state.js';
import {applyNetworkProperties} from './network.js';

const base = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerRegistry/registries/:name';
const modes = ['LegacyRegistryPermissions', 'AbacRepositoryPermissions'] as const;

/** The registry's role assignment mode as Registries_Get shows it. */
export const roleAssignmentModeOf = (registry: Registry): string => registry.roleAssignmentMode ?? 'LegacyRegistryPermissions';

/** The azureADAuthenticationAsArmPolicy status as Registries_Get shows it. */
export const armAudiencePolicyOf = (registry: Registry): 'enabled' | 'disabled' => registry.armAudienceTokens ?? 'enabled';

/**
 * Applies the access properties of a registry PUT or PATCH body: network rules, public network access, the role
 * assignment mode and the ARM-audience token policy. Checks everything before changing anything.
 */
export function applyRegistryAccessProperties(registry: Registry, sku: Registry['sku'], props: Record<string, unknown>): void {
	const mode = props.roleAssignmentMode;
	if (mode !== undefined && !modes.some((m) => m === mode)) {
		throw new ArmError(400, 'InvalidParameter', `The value '${typeof mode === 'string' ? mode : JSON.stringify(mode)}' of property 'roleAssignmentMode' is invalid. Allowed values are: ${modes.join(', ')}.`);
	}
	const policy = stringField(objectField(objectField(props, 'policies'), 'azureADAuthenticationAsArmPolicy'), 'status')?.toLowerCase();
	if (policy !== undefined && policy !== 'enabled' && policy !== 'disabled') {
		throw new ArmError(400, 'InvalidParameter', `The value '${policy}' of property 'policies.azureADAuthenticationAsArmPolicy.status' is invalid. Allowed values are: enabled, disabled.`);
	}
	applyNetworkProperties(registry, sku, props);
	if (mode === 'LegacyRegistryPermissions' || mode === 'AbacRepositoryPermissions') registry.roleAssignmentMode = mode;
	if (policy === 'enabled' || policy === 'disabled') registry.armAudienceTokens = policy;
}

/** Serves regenerateCredential (az acr credential renew): a new value for one admin password. */
export function addRegistryAccessRoutes(router: Router, ctx: SandboxContext): void {
	router.add('POST', `${base}/regenerateCredential`, (r, p) => {
		const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
		if (!registry.adminUserEnabled) {
			throw new ArmError(
				400,
				'UnAuthorizedForCredentialOperations',
				`Cannot perform credential operations for ${registry.id} as admin user is disabled. Kindly enable admin user as per docs: https://docs.microsoft.com/en-us/azure/container-registry/container-registry-authentication#admin-account`,
			);
		}
		const name = stringField(bodyObject(r), 'name');
		if (name !== 'password' && name !== 'password2') {
			throw new ArmError(400, 'InvalidParameter', `The value '${String(name)}' of parameter 'name' is invalid. Allowed values are: password, password2.`);
		}
		registry.adminPasswords[name === 'password' ? 0 : 1] = newSecret();
		ctx.notifyAccessChange();
		const [password, password2] = registry.adminPasswords;
		return {status: 200, body: {username: registry.name, passwords: [{name: 'password', value: password}, {name: 'password2', value: password2}]}};
	});
}
