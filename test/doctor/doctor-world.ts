/**
 * Doctor over the sandbox with the REAL adapters: a scenario's broken world, a workload deployed into it, a
 * wait (bounded, on a condition) for the kubelet's verdict, doctor's report, and its fix plan run.
 */
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Azure} from '../../source/azure/azure.js';
import {examine, runDoctor, type DoctorDeps, type DoctorReport} from '../../source/flows/doctor.js';
import {createKubernetes} from '../../source/kubernetes/client-node.js';
import type {KubeCluster, Kubernetes, PodDetail, Workload} from '../../source/kubernetes/kubernetes.js';
import {seedIds, startSandbox, type Sandbox, type StartSandboxOptions} from '../../source/sandbox/index.js';
import {fixPlan} from '../../source/steps/doctor/fix-plan.js';
import type {DoctorRequest} from '../../source/steps/doctor/target.js';
import {doctorJson} from '../../source/output/doctor.js';
import {sandboxAzure, sandboxCloud} from '../azure/sandbox-azure.js';
import {doctorValidator} from './schema.js';

export const loginServer = `${seedIds.sharedRegistry}.azurecr.io`;
export const sharedRegistryId = `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${seedIds.sharedRegistry}`;

const pulling = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName']);

/** A deployment of one nginx-like pod labelled app=doctor-probe. */
export function probeDeployment(options: {image: string; namespace?: string; secrets?: readonly string[]}): Workload {
	return {
		kind: 'Deployment',
		namespace: options.namespace ?? 'default',
		name: 'doctor-probe',
		labels: {app: 'doctor-probe'},
		podLabels: {app: 'doctor-probe'},
		replicas: 1,
		image: options.image,
		containerName: 'app',
		imagePullSecrets: options.secrets ?? [],
	};
}

export type DoctorWorld = {
	readonly sandbox: Sandbox;
	readonly azure: Azure;
	readonly kubernetes: Kubernetes;
	readonly deps: DoctorDeps;
	cluster(context: string): KubeCluster;
	/** Applies the workload and waits until its pod fails to pull (or runs, with `until: 'running'`). */
	deploy(context: string, workload: Workload, until?: 'failing' | 'running'): Promise<PodDetail>;
	/** Waits until a pod of app=doctor-probe in `namespace` fails to pull. */
	failing(context: string, namespace?: string): Promise<PodDetail[]>;
	/** Waits until the pods of app=doctor-probe in `namespace` are all Running. */
	running(context: string, namespace?: string): Promise<PodDetail[]>;
	/** Runs doctor (with `overrides` of its dependencies: local tools, another kubeconfig); the report, checked against the schema. */
	doctor(request: DoctorRequest, overrides?: Partial<DoctorDeps>): Promise<DoctorReport>;
	/** Runs the fix plan of a report, action after action; the sentences of the actions run. */
	fix(report: DoctorReport, context: string): Promise<string[]>;
	/** Grants the AKS kubelet AcrPull on the shared registry, as az aks update --attach-acr does. */
	attach(): Promise<void>;
	close(): Promise<void>;
};

/** Polls `read` until `done` holds (every 50 ms, at most `timeoutMs`), failing with what was last seen. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let last: T | undefined;
	for (;;) {
		last = await read();
		if (done(last)) return last;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/** Starts the sandbox (fast pace) in `scenario` (playing `options.cloud`) and wires doctor's real adapters to it. */
export async function startDoctorWorld(scenario?: string, options: Pick<StartSandboxOptions, 'cloud'> = {}): Promise<DoctorWorld> {
	const sandbox = await startSandbox({...options, pace: 'fast', seed: 'owner', ...(scenario ? {scenario} : {})});
	const directory = await mkdtemp(join(tmpdir(), 'doctor-world-'));
	const path = join(directory, 'config');
	await sandbox.writeKubeconfig(path);
	const azure = sandboxAzure(sandbox);
	const kubernetes = createKubernetes({home: directory});
	const kubeconfig = {kind: 'file', path} as const;
	const deps: DoctorDeps = {
		azure,
		kubernetes,
		kubeconfig,
		acrSuffix: sandboxCloud(sandbox).acrSuffix,
		defaultSubscriptionId: sandbox.subscriptionId,
		now: () => new Date(),
	};
	const cluster = (context: string) => kubernetes.cluster(kubeconfig, context);
	const probePods = async (context: string, namespace = 'default') =>
		(await cluster(context).listPodDetails(namespace)).filter((pod) => pod.labels['app'] === 'doctor-probe' && !pod.status.startsWith('Terminating'));
	return {
		sandbox,
		azure,
		kubernetes,
		deps,
		cluster,
		async deploy(context, workload, wanted = 'failing') {
			await cluster(context).applyWorkload(workload);
			const pods = await until(
				async () => probePods(context, workload.namespace),
				(found) => found.some((pod) => (wanted === 'failing' ? pulling.has(pod.status) : pod.status === 'Running')),
				`the probe pod ${wanted}`,
			);
			return pods.find((pod) => (wanted === 'failing' ? pulling.has(pod.status) : pod.status === 'Running')) ?? (pods[0] as PodDetail);
		},
		failing: async (context, namespace = 'default') =>
			until(
				async () => probePods(context, namespace),
				(pods) => pods.some((pod) => pulling.has(pod.status)),
				'a probe pod failing to pull',
			),
		running: async (context, namespace = 'default') =>
			until(
				async () => probePods(context, namespace),
				(pods) => pods.length > 0 && pods.every((pod) => pod.status === 'Running'),
				'the probe pods Running',
			),
		async doctor(request, overrides = {}) {
			const outcome = await runDoctor({...deps, ...overrides}, request);
			if (outcome.kind === 'refused') throw new Error(`doctor refused: ${outcome.refusal.message}`);
			// Every report a test reads is also a valid --json document.
			const validate = await doctorValidator();
			if (!validate(JSON.parse(doctorJson(outcome.report)))) throw new Error(`the report does not match its schema: ${JSON.stringify(validate.errors)}`);
			return outcome.report;
		},
		async fix(report, context) {
			const pods = new Map(report.pods.map((pod) => [`${pod.namespace}/${pod.name}`, {namespace: pod.namespace, selector: 'app=doctor-probe'}]));
			const plan = fixPlan(report.findings, pods, {azure, cluster: cluster(context), context});
			for (const action of plan.actions) await action.run();
			return plan.actions.map((action) => action.sentence);
		},
		async attach() {
			const aks = await azure.getManagedCluster(
				`/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`,
			);
			const role = await azure.findRole(sharedRegistryId, 'AcrPull');
			if (!role || !aks.kubeletIdentity) throw new Error('the sandbox has no AcrPull role or kubelet identity');
			await azure.assignRole({
				scope: sharedRegistryId,
				roleDefinitionId: role.id,
				principalId: aks.kubeletIdentity.objectId,
				principalType: 'ServicePrincipal',
			});
		},
		async close() {
			await sandbox.close();
			await rm(directory, {recursive: true, force: true});
		},
	};
}

/** Re-examines the same target (after a fix). */
export async function reexamine(world: DoctorWorld, report: DoctorReport): Promise<DoctorReport> {
	return examine(world.deps, report.target);
}
