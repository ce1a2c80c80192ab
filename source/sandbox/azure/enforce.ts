/**
 * ARM authorization for every served operation: the request's method and path name an ARM action
 * (`Microsoft.ContainerRegistry/registries/read`, `…/importImage/action`, …) at a scope, and the caller must
 * hold a role there or above whose actions match it and whose notActions do not (Reader, Contributor, Owner,
 * User Access Administrator, AcrPull, AcrPush as Azure defines them). Refusals are ARM's 403
 * `AuthorizationFailed` with its text. A caller holding only AcrPull/AcrPush (registry data access) can read
 * nothing through ARM. Role assignment writes are checked by their own handlers (same action and text).
 */
import {ArmError} from '../http/errors.js';
import type {SandboxRequest} from '../http/router.js';
import type {SandboxContext} from '../context.js';
import {actionMatches, findRole, scopeCovers} from './roles.js';

/** The action a request performs and the scope it is checked at; `undefined` for requests every signed-in caller may make. */
export type ArmAction = {readonly action: string; readonly scope: string; readonly list: boolean};

const verbFor = (method: string): string => (method === 'GET' || method === 'HEAD' ? 'read' : method === 'DELETE' ? 'delete' : 'write');

/** Derives the ARM action of a request from its method and path, as ARM's RBAC names them. */
export function armActionOf(method: string, path: string): ArmAction | undefined {
	const parts = path.split('/').filter((part) => part !== '');
	if (parts[0]?.toLowerCase() !== 'subscriptions' || parts.length < 3) {
		// The tenant's subscription list and a subscription itself: whoever holds any role in it may read them.
		return undefined;
	}
	if (parts.some((part) => /^(operationStatuses|operationResults|operations)$/i.test(part)) && method === 'GET') {
		// Polls of a long-running operation the caller was allowed to start.
		return undefined;
	}
	const scope: string[] = ['subscriptions', parts[1] ?? ''];
	let type = 'Microsoft.Resources/subscriptions';
	let index = 2;
	const next = (n = 0) => parts[index + n];
	if (next()?.toLowerCase() === 'resourcegroups') {
		type += '/resourceGroups';
		if (next(1) === undefined) {
			return {action: `${type}/${verbFor(method)}`, scope: `/${scope.join('/')}`, list: method === 'GET'};
		}
		scope.push('resourceGroups', next(1) ?? '');
		index += 2;
	}
	if (next() === undefined) {
		return {action: `${type}/${verbFor(method)}`, scope: `/${scope.join('/')}`, list: false};
	}
	if (next()?.toLowerCase() === 'resources' || next()?.toLowerCase() === 'locations') {
		return {action: `${type}/${next()?.toLowerCase() === 'resources' ? 'resources' : 'locations'}/read`, scope: `/${scope.join('/')}`, list: true};
	}
	while (next()?.toLowerCase() === 'providers') {
		const namespace = next(1);
		if (namespace === undefined) {
			return {action: 'Microsoft.Resources/subscriptions/providers/read', scope: `/${scope.join('/')}`, list: true};
		}
		index += 2;
		const types: string[] = [];
		for (;;) {
			const segment = next();
			if (segment === undefined) {
				break;
			}
			if (segment.toLowerCase() === 'providers' && types.length > 0) {
				break;
			}
			const name = next(1);
			if (name === undefined) {
				// A collection (GET: a list below this scope) or an action on what came before (POST).
				if (method === 'POST') {
					const verb = /^checkNameAvailability$/i.test(segment) ? 'read' : 'action';
					return {action: `${[namespace, ...types, segment].join('/')}/${verb}`, scope: `/${scope.join('/')}`, list: false};
				}
				return {action: `${[namespace, ...types, segment].join('/')}/${verbFor(method)}`, scope: `/${scope.join('/')}`, list: method === 'GET'};
			}
			if (types.length === 0) {
				scope.push('providers', namespace);
			}
			types.push(segment);
			scope.push(segment, name);
			index += 2;
		}
		if (next() === undefined) {
			return {action: `${[namespace, ...types].join('/')}/${verbFor(method)}`, scope: `/${scope.join('/')}`, list: false};
		}
	}
	return undefined;
}

/** Whether the caller may perform `action` at `scope` (or, for a list, anywhere below it). */
function allows(ctx: SandboxContext, principalId: string, wanted: ArmAction): boolean {
	const mine = [...ctx.state.roleAssignments.values()].filter((a) => a.principalId.toLowerCase() === principalId.toLowerCase());
	return mine.some((assignment) => {
		const applies = scopeCovers(assignment.scope, wanted.scope) || (wanted.list && scopeCovers(wanted.scope, assignment.scope));
		if (!applies) {
			return false;
		}
		const role = findRole(assignment.roleDefinitionId);
		return role !== undefined && role.actions.some((p) => actionMatches(p, wanted.action)) && !role.notActions.some((p) => actionMatches(p, wanted.action));
	});
}

/** ARM's 403 for a caller without the action, naming the caller as ARM does (a user by UPN, an application by appId). */
export function authorizationFailedFor(ctx: SandboxContext, request: SandboxRequest, action: string, scope: string): ArmError {
	const who = request.caller.objectId === ctx.state.user.id ? ctx.state.user.userPrincipalName : request.caller.displayName;
	return new ArmError(
		403,
		'AuthorizationFailed',
		`The client '${who}' with object id '${request.caller.objectId}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
	);
}

/** Makes the server's authorization check for ARM requests: `undefined` to go on, or the 403 to answer. */
export function createArmAuthorizer(ctx: SandboxContext): (request: SandboxRequest) => ArmError | undefined {
	return (request) => {
		const wanted = armActionOf(request.method, request.path);
		if (wanted === undefined) {
			return undefined;
		}
		// ARM checks the subscription and the token's tenant first: an unknown subscription is its 404, a token of
		// another tenant its 401 (answered by the handlers), before any role is looked at.
		const subscription = ctx.state.subscriptions.get((/^\/subscriptions\/([^/]+)/i.exec(wanted.scope)?.[1] ?? '').toLowerCase());
		if (subscription === undefined || subscription.tenantId.toLowerCase() !== request.caller.tenantId.toLowerCase()) {
			return undefined;
		}
		const lower = wanted.action.toLowerCase();
		// Everyone may list their own permissions and their own PIM schedules and activate what they are eligible for;
		// role assignment writes and deletes, and PIM requests, are checked by their handlers.
		if (
			lower === 'microsoft.authorization/permissions/read' ||
			lower === 'microsoft.authorization/roleassignments/write' ||
			lower === 'microsoft.authorization/roleassignments/delete' ||
			/^microsoft\.authorization\/role(assignment|eligibility)schedule(requests|instances|s)\//.test(lower)
		) {
			return undefined;
		}
		return allows(ctx, request.caller.objectId, wanted) ? undefined : authorizationFailedFor(ctx, request, wanted.action, wanted.scope);
	};
}
