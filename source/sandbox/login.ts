import {ArmError} from './http/errors.js';
import type {Router, SandboxRequest} from './http/router.js';
import {bodyObject, stringField, type SandboxContext} from './context.js';
import {audienceFor} from './credential.js';
import {checkServicePrincipalPassword} from './graph/graph.js';
import {signJwt, type SandboxClaims} from './jwt.js';
import {createSignInPolicy, refusalBody, signInRefusal} from './control/sign-in.js';

/** What the sign-in endpoints need: the context, the signing secret, and the base URL of the server. */
export type LoginOptions = {readonly ctx: SandboxContext; readonly secret: Buffer; readonly baseUrl: () => string};

const lifetimeSeconds = 3600;

function mint(
	options: LoginOptions,
	audience: string,
	who: Pick<SandboxClaims, 'oid' | 'upn' | 'name' | 'appid'>,
	tenantId: string = options.ctx.state.tenantId,
): {token: string; exp: number} {
	const iat = Math.floor(options.ctx.clock.now().getTime() / 1000);
	const exp = iat + lifetimeSeconds;
	const claims: SandboxClaims = {
		aud: audience,
		iss: `${options.baseUrl()}/adfs/${tenantId}/`,
		tid: tenantId,
		iat,
		nbf: iat,
		exp,
		...who,
	};
	return {token: signJwt(claims, options.secret), exp};
}

function field(request: SandboxRequest, name: string): string | undefined {
	return request.query.get(name) ?? stringField(bodyObject(request), name);
}

/** A token for a managed identity by object id, or the instance metadata service's 400 when there is none such. */
function nodeIdentityToken(options: LoginOptions, objectId: string, resource: string) {
	const identity = options.ctx.state.servicePrincipals.get(objectId.toLowerCase());
	if (identity?.servicePrincipalType !== 'ManagedIdentity') {
		return {status: 400, body: {error: 'invalid_request', error_description: 'Identity not found'}};
	}
	const {token, exp} = mint(options, audienceFor(`${resource.replace(/\/+$/, '')}/.default`), {
		oid: identity.id,
		appid: identity.appId,
		name: identity.displayName,
	});
	return {
		status: 200,
		body: {access_token: token, expires_in: String(lifetimeSeconds), expires_on: String(exp), resource, token_type: 'Bearer', client_id: identity.appId},
	};
}

/**
 * Serves sign-in for az: a managed-identity endpoint (`MSI_ENDPOINT=<arm>/msi/token az login --identity`, signs in as
 * the seeded user) and an ADFS-style authority (`/adfs`) whose client-credentials grant signs in a service principal.
 */
export function addLoginRoutes(router: Router, options: LoginOptions): void {
	const {ctx} = options;
	const msi = (request: SandboxRequest) => {
		if (String(request.headers.metadata ?? '').toLowerCase() !== 'true') {
			throw new ArmError(400, 'invalid_request', 'Required metadata header not specified');
		}
		const resource = field(request, 'resource') ?? 'https://management.core.windows.net/';
		// `object_id`: a managed identity the node holds (a cluster's kubelet identity), as a node's instance metadata service answers it.
		const objectId = field(request, 'object_id');
		if (objectId !== undefined) return nodeIdentityToken(options, objectId, resource);
		const user = ctx.state.user;
		// `tenant` (the sandbox's own field, what `az account get-access-token --tenant` asks): a token of another tenant the
		// user is a guest in, with their guest object id there; one without an account there is refused (AADSTS50020).
		const tenantId = field(request, 'tenant') ?? ctx.state.tenantId;
		const audience = audienceFor(`${resource.replace(/\/+$/, '')}/.default`);
		const policy = createSignInPolicy(ctx.state, () => ctx.clock.now(), {objectId: user.id, upn: user.userPrincipalName});
		const refused = policy.refuse(audience, tenantId);
		if (refused) return {status: 400, body: refused};
		const {token, exp} = mint(
			options,
			audience,
			{
				oid: policy.objectIdIn(tenantId),
				upn: user.userPrincipalName,
				name: user.displayName,
			},
			tenantId,
		);
		return {
			status: 200,
			body: {
				access_token: token,
				refresh_token: '',
				expires_in: String(lifetimeSeconds),
				expires_on: String(exp),
				not_before: String(exp - lifetimeSeconds),
				resource,
				token_type: 'Bearer',
			},
		};
	};
	router
		.add('GET', '/msi/token', msi)
		.add('POST', '/msi/token', msi)
		.add('GET', '/adfs/.well-known/openid-configuration', () => {
			const base = `${options.baseUrl()}/adfs`;
			return {
				status: 200,
				body: {
					issuer: `${base}/${ctx.state.tenantId}/`,
					token_endpoint: `${base}/oauth2/token`,
					authorization_endpoint: `${base}/oauth2/authorize`,
					jwks_uri: `${base}/discovery/keys`,
					token_endpoint_auth_methods_supported: ['client_secret_post'],
					response_types_supported: ['code', 'token'],
					subject_types_supported: ['pairwise'],
					id_token_signing_alg_values_supported: ['HS256'],
				},
			};
		})
		.add('POST', '/adfs/oauth2/token', (request) => {
			const clientId = field(request, 'client_id') ?? '';
			const objectId = checkServicePrincipalPassword(ctx, clientId, field(request, 'client_secret') ?? '');
			if (field(request, 'grant_type') !== 'client_credentials' || objectId === undefined) {
				return {
					status: 401,
					body: {
						error: 'invalid_client',
						error_description: `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
					},
				};
			}
			const scope = field(request, 'scope') ?? `${field(request, 'resource') ?? 'https://management.core.windows.net/'}/.default`;
			const refusal = signInRefusal(ctx.state, {objectId, appId: clientId}, scope.split(' ')[0] ?? scope);
			if (refusal) {
				return {status: 400, body: refusalBody(refusal, audienceFor(scope.split(' ')[0] ?? scope), ctx.clock.now())};
			}
			const {token} = mint(options, audienceFor(scope.split(' ')[0] ?? scope), {oid: objectId, appid: clientId, name: clientId});
			return {status: 200, body: {token_type: 'Bearer', expires_in: lifetimeSeconds, ext_expires_in: lifetimeSeconds, access_token: token}};
		});
}
