/** The Kubernetes port, with @kubernetes/client-node loaded on first use. */
import {lazyPort} from '../azure/lazy.js';
import type {KubeCluster, KubeconfigSource, Kubernetes} from './kubernetes.js';

/** Wraps `load` so that neither reading a kubeconfig nor reaching a cluster loads the client before it is needed. */
export function lazyKubernetes(load: () => Promise<Kubernetes>): Kubernetes {
	let loaded: Promise<Kubernetes> | undefined;
	const target = () => (loaded ??= load());
	return {
		readKubeconfig: async (source: KubeconfigSource) => (await target()).readKubeconfig(source),
		cluster: (source: KubeconfigSource, context?: string): KubeCluster => lazyPort(async () => (await target()).cluster(source, context)),
	};
}
