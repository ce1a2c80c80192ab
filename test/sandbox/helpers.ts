import {request} from 'node:https';
import {startSandbox, type Sandbox, type StartClusterApi, type StartSandboxOptions} from '../../source/sandbox/index.js';

/** Stands in for the Kubernetes API servers so these tests exercise only the Azure side. */
export const stubClusterApi: StartClusterApi = async ({spec}) => ({url: `https://127.0.0.1:9/${spec.name}`, close: async () => {}});

/** Starts a sandbox at the fast pace with stub cluster APIs. */
export function startTestSandbox(options: StartSandboxOptions = {}): Promise<Sandbox> {
	return startSandbox({pace: 'fast', startClusterApi: stubClusterApi, ...options});
}

/** The client options every SDK client needs against the sandbox, with quick retries for the fault tests. */
export function sdkOptions(sandbox: Sandbox): {endpoint: string; tlsOptions: {ca: string}; retryOptions: {retryDelayInMs: number; maxRetryDelayInMs: number}} {
	return {endpoint: sandbox.armEndpoint, tlsOptions: {ca: sandbox.caPem}, retryOptions: {retryDelayInMs: 5, maxRetryDelayInMs: 20}};
}

/** One raw HTTPS answer. */
export type RawResponse = {status: number; headers: Record<string, string | string[] | undefined>; body: unknown};

/** Sends one raw request to the sandbox (bearer token from its credential unless `token` is given; `null` sends none). */
export async function raw(sandbox: Sandbox, method: string, pathAndQuery: string, body?: unknown, token?: string | null): Promise<RawResponse> {
	const bearer = token === undefined ? (await sandbox.credential.getToken(`${sandbox.armEndpoint}/.default`))?.token : token;
	const url = pathAndQuery.startsWith('https://') ? new URL(pathAndQuery) : new URL(`${sandbox.armEndpoint}${pathAndQuery}`);
	const payload = body === undefined ? undefined : JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = request(
			url,
			{
				method,
				ca: sandbox.caPem,
				headers: {
					...(bearer ? {authorization: `Bearer ${bearer}`} : {}),
					...(payload ? {'content-type': 'application/json', 'content-length': Buffer.byteLength(payload)} : {}),
				},
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					resolve({status: res.statusCode ?? 0, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined});
				});
			},
		);
		req.on('error', reject);
		req.end(payload);
	});
}
