import {ArmError, resourceNotFound} from '../http/errors.js';
import type {Router, SandboxRequest, SandboxResponse} from '../http/router.js';
import {apiVersionOf, bodyObject, objectField, stringArray, stringField, type SandboxContext} from '../context.js';
import {key, type Registry, type RegistryToken, type TokenPassword} from '../state.js';
import {newSecret, requireRegistry} from './registries.js';
import {scopeMapJson, tokenJson} from './registry-json.js';
import {operationName} from '../timings.js';

const base = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerRegistry/registries/:name';

/** The token a token id names, if it exists. */
export function tokenById(ctx: SandboxContext, tokenId: string): {registry: Registry; token: RegistryToken} | undefined {
	const match = /^(.*\/registries\/[^/]+)\/tokens\/([^/]+)$/i.exec(tokenId);
	const registry = match ? ctx.state.registries.get(key(match[1] ?? '')) : undefined;
	const token = registry?.tokens.get((match?.[2] ?? '').toLowerCase());
	return registry && token ? {registry, token} : undefined;
}

function created(ctx: SandboxContext, r: SandboxRequest, id: string, isNew: boolean, body: () => unknown): SandboxResponse {
	if (!isNew) {
		return {status: 200, body: body()};
	}
	const op = ctx.ops.start(r.baseUrl, id, () => ({status: 200, body: body()}), {
		apiVersion: apiVersionOf(r),
		durationMs: 1000,
		runningState: 'Creating',
		...(r.lroFailure ? {failure: r.lroFailure} : {}),
	});
	return {status: 201, body: body(), headers: {'Azure-AsyncOperation': op.asyncOperation, 'Retry-After': String(ctx.clock.retryAfterSeconds)}};
}

function putScopeMap(ctx: SandboxContext, r: SandboxRequest, p: Readonly<Record<string, string>>): SandboxResponse {
	const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
	const name = p.map ?? '';
	const props = objectField(bodyObject(r), 'properties');
	const actions = stringArray(props, 'actions');
	if (actions.length === 0) {
		throw new ArmError(400, 'InvalidParameters', 'The scope map must have at least one action.');
	}
	const existing = registry.scopeMaps.get(name.toLowerCase());
	if (existing?.type === 'SystemDefined') {
		throw new ArmError(400, 'InvalidParameters', `The system scope map '${name}' cannot be modified.`);
	}
	const map = {
		name,
		description: stringField(props, 'description') ?? '',
		actions,
		type: 'IsUserDefined' as const,
		creationDate: existing?.creationDate ?? ctx.clock.now().toISOString(),
	};
	registry.scopeMaps.set(name.toLowerCase(), map);
	ctx.notifyAccessChange();
	return created(ctx, r, `${registry.id}/scopeMaps/${name}`, !existing, () => scopeMapJson(ctx, registry, map));
}

function putToken(ctx: SandboxContext, r: SandboxRequest, p: Readonly<Record<string, string>>): SandboxResponse {
	const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
	const name = p.token ?? '';
	const props = objectField(bodyObject(r), 'properties');
	const scopeMapId = stringField(props, 'scopeMapId') ?? '';
	const mapName = /\/scopeMaps\/([^/]+)$/i.exec(scopeMapId)?.[1] ?? '';
	if (!registry.scopeMaps.has(mapName.toLowerCase())) {
		throw new ArmError(400, 'InvalidParameters', `The scope map '${scopeMapId}' does not exist in registry '${registry.name}'.`);
	}
	const existing = registry.tokens.get(name.toLowerCase());
	// A PUT replaces the token, as ARM does: what the body leaves out goes back to its default (status enabled), and the
	// passwords it does not name are dropped. Rebinding a token keeps its passwords only by PATCH (az acr token update).
	const status = (stringField(props, 'status') ?? 'enabled').toLowerCase() === 'disabled' ? 'disabled' : 'enabled';
	const listed = objectField(props, 'credentials').passwords;
	const named = new Set(
		(Array.isArray(listed) ? listed : [])
			.map((entry: unknown) => (typeof entry === 'object' && entry !== null ? (entry as {name?: unknown}).name : undefined))
			.filter((entry): entry is string => typeof entry === 'string')
			.map((entry) => entry.toLowerCase()),
	);
	const token: RegistryToken = {
		name,
		scopeMapId,
		status,
		creationDate: existing?.creationDate ?? ctx.clock.now().toISOString(),
		passwords: (existing?.passwords ?? []).filter((password) => named.has(password.name.toLowerCase())),
	};
	registry.tokens.set(name.toLowerCase(), token);
	ctx.notifyAccessChange();
	return created(ctx, r, `${registry.id}/tokens/${name}`, !existing, () => tokenJson(ctx, registry, token));
}

