import {describe, expect, test} from 'vitest';
import {AzureError} from '../../../source/azure/azure.js';
import {clouds} from '../../../source/azure/clouds.js';
import {flagAnswers} from '../../../source/flags.js';
import {checkPrerequisites} from '../../../source/steps/check-prerequisites.js';
import {chooseRegistry} from '../../../source/steps/choose-registry.js';
import {GoBack} from '../../../source/wizard/errors.js';
import {withFlagAnswers} from '../../../source/wizard/flag-answers.js';
import {fakeAzure, fakeIds, fakeRegistry, registryId} from '../../helpers/fake-azure.js';
import {scriptedPrompter, type Script} from '../../helpers/scripted-prompter.js';
import {testContext} from '../../helpers/test-context.js';

const subscription = {id: fakeIds.subscriptionId, name: fakeIds.subscriptionName, tenantId: fakeIds.tenantId};
const q = {
	registry: 'Which registry should the cluster pull from?',
	name: 'Registry name:',
	group: 'Resource group for the new registry:',
	groupName: 'New resource group name:',
	location: 'Location of the new resource group:',
	sku: 'Registry SKU (service tier):',
	apply: 'Apply this change?',
	applyTwo: 'Apply these 2 changes?',
	id: 'Registry resource ID:',
};

function setup(script: Script, options: {azure?: ReturnType<typeof fakeAzure>; flags?: Record<string, string>} = {}) {
	const prompter = scriptedPrompter(script);
	return testContext({prompter, azure: options.azure ?? fakeAzure(), state: {subscription}, flags: options.flags ?? {}});
}

