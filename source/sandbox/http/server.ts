import {randomUUID} from 'node:crypto';
import {createServer, type Server} from 'node:https';
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {faultsEndpoint, serveFaultsEndpoint, type SandboxFaults} from '../faults.js';
import {applyFault, type ErrorWriter} from './fault-effects.js';
import {ArmError} from './errors.js';
import type {Caller, Router, SandboxRequest, SandboxResponse} from './router.js';

/** How the server turns a bearer token into a caller, or refuses it. */
export type Authenticate = (authorization: string | undefined, surface: 'arm' | 'graph') => Caller | ArmError;

/** What the sandbox HTTPS server needs. */
export type SandboxServerOptions = {
	readonly tls: {readonly key: string; readonly cert: string};
	readonly arm: Router;
	readonly graph: Router;
	/** Unauthenticated routes (cloud metadata). */
	readonly open: Router;
	readonly authenticate: Authenticate;
	readonly faults: SandboxFaults;
	/** Base path under which Graph is served, e.g. `/graph`. */
	readonly graphBase: string;
	/** What exists, for `GET /_sandbox/inventory`. */
	readonly inventory: () => unknown;
	/** ARM's role check of a routed request: the 403 to answer, or undefined to go on. */
	readonly authorize?: (request: SandboxRequest) => ArmError | undefined;
	/** The port to listen on (default: a free one). */
	readonly port?: number;
	/** Answers requests addressed (by Host) to another service on the same port, e.g. a registry login server; false to pass. */
	readonly byHost?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
};

/** A running sandbox HTTPS server. */
export type SandboxServer = {readonly url: string; close(): Promise<void>};

async function readText(req: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
	return Buffer.concat(chunks).toString('utf8');
}

async function readBody(req: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) {
		chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
	}
	const text = Buffer.concat(chunks).toString('utf8').trim();
	if (text === '') {
		return undefined;
	}
	if (String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
		return Object.fromEntries(new URLSearchParams(text));
	}
	try {
		return JSON.parse(text) as unknown;
	} catch {
		throw new ArmError(400, 'InvalidRequestContent', 'The request content was invalid and could not be deserialized.');
	}
}

function send(res: ServerResponse, response: SandboxResponse): void {
	for (const [name, value] of Object.entries(response.headers ?? {})) {
		res.setHeader(name, value);
	}
	if (response.body === undefined) {
		res.setHeader('Content-Length', '0');
		res.writeHead(response.status).end();
		return;
	}
	const payload = JSON.stringify(response.body);
	res.setHeader('Content-Type', 'application/json; charset=utf-8');
	res.writeHead(response.status).end(payload);
}

function errorResponse(error: ArmError): SandboxResponse {
	return {status: error.status, body: error.toBody(), ...(error.headers ? {headers: error.headers} : {})};
}

const writeArmError: ErrorWriter = (res, status, code, message, headers) => {
	send(res, errorResponse(new ArmError(status, code, message, undefined, headers)));
};

/** Starts the sandbox's HTTPS server on 127.0.0.1 (a free port) serving ARM, Graph and cloud metadata. */
export async function startSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
	let baseUrl = '';
	const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		if (options.byHost && (await options.byHost(req, res))) return;
		const requestId = randomUUID();
		res.setHeader('x-ms-request-id', requestId);
		res.setHeader('x-ms-correlation-request-id', String(req.headers['x-ms-client-request-id'] ?? requestId));
		const method = (req.method ?? 'GET').toUpperCase();
		const url = new URL(`${baseUrl}${req.url ?? '/'}`);
		const path = decodeURIComponent(url.pathname).replace(/^\/+/, '/').replace(/\/+$/, '');
		if (path === '/_sandbox/inventory') {
			send(
				res,
				method === 'GET'
					? {status: 200, body: options.inventory()}
					: {status: 405, body: {error: {code: 'MethodNotAllowed', message: `The HTTP method '${method}' is not supported at '${path}'; use GET.`}}},
			);
			return;
		}
		if (path === faultsEndpoint) {
			const body = method === 'POST' ? await readText(req) : undefined;
			const answer = serveFaultsEndpoint(options.faults, method, body);
			send(res, {status: answer.status, body: answer.body});
			return;
		}
		const surface =
			path.startsWith('/adfs') || path.startsWith('/msi') ? 'login' : path === options.graphBase || path.startsWith(`${options.graphBase}/`) ? 'graph' : 'arm';
		const fault = options.faults.take(method, path, surface);
		if ((await applyFault(fault, req, res, writeArmError)) === 'answered') return;
		try {
			const isGraph = path === options.graphBase || path.startsWith(`${options.graphBase}/`);
			const open = options.open.match(method, path);
			if (open && open !== 'method-not-allowed') {
				const anonymous = {objectId: '', tenantId: '', displayName: ''};
				const request = {method, url, path, query: url.searchParams, headers: req.headers, body: await readBody(req), baseUrl, caller: anonymous};
				send(res, await open.handler(request, open.params));
				return;
			}
			const caller = options.authenticate(req.headers.authorization, isGraph ? 'graph' : 'arm');
			if (caller instanceof ArmError) {
				throw caller;
			}
			if (!isGraph && !url.searchParams.get('api-version')) {
				throw new ArmError(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
			}
			const router = isGraph ? options.graph : options.arm;
			const routePath = isGraph ? path.slice(options.graphBase.length) || '/' : path;
			const found = router.match(method, routePath);
			if (found === undefined) {
				throw isGraph
					? new ArmError(400, 'BadRequest', `Resource not found for the segment '${routePath.split('/').pop() ?? ''}'.`)
					: new ArmError(404, 'InvalidResourceType', `The resource type could not be found for the path '${path}'.`);
			}
			if (found === 'method-not-allowed') {
				throw new ArmError(405, 'MethodNotAllowed', `The HTTP method '${method}' is not supported at '${path}'.`);
			}
			const body = await readBody(req);
			const request: SandboxRequest = {
				method,
				url,
				path,
				query: url.searchParams,
				headers: req.headers,
				body,
				baseUrl,
				caller,
				...(fault?.kind === 'lro-failed' ? {lroFailure: {code: fault.code ?? 'InternalServerError', message: fault.message ?? 'The operation failed.'}} : {}),
			};
			const denied = isGraph ? undefined : options.authorize?.(request);
			if (denied) {
				throw denied;
			}
			send(res, await found.handler(request, found.params));
		} catch (error: unknown) {
			if (error instanceof ArmError) {
				send(res, errorResponse(error));
				return;
			}
			const message = error instanceof Error ? error.message : String(error);
			send(res, errorResponse(new ArmError(500, 'InternalServerError', `The sandbox failed: ${message}`)));
		}
	};
	const server: Server = createServer({key: options.tls.key, cert: options.tls.cert}, (req, res) => {
		void handle(req, res);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => {
			resolve();
		});
	});
	const address = server.address() as AddressInfo;
	baseUrl = `https://127.0.0.1:${address.port}`;
	return {
		url: baseUrl,
		async close() {
			server.closeAllConnections();
			await new Promise<void>((resolve) => {
				server.close(() => {
					resolve();
				});
			});
		},
	};
}
