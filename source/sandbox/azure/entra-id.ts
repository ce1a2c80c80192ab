/**
 * AKS clusters with Microsoft Entra ID sign-in (`aadProfile.managed`), as Azure serves them:
 * listClusterUserCredential answers a kubeconfig whose user is an `exec` of `kubelogin get-token`
 * (device code by default, what `az aks get-credentials` writes), and the API server accepts only
 * Entra tokens for the AKS server application; with local accounts disabled no static token works.
 */
import {stringify} from 'yaml';
import {verifyJwt} from '../jwt.js';

/** The AKS AAD server application (the same id in every tenant of the public cloud): `--server-id`. */
export const aksServerAppId = '6dae42f8-4368-4678-94ff-3960e28e3630';
/** The Azure Kubernetes Service AAD client (kubelogin's `--client-id` for device code). */
export const aksClientAppId = '80faf920-1908-4b52-b5ef-a8e7bedfc67a';

/** kubelogin's own install hint, as the kubeconfig AKS returns carries it. */
const installHint =
	'\nkubelogin is not installed which is required to connect to AAD enabled cluster.\n\nTo learn more, please go to https://aka.ms/aks/kubelogin\n';

/** What an Entra-ID kubeconfig names. */
export type EntraKubeconfigEntry = {
	readonly clusterName: string;
	readonly userName: string;
	readonly server: string;
	readonly tenantId: string;
	readonly caPem: string;
	/** kubelogin's name of the cloud (`AzurePublicCloud`, `AzureChinaCloud`, `AzureUSGovernmentCloud`). */
	readonly environment?: string;
};

/** The clusterUser kubeconfig of an Entra-ID cluster: an exec of `kubelogin get-token --login devicecode`. */
export function entraIdKubeconfig(e: EntraKubeconfigEntry): string {
	const args = [
		'get-token',
		'--environment',
		e.environment ?? 'AzurePublicCloud',
		'--server-id',
		aksServerAppId,
		'--client-id',
		aksClientAppId,
		'--tenant-id',
		e.tenantId,
		'--login',
		'devicecode',
	];
	return stringify({
		apiVersion: 'v1',
		kind: 'Config',
		preferences: {},
		clusters: [{name: e.clusterName, cluster: {server: e.server, 'certificate-authority-data': Buffer.from(e.caPem, 'utf8').toString('base64')}}],
		users: [
			{
				name: e.userName,
				user: {exec: {apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'kubelogin', args, env: null, installHint, provideClusterInfo: false}},
			},
		],
		contexts: [{name: e.clusterName, context: {cluster: e.clusterName, user: e.userName}}],
		'current-context': e.clusterName,
	});
}

/** Whether a token audience is the AKS server application (`6dae42f8-…`, `spn:6dae42f8-…`, with or without a trailing slash). */
export function isAksServerAudience(audience: string): boolean {
	return audience.replace(/^spn:/, '').replace(/\/+$/, '').toLowerCase() === aksServerAppId;
}

/**
 * The bearer check of an Entra-ID cluster's API server: a token signed by the sandbox's authority,
 * not expired, from the cluster's tenant, for the AKS server application (aud `6dae42f8-…` or
 * `spn:6dae42f8-…`); anything else gets the API server's plain 401.
 */
export function entraIdBearerCheck(secret: Buffer, now: () => Date, tenantId: string): (bearer: string) => boolean {
	return (bearer) => {
		const checked = verifyJwt(bearer, secret, Math.floor(now().getTime() / 1000));
		if (!checked.ok) return false;
		const aud = checked.claims.aud.replace(/^spn:/, '').replace(/\/+$/, '').toLowerCase();
		return aud === aksServerAppId && checked.claims.tid.toLowerCase() === tenantId.toLowerCase();
	};
}
