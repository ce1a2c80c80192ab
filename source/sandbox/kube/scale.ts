import type {ServerContext} from './context.js';
import type {Target} from './crud.js';
import {jsonPatch, mergePatch} from './patch.js';
import {badRequest, unsupportedMediaType} from './status.js';
import {isObject, type KubeObject} from './types.js';

/** The `autoscaling/v1` Scale view of a deployment. */
function scaleOf(deployment: KubeObject): KubeObject {
	const spec = isObject(deployment.spec) ? deployment.spec : {};
	const status = isObject(deployment.status) ? deployment.status : {};
	const matchLabels = isObject(spec.selector) && isObject(spec.selector.matchLabels) ? spec.selector.matchLabels : {};
	const {name, namespace, uid, resourceVersion, creationTimestamp} = deployment.metadata;
	return {
		kind: 'Scale',
		apiVersion: 'autoscaling/v1',
		metadata: {name, namespace, uid, resourceVersion, creationTimestamp},
		spec: {replicas: spec.replicas},
		status: {
			replicas: status.replicas ?? 0,
			selector: Object.entries(matchLabels)
				.map(([key, value]) => `${key}=${String(value)}`)
				.join(','),
		},
	};
}

/** Serves GET, PUT and PATCH on `deployments/{name}/scale`. */
export function serveScale(context: ServerContext, target: Target, method: string, body: Buffer, mediaType: string): KubeObject {
	const name = target.name ?? '';
	const deployment = context.store.get('deployments', target.namespace, name);
	const current = scaleOf(deployment);
	if (method === 'GET') return current;
	let next: unknown;
	if (method === 'PUT') next = JSON.parse(body.toString('utf8')) as unknown;
	else if (method === 'PATCH' && mediaType === 'application/json-patch+json') next = jsonPatch(current, JSON.parse(body.toString('utf8')) as unknown);
	else if (method === 'PATCH') {
		if (!mediaType.endsWith('json')) throw unsupportedMediaType(mediaType);
		next = mergePatch(current, JSON.parse(body.toString('utf8')) as unknown);
	} else throw badRequest(`${method} is not supported on scale`);
	const replicas = isObject(next) && isObject(next.spec) ? next.spec.replicas : undefined;
	if (typeof replicas !== 'number' || replicas < 0) throw badRequest('spec.replicas must be a non-negative number');
	const spec = isObject(deployment.spec) ? deployment.spec : {};
	const generation = (deployment.metadata.generation ?? 1) + (spec.replicas === replicas ? 0 : 1);
	const updated = context.store.update('deployments', {
		...deployment,
		metadata: {...deployment.metadata, generation, resourceVersion: undefined},
		spec: {...spec, replicas},
	});
	return scaleOf(updated);
}
