/**
 * The registry roles a service principal can get (the seeds' acrpull / acrpush / owner), the
 * question that picks one, and the plan action that assigns it at the registry's scope.
 */
import type {AzureError, Registry, ServicePrincipal} from '../../azure/azure.js';
import {roleAssignmentCreateCommand, roleAssignmentDeleteCommand, roleDefinitionListCommand} from '../../commands/az.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import type {Action, ActionResult} from '../../wizard/engine.js';
import {WizardError} from '../../wizard/errors.js';
import {existingPullGrant, roleGuid} from '../shared/pull-roles.js';
import {assignRoleWhenReplicated} from '../shared/replication.js';
import type {RoleName} from './session.js';

/** The roles in the order the seeds list them. */
const roleNames: readonly RoleName[] = ['acrpull', 'acrpush', 'owner'];

/** Asks which role the service principal gets on the registry; acrpull (pull only) first. */
export async function askRole(context: Context): Promise<RoleName> {
	const text = messages().pullSecret.role;
	const answer = await context.prompter.select({
		id: 'pull-secret-role',
		message: text.question,
		flag: '--role',
		hint: text.hint,
		choices: roleNames.map((role) => ({value: role, label: role, hint: text.hints[role]})),
		default: 'acrpull',
	});
	return roleNames.find((role) => role === answer) ?? 'acrpull';
}

/** Whether the principal already holds `role` on the registry (so assigning it changes nothing). */
export async function holdsRole(context: Context, registry: Registry, principal: ServicePrincipal, role: RoleName): Promise<boolean> {
	const definition = await context.azure.findRole(registry.id, role);
	return definition ? holdsDefinition(context, registry, principal, definition.id) : false;
}

async function holdsDefinition(context: Context, registry: Registry, principal: ServicePrincipal, definitionId: string): Promise<boolean> {
	const assignments = await context.azure.listRoleAssignments(registry.id, principal.objectId);
	return assignments.some((item) => roleGuid(item.roleDefinitionId) === roleGuid(definitionId));
}

/** Assigns `role` on the registry to the principal; `unchanged` when it was already assigned. */
async function assign(context: Context, registry: Registry, principal: ServicePrincipal, role: RoleName): Promise<ActionResult> {
	const text = messages().pullSecret.role;
	const definition = await context.azure.findRole(registry.id, role);
	if (!definition) throw new WizardError(text.notFound(role, registry.name), {suggestion: roleDefinitionListCommand(role, registry.id)});
	// Already held: nothing to write, and no permission to assign roles is needed.
	if (await holdsDefinition(context, registry, principal, definition.id))
		return {outcome: 'unchanged', detail: text.alreadyAssigned(definition.roleName, principal.displayName)};
	// The check before is advisory: a deny assignment or a condition refuses the PUT itself, handed over to an administrator.
	const handOff = (refusal: AzureError) =>
		new WizardError(text.refused(registry.name), {
			suggestion: text.handOff(roleAssignmentCreateCommand(principal.appId, registry.id, role)),
			code: refusal.code,
			cause: refusal,
			lasting: true,
		});
	const result = await assignRoleWhenReplicated(context, {scope: registry.id, roleDefinitionId: definition.id, principalId: principal.objectId}, handOff);
	const id = result.assignment?.id;
	if (!result.created || !id) return {outcome: 'unchanged', detail: text.alreadyAssigned(definition.roleName, principal.displayName)};
	return {
		outcome: 'done',
		detail: text.assigned(definition.roleName, principal.displayName),
		undo: {
			sentence: text.undoSentence(definition.roleName, principal.displayName, registry.name),
			command: roleAssignmentDeleteCommand(id),
			kind: 'delete-role-assignment',
			params: {id},
		},
	};
}

/**
 * The action that assigns `role` at the registry's scope. `principal` is read when the action
 * runs, because a new service principal exists only once the action before it has run.
 */
export function assignRoleAction(
	context: Context,
	input: {
		readonly registry: Registry;
		readonly role: RoleName;
		readonly name: string;
		readonly assignee: string;
		readonly principal: () => ServicePrincipal | undefined;
	},
): Action {
	const {registry, role, name, assignee} = input;
	return {
		id: `assign-role:${role}:${name}`,
		sentence: messages().pullSecret.role.sentence(role, registry.name, name),
		command: roleAssignmentCreateCommand(assignee, registry.id, role),
		call: `PUT ${registry.id}/providers/Microsoft.Authorization/roleAssignments/{new-guid}`,
		run: async () => {
			const principal = input.principal();
			if (!principal) throw new WizardError(messages().pullSecret.role.noPrincipal(name));
			return assign(context, registry, principal, role);
		},
	};
}

/**
 * Whether the principal holds any built-in role that lets it pull from the registry (at the
 * registry's scope or above). Built-in role GUIDs are the same everywhere, so the attach path's
 * table answers it without looking each role up.
 */
export async function holdsPullRole(context: Context, registry: Registry, principal: ServicePrincipal): Promise<boolean> {
	return (await existingPullGrant(context.azure, registry.id, principal.objectId)) !== undefined;
}
