import {randomUUID} from 'node:crypto';
import {ArmError} from '../http/errors.js';
import type {Router, SandboxRequest, SandboxResponse} from '../http/router.js';
import {bodyObject, objectField, stringField, type SandboxContext} from '../context.js';
import type {RoleEligibility} from '../control/types.js';
import {principalInDirectory} from '../control/tenants.js';
import {key} from '../state.js';
import {findRole, isAllowed, scopeCovers} from './roles.js';

const authz = 'providers/Microsoft.Authorization';
const normScope = (scope: string): string => `/${scope.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');

/** An eligible role as RoleEligibilityScheduleInstances_ListForScope answers it (the 2020-10-01 example's fields). */
function instanceJson(ctx: SandboxContext, e: RoleEligibility): Record<string, unknown> {
	const role = findRole(e.roleDefinitionId);
	const user = ctx.state.users.get(e.principalId);
	const subscription = /^\/subscriptions\/([^/]+)/i.exec(e.scope)?.[1];
	return {
		properties: {
			scope: e.scope,
			roleDefinitionId: e.roleDefinitionId,
			principalId: e.principalId,
			principalType: e.principalType,
			status: 'Provisioned',
			roleEligibilityScheduleId: `${e.scope}/providers/Microsoft.Authorization/RoleEligibilitySchedules/${e.name}`,
			startDateTime: e.startDateTime,
			endDateTime: e.endDateTime,
			memberType: 'Direct',
			createdOn: e.startDateTime,
			condition: null,
			conditionVersion: null,
			expandedProperties: {
				scope: {
					id: e.scope,
					displayName: subscription ? (ctx.state.subscriptions.get(subscription.toLowerCase())?.displayName ?? e.scope) : e.scope,
					type: subscription && !/resourceGroups/i.test(e.scope) ? 'subscription' : 'resourcegroup',
				},
				roleDefinition: {id: e.roleDefinitionId, displayName: role?.roleName ?? '', type: 'BuiltInRole'},
				principal: {id: e.principalId, displayName: user?.displayName ?? e.principalId, email: user?.userPrincipalName ?? null, type: e.principalType},
			},
		},
		name: e.name,
		id: e.id,
		type: 'Microsoft.Authorization/RoleEligibilityScheduleInstances',
	};
}

function listInstances(ctx: SandboxContext, r: SandboxRequest, scopeText: string): SandboxResponse {
	const scope = normScope(scopeText);
	const filter = r.query.get('$filter') ?? '';
	const assignedTo =
		/(?:assignedTo\(|principalId eq)\s*'([^']+)'/i.exec(filter)?.[1]?.toLowerCase() ??
		(/asTarget\(\)/i.test(filter) ? r.caller.objectId.toLowerCase() : undefined);
	const value = [...ctx.state.control.roleEligibilities.values()].filter(
		(e) => (assignedTo === undefined || e.principalId === assignedTo) && (scopeCovers(e.scope, scope) || scopeCovers(scope, e.scope)),
	);
	return {status: 200, body: {value: value.map((e) => instanceJson(ctx, e))}};
}

/** `AdminAssign`: makes a principal eligible for a role at a scope (it grants nothing until activated). */
function requestEligibility(ctx: SandboxContext, r: SandboxRequest, scopeText: string, name: string): SandboxResponse {
	const scope = normScope(scopeText);
	const props = objectField(bodyObject(r), 'properties');
	const requestType = stringField(props, 'requestType') ?? '';
	if (requestType !== 'AdminAssign') {
		throw new ArmError(400, 'InvalidParameter', `The request type '${requestType}' is not supported by the sandbox; use AdminAssign.`);
	}
	if (!isAllowed(ctx.state, r.caller.objectId, 'Microsoft.Authorization/roleAssignments/write', scope)) {
		throw new ArmError(
			403,
			'AuthorizationFailed',
			`The client '${r.caller.displayName}' with object id '${r.caller.objectId}' does not have authorization to perform action 'Microsoft.Authorization/roleEligibilityScheduleRequests/write' over scope '${scope}/${authz}/roleEligibilityScheduleRequests/${name}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
		);
	}
	const role = findRole(stringField(props, 'roleDefinitionId') ?? '');
	if (!role) {
		throw new ArmError(400, 'RoleDefinitionDoesNotExist', 'The specified role definition does not exist.');
	}
	const principalId = (stringField(props, 'principalId') ?? '').toLowerCase();
	const {type, tenantId} = principalInDirectory(ctx.state, scope, principalId);
	if (!type) {
		throw new ArmError(400, 'PrincipalNotFound', `Principal ${principalId.replace(/-/g, '')} does not exist in the directory ${tenantId}.`);
	}
	const start = stringField(objectField(props, 'scheduleInfo'), 'startDateTime') ?? ctx.clock.now().toISOString();
	const eligibility = addEligibility(ctx, {scope, roleName: role.name, principalId, principalType: type, startDateTime: start});
	return {
		status: 201,
		body: {
			...instanceJson(ctx, eligibility),
			name,
			type: 'Microsoft.Authorization/RoleEligibilityScheduleRequests',
			id: `${scope}/${authz}/roleEligibilityScheduleRequests/${name}`,
		},
	};
}

