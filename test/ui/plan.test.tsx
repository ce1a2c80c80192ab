import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {AzureError} from '../../source/azure/azure.js';
import {GoBack} from '../../source/wizard/errors.js';
import {applyPlan, type Action, type ActionResult, type Plan} from '../../source/wizard/engine.js';
import {keys, renderApp, unwrap} from '../helpers/render.js';
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

function start(plan: Plan) {
	const app = renderApp();
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
