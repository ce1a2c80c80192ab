import {createHttpHeaders, createPipelineRequest, RestError} from '@azure/core-rest-pipeline';
import {CredentialUnavailableError, AuthenticationRequiredError} from '@azure/identity';
import {describe, expect, it} from 'vitest';
import {AzureError} from '../../source/azure/azure.js';
import {errorFromResponse, redactSecrets, toAzureError} from '../../source/azure/azure-sdk-errors.js';

const request = createPipelineRequest({url: 'https://management.azure.com/subscriptions'});

function restError(statusCode: number, body: unknown, code?: string): RestError {
	const bodyAsText = JSON.stringify(body);
	return new RestError('upstream text', {
		statusCode,
		...(code ? {code} : {}),
		request,
		response: {status: statusCode, headers: createHttpHeaders(), request, bodyAsText},
	});
}

describe('toAzureError', () => {
	it('keeps ARM code, message, status and the target of a MissingSubscriptionRegistration detail', () => {
		const message = "The subscription is not registered to use namespace 'Microsoft.ContainerRegistry'.";
		const error = toAzureError(
			restError(409, {
				error: {
					code: 'MissingSubscriptionRegistration',
					message,
					details: [{code: 'MissingSubscriptionRegistration', target: 'Microsoft.ContainerRegistry', message}],
				},
			}),
		);
		expect(error).toBeInstanceOf(AzureError);
		expect(error).toMatchObject({code: 'MissingSubscriptionRegistration', statusCode: 409, target: 'Microsoft.ContainerRegistry', message});
	});

	it('finds the namespace of a MissingSubscriptionRegistration whose body the SDK dropped', () => {
		const error = new RestError("The subscription is not registered to use namespace 'Microsoft.ContainerService'.", {
			statusCode: 409,
			code: 'MissingSubscriptionRegistration',
			request,
		});
		expect(toAzureError(error).target).toBe('Microsoft.ContainerService');
	});

	it('prefers the code the SDK already parsed and falls back to the HTTP status', () => {
		expect(toAzureError(restError(403, {}, 'AuthorizationFailed'))).toMatchObject({code: 'AuthorizationFailed', statusCode: 403, message: 'upstream text'});
		expect(toAzureError(restError(502, 'not json'))).toMatchObject({code: 'Http502', statusCode: 502});
	});

	it('reads the envelope from a classic client error details', () => {
		const error = new RestError('x', {statusCode: 409, request});
		error.details = {error: {code: 'RoleAssignmentExists', message: 'The role assignment already exists.'}};
		expect(toAzureError(error)).toMatchObject({code: 'RoleAssignmentExists', statusCode: 409, message: 'The role assignment already exists.'});
	});

	it('calls a refused connection, an unknown host or a timeout a network failure', () => {
		expect(toAzureError(new RestError('connect ECONNREFUSED 127.0.0.1:9', {code: 'ECONNREFUSED', request})).code).toBe('network');
		expect(toAzureError(new RestError('getaddrinfo ENOTFOUND x', {code: RestError.REQUEST_SEND_ERROR, request})).code).toBe('network');
		expect(toAzureError(Object.assign(new Error('socket'), {cause: {code: 'ETIMEDOUT'}})).code).toBe('network');
		expect(toAzureError(Object.assign(new Error('timed out'), {name: 'TimeoutError'})).code).toBe('network');
	});

	it('calls identity failures CredentialUnavailable', () => {
		expect(toAzureError(new CredentialUnavailableError('Azure CLI could not be found.')).code).toBe('CredentialUnavailable');
		expect(toAzureError(new AuthenticationRequiredError({scopes: ['x']})).code).toBe('CredentialUnavailable');
	});

	it('reads the code out of a failed long-running operation', () => {
		const error = toAzureError(new Error('The long-running operation has failed. Conflict. Tag nginx:v1 already exists in target registry.'));
		expect(error).toMatchObject({code: 'Conflict', message: 'Tag nginx:v1 already exists in target registry.'});
	});

	it('passes an AzureError through unchanged', () => {
		const original = new AzureError('x', 'Y', 400);
		expect(toAzureError(original)).toBe(original);
	});

	it('never carries a bearer token or JWT in the message', () => {
		const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
		const error = toAzureError(new Error(`failed with Authorization: Bearer ${jwt}`));
		expect(error.message).not.toContain(jwt);
		expect(redactSecrets(`token ${jwt} here`)).toBe('token <redacted-token> here');
	});
});

describe('errorFromResponse', () => {
	it('reads a Graph error envelope', () => {
		const error = errorFromResponse(404, {error: {code: 'Request_ResourceNotFound', message: "Resource 'x' does not exist."}});
		expect(error).toMatchObject({code: 'Request_ResourceNotFound', statusCode: 404});
	});

	it('names the status when the body says nothing', () => {
		expect(errorFromResponse(500, undefined)).toMatchObject({code: 'Http500', message: 'The request failed with status 500.'});
	});
});
