/**
 * The registry data plane on each login server: `/v2/`, the ACR token exchange (`/oauth2/exchange`: an Entra
 * access token for a refresh token; `/oauth2/token`: a refresh token, a password or nothing for an access token
 * with scopes), `/v2/_catalog`, `/v2/<repo>/tags/list` and `/v2/<repo>/manifests/<ref>`, with ACR's error JSON.
 *
 * How a login server maps to the sandbox: every `<name>.<acrSuffix>` is served on the sandbox's own HTTPS port and
 * picked by the Host header (the server certificate covers `*.<acrSuffix>`, so SNI for the login server verifies).
 * A client connects to the sandbox's address with `servername`/Host set to the login server, e.g.
 * `curl --resolve <name>.azurecr.io:<port>:127.0.0.1 https://<name>.azurecr.io:<port>/v2/`.
 */
import {createHash, randomUUID} from 'node:crypto';
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {SandboxContext} from '../context.js';
import {verifyJwt} from '../jwt.js';
import {findImage, parseRepoRef} from '../azure/images.js';
import {loginServerOf} from '../azure/registry-json.js';
import {findRegistryByName, type Registry, type StoredImage} from '../state.js';
import {basicCredentials, basicSubject, grantedActions, parseScopes, signer, type Access, type Subject} from './credentials.js';
import {publicClientAllowed} from './network.js';

const acrAudience = 'https://containerregistry.azure.net';
const tokenLifetimeSeconds = 3 * 3600;

type Reply = {status: number; body?: unknown; headers?: Record<string, string>};

const errorBody = (code: string, message: string, detail: unknown = null): unknown => ({errors: [{code, message, detail}]});

const manifestMedia = 'application/vnd.docker.distribution.manifest.v2+json';
const indexMedia = 'application/vnd.oci.image.index.v1+json';

function manifestBody(image: StoredImage): {media: string; text: string} {
	if (image.platforms) {
		const manifests = image.platforms.map((platform) => {
			const [os = 'linux', architecture = 'amd64', variant] = platform.split('/');
			return {
				mediaType: 'application/vnd.oci.image.manifest.v1+json',
				digest: `sha256:${createHash('sha256').update(`${image.digest}-${platform}`).digest('hex')}`,
				size: 1_024,
				platform: {architecture, os, ...(variant ? {variant} : {})},
			};
		});
		return {media: indexMedia, text: JSON.stringify({schemaVersion: 2, mediaType: indexMedia, manifests})};
	}
	const layer = {mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: image.sizeBytes, digest: image.digest};
	const config = {
		mediaType: 'application/vnd.docker.container.image.v1+json',
		size: 1_469,
		digest: `sha256:${createHash('sha256').update(`config-${image.digest}`).digest('hex')}`,
	};
	return {media: manifestMedia, text: JSON.stringify({schemaVersion: 2, mediaType: manifestMedia, config, layers: [layer]})};
}

/** What the data plane needs: the sandbox context and the secret Entra tokens are signed with. */
export type DataPlaneOptions = {readonly ctx: SandboxContext; readonly secret: Buffer};

/** The registry a request's Host names, when it is a login server of the sandbox cloud. */
export function loginServerRegistry(ctx: SandboxContext, hostHeader: string | undefined): Registry | 'not-a-login-server' | undefined {
	const host = (hostHeader ?? '').replace(/:\d+$/, '').toLowerCase();
	const suffix = `.${ctx.acrSuffix}`;
	if (!host.endsWith(suffix)) return 'not-a-login-server';
	return findRegistryByName(ctx.state, host.slice(0, -suffix.length));
}

