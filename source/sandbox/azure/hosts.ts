/** A registry's host names in the sandbox cloud: apart from registry-json.ts so that what it reads (registry/network.ts) may use them without an import cycle. */
import type {SandboxContext} from '../context.js';
import type {Registry} from '../state.js';

/** The registry's login server in the sandbox cloud: `<lower-case name>.<suffix>`. */
export const loginServerOf = (ctx: SandboxContext, registry: Registry): string => `${registry.name.toLowerCase()}.${ctx.acrSuffix}`;

/** The registry's data endpoint host (`<name>.<region>.data.<suffix>`). */
export const dataEndpointOf = (ctx: SandboxContext, registry: Registry): string =>
	`${registry.name.toLowerCase()}.${registry.location.toLowerCase().replace(/\s+/g, '')}.data.${ctx.acrSuffix}`;
