/**
 * The Azure SDK adapter behind the `Azure` port. Only `azure-sdk*.ts` import `@azure/*`; this
 * factory puts the parts together over one shared context (credential, endpoints, trusted CA,
 * one client per kind and subscription). Every method returns plain data and throws AzureError.
 */
import type {Azure} from './azure.js';
import type {CloudProfile} from './clouds.js';
import type {AzureCredential} from './credential.js';
import {createAccess} from './azure-sdk-access.js';
import {createAccount} from './azure-sdk-account.js';
import {createSdkContext, type SdkTiming} from './azure-sdk-clients.js';
import {createClusters} from './azure-sdk-clusters.js';
import {createClusterLifecycle} from './azure-sdk-cluster-lifecycle.js';
import {createPullCheck} from './azure-sdk-pull-check.js';
import {createDirectory} from './azure-sdk-directory.js';
import {createRegistries} from './azure-sdk-registries.js';
import {createRegistryContent} from './azure-sdk-registry-content.js';

export type AzureOptions = {
	readonly cloud: CloudProfile;
	/** Undefined means the az CLI session, then the environment, then a managed identity. */
	readonly credential?: AzureCredential;
	/** Poll and retry pacing; Azure's defaults when absent (a fast emulator may ask for less). */
	readonly timing?: SdkTiming;
};

/** Creates the Azure port over the SDK clients for `cloud`. */
export function createAzure(options: AzureOptions): Azure {
	const ctx = createSdkContext(options.cloud, options.credential, options.timing);
	return {
		...createAccount(ctx),
		...createRegistries(ctx),
		...createClusters(ctx),
		...createClusterLifecycle(ctx),
		...createPullCheck(ctx),
		...createRegistryContent(ctx),
		...createAccess(ctx),
		...createDirectory(ctx),
	};
}
