import {humanDuration} from './age.js';
import type {ResourceType} from './resources.js';
import {isObject, type JsonObject, type KubeObject} from './types.js';

type Column = {name: string; type: string; format: string; description: string; priority: number};
type CellFunction = (object: KubeObject, now: Date) => unknown;

const column = (name: string, description: string, priority = 0, type = 'string', format = ''): Column => ({name, type, format, description, priority});
const nameColumn = column(
	'Name',
	'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names',
	0,
	'string',
	'name',
);
const ageColumn = column(
	'Age',
	'CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.',
);

const name: CellFunction = (object) => object.metadata.name;
const age: CellFunction = (object, now) => humanDuration(now.getTime() - Date.parse(object.metadata.creationTimestamp ?? now.toISOString()));
const record = (value: unknown): JsonObject => (isObject(value) ? value : {});
const text = (value: unknown, fallback: string): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : fallback);
const list = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isObject) : []);

const since = (value: unknown, now: Date): string => (typeof value === 'string' ? humanDuration(now.getTime() - Date.parse(value)) : '<unknown>');

function lastSeen(event: KubeObject, now: Date): string {
	const last = since(event.lastTimestamp, now);
	const count = Number(event.count ?? 1);
	return count > 1 ? `${last} (x${count} over ${since(event.firstTimestamp, now)})` : last;
}

/** The STATUS column as kubectl's pod printer computes it. */
export function podStatus(pod: KubeObject): string {
	const status = record(pod.status);
	let reason = typeof status.reason === 'string' ? status.reason : text(status.phase, 'Pending');
	for (const container of list(status.containerStatuses)) {
		const state = record(container.state);
		const waiting = record(state.waiting);
		const terminated = record(state.terminated);
		if (typeof waiting.reason === 'string' && waiting.reason !== '') reason = waiting.reason;
		else if (typeof terminated.reason === 'string' && terminated.reason !== '') reason = terminated.reason;
	}
	if (pod.metadata.deletionTimestamp) reason = 'Terminating';
	return reason;
}

function podReady(pod: KubeObject): string {
	const statuses = list(record(pod.status).containerStatuses);
	const total = list(record(pod.spec).containers).length;
	return `${statuses.filter((status) => status.ready === true).length}/${total}`;
}

const podRestarts: CellFunction = (pod) => list(record(pod.status).containerStatuses).reduce((sum, status) => sum + Number(status.restartCount ?? 0), 0);
const deploymentStatus = (object: KubeObject, field: string): number => Number(record(object.status)[field] ?? 0);
const templateContainers = (object: KubeObject): JsonObject[] => list(record(record(record(object.spec).template).spec).containers);

