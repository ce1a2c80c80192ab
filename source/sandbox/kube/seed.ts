import type {ServerContext} from './context.js';
import {admitCreate} from './admission.js';
import {nthAddress, parseCidr} from './cidr.js';
import type {KubeObject} from './types.js';

/** Creates the `default` service account of every new namespace, as the service account controller does. */
export function startServiceAccountController(context: ServerContext): () => void {
	return context.store.subscribe((event) => {
		if (event.resource !== 'namespaces' || event.type !== 'ADDED') return;
		const namespace = event.object.metadata.name;
		queueMicrotask(() => {
			if (context.isClosed() || context.store.find('serviceaccounts', namespace, 'default')) return;
			context.store.create('serviceaccounts', {apiVersion: 'v1', kind: 'ServiceAccount', metadata: {name: 'default', namespace}});
		});
	});
}

/** The objects a fresh cluster has: namespaces with their service accounts, nodes, and the two system services. */
export function seedCluster(context: ServerContext): void {
	const {store, spec} = context;
	for (const name of ['default', 'kube-system', 'kube-public', 'kube-node-lease']) {
		store.create(
			'namespaces',
			admitCreate('namespaces', {apiVersion: 'v1', kind: 'Namespace', metadata: {name, labels: {'kubernetes.io/metadata.name': name}}}, context),
		);
		store.create('serviceaccounts', {apiVersion: 'v1', kind: 'ServiceAccount', metadata: {name: 'default', namespace: name}});
	}
	spec.nodeNames.forEach((name, index) => {
		const labels = {'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', ...spec.nodeLabels?.[name]};
		store.create('nodes', {
			apiVersion: 'v1',
			kind: 'Node',
			metadata: {name, labels},
			spec: {},
			status: {
				addresses: [
					{type: 'InternalIP', address: `10.224.0.${4 + index}`},
					{type: 'Hostname', address: name},
				],
				conditions: [{type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status'}],
				nodeInfo: {
					kubeletVersion: `v${spec.kubernetesVersion.replace(/^v/, '')}`,
					containerRuntimeVersion: 'containerd://1.7.27',
					operatingSystem: labels['kubernetes.io/os'],
					architecture: labels['kubernetes.io/arch'],
				},
			},
		});
	});
	for (const [name, provisioner, isDefault] of storageClasses(spec.kind)) {
		store.create('storageclasses', {
			apiVersion: 'storage.k8s.io/v1',
			kind: 'StorageClass',
			metadata: {name, ...(isDefault ? {annotations: {'storageclass.kubernetes.io/is-default-class': 'true'}} : {})},
			provisioner,
			reclaimPolicy: 'Delete',
			volumeBindingMode: 'Immediate',
			allowVolumeExpansion: true,
		});
	}
	const cidr = parseCidr(spec.serviceCidr);
	const service = (name: string, namespace: string, ip: string, port: number): KubeObject => ({
		apiVersion: 'v1',
		kind: 'Service',
		metadata: {name, namespace},
		spec: {clusterIP: ip, ports: [{name: name === 'kubernetes' ? 'https' : 'dns', port, protocol: name === 'kubernetes' ? 'TCP' : 'UDP'}]},
	});
	store.create('services', admitCreate('services', service('kubernetes', 'default', nthAddress(cidr, 1), 443), context));
	store.create('services', admitCreate('services', service('kube-dns', 'kube-system', nthAddress(cidr, 10), 53), context));
}

/** The storage classes a fresh cluster of each kind has: AKS's CSI classes, `standard` on kind and on the Arc cluster. */
function storageClasses(kind: 'aks' | 'arc' | 'local'): Array<[string, string, boolean]> {
	if (kind === 'aks') {
		return [
			['default', 'disk.csi.azure.com', true],
			['managed-csi', 'disk.csi.azure.com', false],
			['azurefile-csi', 'file.csi.azure.com', false],
		];
	}
	return [['standard', 'rancher.io/local-path', true]];
}
