import {randomBytes} from 'node:crypto';
import {ArmError, resourceNotFound} from '../http/errors.js';
import type {Router, SandboxRequest, SandboxResponse} from '../http/router.js';
import {apiVersionOf, bodyObject, objectField, requireResourceGroup, requireSubscription, stringField, stringMap, type SandboxContext} from '../context.js';
import {findRegistryByName, key, type Registry} from '../state.js';
import {registryJson} from './registry-json.js';
import {scopeCovers} from './roles.js';
import {requireRegistered} from './resources.js';
import {requireResourceLocation} from './locations.js';
import {applyRegistryAccessProperties} from '../registry/access-properties.js';

const registryType = 'Microsoft.ContainerRegistry/registries';
const base = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerRegistry/registries/:name';
const skus = ['Basic', 'Standard', 'Premium'] as const;

/** The registry under a resource group, or ARM's 404s. */
export function requireRegistry(ctx: SandboxContext, sub: string, rg: string, name: string): Registry {
	requireResourceGroup(ctx, sub, rg);
	const registry = ctx.state.registries.get(key(`/subscriptions/${sub}/resourceGroups/${rg}/providers/${registryType}/${name}`));
	if (!registry) {
		throw resourceNotFound(registryType, name, rg);
	}
	return registry;
}

/** A fresh 32-character secret, like ACR's generated passwords. */
export const newSecret = (): string => randomBytes(24).toString('base64').replace(/[+/=]/g, 'A').slice(0, 32);

/** ACR's name rule (5–50 alphanumerics): the problem with a name, or undefined when it is valid. */
export function registryNameProblem(name: string): string | undefined {
	return /^[a-zA-Z0-9]{5,50}$/.test(name) ? undefined : 'Registry names may contain only alpha numeric characters and must be between 5 and 50 characters';
}

function parseSku(value: unknown): Registry['sku'] {
	const name = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).name : undefined;
	const sku = skus.find((s) => typeof name === 'string' && s.toLowerCase() === name.toLowerCase());
	if (!sku) {
		throw new ArmError(400, 'InvalidSkuName', `The SKU '${String(name)}' is invalid. Valid values are: Basic, Standard, Premium.`);
	}
	return sku;
}

function createRegistry(ctx: SandboxContext, r: SandboxRequest, p: Readonly<Record<string, string>>): SandboxResponse {
	const sub = p.sub ?? '';
	const rg = requireResourceGroup(ctx, sub, p.rg ?? '');
	requireRegistered(ctx, sub, 'Microsoft.ContainerRegistry');
	const name = p.name ?? '';
	const problem = registryNameProblem(name);
	if (problem) {
		throw new ArmError(400, 'InvalidRegistryName', problem);
	}
	const id = `/subscriptions/${sub}/resourceGroups/${rg.name}/providers/${registryType}/${name}`;
	const body = bodyObject(r);
	const props = objectField(body, 'properties');
	const existing = ctx.state.registries.get(key(id));
	const other = findRegistryByName(ctx.state, name);
	if (other && other !== existing) {
		throw new ArmError(
			409,
			'AlreadyInUse',
			`The registry DNS name ${name.toLowerCase()}.${ctx.acrSuffix} is already in use. You can check if the name is already claimed using following api: https://docs.microsoft.com/en-us/rest/api/containerregistry/registries/checknameavailability`,
		);
	}
	const sku = parseSku(body.sku);
	const dataEndpointEnabled = props.dataEndpointEnabled === true;
	requireDataEndpointSku(name, sku, dataEndpointEnabled);
	if (!existing) requireResourceLocation(ctx, stringField(body, 'location') ?? rg.location, registryType);
	if (existing) {
		applyRegistryAccessProperties(existing, sku, props);
		existing.sku = sku;
		existing.tags = stringMap(body, 'tags');
		existing.adminUserEnabled = props.adminUserEnabled === true;
		existing.dataEndpointEnabled = dataEndpointEnabled;
		ctx.notifyAccessChange();
		return {status: 200, body: registryJson(ctx, existing)};
	}
	const registry: Registry = {
		id,
		subscriptionId: sub,
		resourceGroup: rg.name,
		name,
		location: stringField(body, 'location') ?? rg.location,
		tags: stringMap(body, 'tags'),
		sku,
		adminUserEnabled: props.adminUserEnabled === true,
		dataEndpointEnabled,
		anonymousPullEnabled: props.anonymousPullEnabled === true,
		creationDate: ctx.clock.now().toISOString(),
		adminPasswords: [newSecret(), newSecret()],
		images: new Map(),
		scopeMaps: systemScopeMaps(ctx.clock.now().toISOString()),
		tokens: new Map(),
		connectedRegistries: new Map(),
	};
	applyRegistryAccessProperties(registry, sku, props);
	ctx.state.registries.set(key(id), registry);
	const op = ctx.ops.start(r.baseUrl, id, () => ({status: 200, body: registryJson(ctx, registry)}), {
		apiVersion: apiVersionOf(r),
		durationMs: 2500,
		runningState: 'Creating',
		...(r.lroFailure ? {failure: r.lroFailure} : {}),
	});
	return {
		status: 201,
		body: registryJson(ctx, registry),
		headers: {'Azure-AsyncOperation': op.asyncOperation, 'Retry-After': String(ctx.clock.retryAfterSeconds)},
	};
}

