/** The Azure SDK adapter (being written): the only file that imports @azure/*. */
import type {Azure} from './azure.js';
import type {CloudProfile} from './clouds.js';
import type {AzureCredential} from './credential.js';

export type AzureOptions = {readonly cloud: CloudProfile; readonly credential?: AzureCredential};

/** Creates the Azure port over the SDK clients for `cloud`. */
export function createAzure(_options: AzureOptions): Azure {
	throw new Error('The Azure adapter is not built yet.');
}