const layouts: Record<string, Array<[Column, CellFunction]>> = {
	pods: [
		[nameColumn, name],
		[column('Ready', 'The aggregate readiness state of this pod for accepting traffic.'), podReady],
		[column('Status', 'The aggregate status of the containers in this pod.'), podStatus],
		[
			column('Restarts', 'The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.'),
			podRestarts,
		],
		[ageColumn, age],
		[
			column('IP', 'IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.', 1),
			(pod) => record(pod.status).podIP ?? '<none>',
		],
		[column('Node', 'NodeName is a request to schedule this pod onto a specific node.', 1), (pod) => record(pod.spec).nodeName ?? '<none>'],
	],
	deployments: [
		[nameColumn, name],
		[
			column('Ready', 'Number of the pod with ready state'),
			(object) => `${deploymentStatus(object, 'readyReplicas')}/${Number(record(object.spec).replicas ?? 0)}`,
		],
		[
			column('Up-to-date', 'Total number of non-terminated pods targeted by this deployment that have the desired template spec.', 0, 'integer'),
			(object) => deploymentStatus(object, 'updatedReplicas'),
		],
		[
			column('Available', 'Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.', 0, 'integer'),
			(object) => deploymentStatus(object, 'availableReplicas'),
		],
		[ageColumn, age],
		[
			column('Containers', 'Names of each container in the template.', 1),
			(object) =>
				templateContainers(object)
					.map((container) => text(container.name, ''))
					.join(','),
		],
		[
			column('Images', 'Images referenced by each container in the template.', 1),
			(object) =>
				templateContainers(object)
					.map((container) => text(container.image, ''))
					.join(','),
		],
		[
			column('Selector', 'Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.', 1),
			(object) =>
				Object.entries(record(record(record(object.spec).selector).matchLabels))
					.map(([key, value]) => `${key}=${text(value, '')}`)
					.join(','),
		],
	],
	secrets: [
		[nameColumn, name],
		[column('Type', 'The type of the secret'), (object) => object.type ?? 'Opaque'],
		[column('Data', 'The number of entries in the data of the secret', 0, 'string'), (object) => Object.keys(record(object.data)).length],
		[ageColumn, age],
	],
	namespaces: [
		[nameColumn, name],
		[column('Status', 'The status of the namespace'), (object) => record(object.status).phase ?? 'Active'],
		[ageColumn, age],
	],
	services: [
		[nameColumn, name],
		[column('Type', 'The type of the service'), (object) => record(object.spec).type ?? 'ClusterIP'],
		[column('Cluster-IP', 'The cluster IP of the service'), (object) => record(object.spec).clusterIP ?? '<none>'],
		[column('External-IP', 'The external IP of the service'), () => '<none>'],
		[
			column('Port(s)', 'The ports of the service'),
			(object) =>
				list(record(object.spec).ports)
					.map((port) => `${text(port.port, '')}/${text(port.protocol, 'TCP')}`)
					.join(',') || '<none>',
		],
		[ageColumn, age],
	],
	events: [
		[column('Last Seen', 'The time at which the most recent occurrence of this event was recorded.'), lastSeen],
		[column('Type', 'Type of this event (Normal, Warning), new types could be added in the future.'), (event) => text(event.type, '')],
		[
			column('Reason', "This should be a short, machine understandable string that gives the reason for the transition into the object's current status."),
			(event) => text(event.reason, ''),
		],
		[
			column('Object', 'The object that this event is about.'),
			(event) => `${text(record(event.involvedObject).kind, '').toLowerCase()}/${text(record(event.involvedObject).name, '')}`,
		],
		[column('Subobject', 'The field of the object the event is about.', 1), (event) => text(record(event.involvedObject).fieldPath, '')],
		[
			column('Source', 'The component reporting this event.', 1),
			(event) => `${text(record(event.source).component, '')}${record(event.source).host === undefined ? '' : `, ${text(record(event.source).host, '')}`}`,
		],
		[column('Message', 'A human-readable description of the status of this operation.'), (event) => text(event.message, '')],
		[column('First Seen', 'The time at which the event was first recorded.', 1), (event, now) => since(event.firstTimestamp, now)],
		[column('Count', 'The number of times this event has occurred.', 1), (event) => Number(event.count ?? 1)],
		[column('Name', 'The name of the event.', 1), name],
	],
	serviceaccounts: [
		[nameColumn, name],
		[column('Secrets', 'The number of secrets of the service account', 0, 'string'), (object) => list(object.secrets).length],
		[ageColumn, age],
	],
	configmaps: [
		[nameColumn, name],
		[
			column('Data', 'The number of entries in the data of the config map', 0, 'string'),
			(object) => Object.keys(record(object.data)).length + Object.keys(record(object.binaryData)).length,
		],
		[ageColumn, age],
	],
	persistentvolumeclaims: [
		[nameColumn, name],
		[column('Status', 'Status of the persistent volume claim'), (object) => record(object.status).phase ?? 'Pending'],
		[column('Volume', 'Name of the persistent volume'), (object) => record(object.spec).volumeName ?? ''],
		[column('Capacity', 'Capacity of the persistent volume'), (object) => record(record(object.status).capacity).storage ?? ''],
		[
			column('Access Modes', 'Access modes of the persistent volume'),
			(object) =>
				Array.isArray(record(object.status).accessModes) ? (record(object.status).accessModes as unknown[]).map((mode) => accessMode(mode)).join(',') : '',
		],
		[column('StorageClass', 'StorageClass of the persistent volume claim'), (object) => record(object.spec).storageClassName ?? '<unset>'],
		[column('VolumeAttributesClass', 'VolumeAttributesClass of the persistent volume claim'), () => '<unset>'],
		[ageColumn, age],
	],
	storageclasses: [
		[
			nameColumn,
			(object) =>
				object.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true' ? `${object.metadata.name} (default)` : object.metadata.name,
		],
		[column('Provisioner', 'Indicates the type of the provisioner.'), (object) => object.provisioner ?? ''],
		[column('ReclaimPolicy', 'Indicates the type of the reclaim policy.'), (object) => object.reclaimPolicy ?? 'Delete'],
		[column('VolumeBindingMode', 'Indicates the mode of the volume binding.'), (object) => object.volumeBindingMode ?? 'Immediate'],
		[
			column('AllowVolumeExpansion', 'Indicates whether the storage class allow volume expand.'),
			(object) => (object.allowVolumeExpansion === true ? 'true' : 'false'),
		],
		[ageColumn, age],
	],
	nodes: [
		[nameColumn, name],
		[column('Status', 'The status of the node'), () => 'Ready'],
		[column('Roles', 'The roles of the node'), () => '<none>'],
		[ageColumn, age],
		[column('Version', 'Kubelet Version reported by the node.'), (object) => record(record(object.status).nodeInfo).kubeletVersion ?? ''],
	],
};

function accessMode(mode: unknown): string {
	const short: Record<string, string> = {ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP'};
	return typeof mode === 'string' ? (short[mode] ?? mode) : '';
}

/** Renders objects as a `meta.k8s.io/v1` Table with kubectl's columns for the type. */
export function toTable(type: ResourceType, objects: KubeObject[], now: Date, resourceVersion: string, continueToken?: string): JsonObject {
	const layout = layouts[type.resource] ?? [
		[nameColumn, name],
		[ageColumn, age],
	];
	return {
		kind: 'Table',
		apiVersion: 'meta.k8s.io/v1',
		metadata: {resourceVersion, ...(continueToken ? {continue: continueToken} : {})},
		columnDefinitions: layout.map(([definition]) => definition),
		rows: objects.map((object) => ({
			cells: layout.map(([, cell]) => cell(object, now)),
			object: {kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: object.metadata},
		})),
	};
}
