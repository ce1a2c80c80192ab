import {existsSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {runInPty} from './pty.js';

const enter = '\r';
// `npm test` builds dist/ before the tests; a plain `vitest run` without a build skips these.
const built = existsSync('dist/cli.js');

describe.skipIf(!built)('the built CLI in a terminal, on the fast sandbox', () => {
	test('a newcomer goes from the welcome screen through registry and attach to 2/2 pods running', async () => {
		const run = await runInPty(
			['--demo', '--pace', 'fast'],
			[
				{matcher: 'Check prerequisites', input: [enter]},
				{matcher: /What next\?[\s\S]*Go on/, input: [enter]},
				{matcher: 'Create a new registry', input: [enter]},
				{matcher: 'Registry name:', input: ['e2eattach01', enter]},
				{matcher: 'Resource group for the new registry', input: [enter]},
				{matcher: 'SKU', input: [enter]},
				{matcher: 'Apply this change?', input: [enter]},
				{matcher: 'Import', input: [enter]},
				{matcher: 'How should the cluster', input: [enter]},
				{matcher: 'Which AKS cluster', input: [enter]},
				{matcher: 'az aks update --name aks-sandbox --resource-group rg-acr-sandbox --attach-acr e2eattach01', input: [enter]},
				{matcher: 'Apply this deployment?', input: [enter]},
				{matcher: /Both pods are running[\s\S]*Go on to the summary/, input: [enter]},
				{matcher: /What next\?[\s\S]*Finish/, input: [enter]},
			],
		);
		expect(run.exitCode).toBe(0);
		expect(run.output).toContain('$ kubectl apply --context aks-sandbox -f acr-nginx.yaml');
	}, 90_000);

	test('the pull-secret path with a repository-scoped token reaches a running pod, and the password is never drawn', async () => {
		const run = await runInPty(
			['--demo', '--pace', 'fast', '--method', 'pull-secret', '--credential', 'token', '--registry-name', 'e2esecret01'],
			[
				{matcher: 'Check prerequisites', input: [enter]},
				{matcher: /What next\?[\s\S]*Go on/, input: [enter]},
				{matcher: 'Resource group for the new registry', input: [enter]},
				{matcher: 'SKU', input: [enter]},
				{matcher: 'Apply this change?', input: [enter]},
				{matcher: 'Import', input: [enter]},
				{matcher: 'Which cluster (kubeconfig context)', input: [enter]},
				{matcher: 'Which namespace', input: [enter]},
				{matcher: 'Token name:', input: [enter]},
				{matcher: 'Repositories the token may use', input: [enter]},
				{matcher: 'What may the token do', input: [enter]},
				{matcher: 'Password expires after', input: [enter]},
				{matcher: 'Apply these 3 changes?', input: [enter]},
				{matcher: 'Pull secret name:', input: [enter]},
				{matcher: 'default service account', input: [enter]},
				{matcher: '--docker-password="$TOKEN_PASSWORD"', input: [enter]},
				{matcher: 'Apply this deployment?', input: [enter]},
				{matcher: /The pod is running[\s\S]*Go on to the summary/, input: [enter]},
				{matcher: /What next\?[\s\S]*Finish/, input: [enter]},
			],
		);
		expect(run.exitCode).toBe(0);
		expect(run.output).toContain('TOKEN_PASSWORD=$(az acr token credential generate --name acr-pull-token --registry e2esecret01 --password1');
		// The generated password would follow `password` in a leaked secret; only placeholders may appear.
		expect(run.output).not.toMatch(/--docker-password=(?!"\$TOKEN_PASSWORD")/);
	}, 90_000);
});
