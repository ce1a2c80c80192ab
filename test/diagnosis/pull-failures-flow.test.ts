/**
 * The in-flow diagnosis over pull failures the sandbox scenarios build: the real Kubernetes adapter watches the
 * seed's deployment in a broken world, and diagnose() says what a person would read.
 */
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createKubernetes} from '../../source/kubernetes/client-node.js';
import type {PodsSnapshot} from '../../source/kubernetes/kubernetes.js';
import {seedIds, startSandbox, type Sandbox} from '../../source/sandbox/index.js';
import {diagnose} from '../../source/diagnosis/classify.js';
import type {Diagnosis, DiagnosisFacts} from '../../source/diagnosis/facts.js';
import {nginxDeployment, sharedRegistry} from '../kubernetes/kube-sandbox.js';

const facts: DiagnosisFacts = {
	method: 'attach',
	pullHosts: [sharedRegistry.loginServer],
	loginServer: sharedRegistry.loginServer,
	registryName: seedIds.sharedRegistry,
	image: `${sharedRegistry.loginServer}/nginx:v1`,
	namespace: 'default',
	clusterName: seedIds.aksCluster,
	resourceGroup: seedIds.resourceGroup,
};

describe('the in-flow diagnosis of pull failures from the sandbox scenarios', () => {
	let sandbox: Sandbox | undefined;
	let directory = '';
	afterEach(async () => {
		await sandbox?.close();
		if (directory) await rm(directory, {recursive: true, force: true});
	});

	/** Applies the seed deployment on aks-sandbox in a scenario and returns the first diagnosis of its watch. */
	async function diagnosisIn(scenario: string): Promise<Diagnosis> {
		sandbox = await startSandbox({pace: 'fast', scenario});
		directory = await mkdtemp(join(tmpdir(), 'diagnose-'));
		const kubeconfigPath = join(directory, 'config');
		await sandbox.writeKubeconfig(kubeconfigPath);
		const cluster = createKubernetes({home: directory}).cluster({kind: 'file', path: kubeconfigPath}, seedIds.aksCluster);
		const workload = nginxDeployment('default');
		await cluster.applyWorkload(workload);
		let found: (diagnosis: Diagnosis) => void = () => undefined;
		const first = new Promise<Diagnosis>((resolve) => {
			found = resolve;
		});
		const stop = cluster.watchPods(
			'default',
			'app=nginx0',
			(snapshot: PodsSnapshot) => {
				const diagnosis = diagnose(snapshot, facts);
				if (diagnosis) found(diagnosis);
			},
			(error) => {
				throw error;
			},
		);
		try {
			return await first;
		} finally {
			(await stop)();
		}
	}

	it('probe-namespace-restricted: the refused pods are read as the Pod Security policy, with the fields it wants', async () => {
		const diagnosis = await diagnosisIn('probe-namespace-restricted');
		expect(diagnosis).toMatchObject({kind: 'pods-refused', code: 'FailedCreate'});
		expect(diagnosis.explanation).toContain('restricted');
	});

	it('registry-abac-acrpull-ignored: the 401 of a registry that ignores AcrPull is read as no permission to pull', async () => {
		expect(await diagnosisIn('registry-abac-acrpull-ignored')).toMatchObject({kind: 'no-pull-permission'});
	});
});
