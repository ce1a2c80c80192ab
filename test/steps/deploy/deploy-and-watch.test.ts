import {describe, expect, test} from 'vitest';
import {deployAndWatch} from '../../../source/steps/deploy/deploy-and-watch.js';
import {createInkPrompter} from '../../../source/ui/ink-prompter.js';
import {createAutoPrompter} from '../../../source/wizard/auto-prompter.js';
import {GoBack, WizardError} from '../../../source/wizard/errors.js';
import {fakeCluster} from '../../helpers/fake-kubernetes.js';
import {failingSnapshot, pendingSnapshot, podNames, pullErrors, runningSnapshot} from '../../helpers/pod-snapshots.js';
import {scriptedPrompter, untilWithdrawn, type Script} from '../../helpers/scripted-prompter.js';
import {testContext, testStore} from '../../helpers/test-context.js';
import {attachCommand, clusterId, deployInput, fixPlan, until, yaml} from './fixtures.js';

const confirm = 'Apply this deployment?';
const cannotPull = 'The pods cannot pull their image. What next?';
const stillFailing = 'The pods are still failing. What next?';
const confirmFix = 'Apply this change?';
const denied = pullErrors.anonymous401();

function setup(script: Script, fix?: ReturnType<typeof fixPlan>) {
	const cluster = fakeCluster();
	const prompter = scriptedPrompter(script);
	const context = testContext({prompter});
	const input = deployInput(cluster, fix ? () => fix : undefined);
	return {cluster, prompter, context, input, store: context.store};
}

describe('deployAndWatch: deploying', () => {
	test('applies the workload after confirmation and journals it with a delete-workload undo for this AKS cluster', async () => {
		const {cluster, context, input, store} = setup({[confirm]: 'apply'});
		const outcome = deployAndWatch(context, input);
		await until(() => cluster.openWatches() === 1, 'the watch');
		expect(cluster.calls.applyWorkload[0]?.[0]).toBe(input.workload);
		expect(cluster.calls.watchPods[0]?.slice(0, 2)).toEqual(['default', 'app=nginx0']);
		cluster.pushPods(runningSnapshot());
		await expect(outcome).resolves.toBe('running');
		const [entry] = store.getState().journal;
		expect(entry).toMatchObject({
			stepId: 'deploy',
			outcome: 'done',
			command: 'kubectl apply -f acr-nginx.yaml',
			call: 'POST /apis/apps/v1/namespaces/default/deployments',
		});
		expect(entry?.undo).toEqual({
			sentence: 'Delete the deployment nginx0-deployment in namespace default',
			command: 'kubectl delete deployment nginx0-deployment --namespace default',
			kind: 'delete-workload',
			params: {kind: 'Deployment', namespace: 'default', name: 'nginx0-deployment', target: 'aks', clusterId},
		});
	});

	test('shows the YAML in the question on request, then applies', async () => {
		const {cluster, prompter, context, input} = setup({[confirm]: ['yaml', 'apply']});
		const outcome = deployAndWatch(context, input);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods(runningSnapshot());
		await outcome;
		const [first, second] = prompter.asked;
		expect(first?.spec.hint).toBeUndefined();
		expect(second?.spec.hint).toBe(yaml);
		expect(second?.kind === 'select' && second.spec.choices.map((choice) => choice.label)).toEqual(['Apply', 'Hide the YAML', 'Back']);
		prompter.verify();
	});

	test('going back at the confirmation applies nothing', async () => {
		const {cluster, context, input} = setup({[confirm]: 'back'});
		await expect(deployAndWatch(context, input)).rejects.toBeInstanceOf(GoBack);
		expect(cluster.calls.applyWorkload).toHaveLength(0);
		expect(cluster.calls.watchPods).toHaveLength(0);
	});

	test('a workload that existed is updated but not offered for undo', async () => {
		const {cluster, context, input, store} = setup({[confirm]: 'apply'});
		cluster.world.workloads.set('Deployment/default/nginx0-deployment', input.workload);
		const outcome = deployAndWatch(context, input);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods(runningSnapshot());
		await outcome;
		expect(store.getState().journal[0]).toMatchObject({outcome: 'done', undo: undefined});
	});
});

