import type {SandboxContext} from '../context.js';
import {actionMatches, findRole, scopeCovers} from '../azure/roles.js';
import type {Registry, RoleAssignment, SandboxState} from '../state.js';

const pullAction = 'Microsoft.ContainerRegistry/registries/pull/read';
const repositoryReadAction = 'Microsoft.ContainerRegistry/registries/repositories/content/read';

/** The groups an object is a member of (one level, as role assignments to groups apply to direct members). */
export function groupsOf(state: SandboxState, objectId: string): string[] {
	const wanted = objectId.toLowerCase();
	return [...state.groups.values()].filter((group) => group.members.has(wanted)).map((group) => group.id);
}

/** When an assignment starts to affect pulls: its creation plus the propagation delay (longer through a group). */
export function effectiveFrom(state: SandboxState, assignment: RoleAssignment): number {
	const viaGroup = state.groups.has(assignment.principalId.toLowerCase());
	const {directMs, groupMs} = state.pullWorld.propagation;
	return Date.parse(assignment.createdOn) + (viaGroup ? groupMs : directMs);
}

const repositoryName =
	/@Request\[Microsoft\.ContainerRegistry\/registries\/repositories:name\]\s+(StringEquals|StringEqualsIgnoreCase|StringStartsWith|StringStartsWithIgnoreCase|StringLike|StringLikeIgnoreCase)\s+'((?:[^']|'')*)'/gi;

/**
 * Whether an ABAC condition lets a principal read a repository. ACR's conditions limit a repository role with clauses on
 * `@Request[Microsoft.ContainerRegistry/registries/repositories:name]`; the read is allowed when one clause holds.
 * A condition without such a clause does not limit repositories.
 */
export function conditionAllowsRepository(condition: string | undefined, repository: string): boolean {
	if (condition === undefined || condition.trim() === '') return true;
	const clauses = [...condition.matchAll(repositoryName)];
	if (clauses.length === 0) return true;
	return clauses.some(([, operator = '', quoted = '']) => {
		const value = quoted.replace(/''/g, "'");
		const ignoreCase = /IgnoreCase$/i.test(operator);
		const [left, right] = ignoreCase ? [repository.toLowerCase(), value.toLowerCase()] : [repository, value];
		if (/^StringEquals/i.test(operator)) return left === right;
		if (/^StringStartsWith/i.test(operator)) return left.startsWith(right);
		return actionMatches(right, left);
	});
}

/**
 * When a group's assignment starts to affect one member's pulls: the assignment's own start, and no sooner than the
 * group propagation delay after the member was added (a membership reaches the member's tokens late, as in Entra).
 */
function effectiveForMember(state: SandboxState, assignment: RoleAssignment, memberId: string): number {
	const since = state.groups.get(assignment.principalId.toLowerCase())?.memberSince?.get(memberId.toLowerCase());
	const own = effectiveFrom(state, assignment);
	return since === undefined ? own : Math.max(own, since + state.pullWorld.propagation.groupMs);
}

/** Active assignments (after propagation) of a principal or its groups at or above a scope. */
function activeAssignments(ctx: SandboxContext, principalId: string, scope: string): RoleAssignment[] {
	const principals = new Set([principalId.toLowerCase(), ...groupsOf(ctx.state, principalId)]);
	const now = ctx.clock.now().getTime();
	return [...ctx.state.roleAssignments.values()].filter(
		(a) => principals.has(a.principalId.toLowerCase()) && scopeCovers(a.scope, scope) && effectiveForMember(ctx.state, a, principalId) <= now,
	);
}

/**
 * Whether an Entra principal may pull a repository of a registry. In the legacy mode a role whose actions include
 * `registries/pull/read` (AcrPull, AcrPush, Reader, Contributor, Owner) allows every repository; in the ABAC mode
 * (`AbacRepositoryPermissions`) only roles with the repository data action count (Container Registry Repository
 * Reader…), within their condition, and AcrPull is not honoured.
 */
export function mayPull(ctx: SandboxContext, principalId: string, registry: Registry, repository: string): boolean {
	const abac = registry.roleAssignmentMode === 'AbacRepositoryPermissions';
	return activeAssignments(ctx, principalId, registry.id).some((assignment) => {
		const role = findRole(assignment.roleDefinitionId);
		if (!role) return false;
		if (abac) return role.dataActions.some((p) => actionMatches(p, repositoryReadAction)) && conditionAllowsRepository(assignment.condition, repository);
		return role.actions.some((p) => actionMatches(p, pullAction)) && !role.notActions.some((p) => actionMatches(p, pullAction));
	});
}

/** The registry-wide actions a principal holds (for scope grants of the data plane): pull in either mode, catalog in legacy mode. */
export function mayListCatalog(ctx: SandboxContext, principalId: string, registry: Registry): boolean {
	if (registry.roleAssignmentMode === 'AbacRepositoryPermissions') return false;
	return mayPull(ctx, principalId, registry, '');
}

/**
 * Wakes pull listeners when a pending assignment takes effect, so a kubelet in back-off retries then. Returns a
 * function that cancels the timers still pending.
 */
export function watchPropagation(ctx: SandboxContext, notify: () => void): {rearm(): void; stop(): void} {
	const timers = new Map<string, NodeJS.Timeout>();
	return {
		rearm() {
			const now = ctx.clock.now().getTime();
			for (const assignment of ctx.state.roleAssignments.values()) {
				const due = effectiveFrom(ctx.state, assignment) - now;
				if (due <= 0 || timers.has(assignment.id)) continue;
				const timer = setTimeout(() => {
					timers.delete(assignment.id);
					notify();
				}, due + 5);
				timer.unref();
				timers.set(assignment.id, timer);
			}
		},
		stop() {
			for (const timer of timers.values()) clearTimeout(timer);
			timers.clear();
		},
	};
}
