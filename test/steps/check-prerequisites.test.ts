import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {AzureError} from '../../source/azure/azure.js';
import {checkPrerequisites, registration, runChecks} from '../../source/steps/check-prerequisites.js';
import {createKubernetes} from '../../source/kubernetes/client-node.js';
import {KubeError} from '../../source/kubernetes/kubernetes.js';
import {startSandbox, type StartSandboxOptions} from '../../source/sandbox/index.js';
import {welcome} from '../../source/steps/welcome.js';
import {Cancelled, GoBack} from '../../source/wizard/errors.js';
import type {CheckId, CheckResult} from '../../source/wizard/types.js';
import {fakeAzure, fakeIds, type FakeAzureWorld} from '../helpers/fake-azure.js';
import {azVersionOutput, fakeExec, healthyTools} from '../helpers/fake-exec.js';
import {fakeCluster, fakeKubernetes} from '../helpers/fake-kubernetes.js';
import {scriptedPrompter, type Script} from '../helpers/scripted-prompter.js';
import {sandboxAzure, sandboxCloud} from '../azure/sandbox-azure.js';
import {testContext} from '../helpers/test-context.js';

const next = 'What next?';

function rows(checks: readonly CheckResult[]): Record<CheckId, CheckResult> {
	return Object.fromEntries(checks.map((check) => [check.id, check])) as Record<CheckId, CheckResult>;
}

function statuses(checks: readonly CheckResult[]): Record<string, string> {
	return Object.fromEntries(checks.map((check) => [check.id, check.status]));
}

