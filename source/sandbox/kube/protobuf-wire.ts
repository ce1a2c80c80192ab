/** A small reader for the protobuf wire format (enough for Kubernetes request bodies). */
import {badRequest} from './status.js';
import type {JsonObject} from './types.js';

/** One decoded protobuf field: a varint number or a length-delimited byte string. */
export type Field = {number: number; value: bigint | Buffer};

/** Reads the fields of one protobuf message (wire types 0, 1, 2 and 5). */
export function readFields(buffer: Buffer): Field[] {
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

export function bytesOf(fields: Field[], number: number): Buffer | undefined {
	const field = fields.find((candidate) => candidate.number === number);
	return field && Buffer.isBuffer(field.value) ? field.value : undefined;
}

export function stringOf(fields: Field[], number: number): string | undefined {
	return bytesOf(fields, number)?.toString('utf8');
}

export function repeated(fields: Field[], number: number): Buffer[] {
	return fields.filter((field) => field.number === number).flatMap((field) => (Buffer.isBuffer(field.value) ? [field.value] : []));
}

export function map(fields: Field[], number: number, asBase64: boolean): Record<string, string> | undefined {
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

export function compact(object: JsonObject): JsonObject {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== ''));
}

/** The value of a varint field as a number, if present. */
export function numberOf(fields: Field[], number: number): number | undefined {
	const field = fields.find((candidate) => candidate.number === number);
	return field && typeof field.value === 'bigint' ? Number(BigInt.asIntN(64, field.value)) : undefined;
}

/** Every occurrence of a repeated string field. */
export function strings(fields: Field[], number: number): string[] | undefined {
	const values = repeated(fields, number).map((value) => value.toString('utf8'));
	return values.length > 0 ? values : undefined;
}

/** Decodes an ObjectMeta (name, generateName, namespace, resourceVersion, labels, annotations). */
export function objectMeta(buffer: Buffer | undefined): JsonObject {
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
