import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {activeCloudFromAzConfig} from '../../source/azure/clouds.js';
import {azConfigDir, readAzActiveCloud, readAzDefaultSubscription} from '../../source/probes/az-profile.js';

let dir: string;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'acr-wizard-az-'));
});

afterEach(async () => {
	await rm(dir, {recursive: true, force: true});
});

describe('az active cloud', () => {
	test('reads the cloud name from the [cloud] section of the config file', async () => {
		await writeFile(join(dir, 'config'), '[core]\nname = ignored\n\n[cloud]\nname = AzureChinaCloud\n');
		expect(await readAzActiveCloud(dir, {})).toBe('AzureChinaCloud');
	});

	test('no az folder contents read as none; a registered cloud reads by its own name', async () => {
		expect(await readAzActiveCloud(dir, {})).toBeUndefined();
		await writeFile(join(dir, 'config'), '[cloud]\nname = MyPrivateCloud\n');
		expect(await readAzActiveCloud(dir, {})).toBe('MyPrivateCloud');
	});

	test('ignores a name outside the cloud section and handles Windows line ends', () => {
		expect(activeCloudFromAzConfig('[defaults]\nname = AzureUSGovernment\n')).toBeUndefined();
		expect(activeCloudFromAzConfig('[cloud]\r\nname = AzureUSGovernment\r\n')).toBe('AzureUSGovernment');
	});
});

describe('az default subscription', () => {
	test('reads isDefault from azureProfile.json, byte order mark included', async () => {
		const profile = {
			installationId: 'x',
			subscriptions: [
				{id: 'sub-a', isDefault: false},
				{id: 'sub-b', isDefault: true},
			],
		};
		await writeFile(join(dir, 'azureProfile.json'), `\uFEFF${JSON.stringify(profile)}`);
		expect(await readAzDefaultSubscription(dir)).toBe('sub-b');
	});

	test('a missing or broken profile reads as none', async () => {
		expect(await readAzDefaultSubscription(dir)).toBeUndefined();
		await writeFile(join(dir, 'azureProfile.json'), '{broken');
		expect(await readAzDefaultSubscription(dir)).toBeUndefined();
	});

	test('AZURE_CONFIG_DIR moves the folder', () => {
		expect(azConfigDir({AZURE_CONFIG_DIR: dir})).toBe(dir);
		expect(azConfigDir({HOME: '/home/alice'})).toMatch(/\.azure$/);
	});
});
