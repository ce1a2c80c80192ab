import {stringify} from 'yaml';

/** One context to put in a kubeconfig: the cluster's API URL, the CA it presents, and the bearer token it accepts. */
export type KubeconfigEntry = {
	readonly contextName: string;
	readonly clusterName: string;
	readonly userName: string;
	readonly server: string;
	readonly token: string;
};

/** Builds a kubeconfig YAML with `certificate-authority-data` and bearer tokens, as an AKS kubeconfig has. */
export function buildKubeconfig(entries: readonly KubeconfigEntry[], caPem: string, currentContext: string): string {
	const caData = Buffer.from(caPem, 'utf8').toString('base64');
	return stringify({
		apiVersion: 'v1',
		kind: 'Config',
		preferences: {},
		clusters: entries.map((e) => ({name: e.clusterName, cluster: {server: e.server, 'certificate-authority-data': caData}})),
		users: entries.map((e) => ({name: e.userName, user: {token: e.token}})),
		contexts: entries.map((e) => ({name: e.contextName, context: {cluster: e.clusterName, user: e.userName, namespace: 'default'}})),
		'current-context': currentContext,
	});
}
