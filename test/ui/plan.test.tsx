import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {AzureError} from '../../source/azure/azure.js';
import {GoBack} from '../../source/wizard/errors.js';
import {applyPlan, type Action, type ActionResult, type Plan} from '../../source/wizard/engine.js';
import {joinContinuations, keys, renderApp, unwrap} from '../helpers/render.js';
import {testContext} from '../helpers/test-context.js';

afterEach(() => cleanup());

const spinner = /\([⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]\)/;

/** An action whose run waits until the test lets it finish. */
function heldAction(id: string, sentence: string, command: string, call: string) {
	let finish: (result: ActionResult | Error) => void = () => undefined;
	const outcome = new Promise<ActionResult | Error>((resolve) => {
		finish = resolve;
	});
	const action: Action = {
		id,
		sentence,
		command,
		call,
		run: async () => {
			const result = await outcome;
			if (result instanceof Error) throw result;
			return result;
		},
	};
	return {action, finish: (result: ActionResult | Error) => finish(result)};
}

function start(plan: Plan, columns?: number) {
	const app = renderApp(columns === undefined ? {} : {columns});
	const context = testContext({store: app.store, prompter: app.prompter});
	// Settled at once so a rejection is never reported as unhandled while keys are pressed.
	const run = applyPlan(plan, context, {retry: false}).then(
		(value) => value,
		(error: unknown) => error,
	);
	return {app, run};
}

const scope = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/myResourceGroup/providers/Microsoft.ContainerRegistry/registries/myregistry';

describe('plan screen', () => {
	test('shows each action as a sentence, its $ command and its API call, then asks to apply', async () => {
		const grant = heldAction(
			'grant',
			'Grant AcrPull on myregistry to the kubelet identity of myAKSCluster',
			'az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry',
			`PUT ${scope}/providers/Microsoft.Authorization/roleAssignments/{id}`,
		);
		const {app, run} = start({
			stepId: 'attach',
			title: 'Attach myregistry to myAKSCluster',
			actions: [grant.action],
			notes: ['Role assignments can take a few minutes to apply.'],
		});
		const frame = unwrap(await app.waitFor('Apply this change?'));
		expect(frame).toContain('Plan: Attach myregistry to myAKSCluster');
		expect(frame).toContain('! Role assignments can take a few minutes to apply.');
		expect(frame).toContain('(·) Grant AcrPull on myregistry to the kubelet identity of myAKSCluster');
		expect(frame).toContain('$ az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry');
		expect(frame).toContain('API call: PUT /subscriptions/');
		expect(frame).toMatch(/› Apply/);
		// Back goes back as Esc does: to the question before the plan.
		await app.press(keys.down, keys.enter);
		expect(await run).toBeInstanceOf(GoBack);
	});

	test('progress marks: spinner while running, ✓ done, - already in place, x failed with the reason', async () => {
		const first = heldAction('a', 'Create the namespace demo', 'kubectl create namespace demo', 'POST /api/v1/namespaces');
		const second = heldAction(
			'b',
			'Create the pull secret acr-secret',
			'kubectl create secret docker-registry acr-secret --docker-password <service-principal-password>',
			'POST /api/v1/namespaces/demo/secrets',
		);
		const third = heldAction('c', 'Grant AcrPull to the service principal', 'az role assignment create --role AcrPull', 'PUT …/roleAssignments/{id}');
		const fourth = heldAction('d', 'Deploy nginx0', 'kubectl apply -f nginx0.yaml', 'POST /apis/apps/v1/namespaces/demo/deployments');
		const {app, run} = start({stepId: 'pull-secret', title: 'Pull secret', actions: [first.action, second.action, third.action, fourth.action]});
		await app.waitFor('Apply these 4 changes?');
		expect(unwrap(app.frame())).toContain('$ kubectl create secret docker-registry acr-secret --docker-password <service-principal-password>');
		await app.press(keys.enter);
		await app.waitFor(new RegExp(`${spinner.source} Create the namespace demo`));
		expect(app.frame()).toContain('(·) Create the pull secret acr-secret');
		first.finish({outcome: 'done'});
		await app.waitFor('(✓) Create the namespace demo');
		second.finish({outcome: 'unchanged'});
		await app.waitFor('(-) Create the pull secret acr-secret');
		third.finish(new AzureError('The client does not have authorization to perform action.', 'AuthorizationFailed', 403));
		const frame = unwrap(await app.waitFor('(x) Grant AcrPull to the service principal'));
		expect(frame).toContain('Your account is not allowed to do this here.');
		expect(frame).toContain('(AuthorizationFailed)');
		expect(frame).toContain('(·) Deploy nginx0');
		expect(await run).toMatchObject({code: 'AuthorizationFailed'});
	});
});

