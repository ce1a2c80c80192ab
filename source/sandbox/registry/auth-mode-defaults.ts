/** The defaults of a registry's auth modes as Registries_Get shows them: apart from auth-modes.ts, which reads azure/registries.ts, so azure/registry-json.ts may use them without an import cycle. */
import type {Registry} from '../state.js';

/** The registry's role assignment mode as Registries_Get shows it. */
export const roleAssignmentModeOf = (registry: Registry): string => registry.roleAssignmentMode ?? 'LegacyRegistryPermissions';

/** The azureADAuthenticationAsArmPolicy status as Registries_Get shows it. */
export const armAudiencePolicyOf = (registry: Registry): 'enabled' | 'disabled' => registry.armAudienceTokens ?? 'enabled';