describe('chooseRegistry', () => {
	test('picks an existing registry, lists it with group, SKU and login server, and imports the sample image', async () => {
		const context = setup({[q.registry]: registryId('myregistry'), [q.apply]: 'apply'});
		await chooseRegistry.run(context);
		const question = context.prompter.asked[0];
		expect(question?.kind === 'select' && question.spec.choices[0]).toMatchObject({
			label: 'myregistry',
			hint: 'myResourceGroup · Basic · myregistry.azurecr.io',
		});
		expect(context.store.getState().registry?.name).toBe('myregistry');
		expect(context.store.getState().plan?.actions.map((action) => action.command)).toEqual([
			'az acr import --name myregistry --source docker.io/library/nginx:latest --image nginx:v1',
		]);
		expect(context.azure.calls.importImage[0]?.slice(0, 3)).toEqual([registryId('myregistry'), 'docker.io/library/nginx:latest', 'nginx:v1']);
		expect(context.store.getState().journal[0]).toMatchObject({outcome: 'done', detail: 'Imported as myregistry.azurecr.io/nginx:v1'});
		context.prompter.verify();
	});

	test('says the image is already there when the tag exists, and writes nothing', async () => {
		const azure = fakeAzure();
		azure.world.images.set(registryId('myregistry'), new Set(['nginx:v1']));
		const context = setup({[q.registry]: registryId('myregistry'), [q.apply]: 'apply'}, {azure});
		await chooseRegistry.run(context);
		expect(context.store.getState().journal[0]).toMatchObject({outcome: 'unchanged', detail: 'nginx:v1 is already there; nothing imported'});
		expect(context.store.getState().progress[0]?.status).toBe('skipped');
	});

	test('creates a registry in an existing group with the exact az acr create command', async () => {
		const context = setup({
			[q.registry]: '+create',
			[q.name]: 'mycontainerregistry',
			[q.group]: 'myResourceGroup',
			[q.sku]: 'basic',
			[q.apply]: ['apply', 'apply'],
		});
		await chooseRegistry.run(context);
		const commands = context.store.getState().journal.map((entry) => entry.command);
		expect(commands).toEqual([
			'az acr create --name mycontainerregistry --resource-group myResourceGroup --sku basic',
			'az acr import --name mycontainerregistry --source docker.io/library/nginx:latest --image nginx:v1',
		]);
		expect(context.store.getState().journal[0]?.call).toBe(`PUT ${registryId('mycontainerregistry')}`);
		expect(context.store.getState().registry).toMatchObject({name: 'mycontainerregistry', loginServer: 'mycontainerregistry.azurecr.io'});
		context.prompter.verify();
	});

	test('refuses a bad then a taken name before taking a free one', async () => {
		const context = setup({
			[q.registry]: '+create',
			[q.name]: ['My-Registry', 'contoso', 'contosoacr01'],
			[q.group]: 'myResourceGroup',
			[q.sku]: 'premium',
			[q.apply]: ['apply', 'back'],
		});
		await chooseRegistry.run(context);
		expect(context.prompter.refusals).toEqual([
			'Registry name: My-Registry → A registry name can hold only letters a-z and digits 0-9; remove "-", e.g. myregistry.',
			'Registry name: contoso → The registry contoso is already in use (AlreadyExists). Type another name, or pass another --registry-name.',
		]);
		expect(context.azure.calls.createRegistry[0]?.[0]).toMatchObject({name: 'contosoacr01', sku: 'Premium'});
		expect(context.store.getState().notices).toContain('Sample image import skipped; the sample deployment needs nginx:v1 in the registry.');
	});

	test("creates a new resource group first, defaulting its location to the AKS cluster's", async () => {
		const context = setup({
			[q.registry]: '+create',
			[q.name]: 'mycontainerregistry',
			[q.group]: '+create',
			[q.groupName]: 'myContainerRegistryResourceGroup',
			[q.location]: (question) => (question.kind === 'text' ? (question.spec.default ?? '') : ''),
			[q.sku]: 'basic',
			[q.applyTwo]: 'apply',
			[q.apply]: 'apply',
		});
		await chooseRegistry.run(context);
		expect(
			context.store
				.getState()
				.journal.map((entry) => entry.command)
				.slice(0, 2),
		).toEqual([
			'az group create --name myContainerRegistryResourceGroup --location eastus',
			'az acr create --name mycontainerregistry --resource-group myContainerRegistryResourceGroup --sku basic',
		]);
		expect(context.azure.log.indexOf('createResourceGroup')).toBeLessThan(context.azure.log.indexOf('createRegistry'));
	});

	test('uses a registry of another subscription given by resource ID', async () => {
		const other = fakeRegistry({name: 'contososharedacr', subscriptionId: '00000000-0000-0000-0000-000000000002', resourceGroup: 'rg-shared'});
		const azure = fakeAzure();
		azure.world.registries.push(other);
		const context = setup({[q.registry]: '+by-id', [q.id]: ['/subscriptions/x/oops', other.id], [q.apply]: 'apply'}, {azure});
		await chooseRegistry.run(context);
		expect(context.store.getState().registry?.id).toBe(other.id);
		expect(context.prompter.refusals[0]).toContain('That is not a registry resource ID.');
		expect(context.store.getState().journal[0]?.command).toBe(
			'az acr import --name contososharedacr --source docker.io/library/nginx:latest --image nginx:v1 --subscription 00000000-0000-0000-0000-000000000002',
		);
	});

	test("refuses a resource ID it cannot read with Azure's original code", async () => {
		const missing = registryId('goneacr');
		const azure = fakeAzure({
			getRegistry: async (id) => {
				if (id === missing) throw new AzureError(`The Resource '${id}' was not found.`, 'ResourceNotFound', 404);
				return fakeRegistry();
			},
		});
		const context = setup({[q.registry]: '+by-id', [q.id]: [missing, registryId('myregistry')], [q.apply]: 'apply'}, {azure});
		await chooseRegistry.run(context);
		expect(context.prompter.refusals).toEqual([
			`Registry resource ID: ${missing} → No registry at ${missing}, or this account cannot read it. (ResourceNotFound)`,
		]);
	});

	test('keeps offering a registry picked by resource ID when the step is shown again', async () => {
		const other = fakeRegistry({name: 'contososharedacr', subscriptionId: '00000000-0000-0000-0000-000000000002', resourceGroup: 'rg-shared'});
		// The sample import is offered again with the step (it finds the image in place).
		const context = testContext({prompter: scriptedPrompter({[q.registry]: other.id, 'Apply this change?': 'apply'}), state: {subscription, registry: other}});
		context.azure.world.registries.push(other);
		await chooseRegistry.run(context);
		expect(context.store.getState().registry?.id).toBe(other.id);
		context.prompter.verify();
	});

	test('returns to the list when going back from the name question', async () => {
		const context = setup({[q.registry]: ['+create', registryId('myregistry')], [q.name]: new GoBack(), [q.apply]: 'apply'});
		await chooseRegistry.run(context);
		expect(context.store.getState().registry?.name).toBe('myregistry');
		context.prompter.verify();
	});

	test('answers every question from --registry-name, --resource-group, --location and --sku', async () => {
		const flags = {'--registry-name': 'flaggedregistry', '--resource-group': 'newgroup', '--location': 'westeurope', '--sku': 'standard'};
		const context = setup(
			{[q.applyTwo]: 'apply', [q.apply]: 'apply'},
			{flags: {registryName: 'flaggedregistry', resourceGroup: 'newgroup', location: 'westeurope', sku: 'standard'}},
		);
		const prompter = withFlagAnswers(context.prompter, flags, context.store);
		await chooseRegistry.run({...context, prompter});
		expect(
			context.store
				.getState()
				.journal.map((entry) => entry.command)
				.slice(0, 2),
		).toEqual(['az group create --name newgroup --location westeurope', 'az acr create --name flaggedregistry --resource-group newgroup --sku standard']);
		expect(context.prompter.messages()).toEqual([q.applyTwo, q.apply]);
	});

	test('echoes an existing registry and group taken from the flags', async () => {
		const context = setup({[q.apply]: 'apply'}, {flags: {registryName: 'MYREGISTRY'}});
		await chooseRegistry.run(context);
		expect(context.store.getState().notices).toEqual(['Which registry should the cluster pull from? myregistry (from --registry-name)']);
		const creating = setup(
			{[q.registry]: '+create', [q.name]: 'newregistry01', [q.sku]: 'basic', [q.apply]: ['apply', 'apply']},
			{flags: {resourceGroup: 'myresourcegroup'}},
		);
		await chooseRegistry.run(creating);
		expect(creating.store.getState().notices).toContain('Resource group for the new registry: myResourceGroup (from --resource-group)');
	});

	test('finds --registry-name in another subscription the account can see', async () => {
		const second = {id: '00000000-0000-0000-0000-000000000002', name: 'Shared', tenantId: fakeIds.tenantId};
		const other = fakeRegistry({name: 'contososharedacr', subscriptionId: second.id, resourceGroup: 'rg-shared'});
		const azure = fakeAzure();
		azure.world.registries.push(other);
		const context = testContext({
			prompter: scriptedPrompter({[q.apply]: 'apply'}),
			azure,
			flags: {registryName: 'contososharedacr'},
			state: {subscription, subscriptions: [subscription, second]},
		});
		await chooseRegistry.run(context);
		expect(context.store.getState().registry?.id).toBe(other.id);
		expect(azure.calls.createRegistry).toHaveLength(0);
	});

	test("puts the registry in --location when it differs from the existing group's", async () => {
		const context = setup(
			{[q.registry]: '+create', [q.name]: 'westregistry', [q.group]: 'myResourceGroup', [q.sku]: 'basic', [q.apply]: ['apply', 'back']},
			{flags: {location: 'westeurope'}},
		);
		await chooseRegistry.run(context);
		expect(context.store.getState().journal[0]?.command).toBe(
			'az acr create --name westregistry --resource-group myResourceGroup --sku basic --location westeurope',
		);
		expect(context.azure.calls.createRegistry[0]?.[0]).toMatchObject({location: 'westeurope'});
	});

	test('names the login server suffix of the cloud in use', async () => {
		const context = testContext({
			prompter: scriptedPrompter({[q.registry]: ['+create', new GoBack()], [q.name]: new GoBack()}),
			state: {subscription},
			cloud: clouds.AzureChinaCloud,
		});
		await expect(chooseRegistry.run(context)).rejects.toBeInstanceOf(GoBack);
		const asked = context.prompter.asked.find((question) => question.message === q.name);
		expect(asked?.spec.hint).toBe('5 to 50 lower-case letters and digits, unique across Azure; it becomes <name>.azurecr.cn.');
	});

	test('in the China cloud, with no cluster or group to follow, a new group defaults to a region that cloud has (no eastus there)', async () => {
		const azure = fakeAzure({}, {world: (world) => (world.clusters.splice(0), world.resourceGroups.splice(0))});
		const context = testContext({
			prompter: scriptedPrompter({
				[q.registry]: '+create',
				[q.name]: 'mycontainerregistry',
				[q.group]: '+create',
				[q.groupName]: 'rg-china',
				[q.location]: (question) => (question.kind === 'text' ? (question.spec.default ?? '') : ''),
				[q.sku]: 'basic',
				[q.applyTwo]: 'apply',
				[q.apply]: 'apply',
			}),
			azure,
			state: {subscription},
			cloud: clouds.AzureChinaCloud,
		});
		await chooseRegistry.run(context);
		expect(context.store.getState().journal[0]?.command).toBe('az group create --name rg-china --location chinanorth3');
	});

	test('stops with the flag named when --registry-name is not a valid name', async () => {
		const context = setup({}, {flags: {registryName: 'Bad-Name'}});
		const prompter = withFlagAnswers(context.prompter, {'--registry-name': 'Bad-Name'}, context.store);
		await expect(chooseRegistry.run({...context, prompter})).rejects.toThrow(
			'--registry-name Bad-Name: A registry name can hold only letters a-z and digits 0-9; remove "-", e.g. badname.',
		);
	});

	test('does not offer the sample image when --method detach is given', async () => {
		const context = setup({[q.registry]: registryId('myregistry')}, {flags: {method: 'detach'}});
		await chooseRegistry.run(context);
		expect(context.azure.calls.importImage).toHaveLength(0);
		context.prompter.verify();
	});

	test('fails plainly without a subscription', async () => {
		const context = testContext({prompter: scriptedPrompter({})});
		await expect(chooseRegistry.run(context)).rejects.toThrow('No subscription is chosen');
	});
});

