import {describe, expect, test} from 'vitest';
import {ToolMissingError} from '../../source/probes/tool.js';
import {Cancelled, GoBack} from '../../source/wizard/errors.js';
import {fakeAzure, fakeIds, registryId} from './fake-azure.js';
import {fakeExec, healthyTools} from './fake-exec.js';
import {fakeKubernetes} from './fake-kubernetes.js';
import {scriptedPrompter, untilWithdrawn} from './scripted-prompter.js';
import {fakeClock, testContext} from './test-context.js';

describe('fakeAzure', () => {
	test('records the arguments of every call', async () => {
		const azure = fakeAzure();
		const input = {scope: registryId('myregistry'), roleDefinitionId: 'acrpull', principalId: fakeIds.kubeletObjectId};
		expect(await azure.assignRole(input)).toMatchObject({created: true});
		expect(await azure.assignRole(input)).toMatchObject({created: false});
		expect(azure.calls.assignRole).toEqual([[input], [input]]);
		expect(azure.log).toEqual(['assignRole', 'assignRole']);
	});

	test('an override replaces one method and is still recorded', async () => {
		const azure = fakeAzure({providerState: async () => 'NotRegistered'});
		expect(await azure.providerState(fakeIds.subscriptionId, 'Microsoft.ContainerRegistry')).toBe('NotRegistered');
		expect(azure.calls.providerState).toHaveLength(1);
		expect(await azure.listSubscriptions()).toHaveLength(1);
	});

	test('knows taken names and gives each service principal a new password', async () => {
		const azure = fakeAzure();
		expect((await azure.checkRegistryName(fakeIds.subscriptionId, 'myregistry')).available).toBe(false);
		expect((await azure.checkRegistryName(fakeIds.subscriptionId, 'fresh123')).available).toBe(true);
		const first = await azure.createServicePrincipal('acr-service-principal');
		const second = await azure.resetPassword(first.principal);
		expect(first.password.value).not.toBe(second.value);
	});

	test('the world can be arranged before the fake is built', async () => {
		const azure = fakeAzure({}, {world: (world) => void (world.canWriteRoleAssignments = false)});
		expect(await azure.canWriteRoleAssignments('/subscriptions/x')).toBe(false);
	});
});

describe('fakeKubernetes', () => {
	test('pushPods drives every open watch until it is stopped', async () => {
		const kubernetes = fakeKubernetes();
		const cluster = kubernetes.defaultCluster;
		const seen: number[] = [];
		const stop = await cluster.watchPods(
			'default',
			'app=nginx',
			(snapshot) => seen.push(snapshot.pods.length),
			() => undefined,
		);
		cluster.pushPods({pods: [], events: []});
		stop();
		cluster.pushPods({pods: [], events: []});
		expect(seen).toEqual([0]);
		expect(cluster.openWatches()).toBe(0);
	});

	test('keeps secrets and service accounts in memory', async () => {
		const cluster = fakeKubernetes().cluster({kind: 'file'}, 'myAKSCluster');
		await cluster.applyDockerRegistrySecret({namespace: 'default', name: 'acr-secret', server: 'myregistry.azurecr.io', username: 'u', password: 'p'});
		expect(await cluster.secretExists('default', 'acr-secret')).toBe(true);
		expect(await cluster.addImagePullSecretToServiceAccount('default', 'default', 'acr-secret')).toEqual({changed: true});
		expect(await cluster.addImagePullSecretToServiceAccount('default', 'default', 'acr-secret')).toEqual({changed: false});
	});
});

describe('fakeExec', () => {
	test('answers stubs, throws on unknown commands and on missing tools', async () => {
		const exec = fakeExec({'az version -o json': {stdout: '{}'}}, {missing: ['kubectl']});
		expect((await exec('az', ['version', '-o', 'json'])).stdout).toBe('{}');
		await expect(exec('helm', ['version'])).rejects.toThrow('unexpected command `helm version`');
		await expect(exec('kubectl', ['version'])).rejects.toBeInstanceOf(ToolMissingError);
		exec.verify();
	});

	test('verify fails on stubs never used', () => {
		expect(() => fakeExec(healthyTools).verify()).toThrow('stubs never used');
	});
});

describe('scriptedPrompter', () => {
	test('answers by message, records questions, and fails on an unexpected one naming it', async () => {
		const prompter = scriptedPrompter({'Registry name:': 'myregistry'});
		expect(await prompter.text({id: 'name', message: 'Registry name:'})).toBe('myregistry');
		await expect(prompter.select({id: 'x', message: 'Which SKU?', choices: []})).rejects.toThrow('"Which SKU?" was not expected');
		expect(prompter.messages()).toEqual(['Registry name:', 'Which SKU?']);
	});

	test('verify fails on leftover answers', () => {
		expect(() => scriptedPrompter({'Namespace:': 'default'}).verify()).toThrow('"Namespace:"');
	});

	test('scripts GoBack, functions, queues, and refuses invalid answers', async () => {
		const prompter = scriptedPrompter({'Name:': ['BAD', 'good'], 'Go?': [new GoBack(), (question) => question.kind === 'confirm']});
		const validate = (value: string) => (value === value.toLowerCase() ? undefined : 'Lower case only.');
		expect(await prompter.text({id: 'n', message: 'Name:', validate})).toBe('good');
		expect(prompter.refusals).toEqual(['Name: BAD → Lower case only.']);
		await expect(prompter.confirm({id: 'g', message: 'Go?'})).rejects.toBeInstanceOf(GoBack);
		expect(await prompter.confirm({id: 'g', message: 'Go?'})).toBe(true);
		prompter.verify();
	});

	test('refuses a disabled choice', async () => {
		const prompter = scriptedPrompter({'Next?': 'go-on'});
		const choices = [
			{value: 'go-on', label: 'Go on', disabled: true},
			{value: 'quit', label: 'Quit'},
		];
		await expect(prompter.select({id: 'n', message: 'Next?', choices})).rejects.toThrow('not an enabled choice');
	});
});

describe('testContext', () => {
	test('builds a full context of fakes, with overrides', async () => {
		const context = testContext({flags: {method: 'attach'}});
		expect(context.flags.method).toBe('attach');
		expect(context.store.getState().view).toBe('welcome');
		await context.azure.listSubscriptions();
		expect(context.azure.calls.listSubscriptions).toHaveLength(1);
		expect(context.cloud.name).toBe('AzureCloud');
	});

	test('the fake clock advances on sleep without waiting', async () => {
		const clock = fakeClock(new Date('2026-01-01T00:00:00Z'));
		await clock.sleep(60_000);
		expect(clock.now().toISOString()).toBe('2026-01-01T00:01:00.000Z');
		expect(clock.sleeps).toEqual([60_000]);
	});
});

describe('scriptedPrompter and withdrawn questions', () => {
	test('untilWithdrawn keeps the question pending until its signal aborts', async () => {
		const prompter = scriptedPrompter({'Keep waiting?': untilWithdrawn});
		const controller = new AbortController();
		const answer = prompter.confirm({id: 'w', message: 'Keep waiting?', signal: controller.signal});
		controller.abort(new Cancelled());
		await expect(answer).rejects.toBeInstanceOf(Cancelled);
		prompter.verify();
	});
});
