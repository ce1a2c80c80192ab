import type {KubeconfigExec} from '../kubeconfig.js';
import type {SandboxState} from '../state.js';
import {aksClientAppId, aksServerAppId} from '../azure/entra-id.js';

/**
 * The exec credential plugin an Entra-integrated AKS cluster's kubeconfig carries, as `az aks get-credentials` writes
 * it (kubelogin, device code); undefined for a cluster that takes its local-account token.
 */
export function kubeconfigExecFor(state: SandboxState, clusterName: string): KubeconfigExec | undefined {
	const cluster = [...state.managedClusters.values()].find((c) => c.name.toLowerCase() === clusterName.toLowerCase());
	if (cluster?.entraId === undefined) return undefined;
	return {
		apiVersion: 'client.authentication.k8s.io/v1beta1',
		command: 'kubelogin',
		args: ['get-token', '--environment', 'AzurePublicCloud', '--server-id', aksServerAppId, '--client-id', aksClientAppId, '--tenant-id', state.tenantId, '--login', 'devicecode'],
		env: null,
		installHint: '\nkubelogin is not installed which is required to connect to AAD enabled cluster.\n\nTo learn more, please go to https://aka.ms/aks/kubelogin\n',
		provideClusterInfo: false,
	};
}
