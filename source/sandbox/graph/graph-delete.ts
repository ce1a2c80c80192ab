import {ArmError} from '../http/errors.js';
import type {Router, SandboxRequest, SandboxResponse} from '../http/router.js';
import type {SandboxContext} from '../context.js';
import {applicationPrincipalsOf, findApplication, findServicePrincipal} from './lookups.js';

const noContent: SandboxResponse = {status: 204};

/** Deletes an application and, as Graph does, its service principal; their passwords stop working at once. */
function deleteApplication(ctx: SandboxContext, request: SandboxRequest, id: string): SandboxResponse {
	const app = findApplication(ctx, request, id);
	ctx.state.applications.delete(app.id);
	for (const sp of applicationPrincipalsOf(ctx).filter((s) => s.appId === app.appId)) {
		ctx.state.servicePrincipals.delete(sp.id);
	}
	// Role assignments of the principal stay (as in Azure) but grant nothing now; the kubelets re-decide.
	ctx.notifyAccessChange();
	return noContent;
}

/** Deletes a service principal; its application stays, and pulls with its passwords fail at once. */
function deleteServicePrincipal(ctx: SandboxContext, request: SandboxRequest, id: string): SandboxResponse {
	const sp = findServicePrincipal(ctx, request, id);
	ctx.state.servicePrincipals.delete(sp.id);
	ctx.notifyAccessChange();
	return noContent;
}

/** Serves Graph's DELETE of applications and service principals, by object id or `(appId='…')`, answering 204. */
export function addGraphDeleteRoutes(router: Router, ctx: SandboxContext): void {
	router
		.add('DELETE', '/v1.0/applications/:id', (r, p) => deleteApplication(ctx, r, p.id ?? ''))
		.add('DELETE', '/v1.0/servicePrincipals/:id', (r, p) => deleteServicePrincipal(ctx, r, p.id ?? ''))
		.add('DELETE', '/v1.0/:entity', (r, p) => {
			const entity = p.entity ?? '';
			const match = /^(applications|servicePrincipals)(\(appId='[^']+'\))$/i.exec(entity);
			if (!match) {
				throw /^(applications|servicePrincipals|me)$/i.test(entity)
					? new ArmError(405, 'MethodNotAllowed', `The HTTP method 'DELETE' is not supported at '${r.path}'.`)
					: new ArmError(400, 'BadRequest', `Resource not found for the segment '${entity}'.`);
			}
			const key = match[2] ?? '';
			return (match[1] ?? '').toLowerCase() === 'applications' ? deleteApplication(ctx, r, key) : deleteServicePrincipal(ctx, r, key);
		});
}
