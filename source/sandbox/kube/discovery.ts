import type {EmulatedClusterSpec} from '../contracts.js';
import api from './discovery/api.json' with {type: 'json'};
import apiV1 from './discovery/api-v1.json' with {type: 'json'};
import apis from './discovery/apis.json' with {type: 'json'};
import appsV1 from './discovery/apps-v1.json' with {type: 'json'};
import storageV1 from './discovery/storage-v1.json' with {type: 'json'};
import {findResourceType, type ResourceType} from './resources.js';

/** The discovery and version documents, by path, for a server listening at `address` (`host:port`). */
export function discoveryDocument(path: string, spec: EmulatedClusterSpec, address: string): unknown {
	switch (path) {
		case '/version':
			return versionInfo(spec.kubernetesVersion);
		case '/api':
			return {...api, serverAddressByClientCIDRs: [{clientCIDR: '0.0.0.0/0', serverAddress: address}]};
		case '/apis':
			return apis;
		case '/api/v1':
			return apiV1;
		case '/apis/apps/v1':
			return appsV1;
		case '/apis/storage.k8s.io/v1':
			return storageV1;
		default:
			return undefined;
	}
}

function versionInfo(kubernetesVersion: string): Record<string, string> {
	const [major = '1', minor = '32', patch = '0'] = kubernetesVersion.replace(/^v/, '').split('.');
	return {
		major,
		minor,
		gitVersion: `v${major}.${minor}.${patch}`,
		gitCommit: '0000000000000000000000000000000000000000',
		gitTreeState: 'clean',
		buildDate: '2026-01-01T00:00:00Z',
		goVersion: 'go1.23.6',
		compiler: 'gc',
		platform: 'linux/amd64',
	};
}

const groupVersions: Record<string, {group: string; version: string; resources: string[]}> = {
	'api/v1': {
		group: '',
		version: 'v1',
		resources: ['namespaces', 'nodes', 'pods', 'secrets', 'configmaps', 'serviceaccounts', 'services', 'events', 'persistentvolumeclaims'],
	},
	'apis/apps/v1': {group: 'apps', version: 'v1', resources: ['deployments']},
	'apis/storage.k8s.io/v1': {group: 'storage.k8s.io', version: 'v1', resources: ['storageclasses']},
};

/** The minimal `/openapi/v3` documents kubectl's validation needs: an index, and per group-version a `patch` per kind. */
export function openApiDocument(path: string): unknown {
	if (path === '/openapi/v3') {
		return {paths: Object.fromEntries(Object.keys(groupVersions).map((gv) => [gv, {serverRelativeURL: `/openapi/v3/${gv}?hash=${hashOf(gv)}`}]))};
	}
	const gv = groupVersions[path.replace(/^\/openapi\/v3\//, '')];
	if (!gv) return undefined;
	const types = gv.resources.map((resource) => findResourceType(gv.group, gv.version, resource)).filter((type): type is ResourceType => type !== undefined);
	return {
		openapi: '3.0.0',
		info: {title: 'Kubernetes', version: 'v1.32.0'},
		paths: Object.fromEntries(types.map((type) => [pathTemplate(type), {patch: patchOperation(type)}])),
		components: {schemas: {}},
	};
}

function pathTemplate(type: ResourceType): string {
	const prefix = type.group === '' ? '/api/v1' : `/apis/${type.group}/${type.version}`;
	return type.namespaced ? `${prefix}/namespaces/{namespace}/${type.resource}/{name}` : `${prefix}/${type.resource}/{name}`;
}

function patchOperation(type: ResourceType): Record<string, unknown> {
	const operationId = `patch${type.namespaced ? 'Namespaced' : ''}${type.kind}`;
	const query = (name: string) => ({name, in: 'query', schema: {type: 'string'}});
	return {
		operationId,
		'x-kubernetes-action': 'patch',
		'x-kubernetes-group-version-kind': {group: type.group, version: type.version, kind: type.kind},
		parameters: [query('dryRun'), query('fieldManager'), query('fieldValidation'), {name: 'force', in: 'query', schema: {type: 'boolean'}}],
		responses: {'200': {description: 'OK'}},
	};
}

function hashOf(text: string): string {
	let hash = 0x811c9dc5;
	for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
	return hash.toString(16).toUpperCase().padStart(8, '0');
}
