import {afterEach, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../../source/sandbox/index.js';
import {raw} from '../helpers.js';
import {attachAcr, coreFor, pullVerdict, registryCall, sharedLoginServer, startWorld} from './helpers.js';

const registryPath = `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${seedIds.sharedRegistry}`;
const image = `${sharedLoginServer}/nginx:v1`;
const api = 'api-version=2025-11-01';

describe('registry network rules through ARM', () => {
	let sandbox: Sandbox;
	afterEach(async () => {
		await sandbox.close();
	});

	it('a Standard registry refuses IP rules and disabling public access with the ACR errors, and changes nothing', async () => {
		sandbox = await startWorld();
		const rules = await raw(sandbox, 'PATCH', `${registryPath}?${api}`, {
			properties: {networkRuleSet: {defaultAction: 'Deny', ipRules: [{action: 'Allow', value: '20.1.2.3'}]}},
		});
		expect(rules.status).toBe(400);
		expect(rules.body).toEqual({
			error: {
				code: 'NetworkRuleSetNotSupported',
				message: 'Network rule set is not supported for the SKU Standard. For more information, please visit https://aka.ms/acr/firewall.',
			},
		});
		const access = await raw(sandbox, 'PATCH', `${registryPath}?${api}`, {properties: {publicNetworkAccess: 'Disabled'}});
		expect(access.body).toEqual({
			error: {
				code: 'DisablingPublicNetworkAccessNotSupported',
				message: 'Disabling public network access is not supported for the SKU Standard. For more information, please visit https://aka.ms/acr/private-link.',
			},
		});
		const shown = (await raw(sandbox, 'GET', `${registryPath}?${api}`)).body as {properties: Record<string, unknown>};
		expect(shown.properties).toMatchObject({networkRuleSet: {defaultAction: 'Allow', ipRules: []}, publicNetworkAccess: 'Enabled'});
	});

	it('on Premium the rules are kept and shown; a pull from the cluster is refused 403 until its egress IP is allowed', async () => {
		sandbox = await startWorld();
		expect(await attachAcr(sandbox)).toBe(201);
		expect(
			(
				await raw(sandbox, 'PATCH', `${registryPath}?${api}`, {
					sku: {name: 'Premium'},
					properties: {networkRuleSet: {defaultAction: 'Deny', ipRules: [{action: 'Allow', value: '203.0.113.0/24'}]}},
				})
			).status,
		).toBe(201);
		const shown = (await raw(sandbox, 'GET', `${registryPath}?${api}`)).body as {properties: Record<string, unknown>};
		expect(shown.properties.networkRuleSet).toEqual({defaultAction: 'Deny', ipRules: [{action: 'Allow', value: '203.0.113.0/24'}]});
		const core = coreFor(sandbox, seedIds.aksCluster);
		expect(await pullVerdict(core, 'denied', image)).toBe(
			`Failed to pull image "${image}": rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://${sharedLoginServer}/oauth2/token?scope=repository%3Anginx%3Apull&service=${sharedLoginServer}: 403 Forbidden`,
		);
		// az network public-ip show --ids $(az aks show … --query networkProfile.loadBalancerProfile.effectiveOutboundIPs[0].id)
		const aks = (
			await raw(
				sandbox,
				'GET',
				`/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}?api-version=2025-10-01`,
			)
		).body as {
			properties: {networkProfile: {loadBalancerProfile: {effectiveOutboundIPs: {id: string}[]}}};
		};
		const ipId = aks.properties.networkProfile.loadBalancerProfile.effectiveOutboundIPs[0]?.id ?? '';
		const egressIp = ((await raw(sandbox, 'GET', `${ipId}?api-version=2024-05-01`)).body as {properties: {ipAddress: string}}).properties.ipAddress;
		expect(egressIp).toMatch(/^20\.\d+\.\d+\.\d+$/);
		await raw(sandbox, 'PATCH', `${registryPath}?${api}`, {
			properties: {
				networkRuleSet: {
					defaultAction: 'Deny',
					ipRules: [
						{action: 'Allow', value: '203.0.113.0/24'},
						{action: 'Allow', value: egressIp},
					],
				},
			},
		});
		expect(await pullVerdict(core, 'allowed', image)).toMatch(/^Successfully pulled image/);
	});
});

describe('the path from the nodes to the registry', () => {
	let sandbox: Sandbox;
	afterEach(async () => {
		await sandbox.close();
	});

	it('registry-firewall-denies-cluster: the pod gets 403 and a data-plane caller outside reads DENIED: client with IP … is not allowed access', async () => {
		sandbox = await startWorld({scenario: 'registry-firewall-denies-cluster'});
		expect(await pullVerdict(coreFor(sandbox, seedIds.aksCluster), 'fw', image)).toMatch(/: 403 Forbidden$/);
		const answer = await registryCall(sandbox, sharedLoginServer, 'GET', '/v2/');
		expect(answer.status).toBe(403);
		expect(answer.body).toEqual({
			errors: [
				{
					code: 'DENIED',
					message: expect.stringMatching(
						/^client with IP '\d+\.\d+\.\d+\.\d+' is not allowed access\. Refer https:\/\/aka\.ms\/acr\/firewall to grant access\.$/,
					) as unknown,
					detail: null,
				},
			],
		});
	});

	it('private-endpoint-dns-not-linked: nodes resolve the public address and are refused; linking the zone (private-endpoint-linked) lets them pull while outside callers stay DENIED', async () => {
		sandbox = await startWorld({scenario: 'private-endpoint-dns-not-linked'});
		expect(await pullVerdict(coreFor(sandbox, seedIds.aksCluster), 'unlinked', image)).toMatch(/: 403 Forbidden$/);
		const shown = (await raw(sandbox, 'GET', `${registryPath}?${api}`)).body as {
			properties: {publicNetworkAccess: string; privateEndpointConnections: {name: string}[]};
		};
		expect(shown.properties.publicNetworkAccess).toBe('Disabled');
		expect(shown.properties.privateEndpointConnections.map((c) => c.name)).toEqual(['pe-contososharedacr']);
		await sandbox.close();
		sandbox = await startWorld({scenario: 'private-endpoint-linked'});
		expect(await pullVerdict(coreFor(sandbox, seedIds.aksCluster), 'linked', image)).toMatch(/^Successfully pulled image/);
		expect((await registryCall(sandbox, sharedLoginServer, 'GET', '/v2/')).status).toBe(403);
	});

	it('egress-firewall-blocks-data-endpoint: the manifest resolves, the layer download from the data endpoint times out', async () => {
		sandbox = await startWorld({scenario: 'egress-firewall-blocks-data-endpoint'});
		const message = await pullVerdict(coreFor(sandbox, seedIds.aksCluster), 'blobs', image);
		expect(message).toMatch(
			new RegExp(
				`^Failed to pull image "${image}": rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://contososharedacr\\.eastus\\.data\\.azurecr\\.io/docker/registry/v2/blobs/sha256/[0-9a-f]{2}/[0-9a-f]{64}/data": dial tcp 20\\.\\d+\\.\\d+\\.\\d+:443: i/o timeout$`,
			),
		);
	});

	it.each([
		[
			'egress-firewall-blocks-registry',
			/failed to do request: Head "https:\/\/contososharedacr\.azurecr\.io\/v2\/nginx\/manifests\/v1": dial tcp 20\.\d+\.\d+\.\d+:443: i\/o timeout$/,
		],
		[
			'egress-firewall-tls-inspection',
			/failed to do request: Head "https:\/\/contososharedacr\.azurecr\.io\/v2\/nginx\/manifests\/v1": tls: failed to verify certificate: x509: certificate signed by unknown authority$/,
		],
		[
			'custom-dns-no-such-host',
			/failed to do request: Head "https:\/\/contososharedacr\.azurecr\.io\/v2\/nginx\/manifests\/v1": dial tcp: lookup contososharedacr\.azurecr\.io on 10\.224\.0\.53:53: no such host$/,
		],
	])('%s: the pull fails as containerd reports it', async (scenario, tail) => {
		sandbox = await startWorld({scenario});
		const message = await pullVerdict(coreFor(sandbox, seedIds.aksCluster), 'net', image);
		expect(
			message.startsWith(
				`Failed to pull image "${image}": rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": `,
			),
		).toBe(true);
		expect(message).toMatch(tail);
	});
});
