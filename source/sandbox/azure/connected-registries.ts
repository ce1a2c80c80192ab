import {ArmError, resourceNotFound} from '../http/errors.js';
import type {Router, SandboxRequest, SandboxResponse} from '../http/router.js';
import {apiVersionOf, bodyObject, objectField, stringArray, stringField, type SandboxContext} from '../context.js';
import type {ConnectedRegistry} from '../state.js';
import {requireRegistry} from './registries.js';
import {connectedRegistryJson} from './connected-registry-json.js';
import {tokenById} from './tokens.js';

const base = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerRegistry/registries/:name/connectedRegistries';
const crType = 'Microsoft.ContainerRegistry/registries/connectedRegistries';

function putConnectedRegistry(ctx: SandboxContext, r: SandboxRequest, p: Readonly<Record<string, string>>): SandboxResponse {
	const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
	const name = p.cr ?? '';
	if (registry.sku !== 'Premium') {
		throw new ArmError(
			400,
			'ConnectedRegistryNotSupported',
			`Connected registries are only supported for registries in the Premium SKU. Registry '${registry.name}' is in the '${registry.sku}' SKU.`,
		);
	}
	if (!registry.dataEndpointEnabled) {
		throw new ArmError(
			400,
			'DataEndpointNotEnabled',
			`Can't create the connected registry '${name}' because the cloud registry '${registry.name}' data endpoint is disabled. Enable the data endpoint first (dataEndpointEnabled: true).`,
		);
	}
	if (!/^[a-z0-9]{5,40}$/.test(name)) {
		throw new ArmError(
			400,
			'InvalidConnectedRegistryName',
			'Connected registry names may contain only lower case alpha numeric characters and must be between 5 and 40 characters.',
		);
	}
	const props = objectField(bodyObject(r), 'properties');
	const sync = objectField(objectField(props, 'parent'), 'syncProperties');
	const syncTokenId = stringField(sync, 'tokenId') ?? '';
	if (!tokenById(ctx, syncTokenId)) {
		throw new ArmError(400, 'InvalidParameters', `The sync token '${syncTokenId}' does not exist.`);
	}
	const logging = objectField(props, 'logging');
	const gc = objectField(props, 'garbageCollection');
	const existing = registry.connectedRegistries.get(name);
	const syncWindow = stringField(sync, 'syncWindow');
	const cr: ConnectedRegistry = {
		name,
		mode: stringField(props, 'mode') ?? 'ReadOnly',
		activation: existing?.activation ?? 'Inactive',
		...(existing?.activeInstance === undefined ? {} : {activeInstance: existing.activeInstance}),
		syncTokenId,
		schedule: stringField(sync, 'schedule') ?? '* * * * *',
		messageTtl: stringField(sync, 'messageTtl') ?? 'P1D',
		...(syncWindow ? {syncWindow} : {}),
		clientTokenIds: stringArray(props, 'clientTokenIds'),
		notificationsList: stringArray(props, 'notificationsList'),
		logLevel: stringField(logging, 'logLevel') ?? 'Information',
		auditLogStatus: stringField(logging, 'auditLogStatus') ?? 'Disabled',
		gcEnabled: typeof gc.enabled === 'boolean' ? gc.enabled : true,
		gcSchedule: stringField(gc, 'schedule') ?? '0 0 * * *',
		created: existing?.created ?? ctx.clock.now().toISOString(),
	};
	registry.connectedRegistries.set(name, cr);
	ctx.notifyAccessChange();
	const id = `${registry.id}/connectedRegistries/${name}`;
	if (existing) {
		return {status: 200, body: connectedRegistryJson(ctx, registry, cr)};
	}
	const op = ctx.ops.start(r.baseUrl, id, () => ({status: 200, body: connectedRegistryJson(ctx, registry, cr)}), {
		apiVersion: apiVersionOf(r),
		durationMs: 2000,
		runningState: 'Creating',
		...(r.lroFailure ? {failure: r.lroFailure} : {}),
	});
	return {
		status: 201,
		body: connectedRegistryJson(ctx, registry, cr),
		headers: {'Azure-AsyncOperation': op.asyncOperation, 'Retry-After': String(ctx.clock.retryAfterSeconds)},
	};
}

/** Serves connected registries: create, get, list, deactivate, delete (Premium with a data endpoint only); PATCH is in patch.ts. */
export function addConnectedRegistryRoutes(router: Router, ctx: SandboxContext): void {
	const find = (p: Readonly<Record<string, string>>) => {
		const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
		const cr = registry.connectedRegistries.get((p.cr ?? '').toLowerCase());
		if (!cr) {
			throw resourceNotFound(crType, `${registry.name}/${p.cr ?? ''}`, registry.resourceGroup);
		}
		return {registry, cr};
	};
	router
		.add('GET', base, (_r, p) => {
			const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
			return {status: 200, body: {value: [...registry.connectedRegistries.values()].map((cr) => connectedRegistryJson(ctx, registry, cr))}};
		})
		.add('PUT', `${base}/:cr`, (r, p) => putConnectedRegistry(ctx, r, p))
		.add('GET', `${base}/:cr`, (_r, p) => {
			const {registry, cr} = find(p);
			ctx.ops.touch(`${registry.id}/connectedRegistries/${cr.name}`);
			return {status: 200, body: connectedRegistryJson(ctx, registry, cr)};
		})
		.add('POST', `${base}/:cr/deactivate`, (r, p) => {
			const {registry, cr} = find(p);
			const op = ctx.ops.start(
				r.baseUrl,
				`${registry.id}/connectedRegistries/${cr.name}/deactivate`,
				() => {
					cr.activation = 'Inactive';
					delete cr.activeInstance;
					ctx.notifyAccessChange();
					return {status: 200};
				},
				{apiVersion: apiVersionOf(r), durationMs: 1000, runningState: 'Succeeded', ...(r.lroFailure ? {failure: r.lroFailure} : {})},
			);
			return {status: 202, headers: {Location: op.location, 'Retry-After': String(ctx.clock.retryAfterSeconds)}};
		})
		.add('DELETE', `${base}/:cr`, (r, p) => {
			const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
			const cr = registry.connectedRegistries.get((p.cr ?? '').toLowerCase());
			if (!cr) {
				return {status: 204};
			}
			const op = ctx.ops.start(
				r.baseUrl,
				`${registry.id}/connectedRegistries/${cr.name}`,
				() => {
					registry.connectedRegistries.delete(cr.name);
					ctx.notifyAccessChange();
					return {status: 200};
				},
				{apiVersion: apiVersionOf(r), durationMs: 1000, runningState: 'Deleting', ...(r.lroFailure ? {failure: r.lroFailure} : {})},
			);
			return {status: 202, headers: {Location: op.location, 'Retry-After': String(ctx.clock.retryAfterSeconds)}};
		});
}