describe('prerequisites step', () => {
	test('all green: every row ok, the subscription chosen, and going on ends the step', async () => {
		const context = testContext({prompter: scriptedPrompter({[next]: 'go-on'})});
		await checkPrerequisites.run(context);
		const state = context.store.getState();
		expect(statuses(state.checks)).toEqual({
			az: 'ok',
			kubectl: 'ok',
			credential: 'ok',
			subscriptions: 'ok',
			'role-assignments': 'ok',
			providers: 'ok',
			kubeconfig: 'ok',
		});
		const byId = rows(state.checks);
		expect(byId.az.summary).toBe('2.61.0');
		expect(byId.kubectl.summary).toBe('v1.32.4');
		expect(byId.credential.summary).toBe(`Signed in as ${fakeIds.userName}`);
		expect(byId.kubeconfig.summary).toBe('myAKSCluster: reachable, Kubernetes v1.32.4');
		expect(state.subscription?.id).toBe(fakeIds.subscriptionId);
		expect(state.identity?.name).toBe(fakeIds.userName);
		context.prompter.verify();
		context.exec.verify();
	});

	test('a missing az is a warning with the install link, not a failure', async () => {
		const exec = fakeExec({'kubectl version --client -o json': healthyTools['kubectl version --client -o json']}, {missing: ['az']});
		const context = testContext({exec, prompter: scriptedPrompter({[next]: 'go-on'})});
		await checkPrerequisites.run(context);
		const az = rows(context.store.getState().checks).az;
		expect(az.status).toBe('warn');
		expect(az.fix).toContain('https://aka.ms/installazurecli');
	});

	test('an az older than 2.7.0 fails, and going on is not offered', async () => {
		const exec = fakeExec({...healthyTools, 'az version -o json': {stdout: azVersionOutput('2.6.0')}});
		const prompter = scriptedPrompter({[next]: 'quit'});
		const context = testContext({exec, prompter});
		await expect(checkPrerequisites.run(context)).rejects.toBeInstanceOf(Cancelled);
		expect(rows(context.store.getState().checks).az).toMatchObject({status: 'fail', fix: 'az upgrade'});
		const question = prompter.asked[0];
		expect(question?.kind === 'select' && question.spec.choices.find((choice) => choice.value === 'go-on')?.disabled).toBe(true);
		expect(question?.kind === 'select' && question.spec.default).toBe('rerun');
	});

	test('no credential fails with az login, and the Azure rows that need it are skipped (the listing made beside the sign-in is not used)', async () => {
		const azure = fakeAzure({
			signedInIdentity: async () => Promise.reject(new AzureError('DefaultAzureCredential failed to retrieve a token.', 'CredentialUnavailable')),
		});
		const context = testContext({azure, prompter: scriptedPrompter({[next]: 'quit'})});
		await expect(checkPrerequisites.run(context)).rejects.toBeInstanceOf(Cancelled);
		const byId = rows(context.store.getState().checks);
		expect(byId.credential).toMatchObject({status: 'fail', fix: 'az login'});
		expect(byId.credential.reason).toContain('(CredentialUnavailable)');
		expect([byId.subscriptions.status, byId['role-assignments'].status, byId.providers.status]).toEqual(['skipped', 'skipped', 'skipped']);
		// Listed once beside the sign-in, and not used: no subscription is chosen, none of its checks runs.
		expect(azure.calls.listSubscriptions).toEqual([[]]);
		expect(context.store.getState().subscription).toBeUndefined();
		expect([azure.calls.canWriteRoleAssignments, azure.calls.providerState]).toEqual([[], []]);
	});

	test('the subscriptions are listed while the sign-in is checked, not after it', async () => {
		let open: () => void = () => undefined;
		const gate = new Promise<void>((resolve) => (open = resolve));
		const base = fakeAzure();
		const azure = fakeAzure({signedInIdentity: async () => (await gate, base.signedInIdentity())});
		const context = testContext({azure, prompter: scriptedPrompter({[next]: 'go-on'})});
		const checks = checkPrerequisites.run(context);
		await expect.poll(() => azure.calls.listSubscriptions.length).toBe(1);
		expect(rows(context.store.getState().checks).credential.status).toBe('running');
		open();
		await checks;
		expect(rows(context.store.getState().checks).subscriptions.status).toBe('ok');
	});

	test('a subscription list that fails says why, with its code and fix, not that the account sees none', async () => {
		const azure = fakeAzure({listSubscriptions: async () => Promise.reject(new AzureError('Too many requests, retry later.', 'Throttled', 429))});
		const context = testContext({azure, prompter: scriptedPrompter({[next]: 'quit'})});
		await expect(checkPrerequisites.run(context)).rejects.toBeInstanceOf(Cancelled);
		const byId = rows(context.store.getState().checks);
		expect(byId.subscriptions).toMatchObject({status: 'fail', fix: 'Wait a minute and retry.'});
		expect(byId.subscriptions.reason).toContain('(Throttled)');
		expect(byId.subscriptions.reason).not.toContain('cannot see any subscription');
		expect([byId['role-assignments'].status, byId.providers.status]).toEqual(['skipped', 'skipped']);
	});

	test('no kubeconfig is a warning that says how to get one', async () => {
		const kubernetes = fakeKubernetes({readKubeconfig: async () => Promise.reject(new KubeError('ENOENT: no such file', 'NotFound'))});
		const context = testContext({kubernetes, prompter: scriptedPrompter({[next]: 'go-on'})});
		await checkPrerequisites.run(context);
		const row = rows(context.store.getState().checks).kubeconfig;
		expect(row.status).toBe('warn');
		expect(row.fix).toContain('az aks get-credentials');
	});

	test('with --method attach the kubeconfig is neither read nor called: the row says the path takes the AKS credentials from Azure', async () => {
		const kubernetes = fakeKubernetes();
		const context = testContext({kubernetes, flags: {method: 'attach'}, prompter: scriptedPrompter({[next]: 'go-on'})});
		await checkPrerequisites.run(context);
		expect(rows(context.store.getState().checks).kubeconfig).toMatchObject({
			status: 'skipped',
			reason:
				"Not needed with --method attach: the wizard reads the AKS cluster's credentials from Azure (as az aks get-credentials does) and keeps them in memory.",
		});
		expect(kubernetes.calls).toEqual({readKubeconfig: [], cluster: []});
	});

	test('with --method pull-secret the kubeconfig is checked as without the flag', async () => {
		const kubernetes = fakeKubernetes();
		const context = testContext({kubernetes, flags: {method: 'pull-secret'}, prompter: scriptedPrompter({[next]: 'go-on'})});
		await checkPrerequisites.run(context);
		expect(rows(context.store.getState().checks).kubeconfig).toMatchObject({status: 'ok', summary: 'myAKSCluster: reachable, Kubernetes v1.32.4'});
	});

	test('an unreachable current context is a warning naming the context', async () => {
		const cluster = fakeCluster({serverVersion: async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6443'))});
		const kubernetes = fakeKubernetes({}, {clusters: {myAKSCluster: cluster}});
		const context = testContext({kubernetes, prompter: scriptedPrompter({[next]: 'go-on'})});
		await checkPrerequisites.run(context);
		const row = rows(context.store.getState().checks).kubeconfig;
		expect(row.status).toBe('warn');
		expect(row.reason).toBe('myAKSCluster does not answer: connect ECONNREFUSED 127.0.0.1:6443');
		expect(row.fix).toBe('Check the cluster is running, then: kubectl --context myAKSCluster get nodes');
	});

	test('a Contributor (no role assignment rights) gets a warning, and can go on', async () => {
		const azure = fakeAzure({}, {world: (world) => void (world.canWriteRoleAssignments = false)});
		const context = testContext({azure, prompter: scriptedPrompter({[next]: 'go-on'})});
		await checkPrerequisites.run(context);
		const row = rows(context.store.getState().checks)['role-assignments'];
		expect(row.status).toBe('warn');
		expect(row.reason).toContain('A repository-scoped token still works');
		expect(azure.calls.canWriteRoleAssignments).toEqual([[`/subscriptions/${fakeIds.subscriptionId}`]]);
	});

	test('a missing provider: the register plan runs registerProvider and the providers are checked again', async () => {
		const azure = fakeAzure({}, {world: (world) => void world.providers.set('Microsoft.ContainerService', 'NotRegistered')});
		const prompter = scriptedPrompter({[next]: ['register', 'go-on'], 'Apply this change?': 'apply'});
		const context = testContext({azure, prompter});
		await checkPrerequisites.run(context);
		expect(azure.calls.registerProvider).toEqual([[fakeIds.subscriptionId, 'Microsoft.ContainerService']]);
		const state = context.store.getState();
		expect(rows(state.checks).providers.status).toBe('ok');
		expect(state.journal.map((entry) => [entry.id, entry.outcome, entry.command])).toEqual([
			[
				'register-Microsoft.ContainerService',
				'done',
				`az provider register --namespace Microsoft.ContainerService --subscription ${fakeIds.subscriptionId} --wait`,
			],
		]);
		expect(state.view).toBe('prerequisites');
		expect(azure.calls.providerState.filter(([, name]) => name === 'Microsoft.ContainerService')).toHaveLength(2);
		prompter.verify();
	});

	test('the register choice shows the missing providers with their exact command', async () => {
		const azure = fakeAzure({}, {world: (world) => void world.providers.set('Microsoft.ContainerRegistry', 'NotRegistered')});
		const context = testContext({azure, prompter: scriptedPrompter({[next]: 'go-on'})});
		await checkPrerequisites.run(context);
		expect(rows(context.store.getState().checks).providers).toMatchObject({
			status: 'warn',
			reason: 'Not registered: Microsoft.ContainerRegistry.',
			fix: 'az provider register --namespace Microsoft.ContainerRegistry',
		});
	});
});

/** A gate that opens only when all `names` have arrived: sequential callers would wait forever. */
function gate(names: readonly string[]) {
	const arrived: string[] = [];
	let open: () => void = () => undefined;
	const opened = new Promise<void>((resolve) => {
		open = resolve;
	});
	return {
		arrived,
		async arrive(name: string): Promise<void> {
			arrived.push(name);
			if (names.every((item) => arrived.includes(item))) open();
			await opened;
		},
		/** Opens it anyway, so a failing test ends instead of hanging. */
		release: () => open(),
	};
}

/** One turn of the event loop: every promise callback that can run has run. */
async function settled(): Promise<void> {
	await new Promise((resolve) => setImmediate(resolve));
}

describe('prerequisites: registering providers', () => {
	const unregistered = {world: (world: FakeAzureWorld) => void world.providers.set('Microsoft.ContainerService', 'NotRegistered')};

	test('registration is followed until Azure says Registered, as az provider register --wait', async () => {
		let polls = 0;
		const azure = fakeAzure(
			{
				registerProvider: async () => 'Registering',
				providerState: async (_subscription, name) => {
					if (name !== 'Microsoft.ContainerService') return 'Registered';
					polls++;
					// Two checks before the request (first run), then three polls while registering.
					return polls < 2 ? 'NotRegistered' : polls < 4 ? 'Registering' : 'Registered';
				},
			},
			unregistered,
		);
		const context = testContext({azure, prompter: scriptedPrompter({[next]: ['register', 'go-on'], 'Apply this change?': 'apply'})});
		await checkPrerequisites.run(context);
		expect(context.clock.sleeps).toEqual([registration.pollMs, registration.pollMs, registration.pollMs]);
		expect(context.store.getState().journal[0]?.detail).toBe('Registered');
		expect(rows(context.store.getState().checks).providers.status).toBe('ok');
	});

	test('a provider still registering warns without offering to register it again', async () => {
		const azure = fakeAzure({}, {world: (world) => void world.providers.set('Microsoft.ContainerService', 'Registering')});
		const prompter = scriptedPrompter({[next]: 'go-on'});
		await checkPrerequisites.run(testContext({azure, prompter}));
		const question = prompter.asked[0];
		expect(question?.kind === 'select' && question.spec.choices.map((choice) => choice.value)).not.toContain('register');
	});

	test('a failed registration shows the error and asks again instead of ending the run', async () => {
		const denied = new AzureError('The client does not have authorization to perform action register.', 'AuthorizationFailed', 403);
		const azure = fakeAzure({registerProvider: async () => Promise.reject(denied)}, unregistered);
		let errorWhenAskedAgain: string | undefined;
		const context = testContext({
			azure,
			prompter: scriptedPrompter({
				[next]: [
					'register',
					() => {
						errorWhenAskedAgain = context.store.getState().error?.code;
						return 'rerun';
					},
					'quit',
				],
				'Apply this change?': 'apply',
			}),
		});
		await expect(checkPrerequisites.run(context)).rejects.toBeInstanceOf(Cancelled);
		expect(errorWhenAskedAgain).toBe('AuthorizationFailed');
		expect(context.store.getState().error).toBeUndefined();
		expect(context.store.getState().view).toBe('prerequisites');
	});

	test('Esc or Back on the plan returns to the question, registering nothing', async () => {
		const azure = fakeAzure({}, unregistered);
		const prompter = scriptedPrompter({[next]: ['register', 'register', 'quit'], 'Apply this change?': [new GoBack(), 'back']});
		const context = testContext({azure, prompter});
		await expect(checkPrerequisites.run(context)).rejects.toBeInstanceOf(Cancelled);
		expect(azure.calls.registerProvider).toEqual([]);
		prompter.verify();
	});
});

describe('prerequisites: subscriptions and re-runs', () => {
	const second = {id: '00000000-0000-0000-0000-000000000002', name: 'Contoso Prod', tenantId: fakeIds.tenantId};

	test("az's default subscription is chosen among several", async () => {
		const azure = fakeAzure({}, {world: (world) => void world.subscriptions.push(second)});
		const context = testContext({azure, defaultSubscriptionId: second.id, prompter: scriptedPrompter({[next]: 'go-on'})});
		await checkPrerequisites.run(context);
		expect(context.store.getState().subscription).toEqual(second);
		expect(rows(context.store.getState().checks).subscriptions.summary).toBe(`Contoso Prod (${second.id}), 1 of 2`);
	});

	test('another subscription can be picked; its permission and providers are checked again', async () => {
		const azure = fakeAzure({}, {world: (world) => void world.subscriptions.push(second)});
		const prompter = scriptedPrompter({[next]: ['subscription', 'go-on'], 'Which subscription should the wizard use?': second.id});
		const context = testContext({azure, prompter});
		await checkPrerequisites.run(context);
		expect(context.store.getState().subscription).toEqual(second);
		expect(azure.calls.canWriteRoleAssignments.map(([scope]) => scope)).toEqual([`/subscriptions/${fakeIds.subscriptionId}`, `/subscriptions/${second.id}`]);
		const question = prompter.asked.find((item) => item.message === 'Which subscription should the wizard use?');
		expect(question?.kind === 'select' && question.spec.flag).toBe('--subscription');
		prompter.verify();
	});

	test('a --subscription the account cannot see fails naming it, with the command to list them', async () => {
		const context = testContext({flags: {subscription: 'nope'}, prompter: scriptedPrompter({[next]: 'quit'})});
		await expect(checkPrerequisites.run(context)).rejects.toBeInstanceOf(Cancelled);
		expect(rows(context.store.getState().checks).subscriptions).toMatchObject({status: 'fail', fix: 'az account list -o table'});
		expect(rows(context.store.getState().checks).subscriptions.reason).toContain('nope');
	});

	test('re-running the checks after a fix turns the row green', async () => {
		let version = '2.6.0';
		const exec = fakeExec({...healthyTools, 'az version -o json': () => ({stdout: azVersionOutput(version)})});
		const prompter = scriptedPrompter({
			[next]: [
				() => {
					version = '2.61.0';
					return 'rerun';
				},
				'go-on',
			],
		});
		const context = testContext({exec, prompter});
		await checkPrerequisites.run(context);
		expect(rows(context.store.getState().checks).az).toEqual({id: 'az', title: 'Azure CLI', status: 'ok', summary: '2.61.0'});
		prompter.verify();
	});
});

describe('prerequisites under --yes: the local tools the run does not need are not started', () => {
	test('signed in without az (a sandbox), neither az nor kubectl is run; their rows say why', async () => {
		const exec = fakeExec({});
		const context = testContext({exec, flags: {yes: true}, credentialFromAz: false});
		await runChecks(context);
		expect(exec.ran).toEqual([]);
		const byId = rows(context.store.getState().checks);
		expect(byId.az).toMatchObject({status: 'skipped', reason: 'Not checked with --yes: this run signs in without az, and shows the az commands only to read.'});
		expect(byId.kubectl).toMatchObject({status: 'skipped', reason: expect.stringContaining('the wizard talks to the cluster itself') as string});
		expect(statuses(context.store.getState().checks)).toMatchObject({credential: 'ok', kubeconfig: 'ok'});
	});

	test("signed in with az's session, az is still checked under --yes (a too-old az still stops the run)", async () => {
		const exec = fakeExec({'az version -o json': healthyTools['az version -o json']});
		const context = testContext({exec, flags: {yes: true}, credentialFromAz: true});
		await runChecks(context);
		expect(exec.ran).toEqual(['az version -o json']);
		expect(rows(context.store.getState().checks).az).toMatchObject({status: 'ok', summary: '2.61.0'});
		exec.verify();
	});

	test('without --yes both tools are checked, as the screen shows them', async () => {
		const context = testContext({flags: {}, credentialFromAz: false});
		await runChecks(context);
		expect(statuses(context.store.getState().checks)).toMatchObject({az: 'ok', kubectl: 'ok'});
	});
});

describe('prerequisites run in parallel', () => {
	test('the tool, sign-in and kubeconfig checks all start before any of them finishes', async () => {
		const first = gate(['az', 'kubectl', 'credential', 'kubeconfig']);
		const azure = fakeAzure({
			signedInIdentity: async () => (await first.arrive('credential'), azure.world.identity),
		});
		const exec = fakeExec({
			'az version -o json': async () => (await first.arrive('az'), healthyTools['az version -o json']),
			'kubectl version --client -o json': async () => (await first.arrive('kubectl'), healthyTools['kubectl version --client -o json']),
		});
		const base = fakeKubernetes();
		const kubernetes = fakeKubernetes({readKubeconfig: async (source) => (await first.arrive('kubeconfig'), base.readKubeconfig(source))});
		const context = testContext({azure, exec, kubernetes});
		const running = runChecks(context);
		await settled();
		const arrived = [...first.arrived].sort();
		first.release();
		await running;
		expect(arrived).toEqual(['az', 'credential', 'kubeconfig', 'kubectl']);
		expect(statuses(context.store.getState().checks)).toMatchObject({az: 'ok', kubectl: 'ok', credential: 'ok', kubeconfig: 'ok'});
	});

	test('the permission and provider checks of the subscription start together', async () => {
		const second = gate(['roles', 'Microsoft.ContainerRegistry', 'Microsoft.ContainerService']);
		const azure = fakeAzure({
			canWriteRoleAssignments: async () => (await second.arrive('roles'), true),
			providerState: async (_subscription, name) => (await second.arrive(name), 'Registered'),
		});
		const context = testContext({azure});
		const running = runChecks(context);
		await settled();
		const arrived = [...second.arrived].sort();
		second.release();
		await running;
		expect(arrived).toEqual(['Microsoft.ContainerRegistry', 'Microsoft.ContainerService', 'roles']);
	});

	test('every row shows as running while the checks are under way', async () => {
		const hold = gate(['never']);
		const context = testContext({azure: fakeAzure({signedInIdentity: async () => (await hold.arrive('credential'), fakeAzure().world.identity)})});
		const running = runChecks(context);
		const during = context.store.getState().checks.map((check) => check.status);
		hold.release();
		await running;
		expect(during).toEqual(['running', 'running', 'running', 'running', 'running', 'running', 'running']);
	});
});

describe('prerequisites over the sandbox (real adapters)', () => {
	/** Starts a sandbox and a context whose Azure and Kubernetes are the real adapters over it. */
	async function sandboxContext(options: StartSandboxOptions, script: Script) {
		const sandbox = await startSandbox({pace: 'fast', ...options});
		const home = await mkdtemp(join(tmpdir(), 'prerequisites-'));
		const path = join(home, 'kubeconfig');
		await sandbox.writeKubeconfig(path);
		const context = testContext({
			azure: sandboxAzure(sandbox),
			kubernetes: createKubernetes({home}),
			kubeconfig: {kind: 'file', path},
			cloud: sandboxCloud(sandbox),
			defaultSubscriptionId: sandbox.subscriptionId,
			prompter: scriptedPrompter(script),
		});
		const close = async () => {
			await sandbox.close();
			await rm(home, {recursive: true, force: true});
		};
		return {sandbox, context, close};
	}

	test('owner: every Azure and cluster row is ok', async () => {
		const {sandbox, context, close} = await sandboxContext({seed: 'owner'}, {[next]: 'go-on'});
		try {
			await checkPrerequisites.run(context);
			const state = context.store.getState();
			expect(statuses(state.checks)).toEqual({
				az: 'ok',
				kubectl: 'ok',
				credential: 'ok',
				subscriptions: 'ok',
				'role-assignments': 'ok',
				providers: 'ok',
				kubeconfig: 'ok',
			});
			expect(state.subscription?.id).toBe(sandbox.subscriptionId);
			expect(rows(state.checks).kubeconfig.summary).toMatch(/^kind-local: reachable, Kubernetes v1\./);
		} finally {
			await close();
		}
	});

	test('contributor: the role row warns, and the run can go on', async () => {
		const {context, close} = await sandboxContext({seed: 'contributor'}, {[next]: 'go-on'});
		try {
			await checkPrerequisites.run(context);
			expect(rows(context.store.getState().checks)['role-assignments'].status).toBe('warn');
		} finally {
			await close();
		}
	});

	test('an unregistered provider is registered through the plan, then checked again', async () => {
		const {context, close} = await sandboxContext(
			{unregisteredProviders: ['Microsoft.ContainerService']},
			{[next]: ['register', 'go-on'], 'Apply this change?': 'apply'},
		);
		try {
			await checkPrerequisites.run(context);
			const state = context.store.getState();
			expect(state.journal.map((entry) => [entry.id, entry.outcome])).toEqual([['register-Microsoft.ContainerService', 'done']]);
			expect(rows(state.checks).providers.status).toBe('ok');
			context.prompter.verify();
		} finally {
			await close();
		}
	});
});

describe('the Azure CLI probe behind the welcome screen', () => {
	test('starts while the welcome is up; the checks take its answer, and a re-run of the checks probes again', async () => {
		let answer: (() => void) | undefined;
		const cold = new Promise<void>((resolve) => (answer = resolve));
		let probes = 0;
		const exec = fakeExec({
			...healthyTools,
			'az version -o json': async () => {
				probes++;
				// The first (cold) run answers only when the test says so: it started before the checks.
				if (probes === 1) await cold;
				return {stdout: azVersionOutput('2.61.0')};
			},
		});
		const context = testContext({exec, prompter: scriptedPrompter({'Ready to start?': 'start', [next]: ['rerun', 'go-on']})});
		await welcome.run(context);
		expect(exec.ran).toEqual(['az version -o json']);
		answer?.();
		await checkPrerequisites.run(context);
		expect(probes).toBe(2);
		expect(rows(context.store.getState().checks).az).toMatchObject({status: 'ok', summary: '2.61.0'});
	});
});

describe('the watch hint behind the welcome screen', () => {
	test('names the current context of the kubeconfig, read while the welcome is up', async () => {
		const kubernetes = fakeKubernetes();
		const context = testContext({kubernetes, prompter: scriptedPrompter({'Ready to start?': 'start'})});
		await welcome.run(context);
		await expect.poll(() => context.store.getState().environment.watch).toEqual({context: 'myAKSCluster', kubeconfig: '/home/alice/.kube/config'});
		expect(kubernetes.calls.readKubeconfig).toHaveLength(1);
	});

	test('with --context, names that context without reading the kubeconfig', async () => {
		const kubernetes = fakeKubernetes();
		const context = testContext({kubernetes, flags: {context: 'kind-local'}, prompter: scriptedPrompter({'Ready to start?': 'start'})});
		await welcome.run(context);
		expect(context.store.getState().environment.watch).toEqual({context: 'kind-local', kubeconfig: '/home/alice/.kube/config'});
		expect(kubernetes.calls.readKubeconfig).toEqual([]);
	});

	test('with --method attach --cluster, names the context of that cluster (its pods are there) without reading the kubeconfig', async () => {
		const kubernetes = fakeKubernetes();
		const context = testContext({
			kubernetes,
			flags: {method: 'attach', cluster: 'aks-demo'},
			prompter: scriptedPrompter({'Ready to start?': 'start'}),
		});
		await welcome.run(context);
		expect(context.store.getState().environment.watch).toEqual({context: 'aks-demo', kubeconfig: '/home/alice/.kube/config'});
		expect(kubernetes.calls.readKubeconfig).toEqual([]);
	});
});
