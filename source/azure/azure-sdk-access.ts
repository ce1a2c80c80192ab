/** Role definitions and role assignments (Microsoft.Authorization) at any scope. */
import {randomUUID} from 'node:crypto';
import type {AuthorizationManagementClient, RoleAssignment as SdkRoleAssignment} from '@azure/arm-authorization';
import type {AzureAccess, RoleAssignment} from './azure.js';
import {collect, type SdkContext} from './azure-sdk-clients.js';
import {mapped, mayHaveApplied, toAzureError} from './azure-sdk-errors.js';
import {lastSegment, subscriptionOf} from './azure-sdk-ids.js';

const roleAssignmentOf = (a: SdkRoleAssignment): RoleAssignment => ({
	id: a.id ?? '',
	scope: a.scope ?? '',
	roleDefinitionId: a.roleDefinitionId ?? '',
	principalId: a.principalId ?? '',
	...(a.principalType ? {principalType: a.principalType} : {}),
	...(a.createdOn ? {createdOn: new Date(a.createdOn).toISOString()} : {}),
	...(a.condition ? {condition: a.condition} : {}),
});

/** Escapes a value for an OData `$filter` string literal. */
export function odataString(value: string): string {
	return `'${value.replace(/'/g, "''")}'`;
}

/** Whether two role definition ids name the same role (ids differ by the subscription prefix). */
function sameRole(a: string, b: string): boolean {
	return lastSegment(a).toLowerCase() === lastSegment(b).toLowerCase();
}

const sameScope = (a: string, b: string): boolean => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

/** The authorization client of the subscription a scope lives in, created once. */
async function authorizationFor(ctx: SdkContext, scope: string): Promise<AuthorizationManagementClient> {
	const subscriptionId = subscriptionOf(scope);
	return ctx.cached('authorization', subscriptionId, async () => {
		const sdk = await import('@azure/arm-authorization');
		return new sdk.AuthorizationManagementClient(ctx.credentialFor(subscriptionId), subscriptionId, ctx.classicOptions);
	});
}

/** The access part of the port. */
export function createAccess(ctx: SdkContext): AzureAccess {
	const authorization = async (scope: string) => authorizationFor(ctx, scope);
	const list = async (scope: string, principalId?: string) =>
		mapped(async () => {
			const options = principalId ? {filter: `principalId eq ${odataString(principalId)}`} : {};
			return (await collect((await authorization(scope)).roleAssignments.listForScope(scope, options))).map(roleAssignmentOf);
		});
	return {
		async findRole(scope, roleName) {
			const filter = `roleName eq ${odataString(roleName)}`;
			const roles = await mapped(async () => collect((await authorization(scope)).roleDefinitions.list(scope, {filter})));
			// ARM matches roleName exactly; `acrpull` must still find AcrPull, so compare without case here too.
			const role = roles.find((r) => r.roleName?.toLowerCase() === roleName.toLowerCase()) ?? (await findAmongAll(ctx, scope, roleName));
			return role?.id ? {id: role.id, name: role.name ?? lastSegment(role.id), roleName: role.roleName ?? roleName} : undefined;
		},
		listRoleAssignments: list,
		async assignRole(input) {
			const parameters = {
				roleDefinitionId: input.roleDefinitionId,
				principalId: input.principalId,
				...(input.principalType ? {principalType: input.principalType} : {}),
			};
			// One name for every try of this assignment: a retried PUT whose first answer was lost finds its own assignment.
			const name = randomUUID();
			try {
				const created = await (await authorization(input.scope)).roleAssignments.create(input.scope, name, parameters);
				return {assignment: roleAssignmentOf(created), created: true};
			} catch (error: unknown) {
				const failure = toAzureError(error);
				if (failure.code !== 'RoleAssignmentExists' && !mayHaveApplied(failure)) throw failure;
				const existing = (await list(input.scope, input.principalId)).find(
					(a) => sameRole(a.roleDefinitionId, input.roleDefinitionId) && sameScope(a.scope, input.scope),
				);
				if (failure.code !== 'RoleAssignmentExists' && !existing) throw failure;
				// Made by an earlier try of this same call (its name is ours): created here, so undo removes it.
				const ours = existing !== undefined && existing.id.toLowerCase().endsWith(`/${name}`);
				return existing ? {assignment: existing, created: ours} : {created: false};
			}
		},
		async deleteRoleAssignment(id) {
			await mapped(async () => (await authorization(id)).roleAssignments.deleteById(id));
		},
	};
}

/** Lists every role at the scope when the filtered lookup found none (the filter is case-sensitive on some clouds). */
async function findAmongAll(ctx: SdkContext, scope: string, roleName: string) {
	const all = await mapped(async () => collect((await authorizationFor(ctx, scope)).roleDefinitions.list(scope)));
	return all.find((r) => r.roleName?.toLowerCase() === roleName.toLowerCase());
}
