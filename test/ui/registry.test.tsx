import {afterEach, expect, test} from 'vitest';
import {chooseMethod} from '../../source/steps/choose-method.js';
import {chooseRegistry} from '../../source/steps/choose-registry.js';
import {fakeIds} from '../helpers/fake-azure.js';
import {keys, renderApp, waitUntilFrame, type RenderedApp, joinContinuations} from '../helpers/render.js';
import {testContext} from '../helpers/test-context.js';

const subscription = {id: fakeIds.subscriptionId, name: fakeIds.subscriptionName, tenantId: fakeIds.tenantId};
let app: RenderedApp | undefined;

afterEach(() => {
	app?.controller.cancel();
	app?.unmount();
	app = undefined;
});

/** The frame with line breaks folded, so a wrapped message reads as one line. */
const folded = (frame: string) => joinContinuations(frame).replaceAll(/\s+/g, ' ');

async function waitForText(rendered: RenderedApp, text: string): Promise<string> {
	return waitUntilFrame(rendered.instance, (frame) => folded(frame).includes(text));
}

/** Renders the app and runs the registry step through its Ink prompter. */
function start(): {rendered: RenderedApp; done: Promise<unknown>} {
	const rendered = renderApp({state: {subscription}});
	app = rendered;
	const context = testContext({store: rendered.store, prompter: rendered.prompter});
	// Settles when the test ends by cancelling; the step's outcome is read from the store.
	const done = chooseRegistry.run(context).catch((error: unknown) => error);
	return {rendered, done};
}

test('lists the registries with group, SKU and login server, then create and by resource ID', async () => {
	const {rendered} = start();
	const frame = await waitForText(rendered, 'Which registry should the cluster pull from?');
	expect(folded(frame)).toContain('myregistry myResourceGroup · Basic · myregistry.azurecr.io');
	expect(frame).toContain('Create a new registry');
	expect(frame).toContain('Use a registry by its resource ID');
});

test('says what is wrong with the name while it is typed', async () => {
	const {rendered} = start();
	await waitForText(rendered, 'Which registry should the cluster pull from?');
	await rendered.press(keys.down, keys.enter);
	await waitForText(rendered, 'Registry name:');
	await rendered.press(...'my-');
	await waitForText(rendered, 'A registry name can hold only letters a-z and digits 0-9; remove "-".');
	await rendered.press(keys.backspace, ...'Reg');
	await waitForText(rendered, 'Use lower case only: myreg.');
	await rendered.press(keys.backspace, keys.backspace, keys.backspace);
	await waitForText(rendered, 'Too short: 2 characters; a registry name needs at least 5.');
	await rendered.press(...'registry01');
	await waitUntilFrame(rendered.instance, (frame) => !frame.includes('Too short'));
});

test("refuses a taken name on enter with the API's message, and Esc returns to the list", async () => {
	const {rendered} = start();
	await waitForText(rendered, 'Which registry should the cluster pull from?');
	await rendered.press(keys.down, keys.enter);
	await waitForText(rendered, 'Registry name:');
	await rendered.press(...'contoso', keys.enter);
	await waitForText(rendered, 'The registry contoso is already in use (AlreadyExists). Type another name, or pass another --registry-name.');
	await rendered.press(keys.escape);
	await waitForText(rendered, 'Which registry should the cluster pull from?');
});

test('shows the SKUs with one line each, Premium needed for a connected registry', async () => {
	const {rendered} = start();
	await waitForText(rendered, 'Which registry should the cluster pull from?');
	await rendered.press(keys.down, keys.enter);
	await waitForText(rendered, 'Registry name:');
	await rendered.press(...'freshregistry', keys.enter);
	await waitForText(rendered, 'Resource group for the new registry:');
	await rendered.press(keys.enter);
	const frame = await waitForText(rendered, 'Registry SKU (service tier):');
	expect(folded(frame)).toContain('Premium geo-replication, private link; needed for a connected registry');
	expect(frame).toContain('Basic');
	expect(frame).toContain('Standard');
});

