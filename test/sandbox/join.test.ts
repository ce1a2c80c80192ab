import {writeFile} from 'node:fs/promises';
import {PassThrough} from 'node:stream';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createAzure} from '../../source/azure/azure-sdk.js';
import {joinedSandboxEnvironment, type Environment} from '../../source/environment.js';
import {runSandboxCommand, type SandboxStop} from '../../source/sandbox/command.js';
import {seedIds} from '../../source/sandbox/index.js';

describe('--sandbox joins a running acr-wizard sandbox', () => {
	let stop: AbortController;
	let running: Promise<SandboxStop>;
	let files: {dir: string; env: string; armEndpoint: string};
	let joined: Environment | undefined;
	beforeEach(async () => {
		stop = new AbortController();
		let ready: typeof files | undefined;
		running = runSandboxCommand({output: new PassThrough(), signal: stop.signal, pace: 'fast', onReady: (f) => (ready = f)});
		await new Promise<void>((resolve) => {
			const check = () => (ready ? resolve() : setImmediate(check));
			check();
		});
		files = ready ?? {dir: '', env: '', armEndpoint: ''};
	});
	afterEach(async () => {
		await joined?.close();
		joined = undefined;
		stop.abort();
		await running;
	});

	it.each(['env file', 'URL'])('by its %s: the real adapter signs in through its managed-identity endpoint and sees its world', async (form) => {
		joined = await joinedSandboxEnvironment(form === 'URL' ? files.armEndpoint : files.env);
		expect(joined.sandbox).toBe(true);
		expect(joined.cloud.armEndpoint).toBe(files.armEndpoint);
		expect(joined.defaultSubscriptionId).toBe(seedIds.subscriptionId);
		const azure = createAzure({cloud: joined.cloud, credential: joined.credential, timing: {pollIntervalMs: 5, retryDelayMs: 5}});
		const registries = await azure.listRegistries(seedIds.sharedSubscriptionId);
		expect(registries.map((r) => r.name)).toContain(seedIds.sharedRegistry);
		expect(joined.kubeconfig.kind).toBe('file');
	});

	it('says what is wrong with a file that is not its env file, and with a URL elsewhere', async () => {
		const other = `${files.dir}/not-env`;
		await writeFile(other, 'export FOO=bar\n');
		await expect(joinedSandboxEnvironment(other)).rejects.toThrow(/is not an env file of acr-wizard sandbox .*ACR_WIZARD_SANDBOX/);
		await expect(joinedSandboxEnvironment(`${files.dir}/missing`)).rejects.toThrow(/cannot be read/);
		await expect(joinedSandboxEnvironment('https://example.com:8443')).rejects.toThrow(/not on this machine/);
	});
});
