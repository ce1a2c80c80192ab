/**
 * SelfSubjectAccessReview (`POST /apis/authorization.k8s.io/v1/selfsubjectaccessreviews`, what
 * `kubectl auth can-i` sends): any signed-in user may ask whether they may do something, and the
 * answer comes from the same rules the server enforces. Nothing is stored.
 */
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {AccessAttributes} from './access.js';
import type {ServerContext} from './context.js';
import {decodeBody, mediaType, readBody, sendJson} from './http.js';
import {isObject} from './types.js';

/** The collection path of SelfSubjectAccessReviews. */
export const accessReviewPath = '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Answers one review for `user` (201 with `status.allowed`, as the apiserver does). */
export async function serveAccessReview(context: ServerContext, user: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
	const body = decodeBody(await readBody(request), mediaType(request));
	const spec = isObject(body) && isObject(body.spec) ? body.spec : {};
	const resource = isObject(spec.resourceAttributes) ? spec.resourceAttributes : {};
	const namespace = text(resource.namespace);
	const name = text(resource.name);
	const subresource = text(resource.subresource);
	const attributes: AccessAttributes = {
		verb: text(resource.verb) ?? 'get',
		resource: `${text(resource.resource) ?? ''}${subresource ? `/${subresource}` : ''}`,
		group: text(resource.group) ?? '',
		...(namespace === undefined ? {} : {namespace}),
		...(name === undefined ? {} : {name}),
	};
	const allowed = context.access ? context.access.authorize(user, attributes) : true;
	sendJson(response, 201, {
		kind: 'SelfSubjectAccessReview',
		apiVersion: 'authorization.k8s.io/v1',
		metadata: {creationTimestamp: null},
		spec,
		status: allowed ? {allowed: true, reason: 'RBAC: allowed by the user\'s bindings'} : {allowed: false},
	});
}
