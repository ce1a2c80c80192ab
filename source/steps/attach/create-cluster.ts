/**
 * The new cluster's plan: one action, the seeds' `az aks create … --generate-ssh-keys --attach-acr`:
 * the cluster (a long-running operation followed with its state and the time elapsed), then the
 * pull role for its kubelet identity. Undo deletes the cluster, asked for separately.
 */
import type {ManagedCluster, NewManagedCluster, Progress, Registry, UserAssignedIdentity} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {freshActionId, type Action, type Plan} from '../../wizard/engine.js';
import {WizardError} from '../../wizard/errors.js';
import {
	aksCreateCommand,
	aksDeleteCommand,
	assignAcrPullCommand,
	kubeletObjectIdQuery,
	groupMemberAddCommand,
	groupMemberRemoveCommand,
	identityCreateCommand,
	identityDeleteCommand,
	identityPrincipalIdQuery,
	isCrossSubscription,
	registryReference,
	type NewClusterCommandInput,
} from '../../commands/az.js';
import {assignRoleWhenReplicated} from '../shared/replication.js';
import {
	addIdentityToGroupCommand,
	kubeletObjectIdExpression,
	newAksClusterCommand,
	newRoleAssignmentCommand,
	newUserAssignedIdentityCommand,
} from '../../commands/powershell.js';
import {AzureError} from '../../azure/azure.js';
import {untilReplicated} from '../../azure/replication.js';
import {attachRoleName} from '../shared/pull-roles.js';
import {isAbac} from './grant-pull.js';
import {broughtIdentityNames, identityId, newClusterId, type NewClusterSpec} from './new-cluster.js';

/** Runs `work` with the activity line showing its state and the time elapsed, every second. */
export async function withElapsed<T>(
	context: Pick<Context, 'store' | 'clock'>,
	line: (status: string, elapsed: string) => string,
	work: (progress: Progress) => Promise<T>,
): Promise<T> {
	const text = messages().attach.newCluster;
	const set = context.store.getState().actions.setActivity;
	const started = context.clock.now().getTime();
	let status = '…';
	const show = () => set(line(status, text.elapsed(Math.max(0, Math.round((context.clock.now().getTime() - started) / 1000)))));
	show();
	const timer = setInterval(show, 1000);
	timer.unref();
	try {
		return await work((next) => {
			status = next;
			show();
		});
	} finally {
		clearInterval(timer);
		set(undefined);
	}
}

/** The command's view of the spec: the location only when it is not the group's. */
export function commandInput(spec: NewClusterSpec, identities?: NewClusterCommandInput['identities']): NewClusterCommandInput {
	return {
		name: spec.name,
		resourceGroup: spec.resourceGroup,
		subscriptionId: spec.subscriptionId,
		...(spec.location === spec.groupLocation ? {} : {location: spec.location}),
		nodeCount: spec.nodeCount,
		vmSize: spec.vmSize,
		...(identities ? {identities} : {}),
	};
}

/** Grants AcrPull on the registry to a kubelet identity (what --attach-acr does after the create). */
async function grantPull(context: Context, principal: string, registry: Registry): Promise<{role: string; assignmentId?: string}> {
	const grant = messages().attach.grant;
	const wanted = attachRoleName(registry);
	const role = await context.azure.findRole(registry.id, isAbac(registry) ? wanted : 'acrpull');
	if (!role) throw new WizardError(grant.noRoleNamed(wanted), {suggestion: grant.noRoleFix, code: 'RoleNotFound'});
	const result = await assignRoleWhenReplicated(context, {scope: registry.id, roleDefinitionId: role.id, principalId: principal});
	return {role: role.roleName, ...(result.assignment ? {assignmentId: result.assignment.id} : {})};
}

/** The kubelet principal of a cluster just made, or azure-cli's own message when it has none. */
function kubeletOf(cluster: ManagedCluster): string {
	const principal = cluster.kubeletIdentity?.objectId;
	if (!principal)
		throw new WizardError(messages().attach.identity.missing(cluster.name), {
			suggestion: messages().attach.identity.missingFix,
			code: 'KubeletIdentityMissing',
		});
	return principal;
}

type Brought = {controlPlane?: UserAssignedIdentity; kubelet?: UserAssignedIdentity};

/** The action creating one brought identity (`az identity create`), remembered in `brought`. */
function identityAction(context: Context, spec: NewClusterSpec, purpose: 'controlPlane' | 'kubelet', brought: Brought): Action {
	const text = messages().attach.newCluster;
	const name = broughtIdentityNames(spec)[purpose];
	const id = identityId(spec, name);
	return {
		id: freshActionId(context, 'attach-new-cluster', `create-identity-${name}`),
		sentence: text.identitySentence(name, purpose === 'kubelet' ? 'kubelet' : 'control-plane'),
		command: identityCreateCommand({name, resourceGroup: spec.resourceGroup, subscriptionId: spec.subscriptionId}, context.defaultSubscriptionId),
		powershell: newUserAssignedIdentityCommand({name, resourceGroup: spec.resourceGroup, location: spec.location}),
		call: text.identityCall(id),
		run: async () => {
			const identity = await context.azure.createUserAssignedIdentity({
				subscriptionId: spec.subscriptionId,
				resourceGroup: spec.resourceGroup,
				name,
				location: spec.location,
			});
			brought[purpose] = identity;
			return {
				outcome: 'done',
				detail: text.identityCreated(identity.clientId),
				undo: {
					sentence: text.identityUndo(name),
					command: identityDeleteCommand(identity.id),
					kind: 'delete-user-assigned-identity',
					params: {id: identity.id},
				},
			};
		},
	};
}

