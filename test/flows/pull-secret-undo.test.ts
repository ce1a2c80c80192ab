import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {pullSecretSteps} from '../../source/steps/pull-secret/index.js';
import {undoPlan} from '../../source/steps/undo.js';
import {undoStepId} from '../../source/wizard/journal.js';
import {applyPlan, runSteps} from '../../source/wizard/engine.js';
import type {Context} from '../../source/wizard/context.js';
import {startPullSecretFlow, type PullSecretFlow} from '../helpers/pull-secret-flow.js';
import {q, secret, target} from '../helpers/pull-secret-answers.js';

describe('undo of a pull-secret run over the sandbox deletes the service principal it created', () => {
	let flow: PullSecretFlow;
	beforeAll(async () => {
		flow = await startPullSecretFlow('pullsecretundo01');
	});
	afterAll(async () => flow.close());

	/** Runs the new-service-principal path into `namespace` with principal `name`; returns the run's context. */
	const runNewPrincipal = async (namespace: string, name: string): Promise<Context> => {
		const context = flow.context({
			...target(namespace),
			...secret(namespace, 0),
			[q.kind]: 'new-service-principal',
			[q.spName]: name,
			[q.role]: 'acrpull',
			[q.apply(2)]: ['apply', 'apply'],
		});
		await expect(runSteps(pullSecretSteps, context)).resolves.toBe('done');
		return context;
	};
	const undoEntries = (context: Context) => context.store.getState().journal.filter((entry) => entry.stepId === undoStepId);

	test('the whole undo plan runs: the principal is gone from the directory and the journal says its undo ran', async () => {
		const context = await runNewPrincipal('undo-sp-all', 'undo-sp-all');
		const [principal] = await flow.azure.findServicePrincipals('undo-sp-all');
		const appId = principal?.appId ?? '';
		expect(appId).not.toBe('');
		const plan = undoPlan(context, context.store.getState().journal);
		expect(plan.actions.at(-1)?.call).toBe(`DELETE /v1.0/applications(appId='${appId}')`);
		await applyPlan(plan, context, {confirm: false, retry: false});
		expect(await flow.azure.findServicePrincipals('undo-sp-all')).toEqual([]);
		expect(await flow.azure.getServicePrincipal(appId)).toBeUndefined();
		expect(await flow.azure.listRoleAssignments(flow.registry.id, principal?.objectId)).toEqual([]);
		expect(undoEntries(context).map((entry) => [entry.command, entry.outcome])).toEqual([
			['kubectl delete pod my-awesome-app-pod --namespace undo-sp-all', 'done'],
			['kubectl delete secret acr-secret --namespace undo-sp-all', 'done'],
			['kubectl delete namespace undo-sp-all', 'done'],
			[expect.stringMatching(/^az role assignment delete --ids /), 'done'],
			[`az ad app delete --id ${appId}`, 'done'],
		]);
		expect(undoPlan(context, context.store.getState().journal).actions).toEqual([]);
	});

	test('a principal already deleted elsewhere is journaled as already gone, and the rest of the undo runs', async () => {
		const context = await runNewPrincipal('undo-sp-gone', 'undo-sp-gone');
		const [principal] = await flow.azure.findServicePrincipals('undo-sp-gone');
		if (!principal) throw new Error('the run created no principal');
		await flow.azure.deleteServicePrincipal(principal);
		await applyPlan(undoPlan(context, context.store.getState().journal), context, {confirm: false, retry: false});
		expect(await flow.azure.findServicePrincipals('undo-sp-gone')).toEqual([]);
		expect(undoEntries(context).at(-1)).toMatchObject({
			command: `az ad app delete --id ${principal.appId}`,
			outcome: 'unchanged',
			detail: 'already gone; nothing to undo',
		});
		expect(undoEntries(context).map((entry) => entry.outcome)).toEqual(['done', 'done', 'done', 'done', 'unchanged']);
	});
});
