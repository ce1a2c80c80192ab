/** Which role assignments let a principal pull from a registry, by role and, in ABAC mode, by the repository condition. Pure. */
import type {Registry, RoleAssignment} from '../../azure/azure.js';

/** Built-in roles that include `registries/pull/read` (honoured while the registry is not in ABAC mode). */
export const pullRoleNames: Readonly<Record<string, string>> = {
	'7f951dda-4ed3-4680-a7ca-43fe172d538d': 'AcrPull',
	'8311e382-0749-4cb8-b61a-304f252e45ec': 'AcrPush',
	'8e3af657-a8ff-443c-a75c-2fe8c4bcb635': 'Owner',
	'b24988ac-6180-42a0-ab88-20f7382dd24c': 'Contributor',
	'acdd72a7-3385-48ef-bd42-f606fba81ae7': 'Reader',
};

/** Roles with the repository content read data action (what an ABAC-mode registry honours). */
export const repositoryRoleNames: Readonly<Record<string, string>> = {
	'b93aa761-3e63-49ed-ac28-beffa264f7ac': 'Container Registry Repository Reader',
	'2a1e307c-b015-4ebd-883e-5b7698a07328': 'Container Registry Repository Writer',
	'2efddaa5-3f1f-4df3-97df-af3f13818f4c': 'Container Registry Repository Contributor',
};

export const abacMode = 'AbacRepositoryPermissions';

const guidOf = (roleDefinitionId: string): string => (roleDefinitionId.split('/').at(-1) ?? roleDefinitionId).toLowerCase();

const repositoryClause =
	/@Request\[Microsoft\.ContainerRegistry\/registries\/repositories:name\]\s+(StringEquals|StringEqualsIgnoreCase|StringStartsWith|StringStartsWithIgnoreCase|StringLike|StringLikeIgnoreCase)\s+'((?:[^']|'')*)'/gi;

/** Whether an ABAC condition lets its holder read `repository` (a condition naming no repository limits none). */
export function conditionAllows(condition: string | undefined, repository: string): boolean {
	if (condition === undefined || condition.trim() === '') return true;
	const clauses = [...condition.matchAll(repositoryClause)];
	if (clauses.length === 0) return true;
	return clauses.some(([, operator = '', quoted = '']) => {
		const value = quoted.replace(/''/g, "'");
		const [left, right] = /IgnoreCase$/i.test(operator) ? [repository.toLowerCase(), value.toLowerCase()] : [repository, value];
		if (/^StringEquals/i.test(operator)) return left === right;
		if (/^StringStartsWith/i.test(operator)) return left.startsWith(right);
		const pattern = new RegExp(`^${right.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
		return pattern.test(left);
	});
}

/** The role name of an assignment that lets its holder pull `repository` from `registry`, else undefined. */
export function pullingRole(assignment: RoleAssignment, registry: Registry, repository: string): string | undefined {
	const guid = guidOf(assignment.roleDefinitionId);
	if (registry.roleAssignmentMode === abacMode) {
		const role = repositoryRoleNames[guid];
		return role && conditionAllows(assignment.condition, repository) ? role : undefined;
	}
	return pullRoleNames[guid] ?? repositoryRoleNames[guid];
}

/** The name of any pull-related role an assignment holds (for evidence), else undefined. */
export function roleNameOf(assignment: RoleAssignment): string | undefined {
	const guid = guidOf(assignment.roleDefinitionId);
	return pullRoleNames[guid] ?? repositoryRoleNames[guid];
}

/** The assignments of `assignments` that grant pull of `repository`, with their role names. */
export function pullGrants(
	assignments: readonly RoleAssignment[],
	registry: Registry,
	repository: string,
): Array<{readonly assignment: RoleAssignment; readonly role: string}> {
	return assignments.flatMap((assignment) => {
		const role = pullingRole(assignment, registry, repository);
		return role ? [{assignment, role}] : [];
	});
}
