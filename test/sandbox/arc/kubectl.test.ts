import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {seedIds} from '../../../source/sandbox/index.js';
import {clusterIP, connectionString, createConnectedRegistry, installExtension, registryPod, startArcWorld, waitFor, type ArcWorld} from './world.js';

const kubectlPath = '/usr/bin/kubectl';
const hasKubectl = existsSync(kubectlPath);
const run = promisify(execFile);

if (!hasKubectl) console.warn(`kubectl is not installed at ${kubectlPath}; skipping the connected-registry kubectl tests`);

describe.skipIf(!hasKubectl)('the connected registry as the real kubectl sees it on the Arc cluster', () => {
	let world: ArcWorld;
	let directory = '';
	const kubectl = async (...args: string[]) => {
		const result = await run(
			kubectlPath,
			['--kubeconfig', join(directory, 'kubeconfig'), '--context', seedIds.arcCluster, '--cache-dir', join(directory, 'cache'), ...args],
			{timeout: 15_000},
		);
		return result.stdout;
	};
	beforeEach(async () => {
		world = await startArcWorld();
		directory = await mkdtemp(join(tmpdir(), 'arc-kubectl-'));
		await world.sandbox.writeKubeconfig(join(directory, 'kubeconfig'));
		await createConnectedRegistry(world);
	});
	afterEach(async () => {
		await world.close();
		await rm(directory, {recursive: true, force: true});
	});

	it('lists the pod, the Service on the clusterIP and the Bound claim of a Succeeded extension', async () => {
		await installExtension(world, {'service.clusterIP': clusterIP}, await connectionString(world));
		expect(await kubectl('get', 'pod', '-n', 'connected-registry')).toMatch(
			/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\nconnected-registry-\S+\s+1\/1\s+Running\s+0\s+/,
		);
		expect(await kubectl('get', 'svc', '-n', 'connected-registry')).toMatch(
			new RegExp(`connected-registry\\s+ClusterIP\\s+${clusterIP.replaceAll('.', '\\.')}\\s+<none>\\s+443/TCP`),
		);
		expect(await kubectl('get', 'pvc', '-n', 'connected-registry', '-o', 'jsonpath={.items[0].status.phase}')).toBe('Bound');
		expect(await kubectl('get', 'storageclass')).toMatch(/standard \(default\)\s+rancher\.io\/local-path\s+Delete\s+Immediate\s+true/);
	});

	it('kubectl logs shows the UNAUTHORIZED line when the connection string carries a wrong password', async () => {
		const wrong = (await connectionString(world)).replace(/SyncTokenPassword=[^;]+/, 'SyncTokenPassword=wrong');
		const install = installExtension(world, {'service.clusterIP': clusterIP}, wrong).catch(() => undefined);
		const pod = await registryPod(world);
		const logs = await waitFor(async () => {
			const text = await kubectl('logs', '-n', 'connected-registry', pod).catch(() => '');
			return text.includes('"code":"UNAUTHORIZED","message":"Incorrect Password"') ? text : undefined;
		}, 'the UNAUTHORIZED line in kubectl logs');
		expect(logs).toContain(
			`Response: '{"errors":[{"code":"UNAUTHORIZED","message":"Incorrect Password","detail":"Please visit https://aka.ms/acr#UNAUTHORIZED for more information."}]}'`,
		);
		expect(logs).not.toContain('SyncTokenPassword');
		await install;
	});
});
