/**
 * A caller who cannot assign roles: before stopping with the commands for an administrator, look for an eligible
 * role in Privileged Identity Management (role eligibility schedule instances at the scope) that would allow it, and
 * offer to wait while the user activates it: "activate your eligible Owner role in PIM, then choose Re-check".
 */
import type {EligibleRole} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {WizardError} from '../../wizard/errors.js';

/** Built-in roles that may write role assignments, by definition GUID. */
const assigningRoles: Readonly<Record<string, string>> = {
	'8e3af657-a8ff-443c-a75c-2fe8c4bcb635': 'Owner',
	'18d7d88d-d35e-4fb5-a5c3-7773c20a72d9': 'User Access Administrator',
	'f58310d9-a9f6-439a-9e8d-f62e7b41a168': 'Role Based Access Control Administrator',
};

const guidOf = (id: string): string => (id.split('/').at(-1) ?? id).toLowerCase();

const covers = (outer: string, inner: string): boolean => {
	const a = outer.replace(/\/+$/, '').toLowerCase();
	const b = inner.replace(/\/+$/, '').toLowerCase();
	return b === a || b.startsWith(`${a}/`);
};

/** The caller's eligible roles at or above `scope` that would let them assign roles there. */
async function eligibleAssigningRoles(context: Context, scope: string): Promise<EligibleRole[]> {
	const roles = await context.azure.listEligibleRoles(scope).catch(() => []);
	return roles.filter((role) => assigningRoles[guidOf(role.roleDefinitionId)] !== undefined && covers(role.scope, scope));
}

/**
 * Returns once the caller may write role assignments at `scope`; otherwise throws `refusal()`, after offering to
 * re-check while an eligible PIM role is activated (the advice joins the refusal when the user stops instead).
 */
export async function ensureAssignRights(context: Context, scope: string, refusal: () => WizardError): Promise<void> {
	const text = messages().attach.pim;
	for (;;) {
		if (await context.azure.canWriteRoleAssignments(scope)) return;
		const eligible = await eligibleAssigningRoles(context, scope);
		const refused = refusal();
		const first = eligible[0];
		if (!first) throw refused;
		const names = [...new Set(eligible.map((role) => assigningRoles[guidOf(role.roleDefinitionId)] ?? role.roleName))];
		const advice = text.activate(names, first.scopeName);
		const answer = await context.prompter.select({
			id: 'pim-recheck',
			message: text.question(names),
			hint: `${refused.message} ${advice}`,
			choices: [
				{value: 'recheck', label: text.recheck, hint: text.recheckHint},
				{value: 'stop', label: text.stop},
			],
			default: 'stop',
		});
		if (answer !== 'recheck') {
			throw new WizardError(refused.message, {
				suggestion: `${advice}\n${refused.suggestion ?? ''}`.trim(),
				...(refused.code ? {code: refused.code} : {}),
			});
		}
	}
}
