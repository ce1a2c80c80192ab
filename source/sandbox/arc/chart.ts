/**
 * The objects the connected-registry Helm chart (extension type `Microsoft.ContainerRegistry.ConnectedRegistry`)
 * puts into the cluster, in the order Helm creates them.
 */

/** One object of the release: its plural resource name and body. */
export type ReleaseObject = {readonly resource: string; readonly object: Record<string, unknown>};

/** What the chart is rendered from (the extension's settings, the connection string kept apart). */
export type ChartValues = {
	readonly release: string;
	readonly namespace: string;
	readonly version: string;
	readonly clusterIP: string;
	readonly storageClassName: string;
	readonly storageRequest: string;
	readonly connectionString: string;
	readonly certManagerInstall: boolean;
	readonly trustDistribution: boolean;
	readonly logLevel: string;
};

/** The chart versions the extension type publishes; any other `version` fails to download. */
export const chartVersions = ['0.9.0', '0.10.0', '0.11.0'] as const;
export const latestChartVersion = '0.11.0';

/** Names the chart gives its objects. */
export const chartNames = {
	deployment: 'connected-registry',
	service: 'connected-registry',
	claim: 'connected-registry-pvc',
	connectionSecret: 'connected-registry-connection-string',
	container: 'connected-registry',
	image: (version: string) => `mcr.microsoft.com/acr/connected-registry:${version}`,
	releaseSecret: (release: string) => `sh.helm.release.v1.${release}.v1`,
	certManagerNamespace: 'cert-manager',
} as const;

const labels = (release: string): Record<string, string> => ({
	app: 'connected-registry',
	'app.kubernetes.io/managed-by': 'Helm',
	'app.kubernetes.io/instance': release,
});

/** Helm's release record (a `helm.sh/release.v1` secret); its payload carries the chart, never the protected values. */
export function releaseSecret(values: ChartValues, status: 'pending-install' | 'deployed'): ReleaseObject {
	const payload = Buffer.from(
		JSON.stringify({
			name: values.release,
			namespace: values.namespace,
			chart: {metadata: {name: 'connected-registry', version: values.version}},
			info: {status},
			version: 1,
		}),
	).toString('base64');
	return {
		resource: 'secrets',
		object: {
			apiVersion: 'v1',
			kind: 'Secret',
			type: 'helm.sh/release.v1',
			metadata: {
				name: chartNames.releaseSecret(values.release),
				namespace: values.namespace,
				labels: {name: values.release, owner: 'helm', status, version: '1'},
			},
			data: {release: Buffer.from(payload).toString('base64')},
		},
	};
}

/** The chart's objects after the release record. */
export function chartObjects(values: ChartValues): ReleaseObject[] {
	const {namespace, release} = values;
	const objects: ReleaseObject[] = [
		{
			resource: 'secrets',
			object: {
				apiVersion: 'v1',
				kind: 'Secret',
				type: 'Opaque',
				metadata: {name: chartNames.connectionSecret, namespace, labels: labels(release)},
				stringData: {connectionString: values.connectionString},
			},
		},
		{
			resource: 'persistentvolumeclaims',
			object: {
				apiVersion: 'v1',
				kind: 'PersistentVolumeClaim',
				metadata: {name: chartNames.claim, namespace, labels: labels(release)},
				spec: {accessModes: ['ReadWriteOnce'], storageClassName: values.storageClassName, resources: {requests: {storage: values.storageRequest}}},
			},
		},
		{
			resource: 'services',
			object: {
				apiVersion: 'v1',
				kind: 'Service',
				metadata: {name: chartNames.service, namespace, labels: labels(release)},
				spec: {
					type: 'ClusterIP',
					clusterIP: values.clusterIP,
					selector: {app: 'connected-registry'},
					ports: [{name: 'https', port: 443, targetPort: 8080, protocol: 'TCP'}],
				},
			},
		},
		{
			resource: 'deployments',
			object: {
				apiVersion: 'apps/v1',
				kind: 'Deployment',
				metadata: {name: chartNames.deployment, namespace, labels: labels(release)},
				spec: {
					replicas: 1,
					selector: {matchLabels: {app: 'connected-registry'}},
					template: {
						metadata: {labels: {app: 'connected-registry'}},
						spec: {
							containers: [
								{
									name: chartNames.container,
									image: chartNames.image(values.version),
									ports: [{containerPort: 8080, name: 'https'}],
									env: [
										{name: 'ACR_REGISTRY_CONNECTION_STRING', valueFrom: {secretKeyRef: {name: chartNames.connectionSecret, key: 'connectionString'}}},
										{name: 'ACR_REGISTRY_LOG_LEVEL', value: values.logLevel},
										{name: 'ACR_REGISTRY_DATA_VOLUME', value: '/var/acr/data'},
										{name: 'ACR_REGISTRY_CERTIFICATE_VOLUME', value: '/var/acr/certs'},
									],
									readinessProbe: {httpGet: {path: '/v2/', port: 8080, scheme: 'HTTPS'}, periodSeconds: 10},
									volumeMounts: [{name: 'data', mountPath: '/var/acr/data'}],
								},
							],
							volumes: [{name: 'data', persistentVolumeClaim: {claimName: chartNames.claim}}],
						},
					},
				},
			},
		},
	];
	if (values.certManagerInstall) {
		objects.push(
			{
				resource: 'namespaces',
				object: {
					apiVersion: 'v1',
					kind: 'Namespace',
					metadata: {name: chartNames.certManagerNamespace, labels: {'kubernetes.io/metadata.name': chartNames.certManagerNamespace}},
				},
			},
			...['cert-manager', 'cert-manager-cainjector', 'cert-manager-webhook'].map((name) => ({
				resource: 'deployments',
				object: {
					apiVersion: 'apps/v1',
					kind: 'Deployment',
					metadata: {name, namespace: chartNames.certManagerNamespace, labels: {app: name, 'app.kubernetes.io/instance': release}},
					spec: {
						replicas: 1,
						selector: {matchLabels: {app: name}},
						template: {
							metadata: {labels: {app: name}},
							spec: {
								containers: [
									{
										name: name.replace(/^cert-manager-?/, '') || 'cert-manager-controller',
										image: `quay.io/jetstack/${name === 'cert-manager' ? 'cert-manager-controller' : name}:v1.14.5`,
									},
								],
							},
						},
					},
				},
			})),
		);
	}
	return objects;
}