/** Makes the data-plane handler; it answers requests whose Host is a login server and returns false for the rest. */
export function createDataPlane(options: DataPlaneOptions): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
	const {ctx} = options;
	const tokens = signer(options.secret);
	const nowSeconds = (): number => Math.floor(ctx.clock.now().getTime() / 1000);

	const verifyRefresh =
		(registry: Registry) =>
		(token: string): Subject | undefined => {
			const claims = tokens.verify(token, nowSeconds());
			if (!claims || claims.grant_type !== 'refresh_token' || claims.aud !== loginServerOf(ctx, registry) || typeof claims.sub !== 'string') return undefined;
			return {kind: 'principal', objectId: claims.sub};
		};

	const challenge = (registry: Registry, scope?: string, error?: string): Record<string, string> => {
		const server = loginServerOf(ctx, registry);
		return {
			'WWW-Authenticate': `Bearer realm="https://${server}/oauth2/token",service="${server}"${scope ? `,scope="${scope}"` : ''}${error ? `,error="${error}"` : ''}`,
		};
	};
	const unauthorized = (registry: Registry, scope?: string, detail: unknown = null): Reply => ({
		status: 401,
		body: errorBody('UNAUTHORIZED', 'authentication required, visit https://aka.ms/acr/authorization for more information.', detail),
		headers: challenge(registry, scope, scope ? 'insufficient_scope' : undefined),
	});

	const issueAccessToken = (registry: Registry, subject: Subject, scopes: string[]): Reply => {
		const access: Access[] = parseScopes(scopes).map((s) => ({
			type: s.type,
			name: s.name,
			actions: grantedActions(ctx, registry, subject, s.type, s.name, s.actions),
		}));
		const iat = nowSeconds();
		const sub = subject.kind === 'principal' ? subject.objectId : subject.kind === 'admin' ? registry.name : subject.name;
		const token = tokens.sign({
			jti: randomUUID(),
			sub,
			nbf: iat - 300,
			exp: iat + tokenLifetimeSeconds,
			iat,
			iss: 'Azure Container Registry',
			aud: loginServerOf(ctx, registry),
			version: '1.0',
			grant_type: 'refresh_token',
			access,
		});
		return {status: 200, body: {access_token: token}};
	};

	/** What a request's Authorization header grants on a registry: the access list of a bearer token, or a Basic subject's. */
	const accessOf = (registry: Registry, header: string | undefined, wanted: {type: string; name: string; action: string}): 'none' | 'denied' | 'granted' => {
		const bearer = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
		if (bearer) {
			const claims = tokens.verify(bearer, nowSeconds());
			if (!claims || claims.aud !== loginServerOf(ctx, registry) || !Array.isArray(claims.access)) return 'none';
			const entries = claims.access as Access[];
			return entries.some((a) => a.type === wanted.type && a.name === wanted.name && (a.actions.includes(wanted.action) || a.actions.includes('*')))
				? 'granted'
				: 'denied';
		}
		const basic = basicCredentials(header);
		if (!basic) return 'none';
		const subject = basicSubject(ctx, registry, basic.username, basic.password, verifyRefresh(registry));
		if (!subject) return 'none';
		return grantedActions(ctx, registry, subject, wanted.type, wanted.name, [wanted.action]).length > 0 ? 'granted' : 'denied';
	};

	const requireScope = (registry: Registry, header: string | undefined, type: string, name: string, action: string): Reply | undefined => {
		const scope = `${type}:${name}:${action}`;
		const access = accessOf(registry, header, {type, name, action});
		if (access === 'granted') return undefined;
		if (access === 'none')
			return {
				status: 401,
				body: errorBody('UNAUTHORIZED', 'authentication required, visit https://aka.ms/acr/authorization for more information.'),
				headers: challenge(registry, scope),
			};
		return unauthorized(registry, scope, [{Type: type, Name: name, Action: action}]);
	};

	const exchange = (registry: Registry, form: URLSearchParams): Reply => {
		if (form.get('grant_type') !== 'access_token' && form.get('grant_type') !== 'access_token_refresh_token') {
			return {status: 400, body: errorBody('UNSUPPORTED', 'grant_type is not supported.')};
		}
		const checked = verifyJwt(form.get('access_token') ?? '', options.secret, nowSeconds());
		if (!checked.ok) return {status: 401, body: errorBody('UNAUTHORIZED', 'Invalid AAD access token.')};
		const aud = checked.claims.aud.replace(/\/+$/, '').toLowerCase();
		const armAudience = aud !== acrAudience && !aud.endsWith('/graph');
		if (armAudience && registry.armAudienceTokens === 'disabled') {
			return {
				status: 401,
				body: errorBody(
					'UNAUTHORIZED',
					'ARM audience tokens are disabled for this registry (azureADAuthenticationAsArmPolicy). Request a token for https://containerregistry.azure.net instead.',
				),
			};
		}
		const iat = nowSeconds();
		const refresh = tokens.sign({
			jti: randomUUID(),
			sub: checked.claims.oid,
			nbf: iat - 300,
			exp: iat + tokenLifetimeSeconds,
			iat,
			iss: 'Azure Container Registry',
			aud: loginServerOf(ctx, registry),
			version: '1.0',
			grant_type: 'refresh_token',
			tenant: checked.claims.tid,
		});
		return {status: 200, body: {refresh_token: refresh}};
	};

	const token = (registry: Registry, method: string, query: URLSearchParams, form: URLSearchParams, authorization: string | undefined): Reply => {
		const scopes = [...query.getAll('scope'), ...form.getAll('scope')];
		if (method === 'POST') {
			const grant = form.get('grant_type');
			let subject: Subject | undefined;
			if (grant === 'refresh_token') subject = verifyRefresh(registry)(form.get('refresh_token') ?? '');
			else if (grant === 'password') subject = basicSubject(ctx, registry, form.get('username') ?? '', form.get('password') ?? '', verifyRefresh(registry));
			else return {status: 400, body: errorBody('UNSUPPORTED', 'grant_type is not supported.')};
			return subject ? issueAccessToken(registry, subject, scopes) : unauthorized(registry);
		}
		const basic = basicCredentials(authorization);
		if (basic) {
			const subject = basicSubject(ctx, registry, basic.username, basic.password, verifyRefresh(registry));
			return subject ? issueAccessToken(registry, subject, scopes) : unauthorized(registry);
		}
		if (registry.anonymousPullEnabled) {
			const iat = nowSeconds();
			const access = parseScopes(scopes).map((s) => ({
				type: s.type,
				name: s.name,
				actions: s.type === 'repository' ? s.actions.filter((a) => a === 'pull') : [],
			}));
			return {
				status: 200,
				body: {
					access_token: tokens.sign({
						jti: randomUUID(),
						sub: '',
						nbf: iat - 300,
						exp: iat + tokenLifetimeSeconds,
						iat,
						aud: loginServerOf(ctx, registry),
						access,
					}),
				},
			};
		}
		return unauthorized(registry);
	};

	const v2 = (registry: Registry, method: string, path: string, authorization: string | undefined): Reply => {
		if (path === '/v2' || path === '/v2/') {
			const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
			const basic = basicCredentials(authorization);
			const ok =
				(bearer !== undefined && tokens.verify(bearer, nowSeconds())?.aud === loginServerOf(ctx, registry)) ||
				(basic !== undefined && basicSubject(ctx, registry, basic.username, basic.password, verifyRefresh(registry)) !== undefined);
			return ok ? {status: 200, body: {}} : unauthorized(registry);
		}
		if (path === '/v2/_catalog') {
			const refused = requireScope(registry, authorization, 'registry', 'catalog', '*');
			if (refused) return refused;
			return {status: 200, body: {repositories: [...registry.images.keys()].sort()}};
		}
		const tags = /^\/v2\/(.+)\/tags\/list$/.exec(path);
		if (tags) {
			const repository = (tags[1] ?? '').toLowerCase();
			const refused =
				requireScope(registry, authorization, 'repository', repository, 'metadata_read') &&
				requireScope(registry, authorization, 'repository', repository, 'pull');
			if (refused) return refused;
			const stored = registry.images.get(repository);
			if (!stored) return {status: 404, body: errorBody('NAME_UNKNOWN', 'repository name not known to registry', {name: repository})};
			return {status: 200, body: {name: repository, tags: [...stored.keys()].sort()}};
		}
		const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(path);
		if (manifest && (method === 'GET' || method === 'HEAD')) {
			const repository = (manifest[1] ?? '').toLowerCase();
			const reference = manifest[2] ?? '';
			const refused = requireScope(registry, authorization, 'repository', repository, 'pull');
			if (refused) return refused;
			if (!registry.images.has(repository)) return {status: 404, body: errorBody('NAME_UNKNOWN', 'repository name not known to registry', {name: repository})};
			const parsed = reference.startsWith('sha256:') ? {repository, digest: reference} : {...parseRepoRef(`${repository}:${reference}`), repository};
			const image = findImage(registry.images, parsed);
			if (!image) {
				return reference.startsWith('sha256:')
					? {status: 404, body: errorBody('MANIFEST_UNKNOWN', 'manifest sha256 is not found', {Digest: reference})}
					: {status: 404, body: errorBody('MANIFEST_UNKNOWN', `manifest tagged by "${reference}" is not found`, {Tag: reference})};
			}
			const {media, text} = manifestBody(image);
			return {
				status: 200,
				body: method === 'HEAD' ? undefined : JSON.parse(text),
				headers: {'Content-Type': media, 'Docker-Content-Digest': image.digest, 'Docker-Distribution-Api-Version': 'registry/2.0'},
			};
		}
		return {status: 404, body: errorBody('NOT_FOUND', 'The requested resource is not found.')};
	};

	return async (req, res) => {
		const found = loginServerRegistry(ctx, req.headers.host);
		if (found === 'not-a-login-server') return false;
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
		if (found === undefined) {
			// No such login server: a real client would not resolve the name at all.
			req.socket.destroy();
			return true;
		}
		const registry = found;
		const method = (req.method ?? 'GET').toUpperCase();
		const url = new URL(req.url ?? '/', `https://${loginServerOf(ctx, registry)}`);
		const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
		let reply: Reply;
		if (!publicClientAllowed(registry, ctx.state.pullWorld.clientIp)) {
			reply = {
				status: 403,
				body: errorBody('DENIED', `client with IP '${ctx.state.pullWorld.clientIp}' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.`),
			};
		} else if (url.pathname === '/oauth2/exchange' && method === 'POST') reply = exchange(registry, form);
		else if (url.pathname === '/oauth2/token' && (method === 'POST' || method === 'GET'))
			reply = token(registry, method, url.searchParams, form, req.headers.authorization);
		else reply = v2(registry, method, url.pathname.replace(/\/+$/, '') || '/', req.headers.authorization);
		const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
		res.writeHead(reply.status, {
			'Content-Type': 'application/json; charset=utf-8',
			'Docker-Distribution-Api-Version': 'registry/2.0',
			'Content-Length': String(Buffer.byteLength(payload)),
			...reply.headers,
		});
		res.end(payload);
		return true;
	};
}
