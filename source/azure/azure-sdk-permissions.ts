/** Whether a set of effective permissions (Permissions API answers) allows an action, with ARM's wildcards. */

/** One entry of a Permissions API answer: a role's actions minus its notActions. */
export type PermissionEntry = {readonly actions?: readonly string[]; readonly notActions?: readonly string[]};

/** Whether `pattern` (a star alone, a provider followed by a star, a star then an operation…) covers `action`, case-insensitively. */
export function actionMatches(pattern: string, action: string): boolean {
	const source = pattern
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
		.join('.*');
	return new RegExp(`^${source}$`, 'i').test(action);
}

/** Whether any entry grants `action` without one of its own notActions taking it away (ARM's per-role subtraction). */
export function permits(entries: readonly PermissionEntry[], action: string): boolean {
	return entries.some(
		(entry) =>
			(entry.actions ?? []).some((pattern) => actionMatches(pattern, action)) && !(entry.notActions ?? []).some((pattern) => actionMatches(pattern, action)),
	);
}

/** The action that creating a role assignment needs. */
export const roleAssignmentWrite = 'Microsoft.Authorization/roleAssignments/write';
