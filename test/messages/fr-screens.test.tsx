/** The welcome and plan screens in French: the words a French reader of seed 002 knows, laid out as in English. */
import {cleanup} from 'ink-testing-library';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {setLanguage} from '../../source/messages/catalog.js';
import {fr} from '../../source/messages/fr.js';
import {welcome} from '../../source/steps/welcome.js';
import {applyPlan, type Action, type ActionResult, type Plan} from '../../source/wizard/engine.js';
import {keys, renderApp, unwrap} from '../helpers/render.js';
import {testContext} from '../helpers/test-context.js';

beforeEach(() => setLanguage('fr'));
afterEach(() => {
	cleanup();
	setLanguage('en');
});

const nbsp = '\u00a0';

describe('welcome screen in French', () => {
	test('welcomes, names the three paths with the seed’s words, and shows the keys in French', async () => {
		const app = renderApp();
		const context = testContext({store: app.store, prompter: app.prompter});
		const run = welcome.run(context).then(
			() => undefined,
			(error: unknown) => error,
		);
		const frame = await app.waitFor(`Prêt à commencer${nbsp}?`);
		expect(frame).toContain('Bienvenue dans acr-wizard');
		expect(frame).toContain(`Trois façons d’y parvenir${nbsp}:`);
		expect(frame).toContain('1. Attacher à AKS');
		expect(frame).toContain('2. Secret d’extraction, tout cluster');
		expect(frame).toContain('3. Registre connecté sur Arc');
		expect(unwrap(frame)).toContain('secret d’extraction d’image');
		expect(frame).toContain('Vérifier les prérequis');
		expect(frame).toContain('↑↓ se déplacer · entrée choisir · échap retour · q quitter');
		expect(frame).not.toContain('Welcome');
		await app.press(keys.enter);
		await run;
	});
});

/** An action that finishes when the test says so. */
function heldAction(id: string, sentence: string, command: string, call: string) {
	let finish: (result: ActionResult) => void = () => undefined;
	const outcome = new Promise<ActionResult>((resolve) => {
		finish = resolve;
	});
	const action: Action = {id, sentence, command, call, run: async () => outcome};
	return {action, finish: (result: ActionResult) => finish(result)};
}

const registryId =
	'/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/myResourceGroup/providers/Microsoft.ContainerRegistry/registries/myregistry';

describe('plan screen in French', () => {
	test('shows the action in French, the az command and API call untouched, and asks in French', async () => {
		const grant = heldAction(
			'grant',
			fr.attach.grant.sentence('myregistry', 'myAKSCluster'),
			'az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry',
			fr.attach.grant.call(registryId),
		);
		const deploy = heldAction(
			'deploy',
			fr.deploy.sentence('Deployment', 'nginx0-deployment', 2, 'myregistry.azurecr.io/nginx:v1', 'default'),
			'kubectl apply -f acr-nginx.yaml',
			'POST /apis/apps/v1/namespaces/default/deployments',
		);
		const plan: Plan = {
			stepId: 'attach',
			title: fr.attach.grant.title,
			actions: [
				{...grant.action, powershell: 'Set-AzAksCluster -ResourceGroupName myResourceGroup -Name myAKSCluster -AcrNameToAttach myregistry'},
				deploy.action,
			],
		};
		const app = renderApp();
		const context = testContext({store: app.store, prompter: app.prompter});
		const run = applyPlan(plan, context, {retry: false}).then(
			(value) => value,
			(error: unknown) => error,
		);
		const frame = unwrap(await app.waitFor(`Appliquer ces 2 modifications${nbsp}?`));
		expect(frame).toContain(`Plan${nbsp}: Attacher le registre au cluster`);
		expect(frame).toContain('Accorder AcrPull sur myregistry à l’identité kubelet de myAKSCluster');
		expect(frame).toContain('Déployer nginx0-deployment (2 réplicas de myregistry.azurecr.io/nginx:v1) dans l’espace de noms default');
		expect(frame).toContain('$ az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry');
		expect(frame).toMatch(/Appel d’API\s?: PUT \/subscriptions\//);
		expect(frame).toContain(`Commandes affichées en az · c${nbsp}: les afficher en Azure PowerShell`);
		expect(frame).toMatch(/› Appliquer/);
		await app.press(keys.enter);
		grant.finish({outcome: 'done'});
		deploy.finish({outcome: 'done'});
		await app.waitFor('(✓) Déployer nginx0-deployment');
		expect(await run).not.toBeInstanceOf(Error);
	});
});
