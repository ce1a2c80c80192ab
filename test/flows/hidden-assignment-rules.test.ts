/**
 * "Can assign roles" is advisory: a deny assignment, or a condition on the user's role, is invisible to
 * the Permissions API, so the check says yes and the role-assignment PUT answers 403. The wizard must then
 * give the same administrator hand-off as when the check says no.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/index.js';
import {attachSteps} from '../../source/steps/attach/index.js';
import {runSteps} from '../../source/wizard/engine.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';

const aksId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
const sharedRegistryId = `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${seedIds.sharedRegistry}`;

for (const policy of ['deny-assignment', 'delegation-condition'] as const) {
	describe(`role assignments refused by a ${policy} the Permissions API does not show, over the sandbox`, () => {
		let flow: AttachFlow;
		beforeAll(async () => {
			flow = await startAttachFlow('owner', {roleAssignmentPolicy: policy});
		});
		afterAll(async () => flow.close());

		test('the check says the user may assign roles, the PUT is refused, and attach hands over to an administrator with the commands', async () => {
			await expect(flow.azure.canWriteRoleAssignments(sharedRegistryId)).resolves.toBe(true);
			const context = flow.context({'Which AKS cluster should pull from the registry?': aksId, 'Apply this change?': 'apply', 'What next?': 'quit'});
			context.store.getState().actions.chooseRegistry(await flow.azure.getRegistry(sharedRegistryId));
			await runSteps(attachSteps, context).catch(() => undefined);
			const failed = context.store.getState().journal.find((entry) => entry.outcome === 'failed');
			expect(failed?.error?.message).toMatch(/^You cannot create role assignments on contososharedacr, so nothing was changed/);
			expect(failed?.error?.suggestion).toMatch(/Ask an administrator to run:\n {2}az aks update --name aks-sandbox/);
			expect(failed?.error?.detail).toMatch(policy === 'deny-assignment' ? /deny assignment/ : /ABAC condition not fulfilled/);
			expect(failed?.error?.code).toBe('AuthorizationFailed');
		});
	});
}
