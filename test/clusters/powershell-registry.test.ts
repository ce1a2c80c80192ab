/**
 * The registry's own actions have Azure PowerShell forms too (New-AzResourceGroup, New-AzContainerRegistry), so the
 * plan in PowerShell style and run.ps1 no longer fall back to az for the first two commands of a run.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {newContainerRegistryCommand, newResourceGroupCommand} from '../../source/commands/powershell.js';
import {seedIds} from '../../source/sandbox/index.js';
import {createRegistry} from '../../source/steps/registry/create-registry.js';
import {summaryPowerShell} from '../../source/wizard/journal.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';

describe('Azure PowerShell forms of the registry commands', () => {
	test('exact text: a group, and a registry with its SKU and location (-Location is required by New-AzContainerRegistry)', () => {
		expect(newResourceGroupCommand({name: 'rg-demo', location: 'westeurope'})).toBe('New-AzResourceGroup -Name rg-demo -Location westeurope');
		expect(newContainerRegistryCommand({name: 'demoregistry01', resourceGroup: 'rg-demo', sku: 'Basic', location: 'westeurope'})).toBe(
			'New-AzContainerRegistry -ResourceGroupName rg-demo -Name demoregistry01 -Sku Basic -Location westeurope',
		);
		expect(newContainerRegistryCommand({name: 'r', resourceGroup: 'My Group', sku: 'premium', location: 'eastus'})).toBe(
			"New-AzContainerRegistry -ResourceGroupName 'My Group' -Name r -Sku Premium -Location eastus",
		);
	});

	describe('over the sandbox', () => {
		let flow: AttachFlow;
		beforeAll(async () => {
			flow = await startAttachFlow('owner');
		});
		afterAll(async () => flow.close());

		test('a new group and registry are journaled with both forms, and the PowerShell script uses them', async () => {
			const context = flow.context({
				'Registry name:': 'psregistry01',
				'Resource group for the new registry:': '+create',
				'New resource group name:': 'rg-ps',
				'Location of the new resource group:': 'westeurope',
				'Registry SKU (service tier):': 'basic',
				'Apply these 2 changes?': 'apply',
			});
			await createRegistry(context, seedIds.subscriptionId);
			const journal = context.store.getState().journal;
			expect(journal.map((entry) => [entry.command, entry.powershell])).toEqual([
				['az group create --name rg-ps --location westeurope', 'New-AzResourceGroup -Name rg-ps -Location westeurope'],
				[
					'az acr create --name psregistry01 --resource-group rg-ps --sku basic',
					'New-AzContainerRegistry -ResourceGroupName rg-ps -Name psregistry01 -Sku Basic -Location westeurope',
				],
			]);
			expect(summaryPowerShell(journal, 'AzureCloud')).toEqual([
				'New-AzResourceGroup -Name rg-ps -Location westeurope',
				'New-AzContainerRegistry -ResourceGroupName rg-ps -Name psregistry01 -Sku Basic -Location westeurope',
			]);
		});
	});
});