describe('a failed import', () => {
	const unreachable = () => {
		throw new AzureError('Failed to reach docker.io.', 'InvalidParameters', 400);
	};

	test('can be retried, and then succeeds', async () => {
		let failures = 1;
		const azure = fakeAzure({importImage: async () => (failures-- > 0 ? unreachable() : {created: true})});
		const context = setup({[q.registry]: registryId('myregistry'), [q.apply]: 'apply', 'The import failed. What next?': 'retry'}, {azure});
		await chooseRegistry.run(context);
		expect(context.store.getState().journal.map((entry) => entry.outcome)).toEqual(['failed', 'done']);
		context.prompter.verify();
	});

	test('can be skipped, clearing the error and saying the sample needs the image', async () => {
		const azure = fakeAzure({importImage: async () => unreachable()});
		const context = setup({[q.registry]: registryId('myregistry'), [q.apply]: 'apply', 'The import failed. What next?': 'skip'}, {azure});
		await chooseRegistry.run(context);
		expect(context.store.getState().error).toBeUndefined();
		expect(context.store.getState().notices).toContain('Sample image import skipped; the sample deployment needs nginx:v1 in the registry.');
		expect(context.store.getState().registry?.name).toBe('myregistry');
	});
});

describe('the registry step under --yes, its reads started during the prerequisites', () => {
	test('the registries, the groups and the name are read while the subscription is checked, and the step takes each read once', async () => {
		let open: () => void = () => undefined;
		const gate = new Promise<void>((resolve) => (open = resolve));
		const azure = fakeAzure({
			// The permissions check waits until the test says so: the step's reads must be out before it.
			canWriteRoleAssignments: async () => (await gate, true),
		});
		const flags = {yes: true, registryName: 'newregistry01', resourceGroup: 'myResourceGroup', method: 'attach'} as const;
		const context = testContext({azure, flags, prompter: scriptedPrompter({'What next?': 'go-on', [q.sku]: 'basic', [q.apply]: ['apply', 'apply']})});
		const checks = checkPrerequisites.run(context);
		await expect.poll(() => azure.calls.checkRegistryName.length).toBe(1);
		expect(azure.calls.listRegistries.map((call) => call[0])).toContain(fakeIds.subscriptionId);
		expect(azure.calls.listResourceGroups).toEqual([[fakeIds.subscriptionId]]);
		expect(azure.calls.checkRegistryName).toEqual([[fakeIds.subscriptionId, 'newregistry01']]);
		open();
		await checks;
		const reads = () => [azure.calls.listRegistries.length, azure.calls.listResourceGroups.length, azure.calls.checkRegistryName.length];
		const before = reads();
		await chooseRegistry.run({...context, prompter: withFlagAnswers(context.prompter, flagAnswers(flags), context.store)});
		expect(reads()).toEqual(before);
		expect(context.store.getState().journal[0]?.command).toBe('az acr create --name newregistry01 --resource-group myResourceGroup --sku basic');
	});

	test('without --yes nothing is read ahead: the step reads when it begins', async () => {
		const azure = fakeAzure();
		const context = testContext({azure, flags: {registryName: 'newregistry02'}, prompter: scriptedPrompter({'What next?': 'go-on'})});
		await checkPrerequisites.run(context);
		expect([azure.calls.listRegistries, azure.calls.listResourceGroups, azure.calls.checkRegistryName]).toEqual([[], [], []]);
	});
});
