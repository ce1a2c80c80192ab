import type {IncomingMessage} from 'node:http';
import {timingSafeEqual} from 'node:crypto';
import type {ServerContext} from './context.js';
import type {Target} from './crud.js';
import type {AdmissionPolicy} from './gatekeeper.js';
import {StatusError, unauthorized} from './status.js';

/** What one request asks to do, in the API server's authorization attributes. */
export type AccessAttributes = {
	readonly verb: string;
	readonly resource: string;
	readonly group: string;
	readonly namespace?: string;
	readonly name?: string;
};

/**
 * How an API server decides who a caller is and what they may do, and whether it answers at all. The sandbox's
 * Azure side supplies it (from its control state); without one, the server accepts its own token and allows everything.
 */
export type ApiServerAccess = {
	/** The user behind an `Authorization` header, or undefined when the server does not accept it (401). */
	authenticate(authorization: string | undefined): string | undefined;
	/** When the credential of an `Authorization` header stops being accepted (ms since the epoch), if it expires. */
	expiresAt?(authorization: string | undefined): number | undefined;
	/** Whether the user may do what the attributes say. */
	authorize(user: string, attributes: AccessAttributes): boolean;
	/** The RBAC-style rules that allow the user something in a namespace (`kubectl auth can-i --list`). */
	allowedRules(user: string, namespace: string): Array<{verbs: string[]; apiGroups: string[]; resources: string[]}>;
	/** The admission policies (Azure Policy's Gatekeeper constraints) the server enforces on pods; none when absent. */
	admissionPolicies?(): readonly AdmissionPolicy[];
	/** False while the server must not answer at all (a stopped or private cluster). */
	reachable(): boolean;
	/** The certificate the server presents now (it changes when the cluster's CA is rotated). */
	certificate(): {readonly key: string; readonly cert: string};
	/** Calls back when reachability or the certificate may have changed. */
	onChange(listener: () => void): () => void;
};

/** The user a request is made as, or the apiserver's 401 `Unauthorized`. */
export function authenticateRequest(context: ServerContext, request: IncomingMessage, token: string): string {
	if (context.access) {
		const user = context.access.authenticate(request.headers.authorization);
		if (user === undefined) throw unauthorized();
		return user;
	}
	const given = Buffer.from(request.headers.authorization ?? '');
	const expected = Buffer.from(`Bearer ${token}`);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw unauthorized();
	return 'kubernetes-admin';
}

/** The verb the apiserver's RequestInfo derives from the method and the target. */
function verbOf(method: string, target: Target, query: URLSearchParams): string {
	const watching = query.get('watch') === 'true' || query.get('watch') === '1';
	switch (method) {
		case 'GET':
			return target.name === undefined ? (watching ? 'watch' : 'list') : 'get';
		case 'POST':
			return 'create';
		case 'PUT':
			return 'update';
		case 'PATCH':
			return 'patch';
		case 'DELETE':
			return 'delete';
		default:
			return method.toLowerCase();
	}
}

/** Throws the apiserver's 403 `Forbidden` when the user may not do what the request asks. */
export function authorizeRequest(context: ServerContext, user: string, method: string, target: Target, query: URLSearchParams): void {
	if (!context.access) return;
	const verb = verbOf(method, target, query);
	const {group} = target.type;
	// RBAC names a subresource as `pods/log`, `deployments/scale`.
	const resource = target.subresource === undefined ? target.type.resource : `${target.type.resource}/${target.subresource}`;
	const attributes: AccessAttributes = {
		verb,
		resource,
		group,
		...(target.namespace === undefined ? {} : {namespace: target.namespace}),
		...(target.name === undefined ? {} : {name: target.name}),
	};
	if (context.access.authorize(user, attributes)) return;
	throw forbidden(user, attributes);
}

/** 403 as `pkg/registry/.../authorizer` words it: `pods "x" is forbidden: User "u" cannot get resource "pods" in API group "" in the namespace "ns"`. */
export function forbidden(user: string, a: AccessAttributes): StatusError {
	const qualified = a.group === '' ? a.resource : `${a.resource}.${a.group}`;
	const subject = a.name === undefined ? qualified : `${qualified} "${a.name}"`;
	const where = a.namespace === undefined ? 'at the cluster scope' : `in the namespace "${a.namespace}"`;
	const message = `${subject} is forbidden: User "${user}" cannot ${a.verb} resource "${a.resource}" in API group "${a.group}" ${where}`;
	const details = {...(a.name === undefined ? {} : {name: a.name}), ...(a.group === '' ? {} : {group: a.group}), kind: a.resource};
	return new StatusError(403, 'Forbidden', message, details);
}
