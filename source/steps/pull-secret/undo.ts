/**
 * Undo of what the pull-secret path makes: a service principal (with its app and password), a
 * token and its scope map, the secret, the service-account patch, a namespace it created. The
 * connected-registry path's client token and secret are the same kinds.
 */
import {clusterOf, type UndoHandlers} from '../shared/undo-kit.js';

type Kinds = 'delete-service-principal' | 'delete-token' | 'delete-scope-map' | 'delete-secret' | 'remove-sa-pull-secret' | 'delete-namespace';

export const pullSecretUndo: UndoHandlers<Kinds> = {
	'delete-service-principal': {
		run: async ({azure}, {params}) =>
			azure.deleteServicePrincipal({appId: params.appId, objectId: params.objectId, displayName: params.displayName ?? params.appId}),
		call: ({params}) => `DELETE /v1.0/applications(appId='${params.appId}')`,
	},
	'delete-token': {
		run: async ({azure}, {params}) => azure.deleteToken(params.registryId, params.name),
		call: ({params}) => `DELETE ${params.registryId}/tokens/${params.name}`,
	},
	'delete-scope-map': {
		run: async ({azure}, {params}) => azure.deleteScopeMap(params.registryId, params.name),
		call: ({params}) => `DELETE ${params.registryId}/scopeMaps/${params.name}`,
	},
	'delete-secret': {
		run: async (context, {params}) => (await clusterOf(context, params)).deleteSecret(params.namespace, params.name),
		call: ({params}) => `DELETE /api/v1/namespaces/${params.namespace}/secrets/${params.name}`,
	},
	'remove-sa-pull-secret': {
		run: async (context, {params}) =>
			(await clusterOf(context, params)).removeImagePullSecretFromServiceAccount(params.namespace, params.serviceAccount, params.secretName),
		call: ({params}) => `PATCH /api/v1/namespaces/${params.namespace}/serviceaccounts/${params.serviceAccount}`,
	},
	'delete-namespace': {
		run: async (context, {params}) => (await clusterOf(context, params)).deleteNamespace(params.name),
		call: ({params}) => `DELETE /api/v1/namespaces/${params.name}`,
	},
};
