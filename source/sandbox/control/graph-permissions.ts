import {randomUUID} from 'node:crypto';
import {ArmError} from '../http/errors.js';
import type {SandboxRequest} from '../http/router.js';
import type {SandboxContext} from '../context.js';
import {GraphError} from '../graph/graph-errors.js';

/** The Microsoft Graph permissions that let a caller read applications and service principals. */
const readPermissions = ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
/** The ones that let it create and change them. */
const writePermissions = ['Application.ReadWrite.All', 'Directory.ReadWrite.All'];

/** The Graph permissions a caller holds: an application's granted ones (none by default), a user's restricted ones (all when not restricted). */
function permissionsOf(ctx: SandboxContext, objectId: string): {readonly app: boolean; readonly granted: readonly string[] | undefined} {
	const principal = ctx.state.servicePrincipals.get(objectId.toLowerCase());
	if (principal) {
		return {app: true, granted: ctx.state.control.graphPermissions.get(principal.appId.toLowerCase()) ?? []};
	}
	const user = ctx.state.users.get(objectId.toLowerCase());
	const granted =
		ctx.state.control.graphPermissions.get(objectId.toLowerCase()) ??
		(user ? ctx.state.control.graphPermissions.get(user.userPrincipalName.toLowerCase()) : undefined);
	return {app: false, granted};
}

/** Graph's 403 for a caller without the permission, with its `innerError`. */
export function graphDenied(ctx: SandboxContext, request: SandboxRequest): GraphError {
	const requestId = randomUUID();
	const clientRequestId = request.headers['client-request-id'];
	return new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.', {
		date: ctx.clock.now().toISOString().slice(0, 19),
		'request-id': requestId,
		'client-request-id': typeof clientRequestId === 'string' && clientRequestId !== '' ? clientRequestId : requestId,
	});
}

/** Checks a Graph call against the caller's permissions, as Graph does before answering. */
export function graphGuard(ctx: SandboxContext): (request: SandboxRequest) => void {
	return (request) => {
		const {app, granted} = permissionsOf(ctx, request.caller.objectId);
		if (app && /\/v1\.0\/me(\/|$)/i.test(request.path)) {
			throw new ArmError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
		}
		if (granted === undefined) {
			return;
		}
		const needed = request.method === 'GET' ? readPermissions : writePermissions;
		if (!needed.some((permission) => granted.some((g) => g.toLowerCase() === permission.toLowerCase()))) {
			throw graphDenied(ctx, request);
		}
	};
}
