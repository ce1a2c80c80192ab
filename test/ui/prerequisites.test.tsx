import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {checkPrerequisites} from '../../source/steps/check-prerequisites.js';
import {Cancelled} from '../../source/wizard/errors.js';
import {fakeAzure} from '../helpers/fake-azure.js';
import {azVersionOutput, fakeExec, healthyTools} from '../helpers/fake-exec.js';
import {fakeCluster, fakeKubernetes} from '../helpers/fake-kubernetes.js';
import {keys, renderApp, waitUntilFrame} from '../helpers/render.js';
import {testContext, type TestContextOverrides} from '../helpers/test-context.js';

afterEach(() => cleanup());

const spinner = /\([⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]\)/;

/** Renders the App and runs the prerequisites step on it, answered through the screen. */
function start(overrides: Omit<TestContextOverrides, 'store' | 'prompter'> = {}) {
	const app = renderApp();
	const context = testContext({...overrides, store: app.store, prompter: app.prompter});
	// Settled at once so a rejection is never reported as unhandled while keys are pressed.
	const run = checkPrerequisites.run(context).then(
		() => undefined,
		(error: unknown) => error,
	);
	return {app, run};
}

describe('prerequisites screen', () => {
	test('rows spin while their check runs, then turn ok', async () => {
		let answer: (value: {stdout: string}) => void = () => undefined;
		const slowAz = new Promise<{stdout: string}>((resolve) => {
			answer = resolve;
		});
		const exec = fakeExec({...healthyTools, 'az version -o json': async () => slowAz});
		const {app, run} = start({exec});
		const during = await app.waitFor('(✓) Kubernetes context');
		expect(during).toMatch(new RegExp(`${spinner.source} Azure CLI`));
		expect(during).not.toContain('What next?');
		answer({stdout: azVersionOutput('2.61.0')});
		const after = await app.waitFor('What next?');
		for (const title of ['Azure CLI', 'kubectl', 'Azure sign-in', 'Subscription', 'Permission to assign roles', 'Resource providers', 'Kubernetes context']) {
			expect(after).toMatch(new RegExp(`\\(✓\\) ${title}`));
		}
		expect(after).toContain('2.61.0');
		expect(after).toContain('Signed in as alice@contoso.com');
		expect(after).toContain('Everything is in place.');
		expect(after).toMatch(/› Go on/);
		await app.press(keys.enter);
		expect(await run).toBeUndefined();
	});

	test('a warning shows its reason and fix lines, and the verdict counts it', async () => {
		const azure = fakeAzure({}, {world: (world) => void world.providers.set('Microsoft.ContainerService', 'NotRegistered')});
		const {app, run} = start({azure});
		const frame = await app.waitFor('What next?');
		expect(frame).toContain('(!) Resource providers');
		expect(frame).toContain('Not registered: Microsoft.ContainerService.');
		expect(frame).toContain('Fix: az provider register --namespace Microsoft.ContainerService');
		expect(frame).toContain('1 warning');
		expect(frame).toContain('Register the missing resource providers');
		await app.press('q');
		expect(await run).toBeInstanceOf(Cancelled);
	});

	test('a failure shows (x), its reason and fix, and the default moves to re-run', async () => {
		const exec = fakeExec({...healthyTools, 'az version -o json': {stdout: azVersionOutput('2.6.0')}});
		const cluster = fakeCluster({serverVersion: async () => Promise.reject(new Error('connect ECONNREFUSED'))});
		const {app, run} = start({exec, kubernetes: fakeKubernetes({}, {clusters: {myAKSCluster: cluster}})});
		const frame = await app.waitFor('What next?');
		expect(frame).toMatch(/\(x\) Azure CLI +2\.6\.0/);
		expect(frame).toContain('Version 2.6.0 is older than 2.7.0');
		expect(frame).toContain('Fix: az upgrade');
		expect(frame).toContain('(!) Kubernetes context');
		expect(frame).toContain('myAKSCluster does not answer: connect ECONNREFUSED');
		expect(frame).toContain('1 check failed.');
		expect(frame).toMatch(/› Re-run the checks/);
		await app.press('q');
		expect(await run).toBeInstanceOf(Cancelled);
	});

	test('q quits from the summary question', async () => {
		const {app, run} = start();
		await app.waitFor('What next?');
		await app.press('q');
		expect(await run).toBeInstanceOf(Cancelled);
		await waitUntilFrame(app.instance, (frame) => !frame.includes('What next?'));
	});
});

describe('prerequisites screen on a narrow terminal', () => {
	test('at 40 columns each summary goes under its title, whole words only', async () => {
		const app = renderApp({columns: 40});
		const context = testContext({store: app.store, prompter: app.prompter});
		const run = checkPrerequisites.run(context).then(
			() => undefined,
			(error: unknown) => error,
		);
		const frame = await app.waitFor('What next?');
		const lines = frame.split('\n');
		expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(40);
		// The summary is on its own indented line, not squeezed into a column of a few letters.
		expect(lines).toContain('(✓) Azure sign-in');
		expect(lines.some((line) => /^ {4}Signed in as alice@contoso\.com/.test(line))).toBe(true);
		// Words of the summaries stay whole (a 8-column summary column cut them into pieces).
		const words = new Set(frame.split(/\s+/));
		for (const word of ['Subscription', 'registered', 'reachable,', 'assignments', 'alice@contoso.com']) expect(words).toContain(word);
		await app.press(keys.enter);
		expect(await run).toBeUndefined();
	});

	test('at 100 columns the summaries sit in a column beside the titles', async () => {
		const app = renderApp();
		const context = testContext({store: app.store, prompter: app.prompter});
		const run = checkPrerequisites.run(context).then(
			() => undefined,
			(error: unknown) => error,
		);
		const frame = await app.waitFor('What next?');
		expect(frame).toMatch(/\(✓\) Azure sign-in {15}Signed in as alice@contoso\.com/);
		await app.press(keys.enter);
		expect(await run).toBeUndefined();
	});
});
