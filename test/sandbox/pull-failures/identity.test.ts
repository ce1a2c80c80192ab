import {randomUUID} from 'node:crypto';
import {afterEach, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../../source/sandbox/index.js';
import {raw} from '../helpers.js';
import {attachAcr, coreFor, pullVerdict, setPullWorld, sharedLoginServer, startWorld, waitFor} from './helpers.js';

const aksPath = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
const image = `${sharedLoginServer}/nginx:v1`;

describe('the kubelet pulls as a service principal whose secret expires (scenario kubelet-service-principal-expired)', () => {
	let sandbox: Sandbox;
	afterEach(async () => {
		await sandbox.close();
	});

	it('shows servicePrincipalProfile and no managed identity; pulls fail 401 until az aks update-credentials --reset-service-principal sets a fresh secret', async () => {
		sandbox = await startWorld({scenario: 'kubelet-service-principal-expired'});
		const cluster = (await raw(sandbox, 'GET', `${aksPath}?api-version=2025-10-01`)).body as {
			identity?: unknown;
			properties: {servicePrincipalProfile: {clientId: string}; identityProfile?: unknown};
		};
		expect(cluster.identity).toBeUndefined();
		expect(cluster.properties.identityProfile).toBeUndefined();
		const appId = cluster.properties.servicePrincipalProfile.clientId;
		expect(appId).toMatch(/^[0-9a-f-]{36}$/);

		const core = coreFor(sandbox, seedIds.aksCluster);
		expect(await pullVerdict(core, 'before-reset', image)).toBe(
			`Failed to pull image "${image}": rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": failed to authorize: failed to fetch oauth token: unexpected status from POST request to https://${sharedLoginServer}/oauth2/token: 401 Unauthorized`,
		);

		// az ad app credential reset --append, then az aks update-credentials --reset-service-principal.
		const graphToken = (await sandbox.credential.getToken(sandbox.cloud.graphScope))?.token;
		const apps = (await raw(sandbox, 'GET', `${sandbox.graphEndpoint}/v1.0/applications?$filter=appId eq '${appId}'`, undefined, graphToken)).body as {
			value: {id: string}[];
		};
		const added = (
			await raw(
				sandbox,
				'POST',
				`${sandbox.graphEndpoint}/v1.0/applications/${apps.value[0]?.id ?? ''}/addPassword`,
				{passwordCredential: {displayName: 'rotated'}},
				graphToken,
			)
		).body as {secretText: string};
		const reset = await raw(sandbox, 'POST', `${aksPath}/resetServicePrincipalProfile?api-version=2025-10-01`, {clientId: appId, secret: added.secretText});
		expect(reset.status).toBe(202);
		const poll = await raw(sandbox, 'GET', String(reset.headers['azure-asyncoperation']).replace(sandbox.armEndpoint, ''));
		expect(poll.body).toMatchObject({status: 'Succeeded'});
		expect(await pullVerdict(core, 'after-reset', image)).toMatch(/^Successfully pulled image/);
	});

	it('refuses resetServicePrincipalProfile on a managed-identity cluster with the AKS error', async () => {
		sandbox = await startWorld();
		const reset = await raw(sandbox, 'POST', `${aksPath}/resetServicePrincipalProfile?api-version=2025-10-01`, {clientId: randomUUID(), secret: 'x'});
		expect(reset.status).toBe(400);
		expect(reset.body).toEqual({error: {code: 'BadRequest', message: 'Updating service principal profile is not allowed on MSI cluster.'}});
	});
});

describe('kubelet identity lifecycle and node pools', () => {
	let sandbox: Sandbox;
	afterEach(async () => {
		await sandbox.close();
	});
	const anonymous401 = (img: string): string =>
		`Failed to pull image "${img}": rpc error: code = Unknown desc = failed to pull and unpack image "${img}": failed to resolve reference "${img}": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://${sharedLoginServer}/oauth2/token?scope=repository%3Anginx%3Apull&service=${sharedLoginServer}: 401 Unauthorized`;

	it('a kubelet identity detached from the scale sets cannot pull although it holds AcrPull (kubelet-identity-detached)', async () => {
		sandbox = await startWorld({scenario: 'kubelet-identity-detached'});
		expect(await pullVerdict(coreFor(sandbox, seedIds.aksCluster), 'detached', image)).toBe(anonymous401(image));
	});

	it('the control state detaches the kubelet identity from the scale sets and re-attaches it', async () => {
		sandbox = await startWorld();
		expect(await attachAcr(sandbox)).toBe(201);
		const core = coreFor(sandbox, seedIds.aksCluster);
		expect((await setPullWorld(sandbox, {kubeletIdentityDetached: ['aks-sandbox']})).status).toBe(200);
		expect(await pullVerdict(core, 'while-detached', image)).toBe(anonymous401(image));
		await setPullWorld(sandbox, {kubeletIdentityDetached: []});
		await waitFor(
			async () => ((await core.readNamespacedPod({namespace: 'default', name: 'while-detached'})).status?.phase === 'Running' ? true : undefined),
			'the pod to run once re-attached',
		);
		const unknown = await setPullWorld(sandbox, {kubeletIdentityDetached: ['no-such-cluster']});
		expect(unknown.body).toEqual({error: {code: 'InvalidControlState', message: "There is no AKS cluster 'no-such-cluster'."}});
	});

	it('az identity delete of the kubelet identity makes pulls fail 401 (kubelet-identity-deleted starts so; the ARM delete does it too)', async () => {
		sandbox = await startWorld({scenario: 'kubelet-identity-deleted'});
		expect(await pullVerdict(coreFor(sandbox, seedIds.aksCluster), 'deleted', image)).toBe(anonymous401(image));
	});

	it('DELETE of the user-assigned identity removes the kubelet identity from the directory', async () => {
		sandbox = await startWorld({scenario: 'kubelet-identity-detached'});
		const aks = [...sandbox.state.managedClusters.values()][0];
		const resourceId = aks?.kubelet.resourceId ?? '';
		expect((await raw(sandbox, 'DELETE', `${resourceId}?api-version=2023-01-31`)).status).toBe(200);
		expect(sandbox.state.servicePrincipals.has(aks?.kubelet.objectId ?? '')).toBe(false);
	});

	it('a pool with its own kubelet identity without AcrPull fails while nodepool1 pulls (node-pool-own-kubelet-identity)', async () => {
		sandbox = await startWorld({scenario: 'node-pool-own-kubelet-identity'});
		const core = coreFor(sandbox, seedIds.aksCluster);
		const pools = (await raw(sandbox, 'GET', `${aksPath}/agentPools?api-version=2025-10-01`)).body as {value: {name: string; properties: {count: number}}[]};
		expect(pools.value.map((p) => [p.name, p.properties.count])).toEqual([
			['nodepool1', 2],
			['gpupool', 1],
		]);
		const nodes = await core.listNode();
		expect(nodes.items.find((n) => n.metadata?.name === 'aks-gpupool-23456789-vmss000000')?.metadata?.labels).toMatchObject({
			agentpool: 'gpupool',
			'kubernetes.io/os': 'linux',
		});
		expect(await pullVerdict(core, 'on-gpu', image, {nodeSelector: {agentpool: 'gpupool'}})).toBe(anonymous401(image));
		expect(await pullVerdict(core, 'on-system', image, {nodeSelector: {agentpool: 'nodepool1'}})).toMatch(/^Successfully pulled image/);
	});
});
