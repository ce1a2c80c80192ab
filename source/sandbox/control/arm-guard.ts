import {ArmError} from '../http/errors.js';
import type {SandboxRequest} from '../http/router.js';
import type {SandboxContext} from '../context.js';
import {providerNamespaces, requireRegistered} from '../azure/resources.js';
import {tenantOfSubscription, wrongTenantMessage} from './tenants.js';

/** Namespaces every subscription has registered, as in Azure (role assignments, resource groups). */
const alwaysRegistered = new Set(['microsoft.authorization', 'microsoft.resources']);

/** The provider namespace a PUT creates or replaces a resource of: the last `providers/<namespace>` of the path. */
function namespaceOfPut(path: string): string | undefined {
	const segments = path.split('/');
	const at = segments.map((s) => s.toLowerCase()).lastIndexOf('providers');
	const namespace = at >= 0 ? segments[at + 1] : undefined;
	return namespace === undefined ? undefined : providerNamespaces.find((ns) => ns.toLowerCase() === namespace.toLowerCase());
}

/**
 * What ARM checks before any resource provider sees a request: the token's tenant owns the subscription
 * (else 401 `InvalidAuthenticationTokenTenant`), and a PUT's provider namespace is registered in it
 * (else 409 `MissingSubscriptionRegistration`), extensions and nested types included.
 */
export function armGuard(ctx: SandboxContext): (request: SandboxRequest) => void {
	return (request) => {
		const subscriptionId = /^\/subscriptions\/([^/]+)/i.exec(request.path)?.[1];
		if (subscriptionId === undefined || !ctx.state.subscriptions.has(subscriptionId.toLowerCase())) {
			return;
		}
		const tenantId = tenantOfSubscription(ctx.state, subscriptionId);
		if (request.caller.tenantId.toLowerCase() !== tenantId.toLowerCase()) {
			throw new ArmError(401, 'InvalidAuthenticationTokenTenant', wrongTenantMessage(request.caller.tenantId, tenantId), undefined, {
				'WWW-Authenticate': `Bearer authorization_uri="https://login.windows.net/${tenantId}", error="invalid_token", error_description="The access token is from the wrong issuer."`,
			});
		}
		const namespace = request.method === 'PUT' ? namespaceOfPut(request.path) : undefined;
		if (namespace !== undefined && !alwaysRegistered.has(namespace.toLowerCase())) {
			requireRegistered(ctx, subscriptionId, namespace);
		}
	};
}
