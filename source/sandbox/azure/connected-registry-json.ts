/** A connected registry's ARM JSON, apart from registry-json.ts: arc/connected-registry.ts reads that file (directly and through tokens.ts), so this one may read arc/ without an import cycle. */
import {connectedRegistryStatus} from '../arc/connected-registry.js';
import type {SandboxContext} from '../context.js';
import type {ConnectedRegistry, Registry} from '../state.js';
import {dataEndpointOf} from './registry-json.js';

/** A connected registry as ConnectedRegistries_Get answers it, with the read-only fields the examples leave out. */
export function connectedRegistryJson(ctx: SandboxContext, registry: Registry, cr: ConnectedRegistry): Record<string, unknown> {
	const id = `${registry.id}/connectedRegistries/${cr.name}`;
	const active = cr.activation === 'Active';
	const status = connectedRegistryStatus(ctx, registry, cr);
	return {
		id,
		name: cr.name,
		type: 'Microsoft.ContainerRegistry/registries/connectedRegistries',
		properties: {
			provisioningState: ctx.ops.provisioningState(id),
			mode: cr.mode,
			version: status.version,
			connectionState: status.connectionState,
			lastActivityTime: status.lastActivityTime ?? cr.created,
			activation: {status: cr.activation},
			parent: {
				syncProperties: {
					tokenId: cr.syncTokenId,
					schedule: cr.schedule,
					messageTtl: cr.messageTtl,
					...(cr.syncWindow ? {syncWindow: cr.syncWindow} : {}),
					...(status.lastSyncTime ? {lastSyncTime: status.lastSyncTime} : {}),
					gatewayEndpoint: dataEndpointOf(ctx, registry),
				},
			},
			clientTokenIds: cr.clientTokenIds,
			loginServer: {
				host: active ? `${cr.name}.sandbox.local` : '',
				tls: {status: 'Disabled', certificate: {type: 'LocalDirectory', location: '/var/acr/certs'}},
			},
			logging: {logLevel: cr.logLevel, auditLogStatus: cr.auditLogStatus},
			statusDetails: [],
			notificationsList: cr.notificationsList,
			garbageCollection: {enabled: cr.gcEnabled, schedule: cr.gcSchedule},
		},
	};
}
