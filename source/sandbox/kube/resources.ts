/** The resource types this API server serves, as discovery names them. */

/** One served resource type. */
export type ResourceType = {
	/** Plural, lower case: `pods`. */
	readonly resource: string;
	readonly kind: string;
	/** `''` for the core group. */
	readonly group: string;
	readonly version: string;
	readonly namespaced: boolean;
};

const types: readonly ResourceType[] = [
	{resource: 'namespaces', kind: 'Namespace', group: '', version: 'v1', namespaced: false},
	{resource: 'nodes', kind: 'Node', group: '', version: 'v1', namespaced: false},
	{resource: 'pods', kind: 'Pod', group: '', version: 'v1', namespaced: true},
	{resource: 'secrets', kind: 'Secret', group: '', version: 'v1', namespaced: true},
	{resource: 'configmaps', kind: 'ConfigMap', group: '', version: 'v1', namespaced: true},
	{resource: 'serviceaccounts', kind: 'ServiceAccount', group: '', version: 'v1', namespaced: true},
	{resource: 'services', kind: 'Service', group: '', version: 'v1', namespaced: true},
	{resource: 'events', kind: 'Event', group: '', version: 'v1', namespaced: true},
	{resource: 'persistentvolumeclaims', kind: 'PersistentVolumeClaim', group: '', version: 'v1', namespaced: true},
	{resource: 'resourcequotas', kind: 'ResourceQuota', group: '', version: 'v1', namespaced: true},
	{resource: 'storageclasses', kind: 'StorageClass', group: 'storage.k8s.io', version: 'v1', namespaced: false},
	{resource: 'deployments', kind: 'Deployment', group: 'apps', version: 'v1', namespaced: true},
];

/** The served type for a group, version and plural resource name, if any. */
export function findResourceType(group: string, version: string, resource: string): ResourceType | undefined {
	return types.find((type) => type.group === group && type.version === version && type.resource === resource);
}

/** The served type for a plural name (core or apps). */
export function resourceType(resource: string): ResourceType {
	const type = types.find((candidate) => candidate.resource === resource);
	if (!type) throw new Error(`unknown resource ${resource}`);
	return type;
}

/** `v1` or `apps/v1`. */
export function apiVersionOf(type: ResourceType): string {
	return type.group === '' ? type.version : `${type.group}/${type.version}`;
}
