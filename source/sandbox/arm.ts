import type {Router} from './http/router.js';
import {GuardedRouter} from './control/guarded-router.js';
import {armGuard} from './control/arm-guard.js';
import type {SandboxContext} from './context.js';
import {addResourceRoutes} from './azure/resources.js';
import {addRegistryRoutes} from './azure/registries.js';
import {addImportRoutes} from './azure/import.js';
import {addTokenRoutes} from './azure/tokens.js';
import {addConnectedRegistryRoutes} from './azure/connected-registries.js';
import {addClusterRoutes} from './azure/clusters.js';
import {addClusterPutRoutes} from './azure/cluster-put.js';
import {addClusterLifecycleRoutes} from './azure/cluster-lifecycle.js';
import {addPatchRoutes} from './azure/patch.js';
import {addExtensionRoutes} from './azure/extensions.js';
import {addAuthorizationRoutes} from './azure/authorization.js';
import {addClusterIdentityRoutes} from './azure/cluster-identity.js';
import {addRegistryAccessRoutes} from './registry/auth-modes.js';
import {addEligibilityRoutes} from './azure/eligibility.js';
import {addClusterPowerRoutes} from './azure/cluster-power.js';

/** Builds the ARM router: long-running operation polls first, then every provider area. */
export function createArmRouter(ctx: SandboxContext): Router {
	const router = new GuardedRouter(armGuard(ctx));
	router
		.add('GET', '*resource/operationStatuses/:opId', (r, p) => ctx.ops.status(r.baseUrl, r.path, p.opId ?? ''))
		.add('GET', '*resource/operationResults/:opId', (r, p) => ctx.ops.result(`${r.baseUrl}${r.path}?${r.query.toString()}`, p.opId ?? ''));
	addResourceRoutes(router, ctx);
	addRegistryRoutes(router, ctx);
	addImportRoutes(router, ctx);
	addTokenRoutes(router, ctx);
	addConnectedRegistryRoutes(router, ctx);
	addClusterRoutes(router, ctx);
	addClusterPutRoutes(router, ctx);
	addClusterLifecycleRoutes(router, ctx);
	addPatchRoutes(router, ctx);
	addExtensionRoutes(router, ctx);
	addAuthorizationRoutes(router, ctx);
	addClusterIdentityRoutes(router, ctx);
	addRegistryAccessRoutes(router, ctx);
	addEligibilityRoutes(router, ctx);
	addClusterPowerRoutes(router, ctx);
	return router;
}
