import type {IncomingMessage, ServerResponse} from 'node:http';
import {parse as parseYaml} from 'yaml';
import {decodeProtobufObject} from './protobuf.js';
import {badRequest, StatusError, unsupportedMediaType} from './status.js';

const maxBody = 8 * 1024 * 1024;

/** Reads the whole request body. */
export async function readBody(request: IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request) {
		const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
		size += buffer.length;
		if (size > maxBody) throw new StatusError(413, 'RequestEntityTooLarge', 'Request entity too large');
		chunks.push(buffer);
	}
	return Buffer.concat(chunks);
}

/** The media type of the request body without parameters. */
export function mediaType(request: IncomingMessage): string {
	return (request.headers['content-type'] ?? 'application/json').split(';')[0]?.trim().toLowerCase() ?? 'application/json';
}

/** Decodes a JSON, YAML or Kubernetes protobuf request body. */
export function decodeBody(body: Buffer, type: string): unknown {
	if (type === 'application/vnd.kubernetes.protobuf') return decodeProtobufObject(body);
	const text = body.toString('utf8');
	try {
		if (type.endsWith('yaml')) return parseYaml(text) as unknown;
		if (type.endsWith('json')) return JSON.parse(text) as unknown;
	} catch {
		// Never echo the body back: it may hold secret values.
		throw badRequest(`the request body could not be decoded as ${type}`);
	}
	throw unsupportedMediaType(type);
}

/** Sends a JSON answer. */
export function sendJson(response: ServerResponse, code: number, body: unknown): void {
	const payload = JSON.stringify(body);
	response.writeHead(code, {'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), 'Cache-Control': 'no-cache, private'});
	response.end(payload);
}

/** Sends a Status error (or a 500 Status for anything unexpected). */
export function sendError(response: ServerResponse, error: unknown): void {
	const status =
		error instanceof StatusError
			? error
			: new StatusError(500, 'InternalError', `Internal error occurred: ${error instanceof Error ? error.message : String(error)}`);
	if (response.headersSent) {
		response.end();
		return;
	}
	sendJson(response, status.code, status.toStatus());
}

/** True when the client asked for a `meta.k8s.io/v1` Table. */
export function wantsTable(request: IncomingMessage): boolean {
	const accept = request.headers.accept ?? '';
	return accept.split(',').some((part) => part.includes('as=Table') && part.includes('g=meta.k8s.io'));
}
