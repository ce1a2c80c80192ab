import type {RoleAssignment, SandboxState} from '../state.js';

/** A built-in role definition as ARM describes it. */
export type RoleDefinition = {
	readonly name: string;
	readonly roleName: string;
	readonly description: string;
	readonly actions: readonly string[];
	readonly notActions: readonly string[];
	readonly dataActions: readonly string[];
	readonly createdOn: string;
	readonly updatedOn: string;
};

/** The role definition ids the wizard relies on. */
export const roleIds = {
	acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
	acrPush: '8311e382-0749-4cb8-b61a-304f252e45ec',
	owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
	contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
	reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
	userAccessAdministrator: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
	repositoryReader: 'b93aa761-3e63-49ed-ac28-beffa264f7ac',
	repositoryWriter: '2a1e307c-b015-4ebd-883e-5b7698a07328',
	repositoryContributor: '2efddaa5-3f1f-4df3-97df-af3f13818f4c',
} as const;

/** The built-in roles the sandbox knows, with their real ids and permissions. */
export const builtInRoles: readonly RoleDefinition[] = [
	{
		name: roleIds.acrPull,
		roleName: 'AcrPull',
		description: 'acr pull',
		actions: ['Microsoft.ContainerRegistry/registries/pull/read'],
		notActions: [],
		dataActions: [],
		createdOn: '2018-03-15T23:21:38.2808560Z',
		updatedOn: '2021-11-11T20:13:13.0578560Z',
	},
	{
		name: roleIds.acrPush,
		roleName: 'AcrPush',
		description: 'acr push',
		actions: ['Microsoft.ContainerRegistry/registries/pull/read', 'Microsoft.ContainerRegistry/registries/push/write'],
		notActions: [],
		dataActions: [],
		createdOn: '2018-10-29T17:52:32.5201177Z',
		updatedOn: '2021-11-11T20:13:07.4993029Z',
	},
	{
		name: roleIds.owner,
		roleName: 'Owner',
		description: 'Grants full access to manage all resources, including the ability to assign roles in Azure RBAC.',
		actions: ['*'],
		notActions: [],
		dataActions: [],
		createdOn: '2015-02-02T21:55:09.8806423Z',
		updatedOn: '2021-11-11T20:13:45.8978856Z',
	},
	{
		name: roleIds.contributor,
		roleName: 'Contributor',
		description:
			'Grants full access to manage all resources, but does not allow you to assign roles in Azure RBAC, manage assignments in Azure Blueprints, or share image galleries.',
		actions: ['*'],
		notActions: [
			'Microsoft.Authorization/*/Delete',
			'Microsoft.Authorization/*/Write',
			'Microsoft.Authorization/elevateAccess/Action',
			'Microsoft.Blueprint/blueprintAssignments/write',
			'Microsoft.Blueprint/blueprintAssignments/delete',
			'Microsoft.Compute/galleries/share/action',
			'Microsoft.Purview/consents/write',
			'Microsoft.Purview/consents/delete',
			'Microsoft.Resources/deploymentStacks/manageDenySetting/action',
			'Microsoft.Subscription/cancel/action',
			'Microsoft.Subscription/enable/action',
		],
		dataActions: [],
		createdOn: '2015-02-02T21:55:09.8806423Z',
		updatedOn: '2024-05-29T17:25:55.2165174Z',
	},
	{
		name: roleIds.reader,
		roleName: 'Reader',
		description: 'View all resources, but does not allow you to make any changes.',
		actions: ['*/read'],
		notActions: [],
		dataActions: [],
		createdOn: '2015-02-02T21:55:09.8806423Z',
		updatedOn: '2021-11-11T20:13:47.8628684Z',
	},
	{
		name: roleIds.userAccessAdministrator,
		roleName: 'User Access Administrator',
		description: 'Lets you manage user access to Azure resources.',
		actions: ['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'],
		notActions: [],
		dataActions: [],
		createdOn: '2015-02-02T21:55:09.8806423Z',
		updatedOn: '2021-11-11T20:13:50.6173290Z',
	},
	{
		name: roleIds.repositoryReader,
		roleName: 'Container Registry Repository Reader',
		description:
			'Allows read access to Azure Container Registry repositories, including pulling images and reading their metadata. Supports ABAC conditions on repositories.',
		actions: [],
		notActions: [],
		dataActions: ['Microsoft.ContainerRegistry/registries/repositories/metadata/read', 'Microsoft.ContainerRegistry/registries/repositories/content/read'],
		createdOn: '2024-10-09T15:26:55.0651532Z',
		updatedOn: '2025-05-06T15:14:07.0829370Z',
	},
	{
		name: roleIds.repositoryWriter,
		roleName: 'Container Registry Repository Writer',
		description:
			'Allows for read and write access to Azure Container Registry repositories, but excluding catalog listing. Supports ABAC conditions on repositories.',
		actions: [],
		notActions: [],
		dataActions: [
			'Microsoft.ContainerRegistry/registries/repositories/metadata/read',
			'Microsoft.ContainerRegistry/registries/repositories/content/read',
			'Microsoft.ContainerRegistry/registries/repositories/metadata/write',
			'Microsoft.ContainerRegistry/registries/repositories/content/write',
		],
		createdOn: '2024-10-09T15:26:55.0651532Z',
		updatedOn: '2025-05-06T15:14:07.0829370Z',
	},
	{
		name: roleIds.repositoryContributor,
		roleName: 'Container Registry Repository Contributor',
		description:
			'Allows for read, write, and delete access to Azure Container Registry repositories, but excluding catalog listing. Supports ABAC conditions on repositories.',
		actions: [],
		notActions: [],
		dataActions: [
			'Microsoft.ContainerRegistry/registries/repositories/metadata/read',
			'Microsoft.ContainerRegistry/registries/repositories/content/read',
			'Microsoft.ContainerRegistry/registries/repositories/metadata/write',
			'Microsoft.ContainerRegistry/registries/repositories/content/write',
			'Microsoft.ContainerRegistry/registries/repositories/metadata/delete',
			'Microsoft.ContainerRegistry/registries/repositories/content/delete',
		],
		createdOn: '2024-10-09T15:26:55.0651532Z',
		updatedOn: '2025-05-06T15:14:07.0829370Z',
	},
];

