/**
 * Wiring of the ports: the real adapters for a cloud, a credential and a kubeconfig. The
 * sandbox differs only in these values (endpoints, credential, trusted CA, kubeconfig).
 * The Azure SDK and the Kubernetes client are loaded on first use, never at start.
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

/** The real adapters; `credential` undefined means the az CLI session, then the environment. */
export function createPorts(cloud: CloudProfile, credential?: AzureCredential): Ports {
	return {
		azure: lazyPort(async () => (await import('./azure/azure-sdk.js')).createAzure({cloud, credential})),
		kubernetes: lazyKubernetes(async () => (await import('./kubernetes/client-node.js')).createKubernetes()),
		exec: createExec(),
	};
}
