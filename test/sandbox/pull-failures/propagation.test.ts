import {afterEach, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../../source/sandbox/index.js';
import {raw} from '../helpers.js';
import {attachAcr, coreFor, podEvents, pullVerdict, setPullWorld, sharedLoginServer, startWorld, waitFor} from './helpers.js';

const image = `${sharedLoginServer}/nginx:v1`;

describe('role-assignment propagation', () => {
	let sandbox: Sandbox;
	afterEach(async () => {
		await sandbox.close();
	});
	const aksId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
	const decide = () => sandbox.authority.decidePull({image, clusterId: aksId, credentials: []});

	it('a new AcrPull affects pulls only after the direct delay; the waiting pod then starts by itself', async () => {
		sandbox = await startWorld();
		expect((await setPullWorld(sandbox, {propagation: {directMs: 2000, groupMs: 6000}})).status).toBe(200);
		const core = coreFor(sandbox, seedIds.aksCluster);
		const assignedAt = Date.now();
		expect(await attachAcr(sandbox)).toBe(201);
		expect(await pullVerdict(core, 'early', image)).toMatch(/401 Unauthorized$/);
		await waitFor(
			async () => ((await core.readNamespacedPod({namespace: 'default', name: 'early'})).status?.phase === 'Running' ? true : undefined),
			'the pod to run once the role took effect',
		);
		expect(Date.now() - assignedAt).toBeGreaterThanOrEqual(2000);
		expect((await podEvents(core, 'default', 'early')).map((e) => e.reason)).toContain('Pulled');
	});

	it('AcrPull given to an Entra group the kubelet identity is a member of takes the longer group delay', async () => {
		sandbox = await startWorld();
		await setPullWorld(sandbox, {propagation: {directMs: 100, groupMs: 2500}});
		const graphToken = (await sandbox.credential.getToken(sandbox.cloud.graphScope))?.token;
		const group = (
			await raw(
				sandbox,
				'POST',
				`${sandbox.graphEndpoint}/v1.0/groups`,
				{displayName: 'aks-image-pullers', mailNickname: 'aks-image-pullers', securityEnabled: true, mailEnabled: false},
				graphToken,
			)
		).body as {id: string};
		const kubelet = [...sandbox.state.managedClusters.values()][0]?.kubelet.objectId ?? '';
		const added = await raw(
			sandbox,
			'POST',
			`${sandbox.graphEndpoint}/v1.0/groups/${group.id}/members/$ref`,
			{'@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${kubelet}`},
			graphToken,
		);
		expect(added.status).toBe(204);
		const again = await raw(
			sandbox,
			'POST',
			`${sandbox.graphEndpoint}/v1.0/groups/${group.id}/members/$ref`,
			{'@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${kubelet}`},
			graphToken,
		);
		expect(again.body).toMatchObject({
			error: {code: 'Request_BadRequest', message: "One or more added object references already exist for the following modified properties: 'members'."},
		});
		const members = (await raw(sandbox, 'GET', `${sandbox.graphEndpoint}/v1.0/groups/${group.id}/members`, undefined, graphToken)).body as {
			value: {id: string}[];
		};
		expect(members.value.map((m) => m.id)).toEqual([kubelet]);
		const assignedAt = Date.now();
		expect(await attachAcr(sandbox, undefined, group.id, {principalType: 'Group'})).toBe(201);
		expect(decide()).toMatchObject({ok: false, kind: 'unauthorized'});
		await waitFor(() => (decide().ok ? true : undefined), 'the group assignment to take effect');
		expect(Date.now() - assignedAt).toBeGreaterThanOrEqual(2500);
	});

	it('role-propagation-delayed starts with the delays; a wrong control field is refused and changes nothing', async () => {
		sandbox = await startWorld({scenario: 'role-propagation-delayed'});
		const state = (await raw(sandbox, 'GET', '/_sandbox/state', undefined, null)).body as {pull: {propagation: unknown}};
		expect(state.pull.propagation).toEqual({directMs: 120_000, groupMs: 600_000});
		const bad = await setPullWorld(sandbox, {propagation: {directMs: -1}, clientIp: '10.1.1.1'});
		expect(bad.status).toBe(400);
		expect(bad.body).toEqual({error: {code: 'InvalidControlState', message: "'pull.propagation.directMs' must be a whole number of at least 0; got -1."}});
		const after = (await raw(sandbox, 'GET', '/_sandbox/state', undefined, null)).body as {pull: {propagation: unknown; clientIp: string}};
		expect(after.pull).toMatchObject({propagation: {directMs: 120_000, groupMs: 600_000}, clientIp: '198.51.100.24'});
		expect(await attachAcr(sandbox)).toBe(201);
		expect(decide()).toMatchObject({ok: false, kind: 'unauthorized'});
	});

	it('group-role-propagating: the kubelet is in aks-image-pullers, whose AcrPull was just given, so pulls still answer 401', async () => {
		sandbox = await startWorld({scenario: 'group-role-propagating'});
		expect(decide()).toMatchObject({ok: false, kind: 'unauthorized'});
		const graphToken = (await sandbox.credential.getToken(sandbox.cloud.graphScope))?.token;
		const groups = (await raw(sandbox, 'GET', `${sandbox.graphEndpoint}/v1.0/groups?$filter=displayName eq 'aks-image-pullers'`, undefined, graphToken))
			.body as {value: {id: string}[]};
		expect(groups.value).toHaveLength(1);
		await setPullWorld(sandbox, {propagation: {groupMs: 0}});
		expect(decide()).toMatchObject({ok: true});
	});
});

describe('the pull section of the control state sets the network without a scenario', () => {
	let sandbox: Sandbox;
	afterEach(async () => {
		await sandbox.close();
	});

	it('an egress firewall set through PATCH /_sandbox/state makes the next pull time out, and removing it lets the pod start', async () => {
		sandbox = await startWorld();
		expect(await attachAcr(sandbox)).toBe(201);
		const set = await setPullWorld(sandbox, {clusters: {'aks-sandbox': {firewall: {allow: ['mcr.microsoft.com'], refused: 'drop'}}}});
		expect(set.status).toBe(200);
		const core = coreFor(sandbox, seedIds.aksCluster);
		expect(await pullVerdict(core, 'blocked', image)).toMatch(/dial tcp 20\.\d+\.\d+\.\d+:443: i\/o timeout$/);
		await setPullWorld(sandbox, {clusters: {'aks-sandbox': {firewall: null}}});
		await waitFor(
			async () => ((await core.readNamespacedPod({namespace: 'default', name: 'blocked'})).status?.phase === 'Running' ? true : undefined),
			'the pod to run once the firewall is gone',
		);
	});

	it('a firewall that resets connections to the storage behind the registry gives EOF on the layer download (the *.blob.core.windows.net rule missing)', async () => {
		sandbox = await startWorld();
		expect(await attachAcr(sandbox)).toBe(201);
		await setPullWorld(sandbox, {clusters: {'aks-sandbox': {firewall: {allow: ['*.azurecr.io'], refused: 'reset'}}}});
		const message = await pullVerdict(coreFor(sandbox, seedIds.aksCluster), 'eof', image);
		expect(message).toMatch(
			/^Failed to pull image "contososharedacr\.azurecr\.io\/nginx:v1": rpc error: code = Unknown desc = failed to pull and unpack image "contososharedacr\.azurecr\.io\/nginx:v1": failed to copy: httpReadSeeker: failed open: failed to do request: Get "https:\/\/eastusmanaged1\.blob\.core\.windows\.net\/docker\/registry\/v2\/blobs\/sha256\/[0-9a-f]{2}\/[0-9a-f]{64}\/data": EOF$/,
		);
	});
});
