/**
 * ARM `PATCH` (the `*_Update` operations) for the served child types of a registry: scope maps, tokens and
 * connected registries, plus the tags-only PATCH of managed and connected clusters. Merge semantics as ARM
 * has them: a property the body leaves out keeps its value, one it carries replaces it (a list as a whole).
 */
import {ArmError, resourceNotFound} from '../http/errors.js';
import type {Router, SandboxRequest, SandboxResponse} from '../http/router.js';
import {apiVersionOf, bodyObject, objectField, stringField, stringMap, type SandboxContext} from '../context.js';
import {key} from '../state.js';
import {requireRegistry} from './registries.js';
import {scopeMapJson, tokenJson} from './registry-json.js';
import {connectedRegistryJson} from './connected-registry-json.js';
import {tokenById} from './tokens.js';
import {managedClusterJson} from './clusters.js';

const base = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerRegistry/registries/:name';

/** A string list the body carries (`undefined` when it leaves the property out), or a 400 for a non-list. */
function listIfPresent(value: Record<string, unknown>, name: string): string[] | undefined {
	if (!(name in value) || value[name] === null) {
		return undefined;
	}
	const field = value[name];
	if (!Array.isArray(field) || field.some((item) => typeof item !== 'string')) {
		throw new ArmError(400, 'InvalidRequestContent', `The request content was invalid and could not be deserialized: '${name}' must be an array of strings.`);
	}
	return field as string[];
}

/** The 200 answer of an update: the resource (`Updating` until the operation's first poll) and its status URL. */
function updated(ctx: SandboxContext, r: SandboxRequest, id: string, body: () => unknown): SandboxResponse {
	const op = ctx.ops.start(r.baseUrl, id, () => ({status: 200, body: body()}), {
		apiVersion: apiVersionOf(r),
		durationMs: 1000,
		runningState: 'Updating',
		...(r.lroFailure ? {failure: r.lroFailure} : {}),
	});
	return {status: 200, body: body(), headers: {'Azure-AsyncOperation': op.asyncOperation, 'Retry-After': String(ctx.clock.retryAfterSeconds)}};
}

function patchScopeMap(ctx: SandboxContext, r: SandboxRequest, p: Readonly<Record<string, string>>): SandboxResponse {
	const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
	const map = registry.scopeMaps.get((p.map ?? '').toLowerCase());
	if (!map) {
		throw resourceNotFound('Microsoft.ContainerRegistry/registries/scopeMaps', `${registry.name}/${p.map ?? ''}`, registry.resourceGroup);
	}
	if (map.type === 'SystemDefined') {
		throw new ArmError(400, 'InvalidParameters', `The system scope map '${map.name}' cannot be modified.`);
	}
	const props = objectField(bodyObject(r), 'properties');
	const actions = listIfPresent(props, 'actions');
	if (actions?.length === 0) {
		throw new ArmError(400, 'InvalidParameters', 'The scope map must have at least one action.');
	}
	map.actions = actions ?? map.actions;
	map.description = stringField(props, 'description') ?? map.description;
	ctx.notifyAccessChange();
	return updated(ctx, r, `${registry.id}/scopeMaps/${map.name}`, () => scopeMapJson(ctx, registry, map));
}

function patchToken(ctx: SandboxContext, r: SandboxRequest, p: Readonly<Record<string, string>>): SandboxResponse {
	const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
	const token = registry.tokens.get((p.token ?? '').toLowerCase());
	if (!token) {
		throw resourceNotFound('Microsoft.ContainerRegistry/registries/tokens', `${registry.name}/${p.token ?? ''}`, registry.resourceGroup);
	}
	const props = objectField(bodyObject(r), 'properties');
	const scopeMapId = stringField(props, 'scopeMapId');
	if (scopeMapId !== undefined) {
		const mapName = /\/scopeMaps\/([^/]+)$/i.exec(scopeMapId)?.[1] ?? '';
		if (!registry.scopeMaps.has(mapName.toLowerCase())) {
			throw new ArmError(400, 'InvalidParameters', `The scope map '${scopeMapId}' does not exist in registry '${registry.name}'.`);
		}
		token.scopeMapId = scopeMapId;
	}
	const status = stringField(props, 'status');
	if (status !== undefined) {
		if (!['enabled', 'disabled'].includes(status.toLowerCase())) {
			throw new ArmError(400, 'InvalidParameters', `The token status '${status}' is not valid. Allowed values are 'enabled' and 'disabled'.`);
		}
		token.status = status.toLowerCase() === 'disabled' ? 'disabled' : 'enabled';
	}
	ctx.notifyAccessChange();
	return updated(ctx, r, `${registry.id}/tokens/${token.name}`, () => tokenJson(ctx, registry, token));
}

