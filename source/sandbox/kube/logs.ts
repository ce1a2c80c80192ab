/**
 * Container output: the kubelet records what each started container prints (`./programs.ts`), and
 * `GET …/pods/{name}/log` serves it as the apiserver does (text, `container`, `tailLines`, `timestamps`,
 * `follow`), with the apiserver's 400s for a pod with several containers or a container not started.
 */
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {PullAuthority} from '../contracts.js';
import type {ServerContext} from './context.js';
import type {ContainerState} from './pod-status.js';
import {programFor} from './programs.js';
import {badRequest, notFound} from './status.js';
import type {ObjectStore} from './store.js';
import {timestamp} from './store.js';
import type {Container, Pod} from './types.js';

type Output = {readonly lines: readonly string[]; readonly at: Date};

/** Output by `namespace/pod/uid/container`, per cluster store. */
const books = new WeakMap<ObjectStore, Map<string, Output>>();

const entryKey = (pod: Pod, container: string): string => `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}/${pod.metadata.uid ?? ''}/${container}`;

function bookOf(store: ObjectStore): Map<string, Output> {
	let book = books.get(store);
	if (!book) {
		book = new Map();
		books.set(store, book);
	}
	return book;
}

/**
 * Starts a pulled container's program: records its output and answers the state to show. A program that ends
 * shows as terminated at once when the pod does not restart containers (`restartPolicy: Never`, or `OnFailure`
 * with exit 0); otherwise the container keeps running.
 */
export function startProgram(context: ServerContext, authority: PullAuthority, pod: Pod, container: Container, running: ContainerState): ContainerState {
	const now = context.clock.now();
	const program = programFor(context.spec, authority, container, now);
	bookOf(context.store).set(entryKey(pod, container.name), {lines: program.lines, at: now});
	const policy = typeof pod.spec['restartPolicy'] === 'string' ? pod.spec['restartPolicy'] : 'Always';
	if (program.exitCode === undefined || running.kind !== 'running' || policy === 'Always' || (policy === 'OnFailure' && program.exitCode !== 0)) {
		return running;
	}
	return {kind: 'terminated', exitCode: program.exitCode, startedAt: running.startedAt, finishedAt: timestamp(now), containerID: running.containerID, imageID: running.imageID};
}

/** The reason a container has no output yet, as the apiserver words it. */
function notStarted(pod: Pod, container: string): string {
	const statuses = Array.isArray(pod.status['containerStatuses']) ? (pod.status['containerStatuses'] as unknown[]) : [];
	const status = statuses.find((s): s is {name: string; state?: {waiting?: {reason?: string}}} => typeof s === 'object' && s !== null && (s as {name?: unknown}).name === container);
	const reason = status?.state?.waiting?.reason ?? 'ContainerCreating';
	return `container "${container}" in pod "${pod.metadata.name}" is waiting to start: ${reason === 'ContainerCreating' ? 'ContainerCreating' : `trying and failing to pull image`}`;
}

/** Serves `GET /api/v1/namespaces/{ns}/pods/{name}/log`. */
export function serveLog(context: ServerContext, request: IncomingMessage, response: ServerResponse, namespace: string, name: string, query: URLSearchParams): void {
	const pod = context.store.find('pods', namespace, name) as Pod | undefined;
	if (!pod) throw notFound('pods', '', name);
	const names = pod.spec.containers.map((c) => c.name);
	const container = query.get('container') ?? (names.length === 1 ? names[0] : undefined);
	if (container === undefined) {
		throw badRequest(`a container name must be specified for pod ${name}, choose one of: [${names.join(' ')}]`);
	}
	if (!names.includes(container)) {
		throw badRequest(`container ${container} is not valid for pod ${name}`);
	}
	const output = bookOf(context.store).get(entryKey(pod, container));
	if (!output) throw badRequest(notStarted(pod, container));
	const tail = Number(query.get('tailLines') ?? '');
	let lines = [...output.lines];
	if (Number.isInteger(tail) && tail >= 0 && query.get('tailLines') !== null) lines = tail === 0 ? [] : lines.slice(-tail);
	const stamp = query.get('timestamps') === 'true' ? `${output.at.toISOString().replace('Z', '000000Z')} ` : '';
	const tty = pod.spec.containers.find((c) => c.name === container)?.['tty'] === true;
	const body = lines.map((line) => `${stamp}${line}${tty ? '\r\n' : '\n'}`).join('');
	response.writeHead(200, {'Content-Type': 'text/plain', 'Cache-Control': 'no-cache, private', ...(query.get('follow') === 'true' ? {} : {'Content-Length': Buffer.byteLength(body)})});
	if (query.get('follow') !== 'true') {
		response.end(body);
		return;
	}
	// `-f`: the stream stays open while the container lives (these programs print nothing more), ends with the pod or the server.
	response.write(body);
	const stop = context.store.subscribe((event) => {
		if (event.resource === 'pods' && event.object.metadata.name === name && (event.object.metadata.namespace ?? 'default') === namespace && event.type === 'DELETED') end();
	});
	const end = () => {
		stop();
		response.end();
	};
	request.on('close', end);
	void context.closed.then(end);
}
