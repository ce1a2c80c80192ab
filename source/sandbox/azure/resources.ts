import {ArmError} from '../http/errors.js';
import type {Router, SandboxRequest, SandboxResponse} from '../http/router.js';
import {bodyObject, requireResourceGroup, requireSubscription, stringField, stringMap, type SandboxContext} from '../context.js';
import {key, type ProviderRegistration, type ResourceGroup} from '../state.js';
import type {PlayedCloud} from '../sovereign.js';
import {locationsJson, regionDisplayNames, requireGroupLocation} from './locations.js';
import {guestTenantsJson} from '../control/tenants.js';

const providerTypes: Record<string, readonly string[]> = {
	'Microsoft.ContainerRegistry': ['registries', 'registries/scopeMaps', 'registries/tokens', 'registries/connectedRegistries', 'checkNameAvailability'],
	'Microsoft.ContainerService': ['managedClusters'],
	'Microsoft.Kubernetes': ['connectedClusters'],
	'Microsoft.KubernetesConfiguration': ['extensions', 'operations'],
	'Microsoft.Authorization': ['roleAssignments', 'roleDefinitions', 'permissions'],
};

/** The provider namespaces the sandbox serves, spelled as ARM spells them. */
export const providerNamespaces = Object.keys(providerTypes);

/** The registration of a provider in a subscription, or a fresh `NotRegistered` one. */
export function providerRegistration(ctx: SandboxContext, subscriptionId: string, namespace: string): ProviderRegistration {
	const id = key(`${subscriptionId}/${namespace}`);
	let reg = ctx.state.providers.get(id);
	if (!reg) {
		reg = {state: 'NotRegistered', registeringPolls: 0};
		ctx.state.providers.set(id, reg);
	}
	return reg;
}

/** Throws ARM's 409 `MissingSubscriptionRegistration` when the namespace is not registered in the subscription. */
export function requireRegistered(ctx: SandboxContext, subscriptionId: string, namespace: string): void {
	const reg = providerRegistration(ctx, subscriptionId, namespace);
	if (reg.state !== 'Registered') {
		const message = `The subscription is not registered to use namespace '${namespace}'. See https://aka.ms/rps-not-found for how to register subscriptions.`;
		throw new ArmError(409, 'MissingSubscriptionRegistration', message, [{code: 'MissingSubscriptionRegistration', target: namespace, message}]);
	}
}

function providerJson(ctx: SandboxContext, subscriptionId: string, namespace: string): Record<string, unknown> {
	const spelled = providerNamespaces.find((ns) => ns.toLowerCase() === namespace.toLowerCase()) ?? namespace;
	const reg = providerRegistration(ctx, subscriptionId, spelled);
	if (reg.state === 'Registering') {
		reg.registeringPolls -= 1;
		if (reg.registeringPolls < 0 && ctx.clock.now().getTime() >= (reg.registeredAt ?? 0)) {
			reg.state = 'Registered';
		}
	}
	return {
		id: `/subscriptions/${subscriptionId}/providers/${spelled}`,
		namespace: spelled,
		registrationPolicy: 'RegistrationRequired',
		registrationState: reg.state,
		resourceTypes: (providerTypes[spelled] ?? []).map((resourceType) => ({
			resourceType,
			locations: regionDisplayNames(ctx) ?? ['East US', 'West Europe'],
			locationMappings: [],
			apiVersions: ['2025-11-01', '2023-05-01', '2022-04-01'],
			capabilities: 'CrossResourceGroupResourceMove, CrossSubscriptionResourceMove, SupportsTags, SupportsLocation',
		})),
	};
}

function resourceGroupJson(rg: ResourceGroup): Record<string, unknown> {
	return {
		id: `/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}`,
		name: rg.name,
		type: 'Microsoft.Resources/resourceGroups',
		location: rg.location,
		...(Object.keys(rg.tags).length > 0 ? {tags: rg.tags} : {}),
		properties: {provisioningState: 'Succeeded'},
	};
}

function subscriptionJson(ctx: SandboxContext, subscriptionId: string): Record<string, unknown> {
	const sub = requireSubscription(ctx, subscriptionId);
	return {
		id: `/subscriptions/${sub.subscriptionId}`,
		authorizationSource: 'RoleBased',
		managedByTenants: [],
		subscriptionId: sub.subscriptionId,
		tenantId: sub.tenantId,
		displayName: sub.displayName,
		state: 'Enabled',
		subscriptionPolicies: {locationPlacementId: 'Public_2014-09-01', quotaId: 'PayAsYouGo_2014-09-01', spendingLimit: 'Off'},
	};
}

