/** The real Azure adapter pointed at a running sandbox: its endpoints, credential and CA, with quick polls and retries. */
import type {Azure} from '../../source/azure/azure.js';
import {createAzure} from '../../source/azure/azure-sdk.js';
import type {CloudProfile} from '../../source/azure/clouds.js';
import type {Sandbox} from '../../source/sandbox/index.js';

/** The sandbox as a cloud profile the adapter takes (the suffix's leading dot and the CA filled in). */
export function sandboxCloud(sandbox: Sandbox): CloudProfile {
	return {
		name: sandbox.cloud.name,
		armEndpoint: sandbox.cloud.armEndpoint,
		acrSuffix: `.${sandbox.cloud.acrSuffix.replace(/^\./, '')}`,
		authorityHost: sandbox.cloud.authorityHost,
		graphEndpoint: sandbox.cloud.graphEndpoint,
		armScope: sandbox.cloud.armScope,
		graphScope: sandbox.cloud.graphScope,
		caPem: sandbox.caPem,
	};
}

/** createAzure over the sandbox, polling and retrying every few milliseconds (the sandbox answers Retry-After: 0). */
export function sandboxAzure(sandbox: Sandbox): Azure {
	return createAzure({cloud: sandboxCloud(sandbox), credential: sandbox.credential, timing: {pollIntervalMs: 5, retryDelayMs: 5}});
}
