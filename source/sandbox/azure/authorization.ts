import {stillReplicating, visible} from '../graph/replication.js';
import {ArmError} from '../http/errors.js';
import {checkAssignmentPolicy} from './assignment-policies.js';
import type {Router, SandboxRequest, SandboxResponse} from '../http/router.js';
import {bodyObject, objectField, stringField, type SandboxContext} from '../context.js';
import {key, type RoleAssignment} from '../state.js';
import {principalInDirectory} from '../control/tenants.js';
import {builtInRoles, findRole, isAllowed, permissionsAt, scopeCovers, type RoleDefinition} from './roles.js';

const authz = 'providers/Microsoft.Authorization';
const writeAction = 'Microsoft.Authorization/roleAssignments/write';
const deleteAction = 'Microsoft.Authorization/roleAssignments/delete';

const normScope = (scope: string): string => `/${scope.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');

function subscriptionOf(scope: string): string | undefined {
	return /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1];
}

/** A built-in role definition as RoleDefinitions_Get answers it at a scope. */
function roleDefinitionJson(role: RoleDefinition, scope: string): Record<string, unknown> {
	const sub = subscriptionOf(scope);
	return {
		properties: {
			roleName: role.roleName,
			type: 'BuiltInRole',
			description: role.description,
			assignableScopes: ['/'],
			permissions: [{actions: role.actions, notActions: role.notActions, dataActions: role.dataActions, notDataActions: []}],
			createdOn: role.createdOn,
			updatedOn: role.updatedOn,
			createdBy: null,
			updatedBy: null,
		},
		id: `${sub ? `/subscriptions/${sub}` : ''}/providers/Microsoft.Authorization/roleDefinitions/${role.name}`,
		type: 'Microsoft.Authorization/roleDefinitions',
		name: role.name,
	};
}

/** A role assignment as RoleAssignments_Get answers it, with the fields real answers add to the examples. */
export function roleAssignmentJson(a: RoleAssignment): Record<string, unknown> {
	return {
		properties: {
			roleDefinitionId: a.roleDefinitionId,
			principalId: a.principalId,
			principalType: a.principalType,
			scope: a.scope,
			condition: a.condition ?? null,
			conditionVersion: a.conditionVersion ?? null,
			createdOn: a.createdOn,
			updatedOn: a.createdOn,
			createdBy: a.createdBy,
			updatedBy: a.createdBy,
			delegatedManagedIdentityResourceId: null,
			description: a.description,
		},
		id: a.id,
		type: 'Microsoft.Authorization/roleAssignments',
		name: a.name,
	};
}

function authorizationFailed(ctx: SandboxContext, r: SandboxRequest, action: string, scope: string): ArmError {
	const who = r.caller.objectId === ctx.state.user.id ? ctx.state.user.userPrincipalName : r.caller.displayName;
	return new ArmError(
		403,
		'AuthorizationFailed',
		`The client '${who}' with object id '${r.caller.objectId}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
	);
}

/** An ABAC condition of a role assignment body (conditionVersion defaults to 2.0, as ARM does). */
function conditionOf(props: Record<string, unknown>): {condition?: string; conditionVersion?: string} {
	const condition = stringField(props, 'condition');
	return condition ? {condition, conditionVersion: stringField(props, 'conditionVersion') ?? '2.0'} : {};
}

function createAssignment(ctx: SandboxContext, r: SandboxRequest, scopeText: string, name: string): SandboxResponse {
	const scope = normScope(scopeText);
	const id = `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
	if (!isAllowed(ctx.state, r.caller.objectId, writeAction, scope)) {
		throw authorizationFailed(ctx, r, writeAction, id);
	}
	checkAssignmentPolicy(
		ctx.state,
		{who: r.caller.objectId === ctx.state.user.id ? ctx.state.user.userPrincipalName : r.caller.displayName, objectId: r.caller.objectId},
		id,
	);
	const props = objectField(bodyObject(r), 'properties');
	const roleDefinitionId = stringField(props, 'roleDefinitionId') ?? '';
	const principalId = (stringField(props, 'principalId') ?? '').toLowerCase();
	const role = findRole(roleDefinitionId);
	if (!role) {
		throw new ArmError(400, 'RoleDefinitionDoesNotExist', `The specified role definition with ID '${roleDefinitionId.split('/').pop() ?? ''}' does not exist.`);
	}
	const given = stringField(props, 'principalType');
	const directory = principalInDirectory(ctx.state, scope, principalId);
	const tenantId = directory.tenantId;
	// With principalType ARM skips its directory lookup, so a principal still replicating is accepted (as Azure does).
	const type =
		given !== undefined && stillReplicating(ctx.state, principalId) ? given : visible(ctx.state, principalId, ctx.clock.now()) ? directory.type : undefined;
	if (!type) {
		throw new ArmError(
			400,
			'PrincipalNotFound',
			`Principal ${principalId.replace(/-/g, '')} does not exist in the directory ${tenantId}. Check that you have the correct principal ID. If you are creating this principal and then immediately assigning a role, this error might be related to a replication delay. In this case, set the role assignment principalType property to a value, such as ServicePrincipal, User, or Group.  See https://aka.ms/docs-principaltype`,
		);
	}
	const duplicate = [...ctx.state.roleAssignments.values()].find(
		(a) => a.principalId === principalId && key(a.scope) === key(scope) && findRole(a.roleDefinitionId)?.name === role.name,
	);
	if (duplicate) {
		throw new ArmError(409, 'RoleAssignmentExists', 'The role assignment already exists.');
	}
	const sub = subscriptionOf(scope);
	const assignment: RoleAssignment = {
		id,
		name,
		scope,
		roleDefinitionId: `${sub ? `/subscriptions/${sub}` : ''}/providers/Microsoft.Authorization/roleDefinitions/${role.name}`,
		principalId,
		principalType: stringField(props, 'principalType') ?? type,
		description: stringField(props, 'description') ?? null,
		createdOn: ctx.clock.now().toISOString(),
		createdBy: r.caller.objectId,
		...conditionOf(props),
	};
	ctx.state.roleAssignments.set(key(id), assignment);
	ctx.notifyAccessChange();
	return {status: 201, body: roleAssignmentJson(assignment)};
}

