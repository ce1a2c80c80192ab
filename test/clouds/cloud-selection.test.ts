import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {ContainerRegistryManagementClient, AzureClouds} from '@azure/arm-containerregistry';
import {createHttpHeaders, type PipelineRequest} from '@azure/core-rest-pipeline';
import {AzureAuthorityHosts} from '@azure/identity';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {clouds, isCloudName, type CloudName} from '../../source/azure/clouds.js';
import {azCloudCommands, azSignInCommand, powerShellCloudCommands} from '../../source/commands/cloud.js';
import {chooseCloud, realEnvironment} from '../../source/environment.js';
import {readAzActiveCloud} from '../../source/probes/az-profile.js';
import {summaryPowerShell, summaryScript} from '../../source/wizard/journal.js';
import type {JournalEntry} from '../../source/wizard/types.js';

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'acr-wizard-clouds-'));
});
afterEach(async () => rm(dir, {recursive: true, force: true}));

describe("az's active cloud", () => {
	test('AZURE_CLOUD_NAME wins over the config file, as az reads it', async () => {
		await writeFile(join(dir, 'config'), '[cloud]\nname = AzureCloud\n');
		expect(await readAzActiveCloud(dir, {AZURE_CLOUD_NAME: 'AzureUSGovernment'})).toBe('AzureUSGovernment');
	});

	test('a config file without a [cloud] section, or only a sign-in profile, means az is in its default AzureCloud', async () => {
		await writeFile(join(dir, 'config'), '[core]\noutput = table\n');
		expect(await readAzActiveCloud(dir, {})).toBe('AzureCloud');
		await rm(join(dir, 'config'));
		await writeFile(join(dir, 'azureProfile.json'), '{"subscriptions": []}');
		expect(await readAzActiveCloud(dir, {})).toBe('AzureCloud');
	});

	test('az set to the China cloud is followed when no --cloud is given', async () => {
		await writeFile(join(dir, 'config'), '[cloud]\nname = AzureChinaCloud\n');
		const environment = await realEnvironment({}, dir);
		expect(environment.cloud).toMatchObject({name: 'AzureChinaCloud', acrSuffix: '.azurecr.cn', armEndpoint: 'https://management.chinacloudapi.cn'});
	});

	test('a --cloud equal to az’s active one is taken', async () => {
		await writeFile(join(dir, 'config'), '[cloud]\nname = AzureUSGovernment\n');
		await expect(realEnvironment({cloud: 'AzureUSGovernment'}, dir)).resolves.toMatchObject({cloud: {name: 'AzureUSGovernment', acrSuffix: '.azurecr.us'}});
	});
});

describe('choosing the cloud from --cloud and az', () => {
	test('nothing known means the public cloud', () => {
		expect(chooseCloud(undefined, undefined)).toBe('AzureCloud');
	});

	test('--cloud alone (az never set up here) is taken as asked', () => {
		expect(chooseCloud('AzureChinaCloud', undefined)).toBe('AzureChinaCloud');
	});

	test('a --cloud other than az’s active cloud stops with both names and the az cloud set that fixes it', () => {
		expect(() => chooseCloud('AzureUSGovernment', 'AzureChinaCloud')).toThrow(
			expect.objectContaining({
				code: 'CloudMismatch',
				message: expect.stringContaining("--cloud AzureUSGovernment differs from the az CLI's active cloud (AzureChinaCloud)") as unknown,
				suggestion: expect.stringContaining('az cloud set --name AzureUSGovernment && az login') as unknown,
			}),
		);
	});

	test('an active cloud the wizard does not know (one registered with az cloud register) stops, naming it and the way back', () => {
		expect(() => chooseCloud(undefined, 'AzureSandbox')).toThrow(
			expect.objectContaining({
				code: 'UnknownCloud',
				message: expect.stringContaining("The az CLI's active cloud is AzureSandbox") as unknown,
				suggestion: expect.stringContaining('az cloud set --name AzureCloud && az login') as unknown,
			}),
		);
	});
});

describe('the commands that put az and PowerShell in a cloud', () => {
	test('a sovereign cloud gets az cloud set and az login, Connect-AzAccount -Environment; the public cloud nothing', () => {
		expect(azCloudCommands('AzureChinaCloud')).toEqual(['az cloud set --name AzureChinaCloud', 'az login']);
		expect(powerShellCloudCommands('AzureUSGovernment')).toEqual(['Connect-AzAccount -Environment AzureUSGovernment']);
		expect(azCloudCommands('AzureCloud')).toEqual([]);
		expect(powerShellCloudCommands(undefined)).toEqual([]);
		expect(azSignInCommand('AzureChinaCloud')).toBe('az cloud set --name AzureChinaCloud && az login');
		expect(azSignInCommand('AzureCloud')).toBe('az login');
	});

	test('the summary script in the China cloud starts in that cloud, in az and in PowerShell', () => {
		const entry: JournalEntry = {
			stepId: 'attach',
			id: 'grant',
			sentence: 'Grant AcrPull',
			command: 'az aks update --name aks --resource-group rg --attach-acr cnreg',
			call: 'PUT …/roleAssignments/{id}',
			powershell: 'Set-AzAksCluster -ResourceGroupName rg -Name aks -AcrNameToAttach cnreg',
			outcome: 'done',
			at: '2026-12-02T02:00:00.000Z',
		};
		expect(summaryScript([entry], 'AzureChinaCloud')).toEqual(['az cloud set --name AzureChinaCloud', 'az login', entry.command]);
		expect(summaryPowerShell([entry], 'AzureChinaCloud')).toEqual(['Connect-AzAccount -Environment AzureChinaCloud', entry.powershell]);
		expect(summaryScript([entry], 'AzureCloud')).toEqual([entry.command]);
		expect(summaryScript([], 'AzureChinaCloud')).toEqual([]);
	});
});

describe("the clouds' endpoints agree with the Azure SDK for JS", () => {
	const names = Object.keys(clouds).filter(isCloudName);

	test.each(names)('%s: the sign-in authority is @azure/identity’s AzureAuthorityHosts entry', (name: CloudName) => {
		const cloud = clouds[name];
		expect(cloud.authorityHost).toBe(AzureAuthorityHosts[cloud.sdk.authorityHost]);
	});

	test.each(names)('%s: the ARM endpoint is where an SDK client set to that cloud sends its requests', async (name: CloudName) => {
		const cloud = clouds[name];
		const seen: string[] = [];
		const client = new ContainerRegistryManagementClient({getToken: async () => ({token: 'test', expiresOnTimestamp: Date.now() + 60_000})}, 'sub', {
			cloudSetting: AzureClouds[cloud.sdk.armCloud],
			additionalPolicies: [
				{
					position: 'perCall',
					policy: {
						name: 'capture',
						sendRequest: async (request: PipelineRequest) => {
							seen.push(request.url);
							return {status: 200, headers: createHttpHeaders({'content-type': 'application/json'}), request, bodyAsText: '{"value": []}'};
						},
					},
				},
			],
		});
		for await (const registry of client.registries.list()) expect(registry).toBeUndefined();
		expect(seen).toHaveLength(1);
		expect(new URL(seen[0] ?? '').origin).toBe(cloud.armEndpoint);
		expect(cloud.armScope).toBe(`${cloud.armEndpoint}/.default`);
	});
});
