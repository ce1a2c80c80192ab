import {afterEach, describe, expect, test, vi} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import {welcome} from '../../source/steps/welcome.js';
import {Cancelled} from '../../source/wizard/errors.js';
import {runWizard} from '../../source/wizard/run.js';
import {createInkPrompter} from '../../source/ui/ink-prompter.js';
import {Welcome} from '../../source/ui/screens/welcome.js';
import {WizardContext} from '../../source/ui/use-wizard.js';
import {allFrames, frameOf, keys, renderApp} from '../helpers/render.js';
import {testContext, testStore} from '../helpers/test-context.js';

afterEach(() => cleanup());

function start() {
	const app = renderApp();
	const context = testContext({store: app.store, prompter: app.prompter});
	// Settled at once so a rejection is never reported as unhandled while keys are pressed.
	const run = welcome.run(context).then(
		() => undefined,
		(error: unknown) => error,
	);
	return {app, run};
}

describe('welcome screen', () => {
	test('shows the three paths and the keys', async () => {
		const {app, run} = start();
		const frame = await app.waitFor('Ready to start?');
		expect(frame).toContain('Welcome to acr-wizard');
		expect(frame).toContain('1. Attach to AKS');
		expect(frame).toContain('2. Pull secret, any cluster');
		expect(frame).toContain('3. Connected registry on Arc');
		expect(frame).toContain('↑↓ move · enter choose · esc back · q quit');
		await app.press(keys.enter);
		await run;
	});

	test('enter starts: the step resolves and the question goes away', async () => {
		const {app, run} = start();
		await app.waitFor('Check prerequisites');
		await app.press(keys.enter);
		await expect(run).resolves.toBeUndefined();
		expect(app.store.getState().question).toBeUndefined();
	});

	test('choosing Quit cancels the run', async () => {
		const {app, run} = start();
		await app.waitFor('Check prerequisites');
		await app.press(keys.down);
		await app.waitFor(/› Quit|❯ Quit|> Quit/);
		await app.press(keys.enter);
		expect(await run).toBeInstanceOf(Cancelled);
	});
});

describe('welcome screen after the end', () => {
	test('a run that ended on it (a failed start, a quit) shows no keys to press', () => {
		const store = testStore({finished: {exitCode: 1}});
		const {controller} = createInkPrompter(store);
		const screen = render(
			<WizardContext.Provider value={{store, controller}}>
				<Welcome />
			</WizardContext.Provider>,
		);
		const frame = frameOf(screen);
		expect(frame).toContain('Welcome to acr-wizard');
		expect(frame).not.toContain('↑↓ move');
	});
});

describe('welcome screen layout', () => {
	test('shows the keys once, and a long path wraps under its own text', async () => {
		const {app, run} = start();
		const frame = await app.waitFor('Ready to start?');
		expect(frame.split('↑↓ move · enter choose · esc back · q quit')).toHaveLength(2);
		const lines = frame.split('\n');
		const second = lines.findIndex((line) => line.startsWith('  2. Pull secret, any cluster'));
		expect(lines[second + 1]).toMatch(/^ {5}\S/);
		await app.press(keys.enter);
		await run;
	});

	test('before the question comes, the screen itself shows the keys', async () => {
		const app = renderApp();
		const frame = await app.waitFor('Welcome to acr-wizard');
		expect(frame).toContain('↑↓ move · enter choose · esc back · q quit');
	});
});

describe('quitting', () => {
	test('q on the start question ends the run with exit code 2 and says nothing else changed', async () => {
		const app = renderApp();
		const context = testContext({store: app.store, prompter: app.prompter});
		const code = runWizard([welcome], context);
		await app.waitFor('Ready to start?');
		await app.press('q');
		expect(await code).toBe(2);
		// Ink exits once the run is finished, so the message is in the last frame it drew, not the current one.
		const last = await vi.waitFor(
			() => {
				const drawn = allFrames(app.instance).filter((frame) => frame.includes('Cancelled. Nothing else was changed.'));
				expect(drawn).not.toHaveLength(0);
				return drawn.at(-1) ?? '';
			},
			{timeout: 10_000},
		);
		expect(last).not.toContain('Ready to start?');
	});
});

describe('welcome screen on the sandbox', () => {
	test('says the sandbox is starting, then its endpoint and how to watch its pods with kubectl', async () => {
		const app = renderApp({state: {environment: {cloud: 'AzureSandbox', armEndpoint: '', sandbox: true, ready: false}}});
		void app.prompter.select({id: 'welcome', message: 'Ready to start?', choices: [{value: 'start', label: 'Check prerequisites'}]}).catch(() => undefined);
		await app.waitFor('starting the local Azure and Kubernetes emulator');
		app.store.getState().actions.setEnvironment({
			cloud: 'AzureSandbox',
			armEndpoint: 'https://127.0.0.1:4443',
			sandbox: true,
			ready: true,
			kubeconfigPath: '/tmp/demo/kubeconfig',
		});
		const frame = await app.waitFor('https://127.0.0.1:4443');
		expect(frame).toContain('KUBECONFIG=/tmp/demo/kubeconfig kubectl get pods -A -w');
		// Once the welcome step has read the kubeconfig: the context the run starts from is named.
		app.store.getState().actions.setEnvironment({...app.store.getState().environment, watch: {context: 'kind-local'}});
		const named = await app.waitFor('--context kind-local');
		expect(named.replaceAll(/\s+/g, ' ')).toContain('KUBECONFIG=/tmp/demo/kubeconfig kubectl get pods -A -w --context kind-local');
	});
});
