import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {AzureError} from '../../source/azure/azure.js';
import {seedIds} from '../../source/sandbox/index.js';
import {chooseRegistry} from '../../source/steps/choose-registry.js';
import {pullSecretSteps} from '../../source/steps/pull-secret/index.js';
import {undoPlan} from '../../source/steps/undo.js';
import {summaryLines, summaryScript, undoStepId} from '../../source/wizard/journal.js';
import type {Context} from '../../source/wizard/context.js';
import {applyPlan, runSteps} from '../../source/wizard/engine.js';
import {q, secret, target} from '../helpers/pull-secret-answers.js';
import {startPullSecretFlow, type PullSecretFlow} from '../helpers/pull-secret-flow.js';

const registryQuestions = {
	registry: 'Which registry should the cluster pull from?',
	name: 'Registry name:',
	group: 'Resource group for the new registry:',
	sku: 'Registry SKU (service tier):',
	apply: 'Apply this change?',
} as const;

/** The registry step's answers that create `name` in the sandbox's group and import the sample into it. */
function createAnswers(name: string) {
	const {registry, group, sku, apply} = registryQuestions;
	return {[registry]: '+create', [registryQuestions.name]: name, [group]: seedIds.resourceGroup, [sku]: 'basic', [apply]: ['apply', 'apply']};
}

const idOf = (name: string) =>
	`/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/${name}`;

describe('undo over the sandbox deletes the registry and the namespace the wizard created', () => {
	let flow: PullSecretFlow;
	beforeAll(async () => {
		flow = await startPullSecretFlow('undocreated01');
	});
	afterAll(async () => flow.close());

	const undoEntries = (context: Context) => context.store.getState().journal.filter((entry) => entry.stepId === undoStepId);
	const kindLocal = () => flow.base.kubernetes.cluster({kind: 'file', path: flow.kubeconfigPath}, 'kind-local');

	test('a registry created by the registry step and a namespace created by the pull-secret path are gone after undo, journaled done', async () => {
		const context = flow.context({
			...createAnswers('undocreated02'),
			...target('undo-created'),
			...secret('undo-created', 0),
			[q.kind]: 'new-service-principal',
			[q.spName]: 'undo-created-sp',
			[q.role]: 'acrpull',
			[q.apply(2)]: ['apply', 'apply'],
		});
		await expect(runSteps([chooseRegistry], context)).resolves.toBe('done');
		expect((await flow.azure.getRegistry(idOf('undocreated02'))).name).toBe('undocreated02');
		// The pull-secret path then runs at the flow's registry, where the sample image is.
		context.store.getState().actions.chooseRegistry(flow.registry);
		await expect(runSteps(pullSecretSteps, context)).resolves.toBe('done');
		expect(await kindLocal().listNamespaces()).toContain('undo-created');

		const plan = undoPlan(context, context.store.getState().journal);
		expect(plan.notes).toEqual([
			'The registry undocreated02 was created by the wizard: undoing deletes it with every image in it, including any pushed since. This cannot be undone.',
		]);
		expect(plan.actions.map((action) => action.call)).toContain('DELETE /api/v1/namespaces/undo-created');
		expect(plan.actions.at(-1)?.call).toBe(`DELETE ${idOf('undocreated02')}`);
		await applyPlan(plan, context, {confirm: false, retry: false});

		await expect(flow.azure.getRegistry(idOf('undocreated02'))).rejects.toSatisfy((error) => error instanceof AzureError && error.statusCode === 404);
		expect(await kindLocal().listNamespaces()).not.toContain('undo-created');
		expect(
			undoEntries(context)
				.filter((entry) => /delete (namespace|--name)/.test(entry.command))
				.map((entry) => [entry.command, entry.outcome]),
		).toEqual([
			['kubectl delete namespace undo-created', 'done'],
			['az acr delete --name undocreated02 --resource-group rg-acr-sandbox --yes', 'done'],
		]);
		expect(undoEntries(context).every((entry) => entry.outcome === 'done')).toBe(true);
		expect(undoPlan(context, context.store.getState().journal).actions).toEqual([]);
		// The sample imported into it went with the registry: the summary and the script no longer list it as standing.
		const journal = context.store.getState().journal.filter((entry) => entry.stepId !== undoStepId);
		const lines = summaryLines(context.store.getState().journal);
		const imported = journal.findIndex((entry) => entry.command.startsWith('az acr import --name undocreated02 '));
		expect(lines[imported]?.outcome).toBe('undone');
		expect(summaryScript(context.store.getState().journal).some((command) => command.includes('undocreated02'))).toBe(false);
		context.scripted.verify();
	});

	test('a registry already deleted elsewhere is journaled as already gone', async () => {
		const context = flow.context(createAnswers('undocreated03'));
		await expect(runSteps([chooseRegistry], context)).resolves.toBe('done');
		await flow.azure.deleteRegistry(idOf('undocreated03'));
		await applyPlan(undoPlan(context, context.store.getState().journal), context, {confirm: false, retry: false});
		expect(undoEntries(context).map((entry) => [entry.command, entry.outcome, entry.detail])).toEqual([
			['az acr delete --name undocreated03 --resource-group rg-acr-sandbox --yes', 'unchanged', 'already gone; nothing to undo'],
		]);
		context.scripted.verify();
	});
});
