import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {seedIds, startSandbox, type Sandbox} from '../../source/sandbox/index.js';
import {raw} from './helpers.js';

const run = promisify(execFile);
const kubectl = ['/usr/bin/kubectl', '/usr/local/bin/kubectl'].find((p) => existsSync(p));

describe.skipIf(kubectl === undefined)('the real kubectl with the kubeconfig startSandbox writes', () => {
	let sandbox: Sandbox;
	let dir = '';
	beforeAll(async () => {
		sandbox = await startSandbox({pace: 'fast'});
		dir = await mkdtemp(join(tmpdir(), 'sandbox-kubectl-'));
		await sandbox.writeKubeconfig(join(dir, 'config'));
	});
	afterAll(async () => {
		await sandbox.close();
		await rm(dir, {recursive: true, force: true});
	});

	it.each(['aks-sandbox', 'arc-edge-cluster', 'kind-local'])('trusts the CA and authenticates to the %s context', async (context) => {
		const {stdout} = await run(kubectl ?? 'kubectl', [
			'--kubeconfig',
			join(dir, 'config'),
			'--cache-dir',
			join(dir, 'cache'),
			'--context',
			context,
			'get',
			'namespaces',
			'-o',
			'name',
		]);
		expect(stdout).toContain('namespace/default');
	});

	it('uses the local cluster when no context is named', async () => {
		const {stdout} = await run(kubectl ?? 'kubectl', ['--kubeconfig', join(dir, 'config'), 'config', 'current-context']);
		expect(stdout.trim()).toBe('kind-local');
	});

	it('works with the user kubeconfig that listClusterUserCredential returns for the AKS cluster', async () => {
		const path = `/subscriptions/${sandbox.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}/listClusterUserCredential?api-version=2026-06-01`;
		const answer = await raw(sandbox, 'POST', path);
		const value = (answer.body as {kubeconfigs: {value: string}[]}).kubeconfigs[0]?.value ?? '';
		await writeFile(join(dir, 'aks-user'), Buffer.from(value, 'base64'), {mode: 0o600});
		const {stdout} = await run(kubectl ?? 'kubectl', [
			'--kubeconfig',
			join(dir, 'aks-user'),
			'--cache-dir',
			join(dir, 'cache'),
			'get',
			'namespaces',
			'-o',
			'name',
		]);
		expect(stdout).toContain('namespace/default');
	});
});
