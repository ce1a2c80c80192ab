import {arcWorld, arm, connectionString, createConnectedRegistryWorld, extensionSettled, putExtension, registryPath} from './connected-registry-world.js';
import type {Scenario} from './types.js';

/** The connected registry ran Online, then someone regenerated its sync token's password 1. */
export const connectedRegistrySyncPasswordRotated: Scenario = {
	name: 'connected-registry-sync-password-rotated',
	description: `${arcWorld.connectedRegistry} was Online on ${arcWorld.clusterIP}, then its sync token password 1 was regenerated: the pod logs UNAUTHORIZED and the registry goes Offline until the extension gets a new connection string.`,
	apply() {},
	async started(sandbox) {
		await createConnectedRegistryWorld(sandbox);
		await putExtension(sandbox, {}, await connectionString(sandbox));
		await extensionSettled(sandbox);
		const registry = registryPath();
		await arm(sandbox, 'POST', `${registry}/generateCredentials`, {tokenId: `${registry}/tokens/${arcWorld.connectedRegistry}`, name: 'password1'});
	},
};
