/**
 * What the Permissions API cannot show: a deny assignment on the subscription, or a condition on the
 * caller's role assignment (Role Based Access Control Administrator "constrained to assign only
 * selected roles"). The caller's permissions list `roleAssignments/write`, yet the PUT is refused
 * with 403 AuthorizationFailed, worded as ARM words each case.
 */
import {createHash} from 'node:crypto';
import {ArmError} from '../http/errors.js';
import type {SandboxState} from '../state.js';

/** Which hidden rule refuses role-assignment writes. */
export type AssignmentPolicy = 'deny-assignment' | 'delegation-condition';

const policies = new WeakMap<SandboxState, AssignmentPolicy>();

/** Turns a hidden rule on for a sandbox's role assignments. */
export function restrictRoleAssignments(state: SandboxState, policy: AssignmentPolicy): void {
	policies.set(state, policy);
}

const guid = (seed: string): string => {
	const hex = createHash('sha256').update(seed).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** Throws ARM's 403 when a hidden rule refuses this role-assignment write; passes otherwise. */
export function checkAssignmentPolicy(state: SandboxState, caller: {readonly who: string; readonly objectId: string}, assignmentId: string): void {
	const policy = policies.get(state);
	if (!policy) return;
	const action = 'Microsoft.Authorization/roleAssignments/write';
	const subscription = /^\/subscriptions\/[^/]+/i.exec(assignmentId)?.[0] ?? '';
	if (policy === 'deny-assignment') {
		throw new ArmError(
			403,
			'AuthorizationFailed',
			`The client '${caller.who}' with object id '${caller.objectId}' has permission to perform action '${action}' on scope '${assignmentId}'; however, the access is denied because of the deny assignment with name 'Platform guardrails: no role assignments' and Id '${guid(`deny-${subscription}`)}' at scope '${subscription}'.`,
		);
	}
	throw new ArmError(
		403,
		'AuthorizationFailed',
		`The client '${caller.who}' with object id '${caller.objectId}' does not have authorization or an ABAC condition not fulfilled to perform action '${action}' over scope '${assignmentId}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
	);
}