function requireDataEndpointSku(name: string, sku: Registry['sku'], dataEndpointEnabled: boolean): void {
	if (dataEndpointEnabled && sku !== 'Premium') {
		throw new ArmError(
			400,
			'DataEndpointNotSupported',
			`Dedicated data endpoints are only supported for registries in the Premium SKU. Registry '${name}' is in the '${sku}' SKU.`,
		);
	}
}

/** The system scope maps every registry has (`_repositories_pull`, `_push`, `_admin`). */
export function systemScopeMaps(creationDate: string): Registry['scopeMaps'] {
	const make = (name: string, description: string, actions: string[]) =>
		[name.toLowerCase(), {name, description, actions, type: 'SystemDefined' as const, creationDate}] as const;
	return new Map([
		make('_repositories_pull', 'Can pull any repository of the registry', ['repositories/*/content/read']),
		make('_repositories_push', 'Can push to any repository of the registry', ['repositories/*/content/read', 'repositories/*/content/write']),
		make('_repositories_admin', 'Can perform all read, write and delete operations on the registry', [
			'repositories/*/metadata/read',
			'repositories/*/metadata/write',
			'repositories/*/content/read',
			'repositories/*/content/write',
			'repositories/*/content/delete',
		]),
	]);
}

function updateRegistry(ctx: SandboxContext, r: SandboxRequest, p: Readonly<Record<string, string>>): SandboxResponse {
	const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
	const body = bodyObject(r);
	const props = objectField(body, 'properties');
	const sku = body.sku === undefined ? registry.sku : parseSku(body.sku);
	const dataEndpointEnabled = typeof props.dataEndpointEnabled === 'boolean' ? props.dataEndpointEnabled : registry.dataEndpointEnabled;
	requireDataEndpointSku(registry.name, sku, dataEndpointEnabled);
	applyRegistryAccessProperties(registry, sku, props);
	registry.sku = sku;
	registry.dataEndpointEnabled = dataEndpointEnabled;
	if (typeof props.adminUserEnabled === 'boolean') {
		registry.adminUserEnabled = props.adminUserEnabled;
	}
	if (typeof props.anonymousPullEnabled === 'boolean') {
		registry.anonymousPullEnabled = props.anonymousPullEnabled;
	}
	if (body.tags !== undefined) {
		registry.tags = stringMap(body, 'tags');
	}
	ctx.notifyAccessChange();
	const op = ctx.ops.start(r.baseUrl, registry.id, () => ({status: 200, body: registryJson(ctx, registry)}), {
		apiVersion: apiVersionOf(r),
		durationMs: 1500,
		runningState: 'Updating',
		...(r.lroFailure ? {failure: r.lroFailure} : {}),
	});
	return {
		status: 201,
		body: registryJson(ctx, registry),
		headers: {'Azure-AsyncOperation': op.asyncOperation, 'Retry-After': String(ctx.clock.retryAfterSeconds)},
	};
}

