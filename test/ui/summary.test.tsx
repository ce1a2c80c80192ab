import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {showSummary} from '../../source/steps/summary.js';
import type {WizardState} from '../../source/wizard/store.js';
import type {JournalEntry} from '../../source/wizard/types.js';
import {clusterId, fakeAzure, fakeRegistry} from '../helpers/fake-azure.js';
import {allFrames, joinContinuations, keys, renderApp} from '../helpers/render.js';
import {testContext} from '../helpers/test-context.js';

afterEach(() => cleanup());

const roleId =
	'/subscriptions/x/resourceGroups/myResourceGroup/providers/Microsoft.ContainerRegistry/registries/myregistry/providers/Microsoft.Authorization/roleAssignments/1';

const journal: JournalEntry[] = [
	{
		id: 'import',
		stepId: 'registry',
		outcome: 'unchanged',
		sentence: 'Import nginx:v1 into myregistry',
		command: 'az acr import --name myregistry --source docker.io/library/nginx:latest --image nginx:v1',
		call: 'POST …/importImage',
		at: '2026-11-22T11:00:00Z',
	},
	{
		id: 'grant',
		stepId: 'attach',
		outcome: 'done',
		sentence: 'Grant AcrPull on myregistry to the kubelet identity of myAKSCluster',
		command: 'az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry',
		call: 'PUT …/roleAssignments/1',
		at: '2026-11-22T11:00:01Z',
		undo: {
			sentence: 'Remove AcrPull from the kubelet identity',
			command: `az role assignment delete --ids ${roleId}`,
			kind: 'delete-role-assignment',
			params: {id: roleId},
		},
	},
	{
		id: 'broken',
		stepId: 'attach',
		outcome: 'failed',
		sentence: 'Check the registry from the cluster',
		command: 'az aks check-acr --name myAKSCluster --resource-group myResourceGroup --acr myregistry.azurecr.io',
		call: 'POST …/runCommand',
		at: '2026-11-22T11:00:02Z',
		error: {message: 'The cluster did not answer'},
	},
];

const state: Partial<WizardState> = {
	journal,
	method: 'attach',
	registry: fakeRegistry({name: 'myregistry'}),
	target: {clusterId: clusterId('myAKSCluster', 'myResourceGroup'), clusterName: 'myAKSCluster'},
};

function start(initial: Partial<WizardState> = state, columns?: number) {
	const app = renderApp({state: initial, columns});
	const azure = fakeAzure();
	const context = testContext({store: app.store, prompter: app.prompter, azure});
	const run = showSummary.run(context).then(
		() => 'finished',
		(error: unknown) => error,
	);
	return {app, azure, run};
}

describe('summary screen', () => {
	test('lists what was done, the script, the az aks create note and what undo would do', async () => {
		const {app, run} = start();
		const frame = await app.waitFor('What next?');
		expect(frame).toContain('(✓) Grant AcrPull on myregistry to the kubelet identity of myAKSCluster');
		expect(frame).toContain('(-) Import nginx:v1 into myregistry (already in place)');
		expect(frame).toContain('(x) Check the registry from the cluster (failed) — The cluster did not answer');
		expect(frame).toContain('$ az acr import --name myregistry --source docker.io/library/nginx:latest --image nginx:v1');
		expect(frame).toContain('$ az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry');
		expect(frame).not.toContain('$ az aks check-acr');
		expect(frame).toContain('For a NEW cluster, attach the registry at creation instead:');
		// The command is wider than the test terminal: cut with shell continuations, compared as pasted.
		expect(frame).toContain('--generate-ssh-keys \\\n    --attach-acr myregistry\n');
		expect(joinContinuations(frame).replace(/\s+/g, ' ')).toContain(
			'$ az aks create --name <cluster> --resource-group <group> --generate-ssh-keys --attach-acr myregistry',
		);
		expect(frame).toContain('Remove AcrPull from the kubelet identity');
		expect(frame).toContain('Undo the 1 change made');
		await app.press(keys.enter);
		expect(await run).toBe('finished');
	});

	test('undo: down, enter, confirm the plan; the change shows as undone and nothing is asked again', async () => {
		const {app, azure, run} = start();
		await app.waitFor('Undo the 1 change made');
		await app.press(keys.down, keys.enter);
		const plan = await app.waitFor('Apply this change?');
		expect(plan).toContain('Plan: Undo the changes');
		expect(plan).toContain('Remove AcrPull from the kubelet identity');
		expect(plan).toContain('$ az role assignment delete --ids');
		await app.press(keys.enter);
		expect(await run).toBe('finished');
		expect(azure.calls.deleteRoleAssignment).toEqual([[roleId]]);
		const frame = await app.waitFor('(undone)');
		expect(frame).toContain('Grant AcrPull on myregistry to the kubelet identity of myAKSCluster (undone)');
		expect(frame).not.toContain('What next?');
	});

	test('on a 40-column terminal a line wraps under its own text, its words whole, never beside another column', async () => {
		const {app, run} = start(state, 40);
		const frame = await app.waitFor('What next?');
		const lines = frame.split('\n');
		const at = lines.findIndex((line) => line.startsWith('(x) Check the registry from the'));
		expect(at, frame).toBeGreaterThanOrEqual(0);
		// The rest of the sentence, its note and its detail continue under the text, indented past the icon.
		expect(
			lines
				.slice(at, at + 3)
				.join(' ')
				.replace(/\s+/g, ' '),
		).toContain('(x) Check the registry from the cluster (failed) — The cluster did not answer');
		for (const line of lines.slice(at + 1, at + 3)) expect(line).toMatch(/^ {4}\S/);
		await app.press(keys.enter);
		expect(await run).toBe('finished');
	});

	test('nothing changed: says so, without a question', async () => {
		const {app, run} = start({journal: [], method: 'pull-secret', target: {}});
		expect(await run).toBe('finished');
		const frame = await app.waitFor('Nothing was changed.');
		expect(frame).not.toContain('az aks create');
		expect(frame).not.toContain('What next?');
	});
});