/**
 * `--pull-group`: the brought kubelet identity added to the Entra group that holds the pull role, before the cluster is made
 * (the seeds' workaround for the group latency). A managed identity's principal new to the directory may answer 404 for a
 * while: that is waited out with az's replication budget.
 */
function groupMemberAction(
	context: Context,
	spec: NewClusterSpec,
	registry: Registry,
	group: NonNullable<NewClusterSpec['pullGroup']>,
	brought: Brought,
): Action {
	const text = messages().attach.newCluster;
	const name = broughtIdentityNames(spec).kubelet;
	const kubeletId = identityId(spec, name);
	return {
		id: freshActionId(context, 'attach-new-cluster', `add-group-member-${name}`),
		sentence: text.groupMemberSentence(name, group.displayName, group.role, registry.name),
		command: groupMemberAddCommand(group.id, identityPrincipalIdQuery(kubeletId)),
		powershell: addIdentityToGroupCommand(group.id, {name, resourceGroup: spec.resourceGroup}),
		call: `POST /groups/${group.id}/members/$ref`,
		run: async () => {
			const kubelet =
				brought.kubelet ??
				(await context.azure.createUserAssignedIdentity({
					subscriptionId: spec.subscriptionId,
					resourceGroup: spec.resourceGroup,
					name,
					location: spec.location,
				}));
			brought.kubelet = kubelet;
			const set = context.store.getState().actions.setActivity;
			const result = await untilReplicated(async () => context.azure.addGroupMember(group.id, kubelet.principalId), {
				isLag: (error) => error instanceof AzureError && error.statusCode === 404,
				sleep: async (ms) => context.clock.sleep(ms),
				onWait: (attempt, tries) => set(messages().common.replication.assignment(attempt, tries)),
			}).finally(() => set(undefined));
			if (!result.added) return {outcome: 'unchanged', detail: text.groupMemberAlready(group.displayName)};
			return {
				outcome: 'done',
				detail: text.groupMemberAdded(group.displayName),
				undo: {
					sentence: text.groupMemberUndo(name, group.displayName),
					command: groupMemberRemoveCommand(group.id, kubelet.principalId),
					kind: 'remove-group-member',
					params: {groupId: group.id, memberId: kubelet.principalId, groupName: group.displayName},
				},
			};
		},
	};
}

/** The brought identities, made again (PUT finds them) when this run did not see them made: a retry after going back. */
async function broughtIdentities(context: Context, spec: NewClusterSpec, brought: Brought): Promise<NonNullable<NewManagedCluster['identities']>> {
	const names = broughtIdentityNames(spec);
	const make = async (name: string) =>
		context.azure.createUserAssignedIdentity({subscriptionId: spec.subscriptionId, resourceGroup: spec.resourceGroup, name, location: spec.location});
	return {controlPlane: brought.controlPlane ?? (await make(names.controlPlane)), kubelet: brought.kubelet ?? (await make(names.kubelet))};
}

/**
 * `az aks create … --attach-acr`; for a registry in ABAC mode (where --attach-acr's AcrPull would not pull), the create
 * without it and the `az role assignment create` of the repository role for the cluster's kubelet identity.
 */
function createCommand(context: Context, spec: NewClusterSpec, registry: Registry, identities?: NewClusterCommandInput['identities']): string {
	const input = commandInput(spec, identities);
	// Through a group, the role is the group's: the cluster is created without --attach-acr.
	if (spec.pullGroup) return aksCreateCommand(input, undefined, context.defaultSubscriptionId);
	if (!isAbac(registry)) return aksCreateCommand(input, registryReference(registry, {subscriptionId: spec.subscriptionId}), context.defaultSubscriptionId);
	return [
		aksCreateCommand(input, undefined, context.defaultSubscriptionId),
		assignAcrPullCommand(kubeletObjectIdQuery(input, context.defaultSubscriptionId), registry, attachRoleName(registry)),
	].join('\n');
}

/** The same as Azure PowerShell: `New-AzAksCluster … -AcrNameToAttach`, or in ABAC mode without it and `New-AzRoleAssignment`. */
function createPowerShell(spec: NewClusterSpec, registry: Registry, identities?: NewClusterCommandInput['identities']): string {
	const input = commandInput(spec, identities);
	if (spec.pullGroup) return newAksClusterCommand(input, undefined);
	if (!isAbac(registry)) return newAksClusterCommand(input, registry.name);
	return [newAksClusterCommand(input, undefined), newRoleAssignmentCommand(kubeletObjectIdExpression(input), attachRoleName(registry), registry.id)].join('\n');
}