describe('deployAndWatch: watching', () => {
	test('failing → diagnosis → the fix plan runs → pods recover → running, and the watch is stopped', async () => {
		const fix = fixPlan();
		const {cluster, prompter, context, input, store} = setup({[confirm]: 'apply', [cannotPull]: 'fix', [confirmFix]: 'apply'}, fix);
		const outcome = deployAndWatch(context, input);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods(pendingSnapshot());
		expect(store.getState()).toMatchObject({view: 'pods', diagnosis: undefined});
		cluster.pushPods(failingSnapshot(denied));
		expect(store.getState().pods.map((pod) => pod.status)).toEqual(['ErrImagePull', 'ErrImagePull']);
		expect(store.getState().diagnosis).toMatchObject({title: 'No permission to pull from the registry', code: 'ErrImagePull', fix: attachCommand});
		await until(() => store.getState().journal.some((entry) => entry.stepId === 'attach'), 'the fix');
		await until(() => store.getState().view === 'pods', 'the pods view again');
		cluster.pushPods(runningSnapshot(denied));
		await expect(outcome).resolves.toBe('running');
		expect(fix.runs()).toBe(1);
		expect(cluster.openWatches()).toBe(0);
		expect(store.getState()).toMatchObject({activity: 'Both pods are running.', diagnosis: undefined});
		const question = prompter.asked.find((asked) => asked.message === cannotPull);
		expect(question?.kind === 'select' && question.spec.choices.map((choice) => [choice.value, choice.hint])).toEqual([
			['fix', attachCommand],
			['watch', expect.any(String)],
			['restart', expect.any(String)],
			['leave', expect.any(String)],
		]);
		prompter.verify();
	});

	test('leaving stops the watch and resolves "left"', async () => {
		const {cluster, context, input, store} = setup({[confirm]: 'apply', [cannotPull]: 'leave'});
		const outcome = deployAndWatch(context, input);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods(failingSnapshot(denied));
		await expect(outcome).resolves.toBe('left');
		expect(cluster.openWatches()).toBe(0);
		expect(store.getState().activity).toBe('Stopped watching; the pods were left as they are.');
	});

	test('without a fix plan the question offers watching, restarting and leaving', async () => {
		const {cluster, prompter, context, input} = setup({[confirm]: 'apply', [cannotPull]: 'leave'});
		const outcome = deployAndWatch(context, input);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods(failingSnapshot(denied));
		await outcome;
		const question = prompter.asked[1];
		expect(question?.kind === 'select' && question.spec.choices.map((choice) => choice.value)).toEqual(['watch', 'restart', 'leave']);
	});

	test('a bare Pod cannot be restarted (nothing would recreate it), so no restart is offered', async () => {
		const {cluster, prompter, context, input} = setup({[confirm]: 'apply', [cannotPull]: 'leave'});
		const pod = {
			kind: 'Pod',
			namespace: 'default',
			name: podNames[0],
			labels: {},
			image: input.workload.image,
			containerName: 'nginx',
			imagePullSecrets: [],
		} as const;
		const outcome = deployAndWatch(context, {...input, workload: pod});
		await until(() => cluster.openWatches() === 1, 'the watch');
		// Other pods of the namespace (an empty selector lists them all) are not the sample's.
		cluster.pushPods(failingSnapshot(denied));
		await expect(outcome).resolves.toBe('left');
		const question = prompter.asked[1];
		expect(question?.kind === 'select' && question.spec.choices.map((choice) => choice.value)).toEqual(['watch', 'leave']);
		expect(context.store.getState().pods.map((item) => item.name)).toEqual([podNames[0]]);
	});

	test('restarting deletes the pods after confirmation, journals it, and keeps watching', async () => {
		const {cluster, context, input, store} = setup({[confirm]: 'apply', [cannotPull]: 'restart', [confirmFix]: 'apply'});
		const outcome = deployAndWatch(context, input);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods(failingSnapshot(denied));
		await until(() => cluster.world.restarts.length === 1, 'the restart');
		await until(() => store.getState().view === 'pods', 'the pods view again');
		expect(cluster.world.restarts).toEqual(['default/app=nginx0']);
		expect(store.getState().journal[1]).toMatchObject({command: 'kubectl delete pods -l app=nginx0 --namespace default', outcome: 'done'});
		expect(store.getState().activity).toBe('Pods deleted; the deployment recreates them and they pull again now.');
		cluster.pushPods(runningSnapshot(denied));
		await expect(outcome).resolves.toBe('running');
	});

	test('keeping watching asks again only after another failed pull', async () => {
		const {cluster, prompter, context, input} = setup({[confirm]: 'apply', [cannotPull]: 'watch', [stillFailing]: 'leave'});
		const outcome = deployAndWatch(context, input);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods(failingSnapshot(denied, 1));
		await until(() => prompter.asked.length === 2, 'the first question');
		// The same failures again (another pod, a back-off): no new question.
		cluster.pushPods(failingSnapshot(denied, 1, 'ImagePullBackOff'));
		cluster.pushPods(failingSnapshot(denied, 2, 'ErrImagePull'));
		await expect(outcome).resolves.toBe('left');
		expect(prompter.messages()).toEqual([confirm, cannotPull, stillFailing]);
		prompter.verify();
	});

	test('a fix that fails stays on screen and the question comes back at once', async () => {
		const fix = fixPlan({fail: new Error('The client does not have authorization')});
		const {cluster, prompter, context, input, store} = setup({[confirm]: 'apply', [cannotPull]: 'fix', [confirmFix]: 'apply', [stillFailing]: 'leave'}, fix);
		const outcome = deployAndWatch(context, input);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods(failingSnapshot(denied));
		await expect(outcome).resolves.toBe('left');
		expect(store.getState().error?.message).toContain('does not have authorization');
		const again = prompter.asked.find((asked) => asked.message === stillFailing);
		expect(again?.kind === 'select' && again.spec.choices[0]?.label).toBe('Try the fix again');
	});
});

