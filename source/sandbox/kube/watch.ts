import type {IncomingMessage, ServerResponse} from 'node:http';
import {setTimeout as sleep} from 'node:timers/promises';
import type {ServerContext} from './context.js';
import type {Target} from './crud.js';
import {parseFieldSelector, parseLabelSelector} from './selectors.js';
import {StatusError} from './status.js';
import type {StoreEvent} from './store.js';
import {toTable} from './table.js';
import {pacedWait} from './deferred.js';
import {apiVersionOf} from './resources.js';
import type {KubeObject} from './types.js';

/** Paced wait between keep-alive writes; clients abort after 30 s of silence. */
const keepAliveMs = 20_000;
/** Real-time floor between keep-alive writes, so a fast clock does not spin. */
const keepAliveFloorMs = 250;

type WatchOptions = {target: Target; query: URLSearchParams; asTable: boolean};

/** Serves `?watch=true`: one compact JSON event per line, kept open until the client or the server goes. */
export function serveWatch(context: ServerContext, request: IncomingMessage, response: ServerResponse, options: WatchOptions): void {
	const {target, query, asTable} = options;
	const labels = parseLabelSelector(query.get('labelSelector'));
	const fields = parseFieldSelector(query.get('fieldSelector'));
	const bookmarks = query.get('allowWatchBookmarks') === 'true' || query.get('allowWatchBookmarks') === '1';
	const inScope = (event: StoreEvent) =>
		event.resource === target.type.resource &&
		(target.namespace === undefined || event.object.metadata.namespace === target.namespace) &&
		labels(event.object) &&
		fields(event.object);
	const render = (type: string, object: KubeObject): string => {
		const body = asTable ? toTable(target.type, [object], context.clock.now(), object.metadata.resourceVersion ?? '') : object;
		return `${JSON.stringify({type, object: body})}\n`;
	};

	const requested = query.get('resourceVersion');
	const since = requested === null || requested === '' || requested === '0' ? undefined : Number(requested);
	let backlog: StoreEvent[];
	try {
		backlog = since === undefined ? [] : context.store.eventsSince(target.type.resource, since);
	} catch (error) {
		if (!(error instanceof StatusError)) throw error;
		response.writeHead(200, {'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked'});
		response.write(`${JSON.stringify({type: 'ERROR', object: error.toStatus()})}\n`);
		response.end();
		return;
	}
	response.writeHead(200, {'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'Cache-Control': 'no-cache, private'});
	response.flushHeaders();
	if (since === undefined) {
		for (const object of context.store.list(target.type.resource, target.namespace)) {
			if (labels(object) && fields(object)) response.write(render('ADDED', object));
		}
	}
	for (const event of backlog) if (inScope(event)) response.write(render(event.type, event.object));

	let open = true;
	const unsubscribe = context.store.subscribe((event) => {
		if (open && inScope(event)) response.write(render(event.type, event.object));
	});
	const stop = () => {
		open = false;
		unsubscribe();
	};
	request.on('close', stop);
	response.on('close', stop);
	const timeoutSeconds = Number(query.get('timeoutSeconds') ?? '0');
	if (timeoutSeconds > 0) {
		// Like the apiserver, end the watch cleanly once the client's own timeout has passed.
		const timer = setTimeout(() => {
			stop();
			response.end();
		}, timeoutSeconds * 1000);
		timer.unref();
		response.on('close', () => clearTimeout(timer));
	}
	const expiresAt = context.access?.expiresAt?.(request.headers.authorization);
	if (expiresAt !== undefined) {
		// A watch opened with an expiring token (Entra ID) ends cleanly when the token expires: a real API server ends
		// it at its timeout or on a network drop, minutes later, and the reconnect then meets the same expired token;
		// ending it at the expiry makes that reconnect happen at once.
		const timer = setTimeout(
			() => {
				stop();
				response.end();
			},
			Math.max(0, expiresAt - context.clock.now().getTime()),
		);
		timer.unref();
		response.on('close', () => clearTimeout(timer));
	}
	void keepAlive(context, response, {bookmarks, target}, () => open);
}

async function keepAlive(
	context: ServerContext,
	response: ServerResponse,
	{bookmarks, target}: {bookmarks: boolean; target: Target},
	isOpen: () => boolean,
): Promise<void> {
	const closedOrGone = Promise.race([context.closed, new Promise<void>((resolve) => response.once('close', () => resolve()))]);
	while (isOpen() && !context.isClosed()) {
		const realTimer = new AbortController();
		// Paced, but never longer than the real keep-alive: clients count real seconds.
		await Promise.race([
			pacedWait(context.clock, keepAliveMs, closedOrGone),
			sleep(keepAliveMs, undefined, {signal: realTimer.signal, ref: false}).catch(() => undefined),
		]);
		realTimer.abort();
		await sleep(keepAliveFloorMs, undefined, {ref: false});
		if (!isOpen() || context.isClosed()) return;
		const resourceVersion = String(context.store.resourceVersion);
		response.write(bookmarks ? `${JSON.stringify({type: 'BOOKMARK', object: bookmarkObject(target, resourceVersion)})}\n` : '\n');
	}
}

function bookmarkObject(target: Target, resourceVersion: string): Record<string, unknown> {
	return {kind: target.type.kind, apiVersion: apiVersionOf(target.type), metadata: {resourceVersion}};
}
