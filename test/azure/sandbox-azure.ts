/** The real Azure adapter pointed at a running sandbox: its endpoints, credential and CA, with quick polls and retries. */
import type {Azure} from '../../source/azure/azure.js';
import {createAzure} from '../../source/azure/azure-sdk.js';
import type {CloudProfile} from '../../source/azure/clouds.js';
import {sandboxCloudProfile} from '../../source/environment.js';
import type {Sandbox} from '../../source/sandbox/index.js';

/** The sandbox as a cloud profile the adapter takes (the same one `--demo` uses). */
export const sandboxCloud = (sandbox: Sandbox): CloudProfile => sandboxCloudProfile(sandbox);

/** createAzure over the sandbox, polling and retrying every few milliseconds (the sandbox answers Retry-After: 0). */
export function sandboxAzure(sandbox: Sandbox): Azure {
	return createAzure({cloud: sandboxCloud(sandbox), credential: sandbox.credential, timing: {pollIntervalMs: 5, retryDelayMs: 5}});
}
