/**
 * The connected-registry path (seed 004): prerequisites checked (Premium, data endpoint, Arc
 * providers, an Arc-connected cluster, the repositories to sync), the connected registry and its
 * connection string, the Service clusterIP and the Arc extension, its verification until Online,
 * then client access and the seed's hello-world deployment, watched until it runs, and clean-up
 * as its own choice (sample and secret, extension, connected registry, tokens and scope maps),
 * each removal also in the summary's undo plan.
 */
import type {Context} from '../../wizard/context.js';
import type {Step} from '../../wizard/engine.js';
import {clientAccessStep} from './client.js';
import {createConnectedRegistryStep} from './create.js';
import {installExtensionStep} from './extension.js';
import {checkConnectedPrerequisites} from './prerequisites.js';
import {cleanUpStep} from './cleanup.js';

export const connectedRegistrySteps: ReadonlyArray<Step<Context>> = [
	checkConnectedPrerequisites,
	createConnectedRegistryStep,
	installExtensionStep,
	clientAccessStep,
	cleanUpStep,
];
