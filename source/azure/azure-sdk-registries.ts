/** Container registries: list, read, name check, create, update, delete and image import. */
import type {Registry as SdkRegistry} from '@azure/arm-containerregistry';
import {AzureError, type AzureRegistries, type Registry, type RegistrySku} from './azure.js';
import {messages} from '../messages/catalog.js';
import {collect, settleCreate, untilDone, type SdkContext} from './azure-sdk-clients.js';
import {mapped, orUndefined, toAzureError} from './azure-sdk-errors.js';
import {resourceGroupOf, subscriptionOf} from './azure-sdk-ids.js';
import {acrClient, acrTarget} from './azure-sdk-acr.js';
import {createConnectedRegistries} from './azure-sdk-connected-registries.js';
import {createRegistryAccess} from './azure-sdk-registry-access.js';

const skus: readonly RegistrySku[] = ['Basic', 'Standard', 'Premium'];

/** The SDK's registry as the port's plain data. */
function registryOf(r: SdkRegistry): Registry {
	const id = r.id ?? '';
	const sku = skus.find((s) => s.toLowerCase() === r.sku.name.toLowerCase()) ?? 'Basic';
	return {
		id,
		name: r.name ?? '',
		subscriptionId: subscriptionOf(id),
		resourceGroup: resourceGroupOf(id),
		location: r.location,
		sku,
		loginServer: r.loginServer ?? '',
		adminUserEnabled: r.adminUserEnabled ?? false,
		dataEndpointEnabled: r.dataEndpointEnabled ?? false,
		...(r.publicNetworkAccess ? {publicNetworkAccess: r.publicNetworkAccess} : {}),
		...(r.networkRuleSet
			? {networkRuleSet: {defaultAction: r.networkRuleSet.defaultAction, ipRules: (r.networkRuleSet.ipRules ?? []).map((rule) => rule.iPAddressOrRange)}}
			: {}),
		...(r.roleAssignmentMode ? {roleAssignmentMode: r.roleAssignmentMode} : {}),
		...(r.anonymousPullEnabled === undefined ? {} : {anonymousPullEnabled: r.anonymousPullEnabled}),
	};
}

/** Splits `docker.io/library/nginx:latest` into the registry host and the image; a bare name comes from Docker Hub. */
export function splitImageSource(source: string): {registryUri: string; sourceImage: string} {
	const slash = source.indexOf('/');
	const first = slash > 0 ? source.slice(0, slash) : '';
	if (first && (first.includes('.') || first.includes(':') || first === 'localhost')) {
		return {registryUri: first, sourceImage: source.slice(slash + 1)};
	}
	return {registryUri: 'docker.io', sourceImage: source};
}

/**
 * Whether an import failure reads as "the target tag is already there" (409 Conflict). Only a fallback: callers
 * decide by reading the target tag through the data plane (`importUnlessThere`), since ACR words the conflict in
 * more than one way and a 409 may have another cause (an operation already in progress on the registry).
 */
export function isTagExists(error: AzureError): boolean {
	return error.code === 'Conflict' || error.statusCode === 409;
}

/** A create whose operation failed may leave the registry behind in the Failed state: the error says so, and how to remove it. */
async function withFailedRegistry(
	error: AzureError,
	input: {resourceGroup: string; name: string; subscriptionId: string},
	read: () => Promise<SdkRegistry | undefined>,
): Promise<AzureError> {
	const left = await read().catch(() => undefined);
	if (left?.provisioningState?.toLowerCase() !== 'failed') return error;
	const undo = `az acr delete --name ${input.name} --resource-group ${input.resourceGroup} --subscription ${input.subscriptionId} --yes`;
	const sentence = messages().errors.azure.adapter.leftBehind(`The registry ${input.name} (provisioning state Failed)`, undo);
	return new AzureError(`${error.message} ${sentence}`, error.code, error.statusCode, error.target);
}

/** The registries part of the port (with scope maps, tokens and connected registries). */
export function createRegistries(ctx: SdkContext): Omit<AzureRegistries, 'checkIdentityPull'> {
	const lro = {updateIntervalInMs: ctx.updateIntervalInMs};
	return {
		listRegistries: async (subscriptionId) => mapped(async () => (await collect((await acrClient(ctx, subscriptionId)).registries.list())).map(registryOf)),
		async getRegistry(id) {
			const {client, rg, registry} = await acrTarget(ctx, id);
			return mapped(async () => registryOf(await client.registries.get(rg, registry)));
		},
		async checkRegistryName(subscriptionId, name) {
			const status = await mapped(async () =>
				(await acrClient(ctx, subscriptionId)).registries.checkNameAvailability({name, type: 'Microsoft.ContainerRegistry/registries'}),
			);
			return {
				available: status.nameAvailable ?? false,
				...(status.reason ? {reason: status.reason} : {}),
				...(status.message ? {message: status.message} : {}),
			};
		},
		async createRegistry(input, progress) {
			const client = await acrClient(ctx, input.subscriptionId);
			const body: SdkRegistry = {location: input.location, sku: {name: input.sku}, adminUserEnabled: false};
			const read = async () => orUndefined(async () => client.registries.get(input.resourceGroup, input.name));
			try {
				return await settleCreate(
					async () => registryOf(await untilDone(client.registries.create(input.resourceGroup, input.name, body, lro), progress)),
					async () => {
						const found = await read();
						return found && {state: found.provisioningState, value: registryOf(found)};
					},
					ctx.readBackDelaysMs,
				);
			} catch (error: unknown) {
				throw await withFailedRegistry(toAzureError(error), input, read);
			}
		},
		async updateRegistry(id, change, progress) {
			const {client, rg, registry} = await acrTarget(ctx, id);
			const body = {
				...(change.sku ? {sku: {name: change.sku}} : {}),
				...(change.dataEndpointEnabled === undefined ? {} : {dataEndpointEnabled: change.dataEndpointEnabled}),
				...(change.adminUserEnabled === undefined ? {} : {adminUserEnabled: change.adminUserEnabled}),
			};
			return mapped(async () => registryOf(await untilDone(client.registries.update(rg, registry, body, lro), progress)));
		},
		async deleteRegistry(id, progress) {
			const {client, rg, registry} = await acrTarget(ctx, id);
			// ARM answers a DELETE of a missing registry with 204 like a real one; reading it first makes "already gone" a 404.
			await mapped(async () => client.registries.get(rg, registry));
			await mapped(async () => untilDone(client.registries.delete(rg, registry, lro), progress));
		},
		async importImage(registryId, source, targetTag, progress, credentials) {
			const {client, rg, registry} = await acrTarget(ctx, registryId);
			const from = {...splitImageSource(source), ...(credentials ? {credentials: {username: credentials.username, password: credentials.password}} : {})};
			const parameters = {source: from, targetTags: [targetTag], mode: 'NoForce'};
			try {
				await untilDone(client.registries.importImage(rg, registry, parameters, lro), progress);
				return {created: true};
			} catch (error: unknown) {
				const mappedError = toAzureError(error);
				if (isTagExists(mappedError)) return {created: false};
				throw mappedError;
			}
		},
		...createRegistryAccess(ctx),
		...createConnectedRegistries(ctx),
	};
}
