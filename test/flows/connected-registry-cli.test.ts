/**
 * The connected-registry path through the built CLI without a terminal (`--demo --yes`, a flag for each question):
 * it reaches a Running hello-world pod, and nothing it prints, leaves behind or records holds the connection string
 * or any password the sandbox handed out (scanned against the sandbox's inventory of secret digests).
 */
import {describe, expect, test, vi} from 'vitest';
import {built, runCli} from '../reliability/harness.js';

vi.setConfig({testTimeout: 150_000});

const args = [
	'--demo',
	'--yes',
	'--pace',
	'fast',
	'--method',
	'connected-registry',
	'--registry-name',
	'edgecli01',
	'--cluster',
	'arc-edge-cluster',
	'--context',
	'arc-edge-cluster',
	'--repository',
	'hello-world',
	'--connected-registry-name',
	'myconnectedregistry',
	'--client-token',
	'mytoken',
];

describe.skipIf(!built)('acr-wizard --demo --yes --method connected-registry (built CLI, no terminal)', () => {
	test('reaches a Running hello-world pod from the clusterIP; no secret in its output, files or record', async () => {
		const run = await runCli(args, {timeoutMs: 120_000});
		expect(run.exitCode, run.output.slice(-2000)).toBe(0);
		expect(run.output).toMatch(/pod hello-world-deployment-\S+ 1\/1 Running/);
		expect(run.output).toContain('$ az acr connected-registry show --registry edgecli01 --name myconnectedregistry --output table\nNAME  ');
		expect(run.output).toMatch(/\nmyconnectedregistry +ReadOnly +Online +edgecli01 +edgecli01\.azurecr\.io +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d +\* \* \* \* \*\n/);
		expect(run.output).toMatch(
			/\$ kubectl get pod -n connected-registry --context arc-edge-cluster\nNAME +READY +STATUS\nconnected-registry-\S+ +1\/1 +Running\n/,
		);
		expect(run.output).toContain('--config-protected-file protected-settings-extension.json');
		expect(run.inventory?.secretDigests.length).toBeGreaterThan(0);
		expect(run.leaks).toEqual([]);
		expect([run.output, ...run.records].join('\n')).not.toContain('SyncTokenPassword=');
		expect(run.records.length).toBe(1);
	});

	test('--clean-up remove ends with nothing of the run left in the sandbox', async () => {
		const run = await runCli([...args, '--clean-up', 'remove'], {timeoutMs: 120_000});
		expect(run.exitCode, run.output.slice(-2000)).toBe(0);
		const registry = run.inventory?.registries.find((item) => item.name === 'edgecli01');
		expect(registry?.tokens).toEqual([]);
		expect(registry?.scopeMaps).toEqual([]);
		const arc = Object.entries(run.inventory?.clusters ?? {}).find(([name]) => name.includes('arc-edge-cluster'))?.[1];
		expect(arc?.namespaces).not.toContain('connected-registry');
		expect(arc?.secrets).not.toContain('default/regcred');
		expect(arc?.deployments.filter((name) => name.includes('hello-world'))).toEqual([]);
		expect(run.leaks).toEqual([]);
	});
});
