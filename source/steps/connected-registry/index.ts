/**
 * The connected-registry path (seed 004): prerequisites checked (Premium, data endpoint, Arc
 * providers, an Arc-connected cluster, the repositories to sync), the connected registry and its
 * connection string, the Service clusterIP and the Arc extension, its verification until Online,
 * then client access and the seed's hello-world deployment, watched until it runs. Clean-up is
 * the undo plan: extension, connected registry (with its sync token and scope map), client token
 * and scope map, secret, deployment.
 */
import type {Context} from '../../wizard/context.js';
import type {Step} from '../../wizard/engine.js';
import {clientAccessStep} from './client.js';
import {createConnectedRegistryStep} from './create.js';
import {installExtensionStep} from './extension.js';
import {checkConnectedPrerequisites} from './prerequisites.js';

export const connectedRegistrySteps: ReadonlyArray<Step<Context>> = [
	checkConnectedPrerequisites,
	createConnectedRegistryStep,
	installExtensionStep,
	clientAccessStep,
];