function deleteRegistry(ctx: SandboxContext, r: SandboxRequest, p: Readonly<Record<string, string>>): SandboxResponse {
	requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
	const id = `/subscriptions/${p.sub ?? ''}/resourceGroups/${p.rg ?? ''}/providers/${registryType}/${p.name ?? ''}`;
	const registry = ctx.state.registries.get(key(id));
	if (!registry) {
		return {status: 204};
	}
	const op = ctx.ops.start(
		r.baseUrl,
		registry.id,
		() => {
			ctx.state.registries.delete(key(id));
			for (const [assignmentId, assignment] of ctx.state.roleAssignments) {
				if (scopeCovers(registry.id, assignment.scope)) {
					ctx.state.roleAssignments.delete(assignmentId);
				}
			}
			ctx.notifyAccessChange();
			return {status: 200};
		},
		{apiVersion: apiVersionOf(r), durationMs: 1500, runningState: 'Deleting', ...(r.lroFailure ? {failure: r.lroFailure} : {})},
	);
	return {status: 202, headers: {Location: op.location, 'Retry-After': String(ctx.clock.retryAfterSeconds)}};
}

/** Serves registries: name check, create, get, list, update, delete and admin credentials. */
export function addRegistryRoutes(router: Router, ctx: SandboxContext): void {
	router
		.add('POST', '/subscriptions/:sub/providers/Microsoft.ContainerRegistry/checkNameAvailability', (r, p) => {
			requireSubscription(ctx, p.sub ?? '');
			const name = stringField(bodyObject(r), 'name') ?? '';
			const problem = registryNameProblem(name);
			if (problem) {
				return {status: 200, body: {nameAvailable: false, reason: 'Invalid', message: problem}};
			}
			if (findRegistryByName(ctx.state, name)) {
				return {status: 200, body: {nameAvailable: false, reason: 'AlreadyExists', message: `The registry ${name} is already in use.`}};
			}
			return {status: 200, body: {nameAvailable: true}};
		})
		.add('GET', '/subscriptions/:sub/providers/Microsoft.ContainerRegistry/registries', (_r, p) => {
			requireSubscription(ctx, p.sub ?? '');
			const prefix = key(`/subscriptions/${p.sub ?? ''}/`);
			return {status: 200, body: {value: [...ctx.state.registries.values()].filter((x) => key(x.id).startsWith(prefix)).map((x) => registryJson(ctx, x))}};
		})
		.add('GET', '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerRegistry/registries', (_r, p) => {
			const rg = requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
			const prefix = key(`/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}/`);
			return {status: 200, body: {value: [...ctx.state.registries.values()].filter((x) => key(x.id).startsWith(prefix)).map((x) => registryJson(ctx, x))}};
		})
		.add('PUT', base, (r, p) => createRegistry(ctx, r, p))
		.add('GET', base, (_r, p) => {
			const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
			ctx.ops.touch(registry.id);
			return {status: 200, body: registryJson(ctx, registry)};
		})
		.add('PATCH', base, (r, p) => updateRegistry(ctx, r, p))
		.add('DELETE', base, (r, p) => deleteRegistry(ctx, r, p))
		.add('POST', `${base}/listCredentials`, (_r, p) => {
			const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
			if (!registry.adminUserEnabled) {
				throw new ArmError(
					400,
					'UnAuthorizedForCredentialOperations',
					`Cannot perform credential operations for ${registry.id} as admin user is disabled. Kindly enable admin user as per docs: https://docs.microsoft.com/en-us/azure/container-registry/container-registry-authentication#admin-account`,
				);
			}
			const [password, password2] = registry.adminPasswords;
			return {
				status: 200,
				body: {
					username: registry.name,
					passwords: [
						{name: 'password', value: password},
						{name: 'password2', value: password2},
					],
				},
			};
		});
}
