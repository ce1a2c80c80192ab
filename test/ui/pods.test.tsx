import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {deployAndWatch} from '../../source/steps/deploy/deploy-and-watch.js';
import {fakeCluster} from '../helpers/fake-kubernetes.js';
import {failingSnapshot, pendingSnapshot, podNames, pullErrors, runningSnapshot} from '../helpers/pod-snapshots.js';
import {joinContinuations, keys, renderApp} from '../helpers/render.js';
import {testContext} from '../helpers/test-context.js';
import {attachCommand, deployInput, fixPlan, until} from '../steps/deploy/fixtures.js';

afterEach(() => cleanup());

const [first = ''] = podNames;
const denied = pullErrors.anonymous401();

/** Renders the App and runs the real deployAndWatch through the Ink prompter, with a fake cluster. */
function start(fix = fixPlan(), columns?: number) {
	const app = renderApp({state: {target: {namespace: 'default'}}, columns});
	const cluster = fakeCluster();
	const context = testContext({store: app.store, prompter: app.prompter});
	// Settled at once so a rejection is never reported as unhandled while keys are pressed.
	const run = deployAndWatch(
		context,
		deployInput(cluster, () => fix),
	).then(
		(outcome) => outcome,
		(error: unknown) => error,
	);
	return {app, cluster, run, fix};
}

/** Once they run the pods stay on screen until enter: goes on, and answers how the step ended. */
async function wentOn(setup: ReturnType<typeof start>) {
	await setup.app.waitFor('Go on to the summary');
	await setup.app.press(keys.enter);
	return setup.run;
}

async function deployed(setup: ReturnType<typeof start>) {
	await setup.app.waitFor('Apply this deployment?');
	await setup.app.press(keys.enter);
	await until(() => setup.cluster.openWatches() === 1, 'the watch');
}