function listAssignments(ctx: SandboxContext, r: SandboxRequest, scopeText: string): SandboxResponse {
	const scope = normScope(scopeText);
	const filter = r.query.get('$filter') ?? '';
	const principal = /(?:principalId eq|assignedTo\()\s*'([^']+)'/i.exec(filter)?.[1]?.toLowerCase();
	const atScope = /atScope\(\)/i.test(filter);
	const value = [...ctx.state.roleAssignments.values()].filter(
		(a) => (principal === undefined || a.principalId === principal) && (scopeCovers(a.scope, scope) || (!atScope && scopeCovers(scope, a.scope))),
	);
	return {status: 200, body: {value: value.map(roleAssignmentJson)}};
}

function deleteAssignment(ctx: SandboxContext, r: SandboxRequest, scopeText: string, name: string): SandboxResponse {
	const scope = normScope(scopeText);
	const id = `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
	const existing = ctx.state.roleAssignments.get(key(id));
	if (!existing) {
		return {status: 204};
	}
	if (!isAllowed(ctx.state, r.caller.objectId, deleteAction, scope)) {
		throw authorizationFailed(ctx, r, deleteAction, id);
	}
	ctx.state.roleAssignments.delete(key(id));
	ctx.notifyAccessChange();
	return {status: 200, body: roleAssignmentJson(existing)};
}

/** Serves role definitions, role assignments and Permissions_List at any scope. */
export function addAuthorizationRoutes(router: Router, ctx: SandboxContext): void {
	const listDefinitions = (r: SandboxRequest, scope: string): SandboxResponse => {
		const wanted = /roleName eq '([^']+)'/i.exec(r.query.get('$filter') ?? '')?.[1]?.toLowerCase();
		const roles = builtInRoles.filter((role) => wanted === undefined || role.roleName.toLowerCase() === wanted);
		return {status: 200, body: {value: roles.map((role) => roleDefinitionJson(role, normScope(scope)))}};
	};
	const getDefinition = (scope: string, id: string): SandboxResponse => {
		const role = findRole(id);
		if (!role) {
			throw new ArmError(404, 'RoleDefinitionDoesNotExist', `The specified role definition with ID '${id}' does not exist.`);
		}
		return {status: 200, body: roleDefinitionJson(role, normScope(scope))};
	};
	router
		.add('GET', `/${authz}/roleDefinitions`, (r) => listDefinitions(r, ''))
		.add('GET', `*scope/${authz}/roleDefinitions`, (r, p) => listDefinitions(r, p.scope ?? ''))
		.add('GET', `/${authz}/roleDefinitions/:id`, (_r, p) => getDefinition('', p.id ?? ''))
		.add('GET', `*scope/${authz}/roleDefinitions/:id`, (_r, p) => getDefinition(p.scope ?? '', p.id ?? ''))
		.add('GET', `*scope/${authz}/roleAssignments`, (r, p) => listAssignments(ctx, r, p.scope ?? ''))
		.add('PUT', `*scope/${authz}/roleAssignments/:name`, (r, p) => createAssignment(ctx, r, p.scope ?? '', p.name ?? ''))
		.add('GET', `*scope/${authz}/roleAssignments/:name`, (_r, p) => {
			const a = ctx.state.roleAssignments.get(key(`${normScope(p.scope ?? '')}/providers/Microsoft.Authorization/roleAssignments/${p.name ?? ''}`));
			if (!a) {
				throw new ArmError(404, 'RoleAssignmentNotFound', `The role assignment '${p.name ?? ''}' is not found.`);
			}
			return {status: 200, body: roleAssignmentJson(a)};
		})
		.add('DELETE', `*scope/${authz}/roleAssignments/:name`, (r, p) => deleteAssignment(ctx, r, p.scope ?? '', p.name ?? ''))
		.add('GET', `*scope/${authz}/permissions`, (r, p) => {
			const roles = permissionsAt(ctx.state, r.caller.objectId, normScope(p.scope ?? ''));
			return {
				status: 200,
				body: {value: roles.map((role) => ({actions: role.actions, notActions: role.notActions, dataActions: role.dataActions, notDataActions: []}))},
			};
		});
}
