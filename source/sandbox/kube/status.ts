/** Builders for the apiserver's `Status` error bodies (apimachinery `pkg/api/errors`). */

/** One cause of a 422 Invalid. */
export type StatusCause = {reason: string; message: string; field: string};

/** An error carrying the HTTP code and the `Status` body to answer with. */
export class StatusError extends Error {
	constructor(
		readonly code: number,
		readonly reason: string,
		message: string,
		readonly details?: Record<string, unknown>,
	) {
		super(message);
	}

	/** The wire body. */
	toStatus(): Record<string, unknown> {
		return {
			kind: 'Status',
			apiVersion: 'v1',
			metadata: {},
			status: 'Failure',
			message: this.message,
			reason: this.reason,
			...(this.details ? {details: this.details} : {}),
			code: this.code,
		};
	}
}

function qualified(resource: string, group: string): string {
	return group === '' ? resource : `${resource}.${group}`;
}

function details(name: string, group: string, kind: string): Record<string, unknown> {
	return group === '' ? {name, kind} : {name, group, kind};
}

/** 404 `<resource> "<name>" not found`. */
export function notFound(resource: string, group: string, name: string): StatusError {
	return new StatusError(404, 'NotFound', `${qualified(resource, group)} "${name}" not found`, details(name, group, resource));
}

/** 409 `<resource> "<name>" already exists`. */
export function alreadyExists(resource: string, group: string, name: string): StatusError {
	return new StatusError(409, 'AlreadyExists', `${qualified(resource, group)} "${name}" already exists`, details(name, group, resource));
}

/** 409 Conflict on a stale resourceVersion. */
export function conflict(resource: string, group: string, name: string): StatusError {
	const message = `Operation cannot be fulfilled on ${qualified(resource, group)} "${name}": the object has been modified; please apply your changes to the latest version and try again`;
	return new StatusError(409, 'Conflict', message, details(name, group, resource));
}

/** 422 `<Kind> "<name>" is invalid: <causes>`. */
export function invalid(kind: string, group: string, name: string, causes: StatusCause[]): StatusError {
	const rendered = causes.map((cause) => `${cause.field}: ${cause.message}`);
	const joined = rendered.length === 1 ? (rendered[0] ?? '') : `[${rendered.join(', ')}]`;
	const detail = group === '' ? {name, kind, causes} : {name, group, kind, causes};
	return new StatusError(422, 'Invalid', `${qualified(kind, group)} "${name}" is invalid: ${joined}`, detail);
}

/** A field error `Invalid value: <value>: <detail>`. */
export function fieldInvalid(field: string, goValue: string, detail: string): StatusCause {
	return {reason: 'FieldValueInvalid', message: `Invalid value: ${goValue}: ${detail}`, field};
}

/** A field error `Required value[: detail]`. */
export function fieldRequired(field: string, detail = ''): StatusCause {
	return {reason: 'FieldValueRequired', message: detail === '' ? 'Required value' : `Required value: ${detail}`, field};
}

/** 400 BadRequest. */
export function badRequest(message: string): StatusError {
	return new StatusError(400, 'BadRequest', message);
}

/** 401 Unauthorized. */
export function unauthorized(): StatusError {
	return new StatusError(401, 'Unauthorized', 'Unauthorized');
}

/** 405 MethodNotAllowed. */
export function methodNotAllowed(): StatusError {
	return new StatusError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
}

/** 415 UnsupportedMediaType. */
export function unsupportedMediaType(contentType: string): StatusError {
	return new StatusError(
		415,
		'UnsupportedMediaType',
		`the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf`,
		{kind: contentType},
	);
}

/** 404 for a path nobody serves. */
export function pathNotFound(): StatusError {
	return new StatusError(404, 'NotFound', 'the server could not find the requested resource');
}

/** 410 Expired for a too old resourceVersion. */
export function expired(requested: string, oldest: string): StatusError {
	return new StatusError(410, 'Expired', `too old resource version: ${requested} (${oldest})`);
}
