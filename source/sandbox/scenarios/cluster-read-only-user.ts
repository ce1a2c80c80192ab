import {apiServerOf} from '../control/types.js';
import type {Scenario} from './types.js';

const viewer = 'system:serviceaccount:default:viewer';

/** Someone handed over a kubeconfig for a service account bound to the `view` role only. */
export const clusterReadOnlyUser: Scenario = {
	name: 'cluster-read-only-user',
	description: `The kind-local kubeconfig's user is a service account (${viewer}) that may only read: creating a secret or a pod answers 403 Forbidden.`,
	apply({state, ids}) {
		const server = apiServerOf(state.control, ids.localCluster);
		server.tokenUser = viewer;
		server.rules = [
			{user: viewer, effect: 'allow', namespaces: ['*', ''], verbs: ['get', 'list', 'watch']},
			{user: viewer, effect: 'deny', namespaces: ['*', ''], verbs: ['*']},
		];
	},
};
