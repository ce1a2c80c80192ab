import {randomUUID} from 'node:crypto';
import {ArmError} from '../http/errors.js';
import type {SandboxRequest} from '../http/router.js';
import type {SandboxContext} from '../context.js';

/** Graph's `innerError`: when, and which request (its own id and the caller's). */
type GraphInnerError = {readonly date: string; readonly 'request-id': string; readonly 'client-request-id': string};

/** A Graph error: ARM's envelope plus Graph's `innerError`, with the `request-id` headers Graph sends alongside. */
export class GraphError extends ArmError {
	constructor(
		status: number,
		code: string,
		message: string,
		private readonly innerError: GraphInnerError,
	) {
		super(status, code, message, undefined, {'request-id': innerError['request-id'], 'client-request-id': innerError['client-request-id']});
	}

	/** `{error: {code, message, innerError: {date, request-id, client-request-id}}}`, as Graph answers. */
	override toBody(): {error: {code: string; message: string; innerError: GraphInnerError}} {
		return {error: {code: this.code, message: this.message, innerError: this.innerError}};
	}
}

/** Graph's 404 for an object id or `(appId='…')` key that names nothing. */
export function graphNotFound(ctx: SandboxContext, request: SandboxRequest, id: string): GraphError {
	const requestId = randomUUID();
	const clientRequestId = request.headers['client-request-id'];
	return new GraphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`, {
		// Graph writes the date without fraction or zone.
		date: ctx.clock.now().toISOString().slice(0, 19),
		'request-id': requestId,
		'client-request-id': typeof clientRequestId === 'string' && clientRequestId !== '' ? clientRequestId : requestId,
	});
}

/** Graph's `innerError` for this request: when, and which request (its own id and the caller's). */
function innerErrorOf(ctx: SandboxContext, request: SandboxRequest): GraphInnerError {
	const requestId = randomUUID();
	const clientRequestId = request.headers['client-request-id'];
	return {
		date: ctx.clock.now().toISOString().slice(0, 19),
		'request-id': requestId,
		'client-request-id': typeof clientRequestId === 'string' && clientRequestId !== '' ? clientRequestId : requestId,
	};
}

/** Graph's 400 for a `$filter` form or property it does not support. */
export function graphUnsupportedQuery(ctx: SandboxContext, request: SandboxRequest, resource: string, property: string | undefined): GraphError {
	const message =
		property === undefined
			? 'Unsupported Query.'
			: `Unsupported or invalid query filter clause specified for property '${property}' of resource '${resource}'.`;
	return new GraphError(400, 'Request_UnsupportedQuery', message, innerErrorOf(ctx, request));
}

/** Graph's 400 for a request body that lacks what the action needs. */
export function graphBadRequest(ctx: SandboxContext, request: SandboxRequest, message: string): GraphError {
	return new GraphError(400, 'Request_BadRequest', message, innerErrorOf(ctx, request));
}
