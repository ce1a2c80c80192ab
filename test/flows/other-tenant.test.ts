/**
 * Tenants: the shared registry's subscription lives in another tenant (Fabrikam) where the user is a
 * guest. ARM answers a token of the home tenant there with 401 InvalidAuthenticationTokenTenant, and
 * lists only the token's tenant's subscriptions. The real Azure adapter against such a sandbox.
 */
import {tmpdir} from 'node:os';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {seedIds, startSandbox, type Sandbox} from '../../source/sandbox/index.js';
import {key} from '../../source/sandbox/state.js';
import {otherTenant} from '../../source/sandbox/scenarios/registry-in-other-tenant.js';
import {createAzure} from '../../source/azure/azure-sdk.js';
import {createKubernetes} from '../../source/kubernetes/client-node.js';
import {sandboxCloudProfile} from '../../source/environment.js';
import {joinSandbox} from '../../source/sandbox/join.js';
import {sandboxAzure} from '../azure/sandbox-azure.js';

const sharedRegistryId = `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${seedIds.sharedRegistry}`;

describe('a subscription in another tenant the user is a guest in, over the sandbox', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox({pace: 'fast', scenario: 'registry-in-other-tenant'});
	});
	afterAll(async () => sandbox.close());

	test('the subscriptions of every tenant the user is in are listed, each with its tenant', async () => {
		const azure = sandboxAzure(sandbox);
		const subscriptions = await azure.listSubscriptions();
		expect(subscriptions).toEqual(
			expect.arrayContaining([
				expect.objectContaining({id: seedIds.subscriptionId, tenantId: sandbox.tenantId}),
				expect.objectContaining({id: seedIds.sharedSubscriptionId, tenantId: otherTenant.tenantId}),
			]),
		);
	});

	test("a registry there is read with a token of the subscription's tenant, not the home one", async () => {
		const azure = sandboxAzure(sandbox);
		await azure.listSubscriptions();
		await expect(azure.getRegistry(sharedRegistryId)).resolves.toMatchObject({name: seedIds.sharedRegistry});
	});

	test('an Entra ID cluster there is signed in to with a token for the AKS server application from that tenant, not the home one', async () => {
		const azure = sandboxAzure(sandbox);
		await azure.listSubscriptions();
		const cluster = await azure.createManagedCluster({
			subscriptionId: seedIds.sharedSubscriptionId,
			resourceGroup: seedIds.sharedResourceGroup,
			name: 'aks-fabrikam',
			location: seedIds.location,
			nodeCount: 1,
			vmSize: 'Standard_B2s',
		});
		// Microsoft Entra ID sign-in with local accounts disabled: its API server takes only Entra tokens of Fabrikam.
		const stored = sandbox.state.managedClusters.get(key(cluster.id));
		if (stored) sandbox.state.managedClusters.set(key(cluster.id), {...stored, entraId: {disableLocalAccounts: true}});
		const source = await azure.getClusterUserSource(cluster.id);
		const kube = createKubernetes({home: tmpdir()}).cluster(source);
		await expect(kube.listNamespaces()).resolves.toContain('default');
		const claims = JSON.parse(Buffer.from(source.bearer?.first.token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {tid: string; aud: string};
		expect(claims).toMatchObject({tid: otherTenant.tenantId, aud: '6dae42f8-4368-4678-94ff-3960e28e3630'});
	});

	test("a wizard that joins the running sandbox (--sandbox) reaches the other tenant too: its credential asks for that tenant's tokens", async () => {
		const joined = await joinSandbox(sandbox.armEndpoint);
		const azure = createAzure({
			cloud: sandboxCloudProfile({cloud: joined.cloud, caPem: joined.caPem}),
			credential: joined.credential,
			timing: {pollIntervalMs: 5, retryDelayMs: 5},
		});
		await expect(azure.listSubscriptions()).resolves.toEqual(
			expect.arrayContaining([expect.objectContaining({id: seedIds.sharedSubscriptionId, tenantId: otherTenant.tenantId})]),
		);
		await expect(azure.getRegistry(sharedRegistryId)).resolves.toMatchObject({name: seedIds.sharedRegistry});
		// The token the joined credential got there is the guest account's, in Fabrikam.
		const token = await joined.credential.getToken(`${sandbox.armEndpoint}/.default`, {tenantId: otherTenant.tenantId});
		const claims = JSON.parse(Buffer.from((token?.token ?? '').split('.')[1] ?? '', 'base64url').toString('utf8')) as {tid: string; oid: string};
		expect(claims).toMatchObject({tid: otherTenant.tenantId, oid: otherTenant.guestUserId});
	});
});