function createResourceGroup(ctx: SandboxContext, request: SandboxRequest, sub: string, name: string): {status: number; body: unknown} {
	requireSubscription(ctx, sub);
	if (!/^[-\w._()]{1,90}$/.test(name) || name.endsWith('.')) {
		throw new ArmError(
			400,
			'InvalidResourceGroup',
			`The provided resource group name '${name}' has these invalid characters: '${name.replace(/[-\w._()]/g, '')}'. The name can only be a letter, digit, '-', '.', '(', ')' or '_'.`,
		);
	}
	const body = bodyObject(request);
	const location = stringField(body, 'location');
	if (!location) {
		throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
	}
	requireGroupLocation(ctx, location);
	const id = key(`/subscriptions/${sub}/resourceGroups/${name}`);
	const existing = ctx.state.resourceGroups.get(id);
	const rg: ResourceGroup = {subscriptionId: sub, name: existing?.name ?? name, location: existing?.location ?? location, tags: stringMap(body, 'tags')};
	ctx.state.resourceGroups.set(id, rg);
	return {status: existing ? 200 : 201, body: resourceGroupJson(rg)};
}

/** Serves subscriptions, tenants, resource groups, providers and the generic resource list. */
export function addResourceRoutes(router: Router, ctx: SandboxContext): void {
	router
		.add('GET', '/subscriptions', (r) => {
			// A token lists only the subscriptions of its own tenant.
			const value = [...ctx.state.subscriptions.values()].filter((s) => s.tenantId.toLowerCase() === r.caller.tenantId.toLowerCase());
			return {status: 200, body: {value: value.map((s) => subscriptionJson(ctx, s.subscriptionId)), count: {type: 'Total', value: value.length}}};
		})
		.add('GET', '/subscriptions/:sub', (_r, p) => ({status: 200, body: subscriptionJson(ctx, p.sub ?? '')}))
		.add('GET', '/subscriptions/:sub/locations', (_r, p) => {
			requireSubscription(ctx, p.sub ?? '');
			return {status: 200, body: locationsJson(ctx, p.sub ?? '')};
		})
		.add('GET', '/tenants', () => ({
			status: 200,
			body: {
				value: [
					{
						id: `/tenants/${ctx.state.tenantId}`,
						tenantId: ctx.state.tenantId,
						countryCode: 'US',
						displayName: 'Sandbox Directory',
						domains: [ctx.state.tenantDomain],
						tenantCategory: 'Home',
						defaultDomain: ctx.state.tenantDomain,
						tenantType: 'AAD',
					},
					...guestTenantsJson(ctx.state),
				],
			},
		}))
		.add('GET', '/subscriptions/:sub/resourceGroups', (_r, p) => {
			requireSubscription(ctx, p.sub ?? '');
			const prefix = key(`/subscriptions/${p.sub ?? ''}/`);
			const value = [...ctx.state.resourceGroups.entries()].filter(([id]) => id.startsWith(prefix)).map(([, rg]) => resourceGroupJson(rg));
			return {status: 200, body: {value}};
		})
		.add('GET', '/subscriptions/:sub/resourceGroups/:rg', (_r, p) => ({
			status: 200,
			body: resourceGroupJson(requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '')),
		}))
		.add('HEAD', '/subscriptions/:sub/resourceGroups/:rg', (_r, p) => {
			requireSubscription(ctx, p.sub ?? '');
			return {status: ctx.state.resourceGroups.has(key(`/subscriptions/${p.sub ?? ''}/resourceGroups/${p.rg ?? ''}`)) ? 204 : 404};
		})
		.add('PUT', '/subscriptions/:sub/resourceGroups/:rg', (r, p) => createResourceGroup(ctx, r, p.sub ?? '', p.rg ?? ''))
		.add('GET', '/subscriptions/:sub/providers', (_r, p) => {
			requireSubscription(ctx, p.sub ?? '');
			return {status: 200, body: {value: providerNamespaces.map((ns) => providerJson(ctx, p.sub ?? '', ns))}};
		})
		.add('GET', '/subscriptions/:sub/providers/:ns', (_r, p) => {
			requireSubscription(ctx, p.sub ?? '');
			return {status: 200, body: providerJson(ctx, p.sub ?? '', p.ns ?? '')};
		})
		.add('POST', '/subscriptions/:sub/providers/:ns/register', (_r, p) => {
			requireSubscription(ctx, p.sub ?? '');
			const spelled = providerNamespaces.find((ns) => ns.toLowerCase() === (p.ns ?? '').toLowerCase()) ?? p.ns ?? '';
			const reg = providerRegistration(ctx, p.sub ?? '', spelled);
			if (reg.state !== 'Registered') {
				reg.state = 'Registering';
				reg.registeringPolls = ctx.clock.lroPolls;
				reg.registeredAt = ctx.clock.now().getTime() + (ctx.clock.pace === 'fast' ? 0 : 4000);
			}
			const body = providerJson(ctx, p.sub ?? '', spelled);
			return {status: 200, body: {...body, registrationState: reg.state === 'Registered' ? 'Registered' : 'Registering'}};
		})
		.add('GET', '/subscriptions/:sub/resources', (r, p) => {
			requireSubscription(ctx, p.sub ?? '');
			const filter = /resourceType eq '([^']+)'/i.exec(r.query.get('$filter') ?? '')?.[1]?.toLowerCase();
			const prefix = key(`/subscriptions/${p.sub ?? ''}/`);
			const value = allResources(ctx).filter((x) => key(x.id).startsWith(prefix) && (filter === undefined || x.type.toLowerCase() === filter));
			return {status: 200, body: {value}};
		})
		.add('GET', '/subscriptions/:sub/resourceGroups/:rg/resources', (_r, p) => {
			const rg = requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
			return {status: 200, body: {value: resourcesInGroup(ctx, rg)}};
		})
		.add('DELETE', '/subscriptions/:sub/resourceGroups/:rg', (r, p) => deleteResourceGroup(ctx, r, p.sub ?? '', p.rg ?? ''));
}

