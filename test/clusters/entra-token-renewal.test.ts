/**
 * An Entra ID AKS cluster's token (for its server application, from the wizard's own sign-in) expires: Entra's last
 * about an hour, the sandbox's here 3 s. A long watch must not die at the expiry: the token is renewed before it
 * expires, as kubelogin does, so the watch's reconnect and every later request carry a valid one. The real adapters
 * over a sandbox whose API server takes only unexpired tokens for that audience and ends a watch when its token expires.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Workload} from '../../source/kubernetes/kubernetes.js';
import {seedIds} from '../../source/sandbox/index.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';
import {sharedRegistry, snapshotCollector} from '../kubernetes/kube-sandbox.js';

const aksId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
const serverAppId = '6dae42f8-4368-4678-94ff-3960e28e3630';
const lifetimeSeconds = 3;

/** Resolves once the clock has passed `timestamp` (a condition on the clock, checked every 100 ms). */
async function clockPasses(timestamp: number): Promise<void> {
	while (Date.now() <= timestamp) await new Promise((resolve) => setTimeout(resolve, 100));
}

const pod = (name: string): Workload => ({
	kind: 'Pod',
	namespace: 'default',
	name,
	labels: {app: 'token-renewal'},
	image: `${sharedRegistry.loginServer}/nginx:v1`,
	containerName: 'nginx',
	imagePullSecrets: [],
});

describe('an Entra ID cluster whose tokens expire, over the sandbox', () => {
	let flow: AttachFlow;
	beforeAll(async () => {
		flow = await startAttachFlow('owner', {entraIdClusters: true, entraIdTokenSeconds: lifetimeSeconds});
	});
	afterAll(async () => flow.close());

	test('the sandbox mints short-lived tokens for the AKS server application, and its API server refuses one once expired', async () => {
		const source = await flow.azure.getClusterUserSource(aksId);
		const first = source.bearer?.first;
		expect(first?.expiresOnTimestamp).toBeLessThanOrEqual(Date.now() + lifetimeSeconds * 1000);
		const claims = JSON.parse(Buffer.from((first?.token ?? '').split('.')[1] ?? '', 'base64url').toString('utf8')) as {aud: string};
		expect(claims.aud).toBe(serverAppId);
		// The same kubeconfig without its renewal source: the token it carries stops working at its expiry.
		const fixed = flow.kubernetes.cluster({kind: 'inline', yaml: source.yaml});
		await expect(fixed.listNamespaces()).resolves.toContain('default');
		await clockPasses(first?.expiresOnTimestamp ?? 0);
		await expect(fixed.listNamespaces()).rejects.toMatchObject({statusCode: 401});
	});

	test('a watch outlives its first token: the token is renewed, the watch reconnects, and a pod made after the expiry is seen', async () => {
		const source = await flow.azure.getClusterUserSource(aksId);
		const expiry = source.bearer?.first.expiresOnTimestamp ?? 0;
		const cluster = flow.kubernetes.cluster(source);
		const collector = snapshotCollector();
		const stop = await cluster.watchPods('default', 'app=token-renewal', collector.onChange, collector.onError);
		try {
			await collector.until(() => true, 'the first snapshot');
			// The API server ends the watch at the token's expiry; the reconnect must carry a renewed token.
			await clockPasses(expiry + 500);
			await expect(cluster.applyWorkload(pod('after-expiry'))).resolves.toEqual({created: true});
			await collector.until((snapshot) => snapshot.pods.some((item) => item.name === 'after-expiry'), 'the pod made after the expiry');
			// A second lifetime over: renewed again, still watching.
			await clockPasses(expiry + lifetimeSeconds * 1000 + 500);
			await cluster.deleteWorkload('Pod', 'default', 'after-expiry');
			await collector.until((snapshot) => !snapshot.pods.some((item) => item.name === 'after-expiry' && item.status !== 'Terminating'), 'the pod gone');
			expect(collector.errors).toEqual([]);
		} finally {
			stop();
		}
	});
});
