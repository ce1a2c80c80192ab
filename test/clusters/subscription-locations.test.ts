/**
 * A location is checked against the subscription's own regions (ARM `GET /subscriptions/{id}/locations`, as
 * `az account list-locations`) before anything is made there, with the nearest names suggested. The sandbox lists
 * the played cloud's regions there and refuses any other, as ARM does; the real adapters over it.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {flagAnswers, type Flags} from '../../source/flags.js';
import {seedIds} from '../../source/sandbox/index.js';
import {askNewCluster} from '../../source/steps/attach/new-cluster.js';
import {createRegistry} from '../../source/steps/registry/create-registry.js';
import {nearestRegions} from '../../source/steps/shared/regions.js';
import {createAutoPrompter} from '../../source/wizard/auto-prompter.js';
import {withFlagAnswers} from '../../source/wizard/flag-answers.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';

describe("locations checked against the subscription's regions, over the sandbox", () => {
	let flow: AttachFlow;
	beforeAll(async () => {
		flow = await startAttachFlow('owner');
	});
	afterAll(async () => flow.close());

	/** A run answering from its flags only, as `--yes` does. */
	const auto = (flags: Flags) => {
		const probe = flow.context({}, {flags});
		return {...probe, prompter: withFlagAnswers(createAutoPrompter(probe.store), flagAnswers(flags), probe.store)};
	};
	const groupExists = async (name: string) => (await flow.azure.listResourceGroups(seedIds.subscriptionId)).some((group) => group.name === name);

	test('the subscription lists its physical regions (logical ones such as europe left out), and ARM refuses a group elsewhere', async () => {
		const names = (await flow.azure.listLocations(seedIds.subscriptionId)).map((item) => item.name);
		expect(names).toEqual(expect.arrayContaining(['eastus', 'westeurope', 'swedencentral']));
		expect(names).not.toContain('europe');
		await expect(flow.azure.createResourceGroup(seedIds.subscriptionId, 'rg-typo-direct', 'westeurop')).rejects.toMatchObject({
			code: 'LocationNotAvailableForResourceGroup',
		});
	});

	test('--location westeurop for a new group stops before anything is made, suggesting westeurope', async () => {
		const context = auto({yes: true, registryName: 'typoregistry01', resourceGroup: 'rg-typo', location: 'westeurop', sku: 'Basic'});
		await expect(createRegistry(context, seedIds.subscriptionId)).rejects.toThrow(
			'--location westeurop: westeurop is not a region this subscription can use. Did you mean westeurope?',
		);
		expect(await groupExists('rg-typo')).toBe(false);
		expect(context.store.getState().journal).toEqual([]);
	});

	test('--location with an existing group is checked too, before the registry is planned', async () => {
		const context = auto({yes: true, registryName: 'typoregistry02', resourceGroup: seedIds.resourceGroup, location: 'eastus3', sku: 'Basic'});
		await expect(createRegistry(context, seedIds.subscriptionId)).rejects.toThrow(
			'--location eastus3: eastus3 is not a region this subscription can use. Did you mean eastus, eastus2?',
		);
		expect(context.store.getState().journal).toEqual([]);
	});

	test('the location question refuses a name the subscription lacks, with the nearest, and takes the corrected one', async () => {
		const context = flow.context({
			'Registry name:': 'typoregistry03',
			'Resource group for the new registry:': '+create',
			'New resource group name:': 'rg-typo-asked',
			'Location of the new resource group:': ['swedencentrl', 'swedencentral'],
			'Registry SKU (service tier):': 'basic',
			'Apply these 2 changes?': 'apply',
		});
		const registry = await createRegistry(context, seedIds.subscriptionId);
		expect(context.scripted.refusals).toEqual([
			'Location of the new resource group: swedencentrl → swedencentrl is not a region this subscription can use. Did you mean swedencentral?',
		]);
		expect(registry?.location).toBe('swedencentral');
	});

	test("the new cluster's location question is checked against the cluster's subscription", async () => {
		const registry = await flow.azure.getRegistry(
			`/subscriptions/${seedIds.subscriptionId}/resourceGroups/rg-typo-asked/providers/Microsoft.ContainerRegistry/registries/typoregistry03`,
		);
		const context = auto({yes: true, createCluster: 'aks-typo', clusterResourceGroup: seedIds.resourceGroup, clusterLocation: 'northeurop'});
		await expect(askNewCluster(context, seedIds.subscriptionId, registry, [])).rejects.toThrow(
			'--cluster-location northeurop: northeurop is not a region this subscription can use. Did you mean northeurope?',
		);
	});

	test('the nearest names: a prefix first, then by edit distance, none when nothing is close', () => {
		const names = ['eastus', 'eastus2', 'westus', 'westeurope', 'northeurope'];
		expect(nearestRegions('east', names)).toEqual(['eastus', 'eastus2']);
		expect(nearestRegions('wesus', names)).toEqual(['westus']);
		expect(nearestRegions('marsnorth', names)).toEqual([]);
	});
});
