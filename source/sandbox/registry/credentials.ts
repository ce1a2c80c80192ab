/**
 * Who a registry credential speaks for, and what it may do: the admin user, a repository-scoped token (its scope
 * map's actions) or an Entra principal (its role assignments); the Basic credentials and scopes a client sends, and
 * the signer of the registry's own refresh and access tokens. The data plane (data-plane.ts) serves with them.
 */
import {createHmac, timingSafeEqual} from 'node:crypto';
import type {SandboxContext} from '../context.js';
import {checkServicePrincipalPassword} from '../graph/graph.js';
import {actionMatches} from '../azure/roles.js';
import type {Registry} from '../state.js';
import {mayListCatalog, mayPull} from './access.js';

/** The well-known username of an ACR refresh token used as a Docker password. */
export const refreshTokenUsername = '00000000-0000-0000-0000-000000000000';

export type Access = {type: string; name: string; actions: string[]};
/** Who a registry credential speaks for: an Entra principal, the admin user, or a repository-scoped token. */
export type Subject = {kind: 'principal'; objectId: string} | {kind: 'admin'} | {kind: 'token'; name: string};

const b64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

/** Signs registry tokens (refresh and access) with a key of their own, derived from the sandbox secret. */
export function signer(secret: Buffer): {
	sign(claims: Record<string, unknown>): string;
	verify(token: string, now: number): Record<string, unknown> | undefined;
} {
	const key = createHmac('sha256', secret).update('acr-registry-tokens').digest();
	const mac = (data: string): string => createHmac('sha256', key).update(data).digest('base64url');
	return {
		sign(claims) {
			const head = b64url(JSON.stringify({typ: 'JWT', alg: 'HS256', kid: 'acr-sandbox'}));
			const body = b64url(JSON.stringify(claims));
			return `${head}.${body}.${mac(`${head}.${body}`)}`;
		},
		verify(token, now) {
			const [head = '', body = '', sig = ''] = token.split('.');
			const expected = Buffer.from(mac(`${head}.${body}`));
			const given = Buffer.from(sig);
			if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
			try {
				const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
				return typeof claims.exp === 'number' && claims.exp > now ? claims : undefined;
			} catch {
				return undefined;
			}
		},
	};
}

/** The actions a subject holds on one scope (`repository:<name>:pull,metadata_read`, `registry:catalog:*`). */
export function grantedActions(ctx: SandboxContext, registry: Registry, subject: Subject, type: string, name: string, wanted: string[]): string[] {
	if (subject.kind === 'admin') return wanted;
	if (type === 'registry' && name === 'catalog') {
		if (subject.kind === 'principal') return mayListCatalog(ctx, subject.objectId, registry) ? wanted : [];
		return [];
	}
	if (type !== 'repository') return [];
	if (subject.kind === 'principal') {
		return mayPull(ctx, subject.objectId, registry, name) ? wanted.filter((a) => a === 'pull' || a === 'metadata_read') : [];
	}
	const token = registry.tokens.get(subject.name.toLowerCase());
	const mapName = /\/scopeMaps\/([^/]+)$/i.exec(token?.scopeMapId ?? '')?.[1]?.toLowerCase() ?? '';
	const actions = registry.scopeMaps.get(mapName)?.actions ?? [];
	const allows = (kind: string): boolean => actions.some((a) => actionMatches(a, `repositories/${name}/${kind}`));
	return wanted.filter((a) =>
		a === 'pull'
			? allows('content/read')
			: a === 'metadata_read'
				? allows('metadata/read') || allows('content/read')
				: a === 'push'
					? allows('content/write')
					: false,
	);
}

/** The scopes of a token request (`scope=repository:nginx:pull scope=registry:catalog:*`), each split into type, name and actions. */
export function parseScopes(values: string[]): Array<{type: string; name: string; actions: string[]}> {
	return values
		.flatMap((v) => v.split(' '))
		.filter((v) => v !== '')
		.flatMap((scope) => {
			const first = scope.indexOf(':');
			const last = scope.lastIndexOf(':');
			if (first < 0 || last <= first) return [];
			return [{type: scope.slice(0, first), name: scope.slice(first + 1, last), actions: scope.slice(last + 1).split(',')}];
		});
}

/** Checks a username/password pair against the admin user, the registry's tokens and service principals. */
export function basicSubject(
	ctx: SandboxContext,
	registry: Registry,
	username: string,
	password: string,
	verifyRefresh: (token: string) => Subject | undefined,
): Subject | undefined {
	const now = ctx.clock.now().toISOString();
	if (username === refreshTokenUsername) return verifyRefresh(password);
	if (username.toLowerCase() === registry.name.toLowerCase())
		return registry.adminUserEnabled && registry.adminPasswords.includes(password) ? {kind: 'admin'} : undefined;
	const token = registry.tokens.get(username.toLowerCase());
	if (token) {
		const ok = token.status === 'enabled' && token.passwords.some((p) => p.value === password && (p.expiry === undefined || p.expiry > now));
		return ok ? {kind: 'token', name: token.name} : undefined;
	}
	const objectId = checkServicePrincipalPassword(ctx, username, password);
	return objectId === undefined ? undefined : {kind: 'principal', objectId};
}

/** The username and password of a Basic `Authorization` header. */
export function basicCredentials(header: string | undefined): {username: string; password: string} | undefined {
	const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
	if (!match) return undefined;
	const text = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
	const colon = text.indexOf(':');
	return colon < 0 ? undefined : {username: text.slice(0, colon), password: text.slice(colon + 1)};
}
