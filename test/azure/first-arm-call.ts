/**
 * Measures the time to the first ARM call from a cold import of the Azure adapter: importing
 * azure-sdk.js, creating the adapter, getting a token and listing subscriptions against a sandbox
 * on loopback. It runs on build output, in a fresh Node process (Node 22 strips the types):
 *   npm run build && node test/azure/first-arm-call.ts [buildDir]
 * The sandbox loads no @azure/* code at run time, so the adapter's import is cold.
 */
import {resolve} from 'node:path';
import {performance} from 'node:perf_hooks';
import {pathToFileURL} from 'node:url';
import type * as sdk from '../../source/azure/azure-sdk.js';
import type * as sandboxIndex from '../../source/sandbox/index.js';

type SdkModule = typeof sdk;
type SandboxModule = typeof sandboxIndex;

const buildDir = resolve(process.argv[2] ?? 'dist');
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(`${buildDir}/${path}`).href)) as T;
const ms = (n: number): string => `${n.toFixed(1)} ms`;

const {startSandbox} = await load<SandboxModule>('sandbox/index.js');
const sandbox = await startSandbox({pace: 'fast', seed: 'owner'});
try {
	const cloud = {...sandbox.cloud, acrSuffix: `.${sandbox.cloud.acrSuffix}`, caPem: sandbox.caPem};
	const t0 = performance.now();
	const {createAzure} = await load<SdkModule>('azure/azure-sdk.js');
	const t1 = performance.now();
	const azure = createAzure({cloud, credential: sandbox.credential});
	const subscriptions = await azure.listSubscriptions();
	const t2 = performance.now();
	await azure.listManagedClusters(sandbox.subscriptionId);
	const t3 = performance.now();
	await azure.listSubscriptions();
	const t4 = performance.now();
	console.log(
		`import ${ms(t1 - t0)}, first listSubscriptions ${ms(t2 - t1)} (${subscriptions.length}), total to first ARM answer ${ms(t2 - t0)}; ` +
			`first AKS call ${ms(t3 - t2)}; warm listSubscriptions ${ms(t4 - t3)}`,
	);
} finally {
	await sandbox.close();
}