test('the method question shows each way with its note, none cut short', async () => {
	const rendered = renderApp();
	app = rendered;
	const context = testContext({store: rendered.store, prompter: rendered.prompter});
	const done = chooseMethod.run(context);
	const frame = await waitForText(rendered, 'How should the cluster get access to the registry?');
	expect(folded(frame)).toContain('Attach to AKS (managed identity) recommended for AKS; no secret to manage');
	expect(folded(frame)).toContain('Pull secret (any cluster) any context; pull secrets add management overhead');
	expect(folded(frame)).toContain("Detach a registry from AKS removes the kubelet identity's AcrPull");
	await rendered.press(keys.down, keys.enter);
	await done;
	expect(rendered.store.getState().method).toBe('pull-secret');
});

test.each([80, 120])('at %i columns the question hint wraps as prose: no line of it starts with the space it was broken at', async (columns) => {
	const rendered = renderApp({columns});
	app = rendered;
	const context = testContext({store: rendered.store, prompter: rendered.prompter});
	void chooseMethod.run(context).catch(() => undefined);
	const frame = await waitForText(rendered, 'How should the cluster get access to the registry?');
	const hint = frame.slice(frame.indexOf('On AKS, attaching'), frame.indexOf('Attach to AKS (managed identity)'));
	expect(hint.split('\n').length).toBeGreaterThan(1);
	for (const line of hint.split('\n')) expect(line).not.toMatch(/^ \S/);
});

test('Esc goes back exactly one question, each answer typed before kept; Back on the plan returns to the SKU', async () => {
	const {rendered} = start();
	await waitForText(rendered, 'Which registry should the cluster pull from?');
	await rendered.press(keys.down, keys.enter);
	await waitForText(rendered, 'Registry name:');
	await rendered.press(...'freshregistry', keys.enter);
	await waitForText(rendered, 'Resource group for the new registry:');
	await rendered.press(keys.down, keys.enter);
	await waitForText(rendered, 'New resource group name:');
	await rendered.press(...'rg-fresh', keys.enter);
	await waitForText(rendered, 'Location of the new resource group:');
	await rendered.press(keys.escape);
	const name = await waitForText(rendered, 'New resource group name:');
	expect(name).toContain('rg-fresh');
	await rendered.press(keys.escape);
	await waitForText(rendered, 'Resource group for the new registry:');
	await rendered.press(keys.escape);
	expect(await waitForText(rendered, 'Registry name:')).toContain('freshregistry');
	// Forward again: the typed answers are taken as they are.
	await rendered.press(keys.enter);
	await waitForText(rendered, 'Resource group for the new registry:');
	await rendered.press(keys.down, keys.enter);
	await waitForText(rendered, 'New resource group name:');
	await rendered.press(keys.enter);
	await waitForText(rendered, 'Location of the new resource group:');
	await rendered.press(keys.enter);
	await waitForText(rendered, 'Registry SKU (service tier):');
	await rendered.press(keys.enter);
	const plan = await waitForText(rendered, 'Apply these 2 changes?');
	expect(folded(plan)).toContain('az group create --name rg-fresh');
	await rendered.press(keys.down, keys.enter);
	const back = await waitForText(rendered, 'Registry SKU (service tier):');
	// The plan's screen is gone, and nothing was made.
	expect(back).not.toContain('Apply these 2 changes?');
	expect(rendered.store.getState().journal).toEqual([]);
});

test('a default reads as what enter takes, a placeholder as an example; enter on an example says what to type, not an error', async () => {
	const {rendered} = start();
	await waitForText(rendered, 'Which registry should the cluster pull from?');
	await rendered.press(keys.down, keys.enter);
	const empty = await waitForText(rendered, 'Registry name:');
	expect(empty).toContain('e.g. mycontainerregistry');
	await rendered.press(keys.enter);
	const nudged = await waitForText(rendered, 'Type one of your own, e.g. mycontainerregistry, then enter.');
	expect(rendered.store.getState().question?.error).toBeUndefined();
	expect(nudged).toContain('Registry name:');
	await rendered.press(...'fresh');
	await waitUntilFrame(rendered.instance, (frame) => !frame.includes('Type one of your own'));
	await rendered.press(...'registry', keys.enter);
	await waitForText(rendered, 'Resource group for the new registry:');
	await rendered.press(keys.down, keys.enter);
	await waitForText(rendered, 'New resource group name:');
	await rendered.press(...'rg-fresh', keys.enter);
	expect(await waitForText(rendered, 'Location of the new resource group:')).toMatch(/\(enter for \w+\)/);
});
