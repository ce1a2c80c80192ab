/**
 * The pull-secret path under role-assignment rules the Permissions API cannot show (a deny assignment, a
 * delegation condition on the user's own role): the check says the user may assign roles, the PUT answers 403,
 * and the path gives the administrator hand-off with the command, nothing changed on the registry.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {pullSecretSteps} from '../../source/steps/pull-secret/index.js';
import {runSteps} from '../../source/wizard/engine.js';
import {q, secret, target} from '../helpers/pull-secret-answers.js';
import {startPullSecretFlow, type PullSecretFlow} from '../helpers/pull-secret-flow.js';

for (const policy of ['deny-assignment', 'delegation-condition'] as const) {
	describe(`the pull-secret path when a ${policy} refuses role assignments, over the sandbox`, () => {
		let flow: PullSecretFlow;
		beforeAll(async () => {
			flow = await startPullSecretFlow('hiddenrules01', 'owner', {roleAssignmentPolicy: policy});
		});
		afterAll(async () => flow.close());

		test('the check says yes, the role assignment PUT is refused, and the run hands over to an administrator with the command', async () => {
			await expect(flow.azure.canWriteRoleAssignments(flow.registry.id)).resolves.toBe(true);
			const {principal, password} = await flow.azure.createServicePrincipal(`build-agent-${policy}`);
			const before = (await flow.azure.listRoleAssignments(flow.registry.id, principal.objectId)).length;
			const context = flow.context({
				...target('hidden-rules'),
				...secret('hidden-rules', 2),
				[q.kind]: 'existing-service-principal',
				[q.spReference]: principal.appId,
				[q.role]: 'acrpull',
				[q.hasPassword(`build-agent-${policy}`)]: 'type',
				[q.password(`build-agent-${policy}`)]: password.value,
				[q.apply(1)]: 'apply',
				'What next?': 'quit',
			});
			await runSteps(pullSecretSteps, context).catch(() => undefined);
			const failed = context.store.getState().journal.find((entry) => entry.outcome === 'failed');
			expect(failed?.command).toBe(`az role assignment create --assignee ${principal.appId} --scope ${flow.registry.id} --role acrpull`);
			expect(failed?.error?.message).toBe(
				'Azure refused the role assignment on the registry hiddenrules01, although your permissions list it: a deny assignment or a condition on your own role assignment forbids it (the Permissions API cannot show either).',
			);
			expect(failed?.error?.suggestion).toBe(
				`Ask an Owner or User Access Administrator of the registry to run:\n  az role assignment create --assignee ${principal.appId} --scope ${flow.registry.id} --role acrpull\nOr go back and pick "Repository-scoped token": it needs no role assignment.`,
			);
			expect(failed?.error?.detail).toMatch(policy === 'deny-assignment' ? /deny assignment/ : /ABAC condition not fulfilled/);
			expect(failed?.error?.code).toBe('AuthorizationFailed');
			// Azure's refusal: nothing was assigned, and no secret or pod was made with a credential that cannot pull.
			expect(await flow.azure.listRoleAssignments(flow.registry.id, principal.objectId)).toHaveLength(before);
			expect(context.store.getState().journal.some((entry) => entry.command.startsWith('kubectl create secret'))).toBe(false);
			expect(JSON.stringify(context.store.getState()).includes(password.value)).toBe(false);
		});
	});
}