describe('summary screen in both command styles', () => {
	test('shows the script as az and then as Azure PowerShell, the actions without a PowerShell form keeping their own', async () => {
		const withPowerShell = journal.map((entry) =>
			entry.id === 'grant'
				? {...entry, powershell: 'Set-AzAksCluster -ResourceGroupName myResourceGroup -Name myAKSCluster -AcrNameToAttach myregistry'}
				: entry,
		);
		const {app, run} = start({...state, journal: withPowerShell}, 160);
		const frame = await app.waitFor('What next?');
		expect(frame).toContain('The equivalent commands, to run it again without the wizard:');
		expect(frame).toContain('The same with Azure PowerShell (Az module 5.9.0 or later):');
		const powershell = frame.slice(frame.indexOf('The same with Azure PowerShell'));
		expect(powershell).toContain('$ az acr import --name myregistry --source docker.io/library/nginx:latest --image nginx:v1');
		expect(powershell).toContain('$ Set-AzAksCluster -ResourceGroupName myResourceGroup -Name myAKSCluster -AcrNameToAttach myregistry');
		await app.press(keys.enter);
		expect(await run).toBe('finished');
	});

	test('a journal without PowerShell forms shows the az script only', async () => {
		const {app, run} = start();
		const frame = await app.waitFor('What next?');
		expect(frame).not.toContain('The same with Azure PowerShell');
		await app.press(keys.enter);
		expect(await run).toBe('finished');
	});
});

describe('summary screen: watching the pods', () => {
	const pod = {name: 'nginx0-deployment-1', namespace: 'default', ready: '1/1', status: 'Running', restarts: 0, images: []};

	test('names the context of the AKS cluster and the kubeconfig the run used when it is not the default', async () => {
		const {app, run} = start({
			...state,
			target: {...state.target, namespace: 'default'},
			pods: [pod],
			environment: {
				cloud: 'AzureSandbox',
				armEndpoint: '',
				sandbox: true,
				kubeconfigPath: '/tmp/demo/kubeconfig',
				watch: {context: 'kind-local', kubeconfig: '/tmp/demo/kubeconfig'},
			},
		});
		const frame = await app.waitFor('What next?');
		expect(frame).toContain('Watch the pods from another terminal:');
		expect(joinContinuations(frame).replace(/\s+/g, ' ')).toContain(
			'$ kubectl get pods --kubeconfig /tmp/demo/kubeconfig --context myAKSCluster --namespace default --watch',
		);
		await app.press(keys.enter);
		expect(await run).toBe('finished');
	});

	test('a pull-secret run names its own context, without --kubeconfig when the file is the default; no pods, no watch line', async () => {
		const pulled = start({...state, method: 'pull-secret', target: {context: 'kind-local', namespace: 'web'}, pods: [pod]});
		const frame = await pulled.app.waitFor('What next?');
		expect(joinContinuations(frame).replace(/\s+/g, ' ')).toContain('$ kubectl get pods --context kind-local --namespace web --watch');
		await pulled.app.press(keys.enter);
		await pulled.run;
		cleanup();
		const none = start({...state, target: {context: 'kind-local', namespace: 'web'}, pods: []});
		expect(await none.app.waitFor('What next?')).not.toContain('Watch the pods');
	});
});

describe('summary screen: the last frame', () => {
	const longId = `${'/subscriptions/3c9a1e7b-2d4f-4a6c-8e0b-5f1d2c3b4a59/resourceGroups/rg-acr-sandbox/providers/Microsoft.ContainerRegistry'}/registries/myregistry/providers/Microsoft.Authorization/roleAssignments/01e19e95-d693-4061-b7d4-7c232a5af956`;
	const withLongUndo: JournalEntry[] = journal.map((entry) =>
		entry.id === 'grant'
			? {
					...entry,
					undo: {
						sentence: 'Remove AcrPull from the kubelet identity',
						command: `az role assignment delete --ids ${longId}`,
						kind: 'delete-role-assignment',
						params: {id: longId},
					},
				}
			: entry,
	);

	test('while asked, a word wider than the line is cut with \\ continuations; once finished it is one line for the terminal to wrap softly', async () => {
		const {app, run} = start({...state, journal: withLongUndo}, 80);
		const asked = await app.waitFor('What next?');
		expect(asked).not.toContain(longId);
		expect(asked).toContain('az role assignment delete --ids \\');
		await app.press(keys.enter);
		expect(await run).toBe('finished');
		app.store.getState().actions.finish(0);
		const last = await vi.waitFor(() => {
			const drawn = allFrames(app.instance).filter((frame) => frame.includes(`$ az role assignment delete --ids ${longId}`));
			expect(drawn).not.toHaveLength(0);
			return drawn.at(-1) ?? '';
		});
		expect(last.split('\n')).toContain(`    $ az role assignment delete --ids ${longId}`);
	});
});
