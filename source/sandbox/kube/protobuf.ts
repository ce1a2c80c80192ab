import {badRequest, unsupportedMediaType} from './status.js';
import type {JsonObject} from './types.js';

/** One decoded protobuf field: a varint number or a length-delimited byte string. */
type Field = {number: number; value: bigint | Buffer};

const magic = Buffer.from([0x6b, 0x38, 0x73, 0x00]);

/** Reads the fields of one protobuf message (wire types 0, 1, 2 and 5). */
function readFields(buffer: Buffer): Field[] {
	const fields: Field[] = [];
	let offset = 0;
	const varint = (): bigint => {
		let result = 0n;
		let shift = 0n;
		for (;;) {
			const byte = buffer[offset++];
			if (byte === undefined) throw badRequest('truncated protobuf body');
			result |= BigInt(byte & 0x7f) << shift;
			if ((byte & 0x80) === 0) return result;
			shift += 7n;
		}
	};
	while (offset < buffer.length) {
		const tag = Number(varint());
		const number = tag >> 3;
		switch (tag & 7) {
			case 0:
				fields.push({number, value: varint()});
				break;
			case 1:
				offset += 8;
				break;
			case 2: {
				const length = Number(varint());
				fields.push({number, value: buffer.subarray(offset, offset + length)});
				offset += length;
				break;
			}
			case 5:
				offset += 4;
				break;
			default:
				throw badRequest('unsupported protobuf wire type');
		}
	}
	return fields;
}

function bytesOf(fields: Field[], number: number): Buffer | undefined {
	const field = fields.find((candidate) => candidate.number === number);
	return field && Buffer.isBuffer(field.value) ? field.value : undefined;
}

function stringOf(fields: Field[], number: number): string | undefined {
	return bytesOf(fields, number)?.toString('utf8');
}

function repeated(fields: Field[], number: number): Buffer[] {
	return fields.filter((field) => field.number === number).flatMap((field) => (Buffer.isBuffer(field.value) ? [field.value] : []));
}

function map(fields: Field[], number: number, asBase64: boolean): Record<string, string> | undefined {
	const entries = repeated(fields, number);
	if (entries.length === 0) return undefined;
	const result: Record<string, string> = {};
	for (const entry of entries) {
		const inner = readFields(entry);
		const value = bytesOf(inner, 2) ?? Buffer.alloc(0);
		result[stringOf(inner, 1) ?? ''] = asBase64 ? value.toString('base64') : value.toString('utf8');
	}
	return result;
}

function compact(object: JsonObject): JsonObject {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== ''));
}

function objectMeta(buffer: Buffer | undefined): JsonObject {
	const fields = readFields(buffer ?? Buffer.alloc(0));
	return compact({
		name: stringOf(fields, 1),
		generateName: stringOf(fields, 2),
		namespace: stringOf(fields, 3),
		resourceVersion: stringOf(fields, 6),
		labels: map(fields, 11, false),
		annotations: map(fields, 12, false),
	});
}

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
