import {bytesOf, compact, map, objectMeta, readFields, repeated, stringOf} from './protobuf-wire.js';
import {decodeDeployment, decodePod, decodeService} from './protobuf-workloads.js';
import {badRequest, unsupportedMediaType} from './status.js';
import type {JsonObject} from './types.js';

const magic = Buffer.from([0x6b, 0x38, 0x73, 0x00]);

function decodeKind(kind: string, raw: Buffer): JsonObject {
	const fields = readFields(raw);
	const metadata = objectMeta(bytesOf(fields, 1));
	switch (kind) {
		case 'Secret':
			return compact({metadata, data: map(fields, 2, true), type: stringOf(fields, 3), stringData: map(fields, 4, false)});
		case 'ConfigMap':
			return compact({metadata, data: map(fields, 2, false), binaryData: map(fields, 3, true)});
		case 'Namespace':
			return {metadata};
		case 'ServiceAccount': {
			const pullSecrets = repeated(fields, 3).map((entry) => ({name: stringOf(readFields(entry), 1) ?? ''}));
			return compact({metadata, imagePullSecrets: pullSecrets.length > 0 ? pullSecrets : undefined});
		}
		case 'Pod':
			return decodePod(fields, metadata);
		case 'Deployment':
			return decodeDeployment(fields, metadata);
		case 'Service':
			return decodeService(fields, metadata);
		case 'SelfSubjectAccessReview': {
			// authorization/v1 generated.proto: spec = 2; spec.resourceAttributes = 1 (namespace 1, verb 2, group 3, version 4, resource 5, subresource 6, name 7).
			const a = readFields(bytesOf(readFields(bytesOf(fields, 2) ?? Buffer.alloc(0)), 1) ?? Buffer.alloc(0));
			const resourceAttributes = compact({
				namespace: stringOf(a, 1),
				verb: stringOf(a, 2),
				group: stringOf(a, 3),
				version: stringOf(a, 4),
				resource: stringOf(a, 5),
				subresource: stringOf(a, 6),
				name: stringOf(a, 7),
			});
			return {metadata, spec: {resourceAttributes}};
		}
		case 'SelfSubjectRulesReview':
			// spec = 2; spec.namespace = 1.
			return {metadata, spec: compact({namespace: stringOf(readFields(bytesOf(fields, 2) ?? Buffer.alloc(0)), 1)})};
		default:
			throw unsupportedMediaType(`application/vnd.kubernetes.protobuf (${kind})`);
	}
}

/** Decodes a `k8s\0` + `runtime.Unknown` body carrying a Secret, ConfigMap, Namespace or ServiceAccount into JSON. */
export function decodeProtobufObject(body: Buffer): JsonObject {
	if (body.length < 4 || !body.subarray(0, 4).equals(magic)) throw badRequest('the protobuf body does not start with the k8s magic bytes');
	const unknown = readFields(body.subarray(4));
	const typeMeta = readFields(bytesOf(unknown, 1) ?? Buffer.alloc(0));
	const apiVersion = stringOf(typeMeta, 1) ?? 'v1';
	const kind = stringOf(typeMeta, 2) ?? '';
	return {apiVersion, kind, ...decodeKind(kind, bytesOf(unknown, 2) ?? Buffer.alloc(0))};
}
