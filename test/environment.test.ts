import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {realEnvironment} from '../source/environment.js';

describe('the real environment and the az CLI active cloud', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'az-config-'));
		await writeFile(join(dir, 'config'), '[cloud]\nname = AzureCloud\n');
	});
	afterAll(async () => rm(dir, {recursive: true, force: true}));

	test("a --cloud that differs from az's active cloud stops at the start, saying so with the az cloud set command, instead of mixing the two", async () => {
		await expect(realEnvironment({cloud: 'AzureChinaCloud'}, dir)).rejects.toMatchObject({
			code: 'CloudMismatch',
			message:
				"--cloud AzureChinaCloud differs from the az CLI's active cloud (AzureCloud), whose sign-in the wizard uses: its tokens are not valid in AzureChinaCloud.",
			suggestion: expect.stringContaining('az cloud set --name AzureChinaCloud && az login') as unknown,
		});
	});

	test("the same cloud, or no --cloud, takes az's active cloud", async () => {
		await expect(realEnvironment({cloud: 'AzureCloud'}, dir)).resolves.toMatchObject({cloud: {name: 'AzureCloud'}});
		await expect(realEnvironment({}, dir)).resolves.toMatchObject({cloud: {name: 'AzureCloud'}});
	});
});
