/**
 * The sandbox as a sovereign cloud: `acr-wizard sandbox --cloud AzureUSGovernment` serves azurecr.us names in its
 * cloud metadata and writes them into the files real clients read (env, cloud.json); a client joining it by its env
 * file works in that cloud, and a `--cloud` naming another is refused rather than mixed.
 */
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {joinedSandboxEnvironment} from '../../source/environment.js';
import {runSandboxCommand} from '../../source/sandbox/command.js';

/** Runs `acr-wizard sandbox --cloud <cloud>` until `inside` is done with its files, then stops it. */
async function withSandboxCommand(cloud: 'AzureUSGovernment' | 'AzureChinaCloud', inside: (files: {dir: string; env: string; text: string}) => Promise<void>) {
	const controller = new AbortController();
	let text = '';
	const output = {write: (chunk: string) => ((text += chunk), true)} as unknown as NodeJS.WritableStream;
	let ready: ((files: {dir: string; env: string}) => void) | undefined;
	const started = new Promise<{dir: string; env: string}>((resolve) => (ready = resolve));
	const running = runSandboxCommand({output, signal: controller.signal, pace: 'fast', cloud, onReady: (files) => ready?.(files)});
	try {
		const files = await Promise.race([started, running.then(() => Promise.reject(new Error(`the sandbox stopped early: ${text}`)))]);
		await inside({...files, text});
	} finally {
		controller.abort();
		await running;
	}
}

describe('acr-wizard sandbox --cloud', () => {
	test('AzureUSGovernment: the banner, the env file and cloud.json carry azurecr.us, and a client joining it works in that cloud', async () => {
		await withSandboxCommand('AzureUSGovernment', async ({dir, env, text}) => {
			expect(text).toContain('Plays:          AzureUSGovernment (login servers *.azurecr.us, region usgovvirginia)');
			expect(await readFile(env, 'utf8')).toContain("export ACR_WIZARD_SANDBOX_CLOUD='AzureUSGovernment'");
			const cloudJson = JSON.parse(await readFile(join(dir, 'cloud.json'), 'utf8')) as {suffixes: Record<string, string>};
			expect(cloudJson.suffixes).toEqual({acrLoginServerEndpoint: '.azurecr.us'});
			const joined = await joinedSandboxEnvironment(env);
			try {
				expect(joined.cloud).toMatchObject({name: 'AzureSandbox', azureCloud: 'AzureUSGovernment', acrSuffix: '.azurecr.us', defaultLocation: 'usgovvirginia'});
			} finally {
				await joined.close();
			}
		});
	});

	test('joining it with a --cloud of another cloud stops with both names and the command that starts the right one', async () => {
		await withSandboxCommand('AzureChinaCloud', async ({env}) => {
			await expect(joinedSandboxEnvironment(env, 'AzureUSGovernment')).rejects.toMatchObject({
				code: 'CloudMismatch',
				message: '--cloud AzureUSGovernment differs from the cloud this sandbox plays (AzureChinaCloud).',
				suggestion: expect.stringContaining('acr-wizard sandbox --cloud AzureUSGovernment') as unknown,
			});
			const same = await joinedSandboxEnvironment(env, 'AzureChinaCloud');
			await same.close();
			expect(same.cloud.acrSuffix).toBe('.azurecr.cn');
		});
	});
});
