import {logKey, type ServerContext} from './context.js';
import {badRequest, StatusError} from './status.js';
import {isObject} from './types.js';

/**
 * `GET …/pods/{name}/log`: the lines the pod's container has written, as plain text. A pod with several
 * containers needs `?container=`; a container that has not started answers the kubelet's 400.
 */
export function podLogs(context: ServerContext, namespace: string, name: string, query: URLSearchParams): string {
	const pod = context.store.get('pods', namespace, name);
	const spec = isObject(pod.spec) ? pod.spec : {};
	const containers = (Array.isArray(spec.containers) ? spec.containers.filter(isObject) : []).map((container) =>
		typeof container.name === 'string' ? container.name : '',
	);
	const wanted = query.get('container') ?? (containers.length === 1 ? containers[0] : undefined);
	if (wanted === undefined) throw badRequest(`a container name must be specified for pod ${name}, choose one of: [${containers.join(' ')}]`);
	if (!containers.includes(wanted)) throw badRequest(`container ${wanted} is not valid for pod ${name}`);
	const statuses = isObject(pod.status) && Array.isArray(pod.status.containerStatuses) ? pod.status.containerStatuses.filter(isObject) : [];
	const status = statuses.find((item) => item.name === wanted);
	const state = status?.state;
	if (query.get('previous') === 'true') {
		// `kubectl logs --previous`: the run before the last restart, kept by the kubelet until the next one.
		const earlier = context.logs.get(`${logKey(namespace, name, wanted)}#previous`);
		if (earlier === undefined || Number(status?.restartCount ?? 0) === 0)
			throw badRequest(`previous terminated container "${wanted}" in pod "${name}" not found`);
		return earlier.map((line) => `${line}\n`).join('');
	}
	if (!isObject(state) || (!isObject(state.running) && !isObject(state.terminated))) {
		const waiting = isObject(state) && isObject(state.waiting) ? state.waiting : {};
		const reason = waiting.reason === 'ImagePullBackOff' || waiting.reason === 'ErrImagePull' ? 'trying and failing to pull image' : 'ContainerCreating';
		throw new StatusError(400, 'BadRequest', `container "${wanted}" in pod "${name}" is waiting to start: ${reason}`);
	}
	const lines = context.logs.get(logKey(namespace, name, wanted)) ?? [];
	const tail = Number(query.get('tailLines') ?? '');
	const shown = Number.isInteger(tail) && tail >= 0 && query.has('tailLines') ? lines.slice(Math.max(lines.length - tail, 0)) : lines;
	// A container with a terminal writes CRLF line ends (the tty's output processing).
	const tty = (Array.isArray(spec.containers) ? spec.containers.filter(isObject) : []).find((container) => container.name === wanted)?.tty === true;
	return shown.map((line) => `${line}${tty ? '\r\n' : '\n'}`).join('');
}
