/** Subscriptions, the signed-in identity, resource providers, permissions and resource groups. */
import {AzureError, type AzureAccount, type EligibleRole, type ResourceGroup} from './azure.js';
import {decodeClaims, identityFromClaims} from './azure-sdk-claims.js';
import {collect, type SdkContext} from './azure-sdk-clients.js';
import {mapped, toAzureError} from './azure-sdk-errors.js';
import {permits, roleAssignmentWrite, type PermissionEntry} from './azure-sdk-permissions.js';

/** Permissions_List* api-version; the REST path takes any scope as is (subscription, group or resource). */
const permissionsApiVersion = '2022-04-01';
/** Microsoft.Authorization roleEligibilityScheduleInstances api-version. */
const eligibilityApiVersion = '2020-10-01';

/** A role eligibility schedule instance as the port's plain data (its role's and scope's display names from expandedProperties). */
function eligibleRoleOf(item: unknown): EligibleRole {
	const record = (typeof item === 'object' && item !== null ? item : {}) as {properties?: Record<string, unknown>};
	const properties = record.properties ?? {};
	const expanded = (typeof properties.expandedProperties === 'object' && properties.expandedProperties !== null ? properties.expandedProperties : {}) as {
		roleDefinition?: {displayName?: unknown};
		scope?: {displayName?: unknown};
	};
	const text = (value: unknown): string => (typeof value === 'string' ? value : '');
	const roleDefinitionId = text(properties.roleDefinitionId);
	const scope = text(properties.scope);
	return {
		roleDefinitionId,
		roleName: text(expanded.roleDefinition?.displayName) || (roleDefinitionId.split('/').at(-1) ?? roleDefinitionId),
		scope,
		scopeName: text(expanded.scope?.displayName) || scope,
	};
}

const resourceGroupOf = (group: {id?: string; name?: string; location: string}): ResourceGroup => ({
	id: group.id ?? '',
	name: group.name ?? '',
	location: group.location,
});

function entriesOf(items: readonly unknown[]): PermissionEntry[] {
	return items.map((item) => {
		const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
		const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
		return {actions: strings(record.actions), notActions: strings(record.notActions)};
	});
}

/** The account part of the port. */
export function createAccount(ctx: SdkContext): AzureAccount {
	const resources = async (subscriptionId: string) =>
		ctx.cached(
			'resources',
			subscriptionId,
			async () => new (await import('@azure/arm-resources')).ResourceManagementClient(ctx.credentialFor(subscriptionId), subscriptionId, ctx.modularOptions),
		);
	const subscriptions = async () =>
		ctx.cached(
			'subscriptions',
			'',
			async () => new (await import('@azure/arm-resources-subscriptions')).SubscriptionClient(ctx.credential, ctx.modularOptions),
		);
	return {
		async signedInIdentity() {
			let token;
			try {
				// Asked anew each time (the checks re-run after az login): the clients made after it share this token.
				token = await ctx.credential.renew(ctx.cloud.armScope);
			} catch (error: unknown) {
				throw toAzureError(error);
			}
			if (!token) throw new AzureError('No credential could sign in to Azure.', 'CredentialUnavailable');
			return identityFromClaims(decodeClaims(token.token));
		},
		async listSubscriptions() {
			// The subscription's checks and the registry step come next: their SDKs load once the first token is there and
			// the lists are asked for with it, while their answers are awaited (not once the subscription is chosen, nor
			// before the token is asked for: both would hold the main thread on the way to the first change).
			const preload = () => {
				for (const sdk of [import('@azure/arm-resources'), import('@azure/arm-containerregistry')]) sdk.catch(() => undefined);
			};
			ctx.credential.getToken(ctx.cloud.armScope).then(
				() => setImmediate(preload),
				() => undefined,
			);
			// As `az login` does: every tenant the user is in, then each tenant's subscriptions with a token of that tenant.
			// Both lists at once: the tenants are read whatever the subscriptions say.
			const [home, tenants] = await Promise.all([
				mapped(async () => collect((await subscriptions()).subscriptions.list())),
				mapped(async () => collect((await subscriptions()).tenants.list())).catch(() => []),
			]);
			const seen = new Set(home.map((s) => s.subscriptionId ?? ''));
			const others = await Promise.all(
				tenants
					.map((t) => t.tenantId ?? '')
					.filter((tenantId) => tenantId !== '' && !home.some((s) => s.tenantId === tenantId))
					.map(async (tenantId) => {
						const client = new (await import('@azure/arm-resources-subscriptions')).SubscriptionClient(ctx.credentialForTenant(tenantId), ctx.modularOptions);
						// A tenant that refuses the sign-in (MFA, Conditional Access) is left out, as az login warns and goes on.
						return collect(client.subscriptions.list()).catch(() => []);
					}),
			);
			const all = [...home, ...others.flat().filter((s) => !seen.has(s.subscriptionId ?? ''))];
			for (const s of all) ctx.rememberTenant(s.subscriptionId ?? '', s.tenantId ?? '');
			return all.map((s) => ({id: s.subscriptionId ?? '', name: s.displayName ?? '', tenantId: s.tenantId ?? ''}));
		},
		providerState: async (subscriptionId, namespace) =>
			mapped(async () => (await (await resources(subscriptionId)).providers.get(namespace)).registrationState ?? 'NotRegistered'),
		registerProvider: async (subscriptionId, namespace) =>
			mapped(async () => (await (await resources(subscriptionId)).providers.register(namespace)).registrationState ?? 'Registering'),
		async canWriteRoleAssignments(scope) {
			const path = `${scope.replace(/\/+$/, '')}/providers/Microsoft.Authorization/permissions?api-version=${permissionsApiVersion}`;
			return permits(entriesOf(await ctx.armFor(scope).listAll(path)), roleAssignmentWrite);
		},
		async listEligibleRoles(scope) {
			const path = `${scope.replace(/\/+$/, '')}/providers/Microsoft.Authorization/roleEligibilityScheduleInstances?api-version=${eligibilityApiVersion}&$filter=asTarget()`;
			return (await ctx.armFor(scope).listAll(path)).map(eligibleRoleOf);
		},
		async listLocations(subscriptionId) {
			// The subscription's own tenant signs the call, as for its resources.
			const client = await ctx.cached(
				'locations',
				subscriptionId,
				async () => new (await import('@azure/arm-resources-subscriptions')).SubscriptionClient(ctx.credentialFor(subscriptionId), ctx.modularOptions),
			);
			const listed = await mapped(async () => collect(client.subscriptions.listLocations(subscriptionId)));
			// Logical regions (`europe`, `unitedstates`) group physical ones and hold no resources.
			return listed
				.filter((item) => item.name !== undefined && (item.metadata?.regionType ?? 'Physical') === 'Physical')
				.map((item) => ({name: item.name ?? '', displayName: item.displayName ?? item.name ?? ''}));
		},
		listResourceGroups: async (subscriptionId) =>
			mapped(async () => (await collect((await resources(subscriptionId)).resourceGroups.list())).map(resourceGroupOf)),
		createResourceGroup: async (subscriptionId, name, location) =>
			mapped(async () => resourceGroupOf(await (await resources(subscriptionId)).resourceGroups.createOrUpdate(name, {location}))),
		listGroupResources: async (subscriptionId, name) =>
			mapped(async () => (await collect((await resources(subscriptionId)).resources.listByResourceGroup(name))).flatMap((item) => (item.id ? [item.id] : []))),
		deleteResourceGroup: async (subscriptionId, name) =>
			mapped(async () => {
				await (await resources(subscriptionId)).resourceGroups.beginDeleteAndWait(name);
			}),
	};
}