/** The role definition a full or short role definition id names, if built in. */
export function findRole(roleDefinitionId: string): RoleDefinition | undefined {
	const guid = roleDefinitionId.split('/').pop()?.toLowerCase() ?? '';
	return builtInRoles.find((role) => role.name === guid);
}

/** Whether an ARM action pattern (with `*` wildcards) matches an action, case-insensitively. */
export function actionMatches(pattern: string, action: string): boolean {
	const source = pattern
		.split('*')
		.map((part) => part.replace(/[.()$^+?[\]{}|\\/]/g, '\\$&'))
		.join('.*');
	return new RegExp(`^${source}$`, 'i').test(action);
}

/** Whether `scope` equals `ancestor` or lies below it (role assignments are inherited downwards). */
export function scopeCovers(ancestor: string, scope: string): boolean {
	const a = ancestor.toLowerCase().replace(/\/+$/, '');
	const s = scope.toLowerCase().replace(/\/+$/, '');
	return a === '' || s === a || s.startsWith(`${a}/`);
}

/** Role assignments of a principal that apply at a scope (at it or above it). */
export function assignmentsFor(state: SandboxState, principalId: string, scope: string): RoleAssignment[] {
	const wanted = principalId.toLowerCase();
	return [...state.roleAssignments.values()].filter((a) => a.principalId.toLowerCase() === wanted && scopeCovers(a.scope, scope));
}

/** Whether the principal may perform an ARM action at a scope, from the roles it holds there or above. */
export function isAllowed(state: SandboxState, principalId: string, action: string, scope: string): boolean {
	return assignmentsFor(state, principalId, scope).some((assignment) => {
		const role = findRole(assignment.roleDefinitionId);
		return role !== undefined && role.actions.some((p) => actionMatches(p, action)) && !role.notActions.some((p) => actionMatches(p, action));
	});
}

/** The actions and notActions a principal holds at a scope, one entry per role held (Permissions_List). */
export function permissionsAt(state: SandboxState, principalId: string, scope: string): RoleDefinition[] {
	return assignmentsFor(state, principalId, scope)
		.map((a) => findRole(a.roleDefinitionId))
		.filter((role): role is RoleDefinition => role !== undefined);
}
