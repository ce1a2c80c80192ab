import type {SandboxRequest} from '../http/router.js';
import type {SandboxContext} from '../context.js';
import type {Application, ServicePrincipal} from '../state.js';
import {graphNotFound} from './graph-errors.js';
import {visible} from './replication.js';

/** The appId of a `(appId='…')` key segment, if the id is one. */
const appIdKey = (id: string): string | undefined => /^\(appId='([^']+)'\)$/i.exec(id)?.[1];

/** The applications in the directory. */
export const applicationsOf = (ctx: SandboxContext): Application[] =>
	[...ctx.state.applications.values()].filter((a) => visible(ctx.state, a.id, ctx.clock.now()));

/** The directory's service principals of applications (managed identities are not served here). */
export const applicationPrincipalsOf = (ctx: SandboxContext): ServicePrincipal[] =>
	[...ctx.state.servicePrincipals.values()].filter((s) => s.servicePrincipalType === 'Application' && visible(ctx.state, s.id, ctx.clock.now()));

/** The application with this object id or `(appId='…')` key, or Graph's 404. */
export function findApplication(ctx: SandboxContext, request: SandboxRequest, id: string): Application {
	const byAppId = appIdKey(id);
	const app = byAppId ? applicationsOf(ctx).find((a) => a.appId === byAppId) : ctx.state.applications.get(id.toLowerCase());
	if (!app || (!byAppId && !visible(ctx.state, app.id, ctx.clock.now()))) {
		throw graphNotFound(ctx, request, byAppId ?? id);
	}
	return app;
}

/** The service principal with this object id or `(appId='…')` key, or Graph's 404. */
export function findServicePrincipal(ctx: SandboxContext, request: SandboxRequest, id: string): ServicePrincipal {
	const byAppId = appIdKey(id);
	const sp = byAppId ? applicationPrincipalsOf(ctx).find((s) => s.appId === byAppId) : ctx.state.servicePrincipals.get(id.toLowerCase());
	if (!sp || (!byAppId && !visible(ctx.state, sp.id, ctx.clock.now()))) {
		throw graphNotFound(ctx, request, byAppId ?? id);
	}
	return sp;
}
