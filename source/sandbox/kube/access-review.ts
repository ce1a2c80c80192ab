import type {IncomingMessage, ServerResponse} from 'node:http';
import type {ServerContext} from './context.js';
import {decodeBody, mediaType, readBody, sendJson} from './http.js';
import {isObject} from './types.js';

const base = '/apis/authorization.k8s.io/v1';
const everything = [{verbs: ['*'], apiGroups: ['*'], resources: ['*']}];
/** What every authenticated user may read (the `system:discovery` and `system:public-info-viewer` roles). */
const nonResourceRules = [
	{verbs: ['get'], nonResourceURLs: ['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/livez', '/openapi', '/openapi/*', '/readyz', '/version', '/version/']},
];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Serves `kubectl auth can-i`: SelfSubjectAccessReview (may I do this?) and SelfSubjectRulesReview (`--list`),
 * answered from the same access rules that decide the requests. True when it answered.
 */
export async function serveAccessReview(
	context: ServerContext,
	user: string,
	request: IncomingMessage,
	response: ServerResponse,
	path: string,
): Promise<boolean> {
	if (request.method !== 'POST' || (path !== `${base}/selfsubjectaccessreviews` && path !== `${base}/selfsubjectrulesreviews`)) return false;
	const body = decodeBody(await readBody(request), mediaType(request));
	const spec = isObject(body) && isObject(body.spec) ? body.spec : {};
	const envelope = {apiVersion: 'authorization.k8s.io/v1', metadata: {creationTimestamp: null}, spec};
	if (path.endsWith('selfsubjectrulesreviews')) {
		const resourceRules = context.access?.allowedRules(user, text(spec.namespace)) ?? everything;
		sendJson(response, 201, {kind: 'SelfSubjectRulesReview', ...envelope, status: {resourceRules, nonResourceRules, incomplete: false}});
		return true;
	}
	const a = isObject(spec.resourceAttributes) ? spec.resourceAttributes : {};
	const resource = text(a.subresource) === '' ? text(a.resource) : `${text(a.resource)}/${text(a.subresource)}`;
	const namespace = text(a.namespace);
	const name = text(a.name);
	const attributes = {verb: text(a.verb), resource, group: text(a.group), ...(namespace === '' ? {} : {namespace}), ...(name === '' ? {} : {name})};
	const allowed = context.access ? context.access.authorize(user, attributes) : true;
	sendJson(response, 201, {
		kind: 'SelfSubjectAccessReview',
		...envelope,
		status: {allowed, ...(allowed ? {reason: 'allowed by the sandbox access rules'} : {})},
	});
	return true;
}
