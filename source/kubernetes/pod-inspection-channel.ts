/**
 * The cluster whose pods the live pod screen shows, for its inspector's reads (describe, logs, YAML). A step that
 * watches pods shares its cluster here; the screen reads through `sharedPodInspection()`, which asks whichever
 * cluster is shared at the moment of the key press. Kept beside the port, not in the store: the store holds plain
 * data only, and a cluster is an object with methods (and, for AKS, credentials).
 */
import type {KubePodInspection} from './kubernetes.js';

let shared: KubePodInspection | undefined;

/** Shares the cluster being watched (undefined: none). */
export function sharePodInspection(cluster: KubePodInspection | undefined): void {
	shared = cluster;
}

const none = (): never => {
	throw new Error('no cluster is being watched');
};

/** Reads through the shared cluster; rejects while none is shared. */
export const sharedPodInspection: KubePodInspection = {
	describePod: async (namespace, name) => (shared ?? none()).describePod(namespace, name),
	containerLogs: async (namespace, name, request) => (shared ?? none()).containerLogs(namespace, name, request),
	podYaml: async (namespace, name) => (shared ?? none()).podYaml(namespace, name),
};