/** The create action; `made` hears the cluster as soon as it exists. A brought kubelet identity gets its pull role first. */
function createAction(context: Context, spec: NewClusterSpec, registry: Registry, made: (cluster: ManagedCluster) => void, brought?: Brought): Action {
	const text = messages().attach.newCluster;
	const id = newClusterId(spec);
	const names = broughtIdentityNames(spec);
	const identityIds = brought ? {controlPlaneId: identityId(spec, names.controlPlane), kubeletId: identityId(spec, names.kubelet)} : undefined;
	return {
		id: freshActionId(context, 'attach-new-cluster', `create-cluster-${spec.name}`),
		sentence: spec.pullGroup
			? text.sentenceGroup(spec.name, spec.pullGroup.displayName, spec.nodeCount, spec.vmSize, spec.location)
			: text.sentence(spec.name, registry.name, attachRoleName(registry), spec.nodeCount, spec.vmSize, spec.location),
		command: createCommand(context, spec, registry, identityIds),
		powershell: createPowerShell(spec, registry, identityIds),
		call: spec.pullGroup ? `PUT ${id}` : text.call(id, registry.id),
		run: async () => {
			const identities = brought ? await broughtIdentities(context, spec, brought) : undefined;
			// Through a group the role is already there (the group's): nothing to grant.
			const viaGroup: {role: string; group: string; assignmentId?: string} | undefined = spec.pullGroup
				? {role: spec.pullGroup.role, group: spec.pullGroup.displayName}
				: undefined;
			const early = identities && !viaGroup ? await grantPull(context, identities.kubelet.principalId, registry) : undefined;
			const cluster = await withElapsed(
				context,
				(status, elapsed) => text.progress(spec.name, status, elapsed),
				async (progress) =>
					context.azure.createManagedCluster(
						{
							subscriptionId: spec.subscriptionId,
							resourceGroup: spec.resourceGroup,
							name: spec.name,
							location: spec.location,
							nodeCount: spec.nodeCount,
							vmSize: spec.vmSize,
							...(identities ? {identities} : {}),
						},
						progress,
					),
			);
			made(cluster);
			const {role, assignmentId} = viaGroup ?? early ?? (await grantPull(context, kubeletOf(cluster), registry));
			return {
				outcome: 'done',
				detail: viaGroup ? text.createdGroup(spec.name, viaGroup.group) : text.created(spec.name, role),
				undo: {
					sentence: text.undoSentence(spec.name),
					command: aksDeleteCommand(cluster, context.defaultSubscriptionId),
					kind: 'delete-managed-cluster',
					params: {id: cluster.id, name: cluster.name, ...(assignmentId ? {roleAssignmentId: assignmentId} : {})},
				},
			};
		},
		// A dry run goes on with the cluster as AKS would make it (its kubelet identity is not known before it exists).
		preview: () => made({id, name: spec.name, subscriptionId: spec.subscriptionId, resourceGroup: spec.resourceGroup, location: spec.location}),
	};
}

/** The plan creating the cluster attached to the registry (its own identities first, when brought), with what it costs and how long it takes. */
export function createClusterPlan(context: Context, spec: NewClusterSpec, registry: Registry, made: (cluster: ManagedCluster) => void): Plan {
	const text = messages().attach.newCluster;
	const brought: Brought | undefined = spec.kubeletIdentity === 'user-assigned' ? {} : undefined;
	const identities = brought ? [identityAction(context, spec, 'controlPlane', brought), identityAction(context, spec, 'kubelet', brought)] : [];
	const membership = brought && spec.pullGroup ? [groupMemberAction(context, spec, registry, spec.pullGroup, brought)] : [];
	return {
		stepId: 'attach-new-cluster',
		title: text.title(spec.name),
		actions: [...identities, ...membership, createAction(context, spec, registry, made, brought)],
		notes: [
			text.costNote(spec.nodeCount, spec.vmSize),
			text.durationNote,
			...(brought ? [spec.pullGroup ? text.groupNote(spec.pullGroup.displayName) : text.ownIdentityNote] : []),
			...(isAbac(registry) ? [messages().attach.grant.abacNote(registry.name)] : []),
			...(isCrossSubscription(registry, {subscriptionId: spec.subscriptionId}) ? [messages().attach.grant.otherSubscriptionNote] : []),
		],
	};
}

/** Nothing was created: the caller cannot grant the pull role, so the cluster would not pull; the command for an administrator. */
export function cannotAttachNew(context: Context, spec: NewClusterSpec, registry: Registry): WizardError {
	const command = createCommand(context, spec, registry);
	return new WizardError(messages().attach.newCluster.forbidden(registry.name), {
		suggestion: messages().attach.newCluster.forbiddenFix(command),
		code: 'Microsoft.Authorization/roleAssignments/write',
	});
}
