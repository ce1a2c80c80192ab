/** One raw request to an emulated cluster's API server with the sandbox's own token (what kubectl would send), for test set-up. */
import {request} from 'node:https';
import type {Sandbox} from '../../source/sandbox/index.js';

export async function kubeRequest(
	sandbox: Sandbox,
	kind: 'aks' | 'local',
	method: string,
	path: string,
	body?: unknown,
	contentType = 'application/json',
): Promise<{status: number; json: unknown}> {
	const cluster = sandbox.clusters.find((c) => c.spec.kind === kind);
	const payload = body === undefined ? undefined : JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const headers = {
			authorization: `Bearer ${cluster?.token ?? ''}`,
			'content-type': contentType,
			...(payload ? {'content-length': Buffer.byteLength(payload)} : {}),
		};
		const call = request(new URL(path, cluster?.url), {method, ca: sandbox.caPem, headers}, (response) => {
			let text = '';
			response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
			response.on('end', () => resolve({status: response.statusCode ?? 0, json: text === '' ? undefined : (JSON.parse(text) as unknown)}));
		});
		call.on('error', reject);
		call.end(payload);
	});
}
