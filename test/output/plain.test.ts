import {describe, expect, test} from 'vitest';
import {AzureError} from '../../source/azure/azure.js';
import {renderPlain} from '../../source/output/plain.js';
import {runChecks} from '../../source/steps/check-prerequisites.js';
import {createAutoPrompter} from '../../source/wizard/auto-prompter.js';
import {applyPlan, type Plan} from '../../source/wizard/engine.js';
import {fakeAzure} from '../helpers/fake-azure.js';
import {azVersionOutput, fakeExec, healthyTools} from '../helpers/fake-exec.js';
import {testContext, testStore} from '../helpers/test-context.js';

/** Renders the store's changes as plain lines into an array. */
function capture(store: ReturnType<typeof testStore>) {
	const lines: string[] = [];
	const stop = renderPlain(store, (line) => lines.push(line));
	return {lines, stop};
}

describe('plain renderer', () => {
	test('prints each check once, when it finishes, with its fix on the next line', async () => {
		const exec = fakeExec({...healthyTools, 'az version -o json': {stdout: azVersionOutput('2.6.0')}});
		const context = testContext({exec});
		const {lines, stop} = capture(context.store);
		await runChecks(context);
		stop();
		expect(lines.filter((line) => line.startsWith('('))).toHaveLength(7);
		expect(lines).toContain('(✓) kubectl: v1.32.4');
		const az = lines.findIndex((line) => line.startsWith('(x) Azure CLI: 2.6.0 — Version 2.6.0 is older than 2.7.0'));
		expect(az).toBeGreaterThanOrEqual(0);
		expect(lines[az + 1]).toBe('    Fix: az upgrade');
		expect(lines.some((line) => line.includes('running'))).toBe(false);
	});

	test('echoes the answers a non-interactive run took', async () => {
		const store = testStore();
		const {lines, stop} = capture(store);
		await createAutoPrompter(store).select({
			id: 'sku',
			message: 'Which SKU should the registry use?',
			choices: [{value: 'Basic', label: 'Basic'}],
			default: 'Basic',
		});
		stop();
		expect(lines).toEqual(['Which SKU should the registry use? Basic (default, non-interactive)']);
	});

	test('prints each journaled action with its command, then the error with its code and fix', async () => {
		const context = testContext();
		const {lines, stop} = capture(context.store);
		const plan: Plan = {
			stepId: 'attach',
			title: 'Attach',
			actions: [
				{
					id: 'a',
					sentence: 'Create the namespace demo',
					command: 'kubectl create namespace demo',
					call: 'POST /api/v1/namespaces',
					run: async () => ({outcome: 'done'}),
				},
				{
					id: 'b',
					sentence: 'Grant AcrPull',
					command: 'az role assignment create --role AcrPull',
					call: 'PUT …',
					run: async () => Promise.reject(new AzureError('denied', 'AuthorizationFailed', 403)),
				},
			],
		};
		await expect(applyPlan(plan, context, {confirm: false, retry: false})).rejects.toThrow();
		stop();
		expect(lines).toEqual([
			'(✓) Create the namespace demo',
			'    $ kubectl create namespace demo',
			'(x) Grant AcrPull',
			'    $ az role assignment create --role AcrPull',
			'(x) Your account is not allowed to do this here. (AuthorizationFailed)',
			expect.stringMatching(/^ {4}Fix: Ask an Owner/),
		]);
	});

	test('with --commands powershell, each action prints its Az form, and one without its own as PowerShell runs it; two commands each get their $', async () => {
		const context = testContext();
		context.store.getState().actions.setCommandStyle('powershell');
		const {lines, stop} = capture(context.store);
		const plan: Plan = {
			stepId: 'attach',
			title: 'Attach',
			actions: [
				{
					id: 'a',
					sentence: 'Create the AKS cluster aks-a',
					command: 'az aks create --name aks-a --resource-group rg\naz role assignment create --role r',
					powershell: 'New-AzAksCluster -ResourceGroupName rg -Name aks-a\nNew-AzRoleAssignment -RoleDefinitionName r',
					call: 'PUT …',
					run: async () => ({outcome: 'done'}),
				},
				{
					id: 'b',
					sentence: 'Reset the password',
					command: 'PASSWORD=$(az ad sp credential reset --id a --query password --output tsv)',
					call: 'POST …',
					run: async () => ({outcome: 'done'}),
				},
			],
		};
		await applyPlan(plan, context, {confirm: false, retry: false});
		stop();
		expect(lines).toEqual([
			'(✓) Create the AKS cluster aks-a',
			'    $ New-AzAksCluster -ResourceGroupName rg -Name aks-a',
			'    $ New-AzRoleAssignment -RoleDefinitionName r',
			'(✓) Reset the password',
			'    $ $PASSWORD = az ad sp credential reset --id a --query password --output tsv',
		]);
	});

	test('never prints a service principal password', async () => {
		const azure = fakeAzure();
		const context = testContext({azure});
		const {lines, stop} = capture(context.store);
		const plan: Plan = {
			stepId: 'sp',
			title: 'Service principal',
			actions: [
				{
					id: 'sp',
					sentence: 'Create the service principal acr-sp',
					command: 'az ad sp create-for-rbac --name acr-sp',
					call: 'POST /graph/applications',
					run: async () => {
						const {principal} = await azure.createServicePrincipal('acr-sp');
						return {outcome: 'done', detail: principal.appId};
					},
				},
			],
		};
		await applyPlan(plan, context, {confirm: false, retry: false});
		stop();
		expect(lines.join('\n')).not.toContain('fake-secret');
		expect(JSON.stringify(context.store.getState())).not.toContain('fake-secret');
	});
});

describe('plain renderer on cancel', () => {
	test('says the run was cancelled and nothing else changed, once', () => {
		const store = testStore();
		const {lines, stop} = capture(store);
		store.getState().actions.finish(2);
		store.getState().actions.notice('later');
		stop();
		expect(lines).toEqual(['Cancelled. Nothing else was changed.', 'later']);
	});
});

describe('plain renderer: pods', () => {
	test('prints a pod line when its status or readiness changes, not on every snapshot', () => {
		const store = testStore();
		const {lines, stop} = capture(store);
		const pod = {
			name: 'nginx0-deployment-669dfc4d4b-x74kr',
			namespace: 'default',
			ready: '0/1',
			status: 'ErrImagePull',
			restarts: 0,
			images: ['r.azurecr.io/nginx:v1'],
		};
		store.getState().actions.setPods([pod], []);
		store.getState().actions.setPods([pod], []);
		store.getState().actions.setPods([{...pod, status: 'ImagePullBackOff'}], []);
		store.getState().actions.setPods([{...pod, ready: '1/1', status: 'Running'}], []);
		stop();
		expect(lines).toEqual([
			'    pod nginx0-deployment-669dfc4d4b-x74kr 0/1 ErrImagePull',
			'    pod nginx0-deployment-669dfc4d4b-x74kr 0/1 ImagePullBackOff',
			'    pod nginx0-deployment-669dfc4d4b-x74kr 1/1 Running',
		]);
	});
});

describe('plain renderer, repeated lines', () => {
	test('a line said both as the activity and as a notice is printed once', () => {
		const store = testStore();
		const {lines, stop} = capture(store);
		const {actions} = store.getState();
		actions.setActivity('Nothing to detach.');
		actions.notice('Nothing to detach.');
		actions.notice('Something else.');
		stop();
		expect(lines).toEqual(['Nothing to detach.', 'Something else.']);
	});
});