describe('plan screen command style', () => {
	test('c switches the equivalent commands between az and Azure PowerShell; an action without a PowerShell form keeps its own', async () => {
		const grant = heldAction(
			'grant',
			'Grant AcrPull on myregistry to the kubelet identity of myAKSCluster',
			'az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry',
			`PUT ${scope}/providers/Microsoft.Authorization/roleAssignments/{id}`,
		);
		const deploy = heldAction('deploy', 'Deploy nginx0', 'kubectl apply -f acr-nginx.yaml', 'POST /apis/apps/v1/namespaces/default/deployments');
		const {app, run} = start({
			stepId: 'attach',
			title: 'Attach myregistry to myAKSCluster',
			actions: [
				{...grant.action, powershell: 'Set-AzAksCluster -ResourceGroupName myResourceGroup -Name myAKSCluster -AcrNameToAttach myregistry'},
				deploy.action,
			],
		});
		await app.waitFor('Apply these 2 changes?');
		expect(unwrap(app.frame())).toContain('Commands shown as az · c: show them as Azure PowerShell');
		await app.press('c');
		const frame = unwrap(await app.waitFor('Commands shown as Azure PowerShell · c: show them as az'));
		expect(frame).toContain('$ Set-AzAksCluster -ResourceGroupName myResourceGroup -Name myAKSCluster -AcrNameToAttach myregistry');
		expect(frame).not.toContain('$ az aks update');
		expect(frame).toContain('$ kubectl apply -f acr-nginx.yaml');
		expect(app.store.getState().commandStyle).toBe('powershell');
		await app.press('c');
		await app.waitFor('$ az aks update --name myAKSCluster');
		// Back goes back as Esc does: to the question before the plan.
		await app.press(keys.down, keys.enter);
		expect(await run).toBeInstanceOf(GoBack);
	});

	test('at 80 columns: the PowerShell command goes on with a backtick, the API call is cut before a `/` under itself, the sentence and the note hang under their text', async () => {
		const cluster =
			'/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/myResourceGroup/providers/Microsoft.ContainerService/managedClusters/aks-demo';
		const create = heldAction(
			'create',
			'Create the AKS cluster aks-demo (2 × Standard_DS2_v2 in eastus) and grant AcrPull on myregistry to its kubelet identity',
			'az aks create --name aks-demo --resource-group myResourceGroup --node-count 2 --node-vm-size Standard_DS2_v2 --generate-ssh-keys --attach-acr myregistry',
			`PUT ${cluster}; PUT ${scope}/providers/Microsoft.Authorization/roleAssignments/<new-guid>`,
		);
		const {app, run} = start(
			{
				stepId: 'attach',
				title: 'Create the AKS cluster aks-demo',
				actions: [
					{
						...create.action,
						powershell:
							'New-AzAksCluster -ResourceGroupName myResourceGroup -Name aks-demo -NodeCount 2 -NodeVmSize Standard_DS2_v2 -GenerateSshKey -AcrNameToAttach myregistry',
					},
				],
				notes: ['This makes 2 virtual machines of size Standard_DS2_v2, billed while the cluster exists; undo deletes the cluster (asked separately).'],
			},
			80,
		);
		await app.waitFor('Apply this change?');
		await app.press('c');
		const frame = await app.waitFor('Commands shown as Azure PowerShell');
		const lines = frame.split('\n');
		for (const line of lines) expect(line.trimEnd().length).toBeLessThanOrEqual(80);
		// PowerShell's continuation, never bash's, and the command reads back whole.
		expect(frame).not.toMatch(/ \\$/m);
		expect(frame).toMatch(/ `$/m);
		expect(joinContinuations(frame).replaceAll(/ +/g, ' ')).toContain(
			'$ New-AzAksCluster -ResourceGroupName myResourceGroup -Name aks-demo -NodeCount 2 -NodeVmSize Standard_DS2_v2 -GenerateSshKey -AcrNameToAttach myregistry',
		);
		// The call: every line after the first starts under the path, at a `/` (or the next call), and joins back to it.
		const start_ = lines.findIndex((line) => line.startsWith('    API call: PUT /subscriptions/'));
		const rest = lines.slice(
			start_ + 1,
			lines.findIndex((line, index) => index > start_ && line.trim() === ''),
		);
		expect(rest.length).toBeGreaterThan(1);
		for (const line of rest) expect(line).toMatch(/^ {14}(?:\/|PUT )/);
		expect(
			[lines[start_]?.slice(14), ...rest.map((line) => line.slice(14))]
				.map((line) => line?.trimEnd())
				.join('')
				.replace(';PUT', '; PUT'),
		).toBe(create.action.call);
		expect(frame).not.toMatch(/PUT *$/m);
		// The sentence goes on under itself beside the icon; the note under its text, after `! `.
		expect(frame).toMatch(/^\(·\) Create the AKS cluster aks-demo .*\n {4}\S/m);
		expect(frame).toMatch(/^! This makes 2 virtual machines.*\n {2}\S/m);
		// Back goes back as Esc does: to the question before the plan.
		await app.press(keys.down, keys.enter);
		expect(await run).toBeInstanceOf(GoBack);
	});

	test('a plan with no PowerShell form says nothing about the key', async () => {
		const only = heldAction('a', 'Create the namespace demo', 'kubectl create namespace demo', 'POST /api/v1/namespaces');
		const {app, run} = start({stepId: 'pull-secret', title: 'Pull secret', actions: [only.action]});
		await app.waitFor('Apply this change?');
		expect(app.frame()).not.toContain('c: show them as');
		// Back goes back as Esc does: to the question before the plan.
		await app.press(keys.down, keys.enter);
		expect(await run).toBeInstanceOf(GoBack);
	});
});
