/**
 * Creating and deleting AKS clusters (SDK) and user-assigned identities (REST: no
 * Microsoft.ManagedIdentity SDK in our set), with the request body `az aks create` sends.
 */
import {generateKeyPairSync} from 'node:crypto';
import type {ManagedCluster as SdkManagedCluster} from '@azure/arm-containerservice';
import type {AzureClusters, NewManagedCluster, UserAssignedIdentity} from './azure.js';
import {untilDone, type SdkContext} from './azure-sdk-clients.js';
import {mapped} from './azure-sdk-errors.js';
import {parseResourceId} from './azure-sdk-ids.js';
import {aksClient, managedClusterOf} from './azure-sdk-clusters.js';

/** Microsoft.ManagedIdentity api-version. */
const identityApiVersion = '2023-01-31';

/** One SSH wire-format field: a 4-byte length, then the bytes. */
function sshField(bytes: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(bytes.length);
	return Buffer.concat([length, bytes]);
}

/** An unsigned big-endian integer as SSH's mpint (a leading zero when its top bit is set). */
function mpint(base64url: string): Buffer {
	const bytes = Buffer.from(base64url, 'base64url');
	return sshField((bytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

/** A new RSA public key in OpenSSH form, as `--generate-ssh-keys` puts in linuxProfile (the private half is not kept: nobody signs in to the nodes). */
export function newSshPublicKey(): string {
	const {publicKey} = generateKeyPairSync('rsa', {modulusLength: 2048});
	const jwk = publicKey.export({format: 'jwk'});
	const blob = Buffer.concat([sshField(Buffer.from('ssh-rsa')), mpint(jwk.e ?? ''), mpint(jwk.n ?? '')]);
	return `ssh-rsa ${blob.toString('base64')} acr-wizard`;
}

/** The PUT body of `az aks create` for the input: one system node pool, managed (or the user's) identities, RBAC on. */
export function newClusterBody(input: NewManagedCluster): SdkManagedCluster {
	const {identities} = input;
	return {
		location: input.location,
		...(identities ? {identity: {type: 'UserAssigned', userAssignedIdentities: {[identities.controlPlane.id]: {}}}} : {identity: {type: 'SystemAssigned'}}),
		dnsPrefix: `${input.name.replace(/[^a-zA-Z0-9-]/g, '').slice(0, 30)}-dns`,
		enableRbac: true,
		agentPoolProfiles: [{name: 'nodepool1', count: input.nodeCount, vmSize: input.vmSize, osType: 'Linux', mode: 'System', type: 'VirtualMachineScaleSets'}],
		linuxProfile: {adminUsername: 'azureuser', ssh: {publicKeys: [{keyData: newSshPublicKey()}]}},
		...(identities
			? {
					identityProfile: {
						kubeletidentity: {resourceId: identities.kubelet.id, clientId: identities.kubelet.clientId, objectId: identities.kubelet.principalId},
					},
				}
			: {}),
	};
}

/** A user-assigned identity's ARM JSON as the port's plain data. */
function identityOf(json: unknown): UserAssignedIdentity {
	const record = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
	const properties = (typeof record.properties === 'object' && record.properties !== null ? record.properties : {}) as Record<string, unknown>;
	const text = (value: unknown) => (typeof value === 'string' ? value : '');
	return {id: text(record.id), name: text(record.name), clientId: text(properties.clientId), principalId: text(properties.principalId)};
}

/** The cluster and identity lifecycle part of the clusters port. */
export function createClusterLifecycle(
	ctx: SdkContext,
): Pick<AzureClusters, 'createManagedCluster' | 'deleteManagedCluster' | 'createUserAssignedIdentity' | 'deleteUserAssignedIdentity'> {
	const lro = {updateIntervalInMs: ctx.updateIntervalInMs};
	const aks = async (subscriptionId: string) => aksClient(ctx, subscriptionId);
	const identityPath = (id: string) => `${id}?api-version=${identityApiVersion}`;
	return {
		async createManagedCluster(input, progress) {
			const client = await aks(input.subscriptionId);
			return mapped(async () =>
				managedClusterOf(await untilDone(client.managedClusters.createOrUpdate(input.resourceGroup, input.name, newClusterBody(input), lro), progress)),
			);
		},
		async deleteManagedCluster(id, progress) {
			const {subscriptionId, resourceGroup, name} = parseResourceId(id);
			const client = await aks(subscriptionId);
			await mapped(async () => untilDone(client.managedClusters.delete(resourceGroup, name, lro), progress));
		},
		async createUserAssignedIdentity(input) {
			const id = `/subscriptions/${input.subscriptionId}/resourceGroups/${input.resourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${input.name}`;
			return identityOf((await ctx.armFor(id).send('PUT', identityPath(id), {location: input.location})).body);
		},
		async deleteUserAssignedIdentity(id) {
			await ctx.armFor(id).send('DELETE', identityPath(id));
		},
	};
}
