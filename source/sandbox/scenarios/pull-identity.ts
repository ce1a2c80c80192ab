/** Scenarios of who the kubelet pulls as: a service principal, a detached or deleted identity, a pool's own, a slow grant. */
import {roleIds} from '../azure/roles.js';
import {key} from '../state.js';
import {aksOf, assignRole, attachSharedRegistry, sharedRegistryOf, stableGuid} from './pull-helpers.js';
import type {Scenario, ScenarioWorld} from './types.js';

/** The fixed names the identity scenarios create. */
export const pullIdentityIds = {
	kubeletServicePrincipal: 'aks-sandbox-kubelet-sp',
	pullersGroup: 'aks-image-pullers',
	gpuPool: 'gpupool',
	gpuPoolIdentity: 'aks-sandbox-gpupool-identity',
} as const;

/** Makes an application and its service principal with one password that ends at `endDateTime`; returns appId, object id, secret. */
function servicePrincipalWithSecret({state, now}: ScenarioWorld, displayName: string, endDateTime: string): {appId: string; objectId: string; secret: string} {
	const appId = stableGuid(`app-${displayName}`);
	const objectId = stableGuid(`sp-${displayName}`);
	const secret = `${stableGuid(`secret-${displayName}-${now.getTime()}`).replace(/-/g, '').slice(0, 24)}~Sb`;
	const start = new Date(now.getTime() - 365 * 86_400_000).toISOString();
	const password = {
		keyId: stableGuid(`key-${displayName}`),
		displayName: 'rbac',
		hint: secret.slice(0, 3),
		secretText: secret,
		startDateTime: start,
		endDateTime,
	};
	const applicationId = stableGuid(`application-${displayName}`);
	state.applications.set(applicationId, {id: applicationId, appId, displayName, createdDateTime: start, passwordCredentials: [password]});
	state.servicePrincipals.set(objectId, {id: objectId, appId, displayName, servicePrincipalType: 'Application', passwordCredentials: []});
	return {appId, objectId, secret};
}

export const kubeletServicePrincipalExpired: Scenario = {
	name: 'kubelet-service-principal-expired',
	description:
		'aks-sandbox pulls with a service principal (servicePrincipalProfile, no managed identity) whose secret expired yesterday: pulls fail 401 until az aks update-credentials --reset-service-principal.',
	apply(world) {
		const aks = aksOf(world);
		const registry = sharedRegistryOf(world);
		if (!aks || !registry) return;
		const yesterday = new Date(world.now.getTime() - 86_400_000).toISOString();
		const sp = servicePrincipalWithSecret(world, pullIdentityIds.kubeletServicePrincipal, yesterday);
		aks.servicePrincipalProfile = {clientId: sp.appId, secret: sp.secret};
		assignRole(world.state, sp.objectId, 'ServicePrincipal', registry.id, roleIds.acrPull);
	},
};

export const kubeletIdentityDetached: Scenario = {
	name: 'kubelet-identity-detached',
	description:
		"aks-sandbox's kubelet identity holds AcrPull but was removed from the node pools' scale sets (az vmss identity remove): its token requests fail, so pulls answer 401.",
	apply(world) {
		attachSharedRegistry(world);
		const aks = aksOf(world);
		if (aks) aks.kubeletIdentityAttached = false;
	},
};

export const kubeletIdentityDeleted: Scenario = {
	name: 'kubelet-identity-deleted',
	description:
		"aks-sandbox's kubelet identity (aks-sandbox-agentpool) was deleted (az identity delete): the cluster still names it, its AcrPull remains, and pulls answer 401.",
	apply(world) {
		attachSharedRegistry(world);
		const aks = aksOf(world);
		if (aks) world.state.servicePrincipals.delete(aks.kubelet.objectId.toLowerCase());
	},
};

export const nodePoolOwnIdentity: Scenario = {
	name: 'node-pool-own-kubelet-identity',
	description: `aks-sandbox has a second pool '${pullIdentityIds.gpuPool}' whose nodes pull with their own identity, which has no AcrPull: pods scheduled there fail 401 while nodepool1 pulls.`,
	apply(world) {
		attachSharedRegistry(world);
		const aks = aksOf(world);
		if (!aks) return;
		const objectId = stableGuid(`object-${pullIdentityIds.gpuPoolIdentity}`);
		world.state.servicePrincipals.set(objectId, {
			id: objectId,
			appId: stableGuid(`app-${pullIdentityIds.gpuPoolIdentity}`),
			displayName: pullIdentityIds.gpuPoolIdentity,
			servicePrincipalType: 'ManagedIdentity',
			passwordCredentials: [],
		});
		aks.agentPools = [
			{name: 'nodepool1', osType: 'Linux', arch: 'amd64', vmSize: 'Standard_DS2_v2', nodeNames: aks.nodeNames},
			{
				name: pullIdentityIds.gpuPool,
				osType: 'Linux',
				arch: 'amd64',
				vmSize: 'Standard_NC6s_v3',
				nodeNames: ['aks-gpupool-23456789-vmss000000'],
				kubeletIdentity: {
					resourceId: `/subscriptions/${aks.subscriptionId}/resourceGroups/${aks.nodeResourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${pullIdentityIds.gpuPoolIdentity}`,
					clientId: stableGuid(`client-${pullIdentityIds.gpuPoolIdentity}`),
					objectId,
				},
			},
		];
	},
};

export const rolePropagationDelayed: Scenario = {
	name: 'role-propagation-delayed',
	description:
		'New role assignments take 2 minutes to affect pulls (10 minutes through a group): right after az aks update --attach-acr the kubelet still gets 401.',
	apply({state}) {
		state.pullWorld.propagation = {directMs: 120_000, groupMs: 600_000};
	},
};

export const groupRolePropagating: Scenario = {
	name: 'group-role-propagating',
	description: `The kubelet identity is a member of the Entra group '${pullIdentityIds.pullersGroup}', which was just given AcrPull on the shared registry: pulls answer 401 for 10 minutes, then work.`,
	apply(world) {
		const {state, now} = world;
		const aks = aksOf(world);
		const registry = sharedRegistryOf(world);
		if (!aks || !registry) return;
		state.pullWorld.propagation = {directMs: 120_000, groupMs: 600_000};
		const id = stableGuid(`group-${pullIdentityIds.pullersGroup}`);
		state.groups.set(key(id), {
			id,
			displayName: pullIdentityIds.pullersGroup,
			mailNickname: pullIdentityIds.pullersGroup,
			members: new Set([aks.kubelet.objectId.toLowerCase()]),
			createdDateTime: now.toISOString(),
		});
		assignRole(state, id, 'Group', registry.id, roleIds.acrPull, now.toISOString());
	},
};
