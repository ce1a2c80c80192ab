import {key} from '../state.js';
import type {Scenario} from './types.js';

const namespaces = ['Microsoft.ContainerRegistry', 'Microsoft.ContainerService', 'Microsoft.KubernetesConfiguration'];

/** A fresh subscription where nobody has registered the providers the wizard needs. */
export const providersUnregistered: Scenario = {
	name: 'providers-unregistered',
	description: `${namespaces.join(', ')} are not registered in the subscription: every PUT of their types answers 409 MissingSubscriptionRegistration until az provider register.`,
	apply({state, ids}) {
		for (const namespace of namespaces) {
			state.providers.set(key(`${ids.subscriptionId}/${namespace}`), {state: 'NotRegistered', registeringPolls: 0});
		}
	},
};