describe('deployAndWatch: the pending question', () => {
	test('when the pods recover while the question is pending, it is withdrawn and the watch ends "running"', async () => {
		const {cluster, prompter, context, input} = setup({[confirm]: 'apply', [cannotPull]: untilWithdrawn});
		const outcome = deployAndWatch(context, input);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods(failingSnapshot(denied));
		await until(() => prompter.asked.length === 2, 'the question');
		cluster.pushPods(runningSnapshot(denied));
		await expect(outcome).resolves.toBe('running');
		expect(prompter.asked[1]?.spec.signal?.aborted).toBe(true);
		prompter.verify();
	});

	test('with the Ink prompter, the withdrawn question leaves the store and nothing is pending', async () => {
		const store = testStore();
		const {prompter, controller} = createInkPrompter(store);
		const cluster = fakeCluster();
		const context = testContext({store, prompter});
		const outcome = deployAndWatch(
			context,
			deployInput(cluster, () => fixPlan()),
		);
		await until(() => store.getState().question?.id === 'confirm-deploy', 'the confirmation');
		controller.answer('apply');
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods(failingSnapshot(denied));
		await until(() => store.getState().question?.id === 'deploy-diagnosis', 'the diagnosis question');
		cluster.pushPods(runningSnapshot(denied));
		// Running: the live pods are held on screen until the user goes on.
		await until(() => store.getState().question?.id === 'pods-running', 'the hold on the running pods');
		controller.answer('continue');
		await expect(outcome).resolves.toBe('running');
		expect(store.getState().question).toBeUndefined();
		// A late key press has nothing to answer.
		controller.answer('fix');
		expect(store.getState().journal.map((entry) => entry.stepId)).toEqual(['deploy']);
	});

	test('a different cause while the question is pending replaces the question', async () => {
		const {cluster, prompter, context, input, store} = setup({[confirm]: 'apply', [cannotPull]: [untilWithdrawn, 'leave']});
		const outcome = deployAndWatch(context, input);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods(failingSnapshot(denied));
		await until(() => prompter.asked.length === 2, 'the first question');
		cluster.pushPods(failingSnapshot(pullErrors.notFound()));
		await expect(outcome).resolves.toBe('left');
		expect(prompter.asked[1]?.spec.signal?.aborted).toBe(true);
		expect(store.getState().diagnosis?.title).toBe('The image or tag does not exist');
	});

	test('a broken watch ends in an explained error, with the watch stopped and no question left', async () => {
		const {cluster, prompter, context, input} = setup({[confirm]: 'apply', [cannotPull]: untilWithdrawn});
		const outcome = deployAndWatch(context, input);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods(failingSnapshot(denied));
		await until(() => prompter.asked.length === 2, 'the question');
		cluster.failWatch(new Error('watch closed: connection reset'));
		await expect(outcome).rejects.toBeInstanceOf(WizardError);
		expect(cluster.openWatches()).toBe(0);
		expect(prompter.asked[1]?.spec.signal?.aborted).toBe(true);
	});
});

describe('deployAndWatch: non-interactive', () => {
	test('with --yes the defaults apply the deployment and the fix, and the run ends "running"', async () => {
		const store = testStore();
		const fix = fixPlan();
		const cluster = fakeCluster();
		const context = testContext({store, prompter: createAutoPrompter(store)});
		const outcome = deployAndWatch(
			context,
			deployInput(cluster, () => fix),
		);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods(failingSnapshot(denied));
		await until(() => fix.runs() === 1, 'the fix');
		cluster.pushPods(runningSnapshot(denied));
		await expect(outcome).resolves.toBe('running');
		expect(store.getState().notices).toEqual([
			'Apply this deployment? Apply (default, non-interactive)',
			'(x) No permission to pull from the registry (ErrImagePull): The registry refused the pull with 401 Unauthorized: the kubelet identity of myAKSCluster has no AcrPull on myregistry.',
			`    Fix: ${attachCommand}`,
			'The pods cannot pull their image. What next? Fix it now (default, non-interactive)',
			'Apply this change? Apply (default, non-interactive)',
		]);
	});

	test('with --yes and no fix, it watches a few more failed pulls, then leaves', async () => {
		const store = testStore();
		const cluster = fakeCluster();
		const context = testContext({store, prompter: createAutoPrompter(store)});
		const outcome = deployAndWatch(context, deployInput(cluster));
		await until(() => cluster.openWatches() === 1, 'the watch');
		for (let attempt = 1; attempt <= 4; attempt++) {
			cluster.pushPods(failingSnapshot(denied, attempt));
			// Each push is taken up before the next (the question is answered at once).
			// One notice per answer, after the deployment's and the diagnosis's two.
			await until(() => store.getState().notices.length >= attempt + 3, `answer ${attempt}`);
		}
		await expect(outcome).resolves.toBe('left');
		expect(store.getState().notices.at(-1)).toContain('Leave the pods as they are');
	});
});
