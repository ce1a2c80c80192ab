/**
 * Attach: grant AcrPull on the registry to the cluster's kubelet identity, as
 * `az aks update --attach-acr` does. Nothing is created when a pull grant already exists; a
 * caller who cannot write role assignments is stopped before any change, with the commands an
 * administrator can run.
 */
import type {AzureError, ManagedCluster, Registry} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {freshActionId, type Action, type Plan} from '../../wizard/engine.js';
import {WizardError} from '../../wizard/errors.js';
import {
	assignAcrPullCommand,
	attachCommand,
	checkAcrCommand,
	createClusterCommand,
	isCrossSubscription,
	registryReference,
	roleAssignmentDeleteCommand,
} from '../../commands/az.js';
import {kubeletPrincipal, type KubeletPrincipal} from './kubelet.js';
import {attachRoleName, existingPullGrant} from '../shared/pull-roles.js';
import {assignRoleWhenReplicated} from '../shared/replication.js';
import {ensureAssignRights} from './assign-rights.js';
import {newRoleAssignmentCommand, setAksAttachCommand} from '../../commands/powershell.js';

/** What the attach plan is built from. */
export type AttachFacts = {
	readonly cluster: ManagedCluster;
	readonly registry: Registry;
	readonly principal: KubeletPrincipal;
	/** A grant that already lets the kubelet pull, if any. */
	readonly existing?: {readonly role: string; readonly scope: string};
};

/** Whether the registry honours only the repository roles (role-assignment, ABAC, mode): `--attach-acr`'s AcrPull would not pull there. */
export const isAbac = (registry: Pick<Registry, 'roleAssignmentMode'>): boolean => registry.roleAssignmentMode === 'AbacRepositoryPermissions';

/** The equivalent command: `az aks update --attach-acr`, or in ABAC mode the `az role assignment create` of the repository role. */
function grantCommand(context: Context, facts: AttachFacts): string {
	const {cluster, registry, principal} = facts;
	return isAbac(registry)
		? assignAcrPullCommand(principal.objectId, registry, attachRoleName(registry))
		: attachCommand(cluster, registry, context.defaultSubscriptionId);
}

/** The one action: grant AcrPull (the repository role in ABAC mode), or report the grant already there. */
function grantAction(context: Context, facts: AttachFacts): Action {
	const text = messages().attach.grant;
	const {cluster, registry, principal, existing} = facts;
	const roleName = attachRoleName(registry);
	return {
		id: freshActionId(context, 'attach', `attach-${registry.name}-${cluster.name}`),
		sentence: isAbac(registry) ? text.sentenceRole(roleName, registry.name, cluster.name) : text.sentence(registry.name, cluster.name),
		command: grantCommand(context, facts),
		powershell: isAbac(registry) ? newRoleAssignmentCommand(principal.objectId, roleName, registry.id) : setAksAttachCommand(cluster, registry),
		call: text.call(registry.id),
		run: async () => {
			if (existing) return {outcome: 'unchanged', detail: text.already(existing.role, existing.scope)};
			// Checked again here: the same action also runs as the fix offered from the pods screen.
			await ensureCanAssign(context, facts);
			const role = await context.azure.findRole(registry.id, isAbac(registry) ? roleName : 'acrpull');
			if (!role) throw new WizardError(isAbac(registry) ? text.noRoleNamed(roleName) : text.noRole, {suggestion: text.noRoleFix, code: 'RoleNotFound'});
			const result = await assignRoleWhenReplicated(context, {scope: registry.id, roleDefinitionId: role.id, principalId: principal.objectId}, (refusal) =>
				handOff(context, facts, refusal),
			);
			if (!result.created || !result.assignment) return {outcome: 'unchanged', detail: text.already(role.roleName, registry.id)};
			const {id} = result.assignment;
			return {
				outcome: 'done',
				detail: text.granted(role.roleName),
				undo: {
					sentence: isAbac(registry) ? text.undoSentenceRole(roleName, registry.name, cluster.name) : text.undoSentence(registry.name, cluster.name),
					command: roleAssignmentDeleteCommand(id),
					kind: 'delete-role-assignment',
					params: {id},
				},
			};
		},
	};
}

/** The attach plan with its notes (already granted, other subscription, Entra group latency, new clusters). */
export function attachPlan(context: Context, facts: AttachFacts): Plan {
	const text = messages().attach.grant;
	const {cluster, registry, existing} = facts;
	const notes = [
		...(existing ? [text.alreadyNote(existing.role, existing.scope)] : []),
		...(isAbac(registry) ? [text.abacNote(registry.name)] : []),
		...(isCrossSubscription(registry, cluster) ? [text.otherSubscriptionNote] : []),
		text.groupNote,
		text.newClusterNote(createClusterCommand(registryReference(registry, cluster))),
		text.checkNote(checkAcrCommand(cluster, registry.loginServer, context.defaultSubscriptionId)),
	];
	return {stepId: 'attach', title: text.title, actions: [grantAction(context, facts)], notes};
}

/** Reads what attach needs: the kubelet principal and any grant it already has. */
export async function attachFacts(context: Context, cluster: ManagedCluster, registry: Registry): Promise<AttachFacts> {
	const principal = await kubeletPrincipal(context.azure, cluster);
	const grant = await existingPullGrant(context.azure, registry.id, principal.objectId, registry.roleAssignmentMode);
	return {cluster, registry, principal, existing: grant ? {role: grant.role, scope: grant.assignment.scope} : undefined};
}

/** The administrator hand-off: nothing changed, and the commands someone allowed to assign roles can run. */
function handOff(context: Context, facts: AttachFacts, refusal?: AzureError): WizardError {
	const text = messages().attach.grant;
	return new WizardError(text.forbidden(facts.registry.name), {
		suggestion: text.forbiddenFix(grantCommand(context, facts), assignAcrPullCommand(facts.principal.objectId, facts.registry, attachRoleName(facts.registry))),
		code: refusal?.code ?? 'Microsoft.Authorization/roleAssignments/write',
		...(refusal ? {cause: refusal} : {}),
		lasting: true,
	});
}

/** Stops before any change when the caller cannot write role assignments on the registry (after a PIM re-check, when eligible). */
export async function ensureCanAssign(context: Context, facts: AttachFacts): Promise<void> {
	if (facts.existing) return;
	await ensureAssignRights(context, facts.registry.id, () => handOff(context, facts));
}
