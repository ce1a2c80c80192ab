import type {SandboxState} from '../state.js';

/** Turns a managed cluster into an Entra ID cluster with local accounts disabled (what `az aks update --enable-aad --disable-local-accounts` leaves). */
export function enableEntraId(state: SandboxState, clusterName: string): void {
	for (const [id, cluster] of state.managedClusters) {
		if (cluster.name.toLowerCase() === clusterName.toLowerCase()) state.managedClusters.set(id, {...cluster, entraId: {disableLocalAccounts: true}});
	}
}
