import type {IncomingMessage, ServerResponse} from 'node:http';
import type {ServerContext} from './context.js';
import {createObject, deleteObject, getObject, listObjects, patchObject, replaceObject, type Answer, type Target} from './crud.js';
import {discoveryDocument, openApiDocument} from './discovery.js';
import {decodeBody, mediaType, readBody, sendError, sendJson, wantsTable} from './http.js';
import {apiVersionOf, findResourceType} from './resources.js';
import {badRequest, methodNotAllowed, pathNotFound} from './status.js';
import {authenticateRequest, authorizeRequest} from './access.js';
import {serveAccessReview} from './access-review.js';
import {toTable} from './table.js';
import {serveWatch} from './watch.js';
import {serveScale} from './scale.js';
import {podLogs} from './logs.js';

/** Handles one request: bearer check, discovery, OpenAPI, then the resource verbs. */
export async function route(context: ServerContext, token: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
	try {
		const user = authenticateRequest(context, request, token);
		const url = new URL(request.url ?? '/', 'https://127.0.0.1');
		const path = url.pathname.replace(/\/+$/, '') || '/';
		const method = request.method ?? 'GET';
		const address = `${request.socket.localAddress ?? '127.0.0.1'}:${request.socket.localPort ?? 0}`;
		const fixed =
			method === 'GET' ? (discoveryDocument(path, context.spec, address) ?? (path.startsWith('/openapi/v3') ? openApiDocument(path) : undefined)) : undefined;
		if (fixed !== undefined) {
			sendJson(response, 200, fixed);
			return;
		}
		if (await serveAccessReview(context, user, request, response, path)) return;
		const target = parseTarget(path);
		if (!target) throw pathNotFound();
		authorizeRequest(context, user, method, target, url.searchParams);
		await dispatch(context, {request, response, target, query: url.searchParams, method});
	} catch (error) {
		sendError(response, error);
	}
}

/** Maps `/api/v1/namespaces/ns/pods/name` or `/apis/apps/v1/deployments` to a target. */
function parseTarget(path: string): Target | undefined {
	const parts = path
		.split('/')
		.filter((part) => part !== '')
		.map(decodeURIComponent);
	let group = '';
	let rest: string[];
	if (parts[0] === 'api' && parts[1] === 'v1') rest = parts.slice(2);
	else if (parts[0] === 'apis' && parts.length >= 3) {
		group = parts[1] ?? '';
		rest = parts.slice(3);
	} else return undefined;
	const version = parts[0] === 'api' ? 'v1' : (parts[2] ?? '');
	let namespace: string | undefined;
	if (rest[0] === 'namespaces' && rest.length >= 3) {
		namespace = rest[1];
		rest = rest.slice(2);
	}
	if (rest.length === 0 || rest.length > 3) return undefined;
	const type = findResourceType(group, version, rest[0] ?? '');
	if (!type || (namespace !== undefined && !type.namespaced)) return undefined;
	const subresource = rest[2];
	const podStream = type.resource === 'pods' && (subresource === 'log' || subresource === 'attach' || subresource === 'exec');
	if (subresource !== undefined && !(subresource === 'scale' && type.resource === 'deployments') && !podStream && subresource !== 'status') return undefined;
	return {type, namespace, name: rest[1], subresource};
}

type Exchange = {request: IncomingMessage; response: ServerResponse; target: Target; query: URLSearchParams; method: string};

async function dispatch(context: ServerContext, exchange: Exchange): Promise<void> {
	const {request, response, target, query, method} = exchange;
	const name = target.name;
	if (method === 'GET' && name === undefined && (query.get('watch') === 'true' || query.get('watch') === '1')) {
		serveWatch(context, request, response, {target, query, asTable: wantsTable(request)});
		return;
	}
	if (target.subresource === 'attach' || target.subresource === 'exec') {
		// They need a streaming upgrade (SPDY or WebSocket) the sandbox does not offer: the apiserver's answer to a plain request.
		// `kubectl run -it` then falls back to the container's log, as it does against a real cluster.
		throw badRequest('Upgrade request required');
	}
	if (target.subresource === 'log') {
		if (method !== 'GET' || name === undefined) throw methodNotAllowed();
		const text = podLogs(context, target.namespace ?? 'default', name, query);
		response.writeHead(200, {'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-cache, private'});
		response.end(text);
		return;
	}
	if (target.subresource === 'scale') {
		const body = method === 'GET' ? Buffer.alloc(0) : await readBody(request);
		sendJson(response, 200, serveScale(context, target, method, body, mediaType(request)));
		return;
	}
	let answer: Answer;
	if (method === 'GET') answer = name === undefined ? listObjects(context, target, query) : getObject(context, target, name);
	else if (method === 'POST' && name === undefined) answer = createObject(context, target, decodeBody(await readBody(request), mediaType(request)), query);
	else if (method === 'PUT' && name !== undefined) answer = replaceObject(context, target, name, decodeBody(await readBody(request), mediaType(request)));
	else if (method === 'PATCH' && name !== undefined) answer = patchObject(context, target, name, await readBody(request), mediaType(request));
	else if (method === 'DELETE' && name !== undefined) answer = deleteObject(context, target, name);
	else throw methodNotAllowed();
	render(context, request, response, target, answer);
}

function render(context: ServerContext, request: IncomingMessage, response: ServerResponse, target: Target, answer: Answer): void {
	for (const warning of answer.warnings ?? []) response.appendHeader('Warning', `299 - ${JSON.stringify(warning)}`);
	const objects = Array.isArray(answer.body) ? answer.body : [answer.body];
	if (wantsTable(request)) {
		const resourceVersion = answer.listResourceVersion ?? objects[0]?.metadata.resourceVersion ?? '';
		sendJson(response, answer.code, toTable(target.type, objects, context.clock.now(), resourceVersion, answer.continueToken));
		return;
	}
	if (!Array.isArray(answer.body)) {
		sendJson(response, answer.code, answer.body);
		return;
	}
	const items = answer.body.map(({kind: _kind, apiVersion: _apiVersion, ...item}) => item);
	const metadata = {resourceVersion: answer.listResourceVersion ?? '', ...(answer.continueToken ? {continue: answer.continueToken} : {})};
	sendJson(response, answer.code, {kind: `${target.type.kind}List`, apiVersion: apiVersionOf(target.type), metadata, items});
}