/** Every resource the sandbox holds that `az resource list` shows, as ARM lists them. */
function allResources(ctx: SandboxContext): Array<{id: string; name: string; type: string; location: string; tags: Record<string, string>}> {
	return [
		...[...ctx.state.registries.values()].map((x) => ({
			id: x.id,
			name: x.name,
			type: 'Microsoft.ContainerRegistry/registries',
			location: x.location,
			tags: x.tags,
		})),
		...[...ctx.state.managedClusters.values()].map((x) => ({
			id: x.id,
			name: x.name,
			type: 'Microsoft.ContainerService/managedClusters',
			location: x.location,
			tags: {},
		})),
		...[...ctx.state.connectedClusters.values()].map((x) => ({
			id: x.id,
			name: x.name,
			type: 'Microsoft.Kubernetes/connectedClusters',
			location: x.location,
			tags: {},
		})),
	];
}

function resourcesInGroup(ctx: SandboxContext, rg: ResourceGroup) {
	const prefix = key(`/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}/`);
	return allResources(ctx).filter((x) => key(x.id).startsWith(prefix));
}

/**
 * `DELETE …/resourceGroups/{name}`: 202 with a Location to poll (as ARM), then the group is gone
 * with everything in it: its registries (and the role assignments scoped to them), its clusters.
 * A group that does not exist is a 404 ResourceGroupNotFound, as ARM answers.
 */
function deleteResourceGroup(ctx: SandboxContext, r: SandboxRequest, subscriptionId: string, name: string): SandboxResponse {
	const rg = requireResourceGroup(ctx, subscriptionId, name);
	const groupId = `/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}`;
	const inside = (id: string) => key(id).startsWith(key(`${groupId}/`));
	const op = ctx.ops.start(
		r.baseUrl,
		groupId,
		() => {
			for (const map of [ctx.state.registries, ctx.state.managedClusters, ctx.state.connectedClusters] as const) {
				for (const [id, resource] of map) if (inside(resource.id)) map.delete(id);
			}
			for (const [id, assignment] of ctx.state.roleAssignments) if (inside(assignment.scope)) ctx.state.roleAssignments.delete(id);
			ctx.state.resourceGroups.delete(key(groupId));
			ctx.notifyAccessChange();
			return {status: 200};
		},
		{apiVersion: r.query.get('api-version') ?? '2022-09-01', durationMs: 1500, runningState: 'Deleting', ...(r.lroFailure ? {failure: r.lroFailure} : {})},
	);
	return {status: 202, headers: {Location: op.location, 'Retry-After': String(ctx.clock.retryAfterSeconds)}};
}

/** Serves `GET /metadata/endpoints` (what az reads to learn a cloud from its ARM endpoint). */
export function addMetadataRoutes(router: Router, endpoints: () => {arm: string; graph: string; authority: string}, cloud: PlayedCloud): void {
	router.add('GET', '/metadata/endpoints', (request) => {
		const e = endpoints();
		const version = request.query.get('api-version') ?? '2015-01-01';
		if (version < '2019-05-01') {
			return {
				status: 200,
				body: {
					galleryEndpoint: '',
					graphEndpoint: `${e.graph}/`,
					portalEndpoint: '',
					authentication: {loginEndpoint: `${e.authority}/`, audiences: ['https://management.core.windows.net/', `${e.arm}/`]},
				},
			};
		}
		return {
			status: 200,
			body: [
				{
					name: 'AzureSandbox',
					resourceManager: `${e.arm}/`,
					microsoftGraphResourceId: `${e.graph}/`,
					graph: `${e.graph}/`,
					portal: '',
					authentication: {
						loginEndpoint: `${e.authority}/`,
						audiences: ['https://management.core.windows.net/', `${e.arm}/`],
						tenant: 'common',
						identityProvider: 'AAD',
					},
					suffixes: {acrLoginServer: cloud.acrSuffix, storage: cloud.storageSuffix, keyVaultDns: cloud.keyVaultSuffix},
				},
			],
		};
	});
}