/** Records an eligible role (scenarios use it too). */
export function addEligibility(
	ctx: Pick<SandboxContext, 'state'>,
	e: {readonly scope: string; readonly roleName: string; readonly principalId: string; readonly principalType: string; readonly startDateTime: string},
): RoleEligibility {
	const name = randomUUID();
	const subscription = /^\/subscriptions\/([^/]+)/i.exec(e.scope)?.[1];
	const eligibility: RoleEligibility = {
		id: `${e.scope}/providers/Microsoft.Authorization/RoleEligibilityScheduleInstances/${name}`,
		name,
		scope: e.scope,
		roleDefinitionId: `${subscription ? `/subscriptions/${subscription}` : ''}/providers/Microsoft.Authorization/roleDefinitions/${e.roleName}`,
		principalId: e.principalId.toLowerCase(),
		principalType: e.principalType,
		startDateTime: e.startDateTime,
		endDateTime: null,
	};
	ctx.state.control.roleEligibilities.set(key(eligibility.id), eligibility);
	return eligibility;
}

/** `SelfActivate`: the caller turns an eligible role into an active assignment at its scope (PIM activation). */
function activate(ctx: SandboxContext, r: SandboxRequest, scopeText: string, name: string): SandboxResponse {
	const scope = normScope(scopeText);
	const props = objectField(bodyObject(r), 'properties');
	const requestType = stringField(props, 'requestType') ?? '';
	const role = findRole(stringField(props, 'roleDefinitionId') ?? '');
	const principalId = (stringField(props, 'principalId') ?? r.caller.objectId).toLowerCase();
	if (requestType !== 'SelfActivate' || principalId !== r.caller.objectId.toLowerCase()) {
		throw new ArmError(
			400,
			'InvalidParameter',
			`The request type '${requestType}' for principal '${principalId}' is not supported by the sandbox; use SelfActivate for the caller.`,
		);
	}
	const eligible = [...ctx.state.control.roleEligibilities.values()].find(
		(e) => e.principalId === principalId && findRole(e.roleDefinitionId)?.name === role?.name && scopeCovers(e.scope, scope),
	);
	if (!role || !eligible) {
		throw new ArmError(
			400,
			'RoleAssignmentRequestPolicyValidationFailed',
			'The role assignment request failed policy validation: the principal has no eligible role assignment for this role at this scope.',
		);
	}
	const subscription = /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1];
	const id = `${scope}/${authz}/roleAssignments/${name}`;
	ctx.state.roleAssignments.set(key(id), {
		id,
		name,
		scope,
		roleDefinitionId: `${subscription ? `/subscriptions/${subscription}` : ''}/providers/Microsoft.Authorization/roleDefinitions/${role.name}`,
		principalId,
		principalType: eligible.principalType,
		description: stringField(props, 'justification') ?? null,
		createdOn: ctx.clock.now().toISOString(),
		createdBy: principalId,
	});
	ctx.notifyAccessChange();
	return {
		status: 201,
		body: {
			properties: {
				scope,
				roleDefinitionId: eligible.roleDefinitionId,
				principalId,
				principalType: eligible.principalType,
				requestType,
				status: 'Provisioned',
				createdOn: ctx.clock.now().toISOString(),
				linkedRoleEligibilityScheduleId: eligible.id,
			},
			name,
			id: `${scope}/${authz}/roleAssignmentScheduleRequests/${name}`,
			type: 'Microsoft.Authorization/RoleAssignmentScheduleRequests',
		},
	};
}

/** Serves Privileged Identity Management: eligible role instances at a scope, AdminAssign eligibility requests, SelfActivate. */
export function addEligibilityRoutes(router: Router, ctx: SandboxContext): void {
	router
		.add('PUT', `*scope/${authz}/roleAssignmentScheduleRequests/:name`, (r, p) => activate(ctx, r, p.scope ?? '', p.name ?? ''))
		.add('GET', `*scope/${authz}/roleEligibilityScheduleInstances`, (r, p) => listInstances(ctx, r, p.scope ?? ''))
		.add('PUT', `*scope/${authz}/roleEligibilityScheduleRequests/:name`, (r, p) => requestEligibility(ctx, r, p.scope ?? '', p.name ?? ''));
}
