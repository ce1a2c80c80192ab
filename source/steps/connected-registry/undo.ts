/** Undo of what the connected-registry path makes: the connected registry (with its sync token and scope map) and its Arc extension. */
import {ignoringGone, type UndoHandlers} from '../shared/undo-kit.js';

export const connectedRegistryUndo: UndoHandlers<'delete-connected-registry' | 'delete-extension'> = {
	// As `az acr connected-registry delete --cleanup`: the connected registry, then its sync token and scope map.
	'delete-connected-registry': {
		run: async ({azure}, {params}) => {
			await azure.deleteConnectedRegistry(params.registryId, params.name);
			const sync = params.syncToken ?? params.name;
			await ignoringGone(azure.deleteToken(params.registryId, sync));
			await ignoringGone(azure.deleteScopeMap(params.registryId, sync));
		},
		call: ({params}) => {
			const sync = params.syncToken ?? params.name;
			return `DELETE ${params.registryId}/connectedRegistries/${params.name}, …/tokens/${sync}, …/scopeMaps/${sync}`;
		},
	},
	'delete-extension': {
		run: async ({azure}, {params}) => azure.deleteExtension(params.clusterId, params.name),
		call: ({params}) => `DELETE ${params.clusterId}/providers/Microsoft.KubernetesConfiguration/extensions/${params.name}`,
	},
};
