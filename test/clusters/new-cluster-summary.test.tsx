/** After the run created the cluster (attached at creation), the summary no longer hints "for a NEW cluster, attach at creation". */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {showSummary} from '../../source/steps/summary.js';
import type {WizardState} from '../../source/wizard/store.js';
import type {JournalEntry} from '../../source/wizard/types.js';
import {clusterId, fakeAzure, fakeRegistry} from '../helpers/fake-azure.js';
import {keys, renderApp} from '../helpers/render.js';
import {testContext} from '../helpers/test-context.js';

afterEach(() => cleanup());

const created: JournalEntry = {
	id: 'create-cluster-aks-new-01',
	stepId: 'attach-new-cluster',
	outcome: 'done',
	sentence: 'Create the AKS cluster aks-new-01 (2 × Standard_B2s in westeurope) and grant AcrPull on myregistry to its kubelet identity',
	command: 'az aks create --name aks-new-01 --resource-group myResourceGroup --generate-ssh-keys --attach-acr myregistry',
	call: 'PUT …/managedClusters/aks-new-01',
	at: '2026-12-02T06:30:00Z',
	undo: {
		sentence: 'Delete the AKS cluster aks-new-01',
		command: 'az aks delete --name aks-new-01 --resource-group myResourceGroup --yes',
		kind: 'delete-managed-cluster',
		params: {id: clusterId('aks-new-01', 'myResourceGroup'), name: 'aks-new-01'},
	},
};

function start(journal: JournalEntry[]) {
	const state: Partial<WizardState> = {
		journal,
		method: 'attach',
		registry: fakeRegistry({name: 'myregistry'}),
		target: {clusterId: clusterId('aks-new-01', 'myResourceGroup'), clusterName: 'aks-new-01'},
	};
	const app = renderApp({state, columns: 160});
	const context = testContext({store: app.store, prompter: app.prompter, azure: fakeAzure()});
	const run = showSummary.run(context).then(
		() => 'finished',
		(error: unknown) => error,
	);
	return {app, run};
}

describe('the summary of a run that created the cluster', () => {
	test('shows the az aks create it ran, and no hint to create a NEW cluster instead', async () => {
		const {app, run} = start([created]);
		const frame = await app.waitFor('What next?');
		expect(frame).toContain('(✓) Create the AKS cluster aks-new-01');
		expect(frame).toContain('$ az aks create --name aks-new-01 --resource-group myResourceGroup --generate-ssh-keys --attach-acr myregistry');
		expect(frame).not.toContain('For a NEW cluster');
		expect(frame).not.toContain('<cluster>');
		await app.press(keys.enter);
		expect(await run).toBe('finished');
	});

	test('a create that failed leaves the hint in place', async () => {
		const {app, run} = start([{...created, outcome: 'failed', error: {message: 'QuotaExceeded'}}]);
		// Nothing to undo: the summary asks nothing and ends.
		expect(await run).toBe('finished');
		expect(await app.waitFor('For a NEW cluster, attach the registry at creation instead:')).toContain(
			'$ az aks create --name <cluster> --resource-group <group> --generate-ssh-keys --attach-acr myregistry',
		);
	});
});