function deleteChild(ctx: SandboxContext, p: Readonly<Record<string, string>>, kind: 'scopeMaps' | 'tokens', name: string): SandboxResponse {
	const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
	if (kind === 'scopeMaps' && registry.scopeMaps.get(name.toLowerCase())?.type === 'SystemDefined') {
		throw new ArmError(400, 'InvalidParameters', `The system scope map '${name}' cannot be deleted.`);
	}
	const removed = kind === 'tokens' ? registry.tokens.delete(name.toLowerCase()) : registry.scopeMaps.delete(name.toLowerCase());
	ctx.notifyAccessChange();
	return {status: removed ? 200 : 204};
}

function generateCredentials(ctx: SandboxContext, r: SandboxRequest, p: Readonly<Record<string, string>>): SandboxResponse {
	const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
	const body = bodyObject(r);
	const tokenId = stringField(body, 'tokenId') ?? '';
	const found = tokenById(ctx, tokenId);
	if (!found || found.registry !== registry) {
		throw new ArmError(404, 'TokenNotFound', `The token '${tokenId}' could not be found in registry '${registry.name}'.`);
	}
	const expiry = stringField(body, 'expiry');
	const only = stringField(body, 'name')?.toLowerCase();
	const names = (['password1', 'password2'] as const).filter((n) => only === undefined || n === only);
	const op = ctx.ops.start(
		r.baseUrl,
		`${registry.id}/generateCredentials`,
		() => {
			const now = ctx.clock.now().toISOString();
			const fresh: TokenPassword[] = names.map((name) => ({name, value: newSecret(), creationTime: now, ...(expiry ? {expiry} : {})}));
			found.token.passwords = [...found.token.passwords.filter((old) => !names.includes(old.name)), ...fresh].sort((a, b) => a.name.localeCompare(b.name));
			ctx.notifyAccessChange();
			return {
				status: 200,
				body: {username: found.token.name, passwords: fresh.map((pw) => ({...(pw.expiry ? {expiry: pw.expiry} : {}), name: pw.name, value: pw.value}))},
			};
		},
		{
			apiVersion: apiVersionOf(r),
			durationMs: 1000,
			runningState: 'Succeeded',
			operation: operationName(registry.id, 'action', 'generateCredentials'),
			...(r.lroFailure ? {failure: r.lroFailure} : {}),
		},
	);
	return {status: 202, headers: {Location: op.location, 'Retry-After': String(ctx.clock.retryAfterSeconds)}};
}

/** Serves scope maps, tokens and Registries_GenerateCredentials. */
export function addTokenRoutes(router: Router, ctx: SandboxContext): void {
	const reg = (p: Readonly<Record<string, string>>) => requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
	router
		.add('GET', `${base}/scopeMaps`, (_r, p) => {
			const registry = reg(p);
			return {status: 200, body: {value: [...registry.scopeMaps.values()].map((m) => scopeMapJson(ctx, registry, m))}};
		})
		.add('PUT', `${base}/scopeMaps/:map`, (r, p) => putScopeMap(ctx, r, p))
		.add('GET', `${base}/scopeMaps/:map`, (_r, p) => {
			const registry = reg(p);
			const map = registry.scopeMaps.get((p.map ?? '').toLowerCase());
			if (!map) {
				throw resourceNotFound('Microsoft.ContainerRegistry/registries/scopeMaps', `${registry.name}/${p.map ?? ''}`, registry.resourceGroup);
			}
			// A client that lost the create's answer reads the resource instead of polling: the operation moves on all the same.
			ctx.ops.touch(`${registry.id}/scopeMaps/${map.name}`);
			return {status: 200, body: scopeMapJson(ctx, registry, map)};
		})
		.add('DELETE', `${base}/scopeMaps/:map`, (_r, p) => deleteChild(ctx, p, 'scopeMaps', p.map ?? ''))
		.add('GET', `${base}/tokens`, (_r, p) => {
			const registry = reg(p);
			return {status: 200, body: {value: [...registry.tokens.values()].map((t) => tokenJson(ctx, registry, t))}};
		})
		.add('PUT', `${base}/tokens/:token`, (r, p) => putToken(ctx, r, p))
		.add('GET', `${base}/tokens/:token`, (_r, p) => {
			const registry = reg(p);
			const token = registry.tokens.get((p.token ?? '').toLowerCase());
			if (!token) {
				throw resourceNotFound('Microsoft.ContainerRegistry/registries/tokens', `${registry.name}/${p.token ?? ''}`, registry.resourceGroup);
			}
			ctx.ops.touch(`${registry.id}/tokens/${token.name}`);
			return {status: 200, body: tokenJson(ctx, registry, token)};
		})
		.add('DELETE', `${base}/tokens/:token`, (_r, p) => deleteChild(ctx, p, 'tokens', p.token ?? ''))
		.add('POST', `${base}/generateCredentials`, (r, p) => generateCredentials(ctx, r, p));
}