function patchConnectedRegistry(ctx: SandboxContext, r: SandboxRequest, p: Readonly<Record<string, string>>): SandboxResponse {
	const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
	const cr = registry.connectedRegistries.get((p.cr ?? '').toLowerCase());
	if (!cr) {
		throw resourceNotFound('Microsoft.ContainerRegistry/registries/connectedRegistries', `${registry.name}/${p.cr ?? ''}`, registry.resourceGroup);
	}
	const props = objectField(bodyObject(r), 'properties');
	const clientTokenIds = listIfPresent(props, 'clientTokenIds');
	for (const id of clientTokenIds ?? []) {
		if (!tokenById(ctx, id)) {
			throw new ArmError(400, 'InvalidParameters', `The client token '${id}' does not exist.`);
		}
	}
	const sync = objectField(props, 'syncProperties');
	const logging = objectField(props, 'logging');
	const gc = objectField(props, 'garbageCollection');
	cr.clientTokenIds = clientTokenIds ?? cr.clientTokenIds;
	cr.notificationsList = listIfPresent(props, 'notificationsList') ?? cr.notificationsList;
	cr.schedule = stringField(sync, 'schedule') ?? cr.schedule;
	cr.messageTtl = stringField(sync, 'messageTtl') ?? cr.messageTtl;
	const syncWindow = stringField(sync, 'syncWindow');
	if (syncWindow !== undefined) {
		cr.syncWindow = syncWindow;
	}
	cr.logLevel = stringField(logging, 'logLevel') ?? cr.logLevel;
	cr.auditLogStatus = stringField(logging, 'auditLogStatus') ?? cr.auditLogStatus;
	cr.gcEnabled = typeof gc['enabled'] === 'boolean' ? gc['enabled'] : cr.gcEnabled;
	cr.gcSchedule = stringField(gc, 'schedule') ?? cr.gcSchedule;
	ctx.notifyAccessChange();
	return updated(ctx, r, `${registry.id}/connectedRegistries/${cr.name}`, () => connectedRegistryJson(ctx, registry, cr));
}

/** Serves the PATCH operations ARM has for the served types that had none yet. */
export function addPatchRoutes(router: Router, ctx: SandboxContext): void {
	router
		.add('PATCH', `${base}/scopeMaps/:map`, (r, p) => patchScopeMap(ctx, r, p))
		.add('PATCH', `${base}/tokens/:token`, (r, p) => patchToken(ctx, r, p))
		.add('PATCH', `${base}/connectedRegistries/:cr`, (r, p) => patchConnectedRegistry(ctx, r, p))
		.add('PATCH', '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerService/managedClusters/:cluster', (r, p) => {
			const id = `/subscriptions/${p.sub ?? ''}/resourceGroups/${p.rg ?? ''}/providers/Microsoft.ContainerService/managedClusters/${p.cluster ?? ''}`;
			const cluster = ctx.state.managedClusters.get(key(id));
			if (!cluster) {
				throw resourceNotFound('Microsoft.ContainerService/managedClusters', p.cluster ?? '', p.rg ?? '');
			}
			const next = {...cluster, tags: 'tags' in bodyObject(r) ? stringMap(bodyObject(r), 'tags') : (cluster.tags ?? {})};
			ctx.state.managedClusters.set(key(id), next);
			return updated(ctx, r, cluster.id, () => managedClusterJson(ctx, next));
		});
}
