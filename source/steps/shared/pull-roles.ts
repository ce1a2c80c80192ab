/**
 * Which role assignments let a principal pull from a registry: AcrPull, or a role that includes pull; in a registry
 * in role-assignment (ABAC) mode only the repository roles, AcrPull and the others being ignored there.
 */
import type {AzureAccess, Registry, RoleAssignment} from '../../azure/azure.js';

/** How the registry decides pulls. */
export type RoleAssignmentMode = NonNullable<Registry['roleAssignmentMode']>;

/** The repository role attach grants in ABAC mode (reads every repository), by definition GUID. */
const repositoryReaderGuid = 'b93aa761-3e63-49ed-ac28-beffa264f7ac';

/**
 * Built-in repository roles honoured in ABAC mode, by definition GUID: the reader, and the writer and contributor,
 * whose data actions include the reader's `repositories/content/read` (so a kubelet holding one of them can pull).
 */
const repositoryRoles: Readonly<Record<string, string>> = {
	[repositoryReaderGuid]: 'Container Registry Repository Reader',
	'2a1e307c-b015-4ebd-883e-5b7698a07328': 'Container Registry Repository Writer',
	'2efddaa5-3f1f-4df3-97df-af3f13818f4c': 'Container Registry Repository Contributor',
};

/** The role attach grants: AcrPull, or in ABAC mode the repository role that lets the kubelet pull every repository. */
export function attachRoleName(registry: Pick<Registry, 'roleAssignmentMode'>): string {
	return registry.roleAssignmentMode === 'AbacRepositoryPermissions' ? 'Container Registry Repository Reader' : 'AcrPull';
}

/** Built-in roles that include `Microsoft.ContainerRegistry/registries/pull/read`, by definition GUID. */
const pullRoles: Readonly<Record<string, string>> = {
	'7f951dda-4ed3-4680-a7ca-43fe172d538d': 'AcrPull',
	'8311e382-0749-4cb8-b61a-304f252e45ec': 'AcrPush',
	'8e3af657-a8ff-443c-a75c-2fe8c4bcb635': 'Owner',
	'b24988ac-6180-42a0-ab88-20f7382dd24c': 'Contributor',
	'acdd72a7-3385-48ef-bd42-f606fba81ae7': 'Reader',
};

/** The AcrPull role definition GUID (the same in every tenant). */
const acrPullGuid = '7f951dda-4ed3-4680-a7ca-43fe172d538d';

/** The definition GUID at the end of a role definition id. */
export function roleGuid(roleDefinitionId: string): string {
	return (roleDefinitionId.split('/').at(-1) ?? roleDefinitionId).toLowerCase();
}

/** The role's name when it lets its holder pull (every repository: a conditioned repository role may not), else undefined. */
function pullRoleName(assignment: RoleAssignment, mode: RoleAssignmentMode = 'LegacyRegistryPermissions'): string | undefined {
	if (mode === 'AbacRepositoryPermissions') return assignment.condition ? undefined : repositoryRoles[roleGuid(assignment.roleDefinitionId)];
	return pullRoles[roleGuid(assignment.roleDefinitionId)];
}

const sameScope = (a: string, b: string) => a.replace(/\/$/, '').toLowerCase() === b.replace(/\/$/, '').toLowerCase();

/** An assignment giving `principalId` pull on the registry (at its scope first, else inherited), if any; `mode`: the registry's. */
export async function existingPullGrant(
	access: Pick<AzureAccess, 'listRoleAssignments'>,
	registryId: string,
	principalId: string,
	mode?: RoleAssignmentMode,
): Promise<{assignment: RoleAssignment; role: string} | undefined> {
	const assignments = await access.listRoleAssignments(registryId, principalId);
	const pulling = assignments
		.filter((item) => item.principalId === principalId)
		.map((assignment) => ({assignment, role: pullRoleName(assignment, mode)}))
		.filter((item): item is {assignment: RoleAssignment; role: string} => item.role !== undefined);
	return pulling.find((item) => sameScope(item.assignment.scope, registryId)) ?? pulling[0];
}

/**
 * What a detach deletes: the AcrPull assignments of `principalId` exactly at the registry's scope (what --detach-acr
 * deletes) and, in ABAC mode, the unconditioned Container Registry Repository Reader there (what attach grants in that
 * mode, AcrPull not being honoured); and the other grants that would still let it pull (inherited, or another role).
 */
export async function acrPullAtRegistry(
	access: Pick<AzureAccess, 'listRoleAssignments'>,
	registryId: string,
	principalId: string,
	mode?: RoleAssignmentMode,
): Promise<{atRegistry: Array<{assignment: RoleAssignment; role: string}>; remaining: Array<{assignment: RoleAssignment; role: string}>}> {
	const assignments = (await access.listRoleAssignments(registryId, principalId)).filter((item) => item.principalId === principalId);
	const detachedRole = (item: RoleAssignment): string | undefined => {
		if (!sameScope(item.scope, registryId)) return undefined;
		const guid = roleGuid(item.roleDefinitionId);
		if (guid === acrPullGuid) return 'AcrPull';
		return mode === 'AbacRepositoryPermissions' && guid === repositoryReaderGuid && !item.condition ? repositoryRoles[guid] : undefined;
	};
	const atRegistry = assignments.flatMap((assignment) => {
		const role = detachedRole(assignment);
		return role === undefined ? [] : [{assignment, role}];
	});
	const remaining = assignments
		.filter((item) => detachedRole(item) === undefined)
		.map((assignment) => ({assignment, role: pullRoleName(assignment, mode)}))
		.filter((item): item is {assignment: RoleAssignment; role: string} => item.role !== undefined);
	return {atRegistry, remaining};
}
