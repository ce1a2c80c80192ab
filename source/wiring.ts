/**
 * Wiring of the ports: the real adapters for a cloud, a credential and a kubeconfig. The
 * sandbox differs only in these values (endpoints, credential, trusted CA, kubeconfig).
 * The Azure SDK and the Kubernetes client are loaded on first use, never before the first frame.
 */
import type {Azure} from './azure/azure.js';
import type {CloudProfile} from './azure/clouds.js';
import type {AzureCredential} from './azure/credential.js';
import {lazyPort} from './azure/lazy.js';
import type {Kubernetes} from './kubernetes/kubernetes.js';
import {lazyKubernetes} from './kubernetes/lazy.js';
import {createExec} from './probes/exec.js';
import type {Exec} from './probes/tool.js';

export type Ports = {readonly azure: Azure; readonly kubernetes: Kubernetes; readonly exec: Exec};

/** Calls `load` once; later calls share its promise. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let loaded: Promise<T> | undefined;
	return () => (loaded ??= load());
}

/**
 * The real adapters; `credential` undefined means the az CLI session, then the environment.
 * `warmUp` loads both adapters ahead of their first use (each is a bundle of its own, a tenth of
 * a second or more to load on a busy machine), to be called once the first frame is on screen, one after the other.
 */
export function createPorts(
	cloud: CloudProfile,
	credential?: AzureCredential,
	timing?: {readonly pollIntervalMs?: number; readonly retryDelayMs?: number; readonly callTimeoutMs?: number},
): {ports: Ports; warmUp: () => Promise<void>} {
	const loadAzure = once(async () => (await import('./azure/azure-sdk.js')).createAzure({cloud, credential, timing}));
	const kubeTiming = {
		...(timing?.callTimeoutMs === undefined ? {} : {callTimeoutMs: timing.callTimeoutMs}),
		...(timing?.retryDelayMs === undefined ? {} : {retryDelayMs: timing.retryDelayMs}),
	};
	const loadKubernetes = once(async () => (await import('./kubernetes/client-node.js')).createKubernetes(undefined, kubeTiming));
	return {
		ports: {azure: lazyPort(loadAzure), kubernetes: lazyKubernetes(loadKubernetes), exec: createExec()},
		// The Azure SDK first: the checks need it first, and the two loads share one thread.
		warmUp: async () => {
			await loadAzure();
			await loadKubernetes();
		},
	};
}
