/** What the wizard says about the cloud it works in: the welcome line, the sign-in fix, a region of another cloud refused early. */
import {describe, expect, test} from 'vitest';
import {exportFiles} from '../../source/export/script.js';
import {explain} from '../../source/steps/shared/explain.js';
import {checkFlagValues} from '../../source/steps/flag-checks.js';
import {checkCredential} from '../../source/steps/prerequisites/azure-checks.js';
import {regionProblem} from '../../source/steps/shared/regions.js';
import {fakeAzure} from '../helpers/fake-azure.js';
import {renderApp} from '../helpers/render.js';

describe('the cloud in words', () => {
	test('the welcome screen of a sandbox playing the China cloud says so, with its login server suffix', async () => {
		const app = renderApp({
			state: {
				environment: {
					cloud: 'AzureSandbox',
					azureCloud: 'AzureChinaCloud',
					acrSuffix: '.azurecr.cn',
					armEndpoint: 'https://127.0.0.1:4443',
					sandbox: true,
					ready: true,
				},
			},
		});
		try {
			const frame = await app.waitFor('It plays AzureChinaCloud');
			expect(frame).toContain('registries are <name>.azurecr.cn');
		} finally {
			app.unmount();
		}
	});

	test('the welcome screen against the real US Government cloud names it and its endpoint', async () => {
		const app = renderApp({
			state: {
				environment: {
					cloud: 'AzureUSGovernment',
					azureCloud: 'AzureUSGovernment',
					acrSuffix: '.azurecr.us',
					armEndpoint: 'https://management.usgovcloudapi.net',
					sandbox: false,
				},
			},
		});
		try {
			await app.waitFor('Cloud: AzureUSGovernment (https://management.usgovcloudapi.net); registries are <name>.azurecr.us.');
		} finally {
			app.unmount();
		}
	});

	test('a plan in the China cloud says its az commands need az cloud set first, and its PowerShell ones Connect-AzAccount', async () => {
		const action = {
			id: 'grant',
			sentence: 'Grant AcrPull on cnreg to the kubelet identity of aks',
			command: 'az aks update --name aks --resource-group rg --attach-acr cnreg',
			powershell: 'Set-AzAksCluster -ResourceGroupName rg -Name aks -AcrNameToAttach cnreg',
			call: 'PUT …/roleAssignments/<new-guid>',
		};
		const app = renderApp({
			state: {
				view: 'plan',
				plan: {stepId: 'attach', title: 'Attach the registry to the cluster', actions: [action], notes: []},
				environment: {
					cloud: 'AzureChinaCloud',
					azureCloud: 'AzureChinaCloud',
					acrSuffix: '.azurecr.cn',
					armEndpoint: 'https://management.chinacloudapi.cn',
					sandbox: false,
				},
			},
		});
		try {
			await app.waitFor('These commands are for AzureChinaCloud: run az cloud set --name AzureChinaCloud first.');
			await app.press('c');
			await app.waitFor('These commands are for AzureChinaCloud: run Connect-AzAccount -Environment AzureChinaCloud first.');
		} finally {
			app.unmount();
		}
	});

	test('not signed in, in the China cloud: the fix switches az to that cloud before az login', async () => {
		const azure = fakeAzure({
			signedInIdentity: async () => {
				throw Object.assign(new Error('no credential'), {name: 'CredentialUnavailableError'});
			},
		});
		const {outcome} = await checkCredential(azure, explain, 'AzureChinaCloud');
		expect(outcome).toMatchObject({status: 'fail', fix: 'az cloud set --name AzureChinaCloud && az login'});
		expect((await checkCredential(azure, explain)).outcome).toMatchObject({fix: 'az login'});
	});

	test('--location eastus with --cloud AzureChinaCloud is refused before anything starts, with the cloud’s regions', () => {
		expect(checkFlagValues({cloud: 'AzureChinaCloud', location: 'eastus'})).toEqual({
			message: 'eastus is not a region of AzureChinaCloud; its regions are chinaeast, chinaeast2, chinaeast3, chinanorth, chinanorth2, chinanorth3.',
			suggestion: 'Pass another value, e.g. --location chinanorth3.',
		});
		expect(checkFlagValues({cloud: 'AzureUSGovernment', clusterLocation: 'westeurope'})?.suggestion).toBe(
			'Pass another value, e.g. --cluster-location usgovvirginia.',
		);
		expect(checkFlagValues({cloud: 'AzureChinaCloud', location: 'chinaeast2'})).toBeUndefined();
	});

	test('the public cloud takes any region name; a sovereign one only its own', () => {
		expect(regionProblem({azureCloud: 'AzureCloud'}, 'swedencentral')).toBeUndefined();
		expect(regionProblem({azureCloud: 'AzureUSGovernment'}, 'usgovtexas')).toBeUndefined();
		expect(regionProblem({azureCloud: 'AzureUSGovernment'}, 'eastus')).toContain('eastus is not a region of AzureUSGovernment');
	});
});

describe('the exported scripts in a sovereign cloud', () => {
	const action = {
		id: 'attach',
		sentence: 'Grant AcrPull on cnreg to the kubelet identity of aks',
		command: 'az aks update --name aks --resource-group rg --attach-acr cnreg',
		powershell: 'Set-AzAksCluster -ResourceGroupName rg -Name aks -AcrNameToAttach cnreg',
		call: 'PUT …/roleAssignments/1',
	};

	test('run.sh switches az to the China cloud and signs in before the first command; run.ps1 connects to it', () => {
		const [bash, powershell] = exportFiles({
			dryRun: true,
			planned: [{stepId: 'attach', title: 'Attach', actions: [action], notes: []}],
			journal: [],
			environment: {azureCloud: 'AzureChinaCloud'},
		});
		const shLines = bash?.content.split('\n') ?? [];
		expect(shLines.indexOf('az cloud set --name AzureChinaCloud')).toBeGreaterThan(shLines.indexOf('set -euo pipefail'));
		expect(shLines.indexOf('az login')).toBeLessThan(shLines.indexOf(action.command));
		expect(shLines.indexOf('az cloud set --name AzureChinaCloud')).toBeGreaterThan(-1);
		const psLines = powershell?.content.split('\n') ?? [];
		expect(psLines.indexOf('Connect-AzAccount -Environment AzureChinaCloud')).toBeGreaterThan(-1);
		expect(psLines.indexOf('Connect-AzAccount -Environment AzureChinaCloud')).toBeLessThan(psLines.indexOf(action.powershell));
	});

	test('in the public cloud the scripts stay as they were', () => {
		const [bash] = exportFiles({
			dryRun: true,
			planned: [{stepId: 'attach', title: 'Attach', actions: [action], notes: []}],
			journal: [],
			environment: {azureCloud: 'AzureCloud'},
		});
		expect(bash?.content).not.toContain('az cloud set');
	});
});
