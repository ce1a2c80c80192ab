/**
 * The check canipull makes on a node, from here: a token for the kubelet's managed identity (where this cloud lets
 * the wizard ask for one), exchanged at the registry for a refresh token, then an access token for one repository;
 * the actions it grants say whether the kubelet can pull now. Plain HTTPS: the registry's data plane has no SDK.
 */
import {request} from 'node:https';
import {isIP} from 'node:net';
import type {AzureRegistries, PullCheck} from './azure.js';
import type {SdkContext} from './azure-sdk-clients.js';

type Answer = {readonly status: number; readonly body: Record<string, unknown>};

/** One HTTPS call: JSON back, the cloud's CA trusted, a login server reached at the cloud's registry address when it has one. */
async function call(ctx: SdkContext, url: URL, init: {method: 'GET' | 'POST'; headers?: Record<string, string>; form?: URLSearchParams}): Promise<Answer> {
	const address = url.hostname.endsWith(ctx.cloud.acrSuffix) ? ctx.cloud.registryAddress : undefined;
	const body = init.form?.toString();
	return new Promise((resolve, reject) => {
		const outgoing = request(
			{
				method: init.method,
				host: address?.host ?? url.hostname,
				port: address?.port ?? (url.port === '' ? 443 : Number(url.port)),
				path: `${url.pathname}${url.search}`,
				// TLS names a host, never an address (RFC 6066): a login server is named, a loopback endpoint is not.
				...(isIP(url.hostname) === 0 ? {servername: url.hostname} : {}),
				headers: {
					host: url.hostname,
					...init.headers,
					...(body === undefined ? {} : {'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body))}),
				},
				...(ctx.cloud.caPem ? {ca: ctx.cloud.caPem} : {}),
				timeout: 30_000,
			},
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => {
					let parsed: unknown;
					try {
						parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
					} catch {
						parsed = {};
					}
					resolve({status: response.statusCode ?? 0, body: typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}});
				});
			},
		);
		outgoing.on('timeout', () => outgoing.destroy(new Error('timeout')));
		outgoing.on('error', reject);
		outgoing.end(body);
	});
}

/** The actions an ACR access token grants on `repository` (its payload's `access` claim). */
function grantedActions(accessToken: string, repository: string): string[] {
	const payload = accessToken.split('.')[1] ?? '';
	let claims: unknown;
	try {
		claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
	} catch {
		return [];
	}
	const access = typeof claims === 'object' && claims !== null ? (claims as {access?: unknown}).access : undefined;
	if (!Array.isArray(access)) return [];
	return access.flatMap((entry: unknown) => {
		const item = (typeof entry === 'object' && entry !== null ? entry : {}) as {type?: unknown; name?: unknown; actions?: unknown};
		return item.type === 'repository' && item.name === repository && Array.isArray(item.actions)
			? item.actions.filter((a): a is string => typeof a === 'string')
			: [];
	});
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The registry's error code, as its JSON carries it (`errors[0].code`), or the HTTP status. */
function codeOf(answer: Answer): string {
	const errors = answer.body.errors;
	const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
	const code = typeof first === 'object' && first !== null ? text((first as {code?: unknown}).code) : '';
	return code || text(answer.body.error) || `HTTP ${answer.status}`;
}

/** The pull check part of the registries port. */
export function createPullCheck(ctx: SdkContext): Pick<AzureRegistries, 'checkIdentityPull'> {
	return {
		async checkIdentityPull(loginServer, repository, principalId) {
			const endpoint = ctx.cloud.nodeIdentityEndpoint;
			if (!endpoint) return undefined;
			const tokenUrl = new URL(endpoint);
			tokenUrl.searchParams.set('api-version', '2018-02-01');
			tokenUrl.searchParams.set('resource', `${ctx.cloud.armEndpoint.replace(/\/+$/, '')}/`);
			tokenUrl.searchParams.set('object_id', principalId);
			const identity = await call(ctx, tokenUrl, {method: 'GET', headers: {metadata: 'true'}});
			const aad = text(identity.body.access_token);
			if (identity.status !== 200 || aad === '') return {canPull: false, code: codeOf(identity)} satisfies PullCheck;
			const server = new URL(`https://${loginServer}`);
			const exchanged = await call(ctx, new URL('/oauth2/exchange', server), {
				method: 'POST',
				form: new URLSearchParams({grant_type: 'access_token', service: loginServer, access_token: aad}),
			});
			const refresh = text(exchanged.body.refresh_token);
			if (exchanged.status !== 200 || refresh === '') return {canPull: false, code: codeOf(exchanged)};
			const scoped = await call(ctx, new URL('/oauth2/token', server), {
				method: 'POST',
				form: new URLSearchParams({grant_type: 'refresh_token', service: loginServer, scope: `repository:${repository}:pull`, refresh_token: refresh}),
			});
			const access = text(scoped.body.access_token);
			if (scoped.status !== 200 || access === '') return {canPull: false, code: codeOf(scoped)};
			return grantedActions(access, repository).includes('pull') ? {canPull: true} : {canPull: false, code: 'insufficient_scope'};
		},
	};
}