describe('pods screen', () => {
	test("the watch line names the target's context and the kubeconfig when it is not the default, as the summary does", async () => {
		const setup = start();
		const {actions, environment} = setup.app.store.getState();
		actions.setTarget({namespace: 'default', clusterName: 'aks-sandbox'});
		actions.setEnvironment({...environment, kubeconfigPath: '/tmp/demo/kubeconfig'});
		await deployed(setup);
		setup.cluster.pushPods(runningSnapshot());
		const frame = await setup.app.waitFor('Go on to the summary');
		expect(joinContinuations(frame)).toContain('$ kubectl get pods --kubeconfig /tmp/demo/kubeconfig --context aks-sandbox --namespace default --watch');
		await setup.app.press(keys.enter);
		await setup.run;
	});

	test('the confirmation offers the YAML, shown under the question, and hidden again', async () => {
		const setup = start();
		const frame = await setup.app.waitFor('Apply this deployment?');
		expect(frame).toContain('Deploy nginx0-deployment (2 replicas of myregistry.azurecr.io/nginx:v1) in namespace default');
		expect(frame).toContain('$ kubectl apply -f acr-nginx.yaml');
		await setup.app.press(keys.down, keys.enter);
		const shown = await setup.app.waitFor('Hide the YAML');
		expect(shown).toContain('kind: Deployment');
		expect(shown).toContain('image: myregistry.azurecr.io/nginx:v1');
		// Each answer asks anew with the cursor back on Apply.
		await setup.app.press(keys.down, keys.enter);
		await setup.app.waitFor('Show the YAML');
		expect(setup.app.frame()).not.toContain('kind: Deployment');
		await setup.app.press(keys.enter);
		await until(() => setup.cluster.openWatches() === 1, 'the watch');
		setup.cluster.pushPods(runningSnapshot());
		expect(await wentOn(setup)).toBe('running');
	});

	test('pending: the table as kubectl get pods prints it, with the Pulling events', async () => {
		const setup = start();
		await deployed(setup);
		setup.cluster.pushPods(pendingSnapshot());
		const frame = await setup.app.waitFor('ContainerCreating');
		expect(frame).toContain('Pods in namespace default');
		expect(frame).toMatch(/NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
		expect(frame).toMatch(new RegExp(`${first}\\s+0/1\\s+ContainerCreating\\s+0\\s+<unknown>`));
		expect(frame).toContain(`Events of ${first}:`);
		expect(frame).toContain('Pulling image "myregistry.azurecr.io/nginx:v1"');
		expect(frame).not.toContain('What next?');
		setup.cluster.pushPods(runningSnapshot());
		await wentOn(setup);
	});

	test('on a 40-column terminal each pod takes two lines with its fields named, no row wrapped into the next', async () => {
		const setup = start(fixPlan(), 40);
		await deployed(setup);
		setup.cluster.pushPods(pendingSnapshot());
		const frame = await setup.app.waitFor('ContainerCreating');
		const lines = frame.split('\n');
		expect(lines).toContain(first);
		expect(frame.replace(/\s+/g, ' ')).toContain(`${first} READY 0/1 · STATUS ContainerCreating · RESTARTS 0 · AGE <unknown>`);
		expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(40);
		expect(frame).not.toMatch(/NAME\s+READY\s+STATUS/);
		setup.cluster.pushPods(runningSnapshot());
		await wentOn(setup);
	});

	test('ErrImagePull: the diagnosis box with the fix, and the question under the live table', async () => {
		const setup = start();
		await deployed(setup);
		setup.cluster.pushPods(failingSnapshot(denied));
		const frame = await setup.app.waitFor('The pods cannot pull their image. What next?');
		expect(frame).toMatch(new RegExp(`${first}\\s+0/1\\s+ErrImagePull`));
		expect(frame).toContain('No permission to pull from the registry (ErrImagePull)');
		expect(frame).toContain('the kubelet identity of myAKSCluster has no');
		expect(frame).toContain(`Fix: ${attachCommand}`);
		expect(frame).toContain('Fix it now');
		expect(frame).toContain('Keep watching');
		// The table stays live under the pending question.
		setup.cluster.pushPods(failingSnapshot(denied, 2, 'ImagePullBackOff'));
		const live = await setup.app.waitFor('ImagePullBackOff');
		expect(live).toContain('The pods cannot pull their image. What next?');
		setup.cluster.pushPods(runningSnapshot(denied));
		expect(await wentOn(setup)).toBe('running');
	});

	test('all running: the question goes away by itself and the line says so', async () => {
		const setup = start();
		await deployed(setup);
		setup.cluster.pushPods(failingSnapshot(denied));
		await setup.app.waitFor('What next?');
		setup.cluster.pushPods(runningSnapshot(denied));
		const frame = await setup.app.waitFor('Both pods are running.');
		expect(frame).toMatch(new RegExp(`${first}\\s+1/1\\s+Running`));
		expect(frame).not.toContain('What next?');
		expect(frame).not.toContain('No permission to pull');
		expect(await wentOn(setup)).toBe('running');
	});

	test('enter on "Fix it now" shows the fix plan, applies it, and returns to the live pods', async () => {
		const setup = start();
		await deployed(setup);
		setup.cluster.pushPods(failingSnapshot(denied));
		await setup.app.waitFor('Fix it now');
		await setup.app.press(keys.enter);
		const plan = await setup.app.waitFor('Apply this change?');
		expect(plan).toContain('Grant AcrPull on myregistry to the kubelet identity of myAKSCluster');
		await setup.app.press(keys.enter);
		await setup.app.waitFor('Fix applied');
		expect(setup.app.frame()).toContain('Pods in namespace default');
		expect(setup.fix.runs()).toBe(1);
		setup.cluster.pushPods(runningSnapshot(denied));
		await setup.app.waitFor('Both pods are running.');
		expect(await wentOn(setup)).toBe('running');
	});

	test('down to the last choice and enter leaves the pods as they are', async () => {
		const setup = start();
		await deployed(setup);
		setup.cluster.pushPods(failingSnapshot(denied));
		const frame = await setup.app.waitFor('Leave the pods as they are');
		expect(frame).toContain('Restart the pods now');
		await setup.app.press(keys.down, keys.down, keys.down, keys.enter);
		expect(await setup.run).toBe('left');
		expect(setup.cluster.openWatches()).toBe(0);
		await setup.app.waitFor('Stopped watching');
	});

	test('once they run the pods stay, with the inspector’s keys, until enter: e shows a pod’s events, esc goes back, then enter goes on', async () => {
		const setup = start();
		await deployed(setup);
		setup.cluster.pushPods(runningSnapshot());
		const held = await setup.app.waitFor('Go on to the summary');
		expect(held).toContain('Both pods are running. Inspect them with the keys above, or go on:');
		expect(held).toContain('↑↓ pod · e events · d describe · l logs · y yaml · enter/esc done · q quit');
		expect(held).toMatch(new RegExp(`> ${first}\\s+1/1\\s+Running`));
		let ended = false;
		void setup.run.then(() => {
			ended = true;
		});
		await setup.app.press('e');
		await setup.app.waitFor(`Events of ${first}`);
		await setup.app.press(keys.escape);
		await setup.app.waitFor('↑↓ pod · e events');
		expect(ended).toBe(false);
		await setup.app.press(keys.enter);
		expect(await setup.run).toBe('running');
	});
});
