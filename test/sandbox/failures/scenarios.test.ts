import {PassThrough} from 'node:stream';
import {afterEach, describe, expect, it} from 'vitest';
import {runSandboxCommand} from '../../../source/sandbox/command.js';
import {scenarios, startSandbox, type Sandbox} from '../../../source/sandbox/index.js';
import {raw, startTestSandbox} from '../helpers.js';

/** What a scenario may change, with the run-dependent parts (random secrets, times) left out. */
function fingerprint(sandbox: Sandbox): string {
	const {control, providers, roleAssignments, subscriptions, managedClusters} = sandbox.state;
	return JSON.stringify({
		apiServers: [...control.apiServers],
		signIn: [...control.signInRefusals],
		graph: [...control.graphPermissions],
		tenants: [...control.foreignTenants],
		eligible: [...control.roleEligibilities.values()].map((e) => [e.scope, e.roleDefinitionId, e.principalId]),
		providers: [...providers].map(([k, v]) => [k, v.state]),
		roles: [...roleAssignments.values()].map((a) => [a.scope, a.roleDefinitionId, a.principalId]),
		subscriptions: [...subscriptions.values()].map((x) => [x.subscriptionId, x.tenantId]),
		entraId: [...managedClusters.values()].map((c) => c.entraId ?? null),
		kubelets: [...managedClusters.values()].map((c) => [
			c.servicePrincipalProfile?.clientId ?? null,
			c.kubeletIdentityAttached ?? null,
			c.agentPools?.map((p) => p.name) ?? null,
		]),
		registries: [...sandbox.state.registries.values()].map((r) => [
			r.sku,
			r.network ?? null,
			r.roleAssignmentMode ?? null,
			r.armAudienceTokens ?? null,
			r.adminUserEnabled,
			r.dataEndpointEnabled,
			[...r.images.keys()],
			[...r.tokens.keys()],
		]),
		directory: [[...sandbox.state.servicePrincipals.keys()], [...sandbox.state.groups.keys()]],
		pull: [
			sandbox.state.pullWorld.propagation,
			[...sandbox.state.pullWorld.clusterNetworks],
			[...sandbox.state.pullWorld.privateDnsZones].map(([z, v]) => [z, [...v.links], [...v.records]]),
			[...sandbox.state.pullWorld.rateLimits.keys()],
		],
	});
}

describe('named scenarios and the sandbox control endpoint', () => {
	let sandbox: Sandbox | undefined;
	afterEach(async () => {
		await sandbox?.close();
		sandbox = undefined;
	});

	it('names are unique kebab-case and every description is one line', () => {
		const names = scenarios.map((s) => s.name);
		expect(new Set(names).size).toBe(names.length);
		for (const s of scenarios) {
			expect(s.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(s.description).not.toContain('\n');
			expect(s.description.length).toBeGreaterThan(20);
		}
	});

	it.each(scenarios.map((s) => s.name))('the sandbox starts in scenario %s, a world that differs from the seeded one', async (name) => {
		const seeded = await startTestSandbox();
		const plain = fingerprint(seeded);
		await seeded.close();
		// A scenario with state inside a cluster (its started step) needs the real Kubernetes side.
		const hasClusterState = scenarios.find((s) => s.name === name)?.started !== undefined;
		sandbox = hasClusterState ? await startSandbox({pace: 'fast', scenario: name}) : await startTestSandbox({scenario: name});
		expect(fingerprint(sandbox)).not.toEqual(plain);
		expect((await raw(sandbox, 'GET', '/_sandbox/state', undefined, null)).status).toBe(200);
	});

	it('an unknown scenario name fails before anything starts, naming the known ones and --list-scenarios', async () => {
		await expect(startTestSandbox({scenario: 'no-such-world'})).rejects.toThrow(
			/There is no sandbox scenario 'no-such-world'\. Known scenarios: .*cluster-stopped.*acr-wizard sandbox --list-scenarios/,
		);
	});

	it('acr-wizard sandbox --list-scenarios prints one line per scenario: its name, then its description', async () => {
		const output = new PassThrough();
		let text = '';
		output.on('data', (chunk: Buffer) => {
			text += chunk.toString('utf8');
		});
		await runSandboxCommand({output, listScenarios: true});
		const lines = text.trimEnd().split('\n');
		expect(lines).toHaveLength(scenarios.length);
		for (const [index, s] of scenarios.entries()) {
			expect(lines[index]).toMatch(new RegExp(`^${s.name} +${s.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
		}
	});

	it('GET /_sandbox/scenarios lists them; POST applies one to the running sandbox, which ARM then shows', async () => {
		sandbox = await startTestSandbox();
		const list = await raw(sandbox, 'GET', '/_sandbox/scenarios', undefined, null);
		expect((list.body as {value: {name: string}[]}).value.map((s) => s.name)).toEqual(scenarios.map((s) => s.name));
		const applied = await raw(sandbox, 'POST', '/_sandbox/scenarios/cluster-stopped', undefined, null);
		expect(applied.status).toBe(200);
		const aks = await raw(
			sandbox,
			'GET',
			`/subscriptions/${sandbox.subscriptionId}/resourceGroups/rg-acr-sandbox/providers/Microsoft.ContainerService/managedClusters/aks-sandbox?api-version=2025-10-01`,
		);
		expect((aks.body as {properties: {powerState: unknown}}).properties.powerState).toEqual({code: 'Stopped'});
		const unknown = await raw(sandbox, 'POST', '/_sandbox/scenarios/nothing', undefined, null);
		expect(unknown.status).toBe(404);
		expect(unknown.body).toMatchObject({error: {code: 'ScenarioNotFound', message: expect.stringContaining('GET /_sandbox/scenarios') as unknown}});
	});

	it('PATCH /_sandbox/state sets API server, sign-in and Graph state; GET reads it back', async () => {
		sandbox = await startTestSandbox();
		const patch = {
			apiServers: {
				'aks-sandbox': {privateCluster: true, rules: [{user: 'alex@sandbox.onmicrosoft.com', effect: 'deny', namespaces: ['kube-system'], verbs: ['*']}]},
			},
			signInRefusals: {'alex@sandbox.onmicrosoft.com': 'mfa-required'},
			graphPermissions: {'11111111-2222-3333-4444-555555555555': ['Application.Read.All']},
		};
		expect((await raw(sandbox, 'PATCH', '/_sandbox/state', patch, null)).status).toBe(200);
		const state = (await raw(sandbox, 'GET', '/_sandbox/state', undefined, null)).body as Record<string, Record<string, unknown>>;
		expect(state.apiServers?.['aks-sandbox']).toMatchObject({privateCluster: true, power: 'Running', rules: [{effect: 'deny', namespaces: ['kube-system']}]});
		expect(state.signInRefusals).toEqual({'alex@sandbox.onmicrosoft.com': 'mfa-required'});
		expect(state.graphPermissions).toEqual({'11111111-2222-3333-4444-555555555555': ['Application.Read.All']});
		await raw(sandbox, 'PATCH', '/_sandbox/state', {signInRefusals: {'alex@sandbox.onmicrosoft.com': null}}, null);
		expect(((await raw(sandbox, 'GET', '/_sandbox/state', undefined, null)).body as {signInRefusals: unknown}).signInRefusals).toEqual({});
	});

	it('PATCH /_sandbox/state refuses a wrong field with a 400 that says what is allowed, and changes nothing', async () => {
		sandbox = await startTestSandbox();
		const bad = await raw(sandbox, 'PATCH', '/_sandbox/state', {apiServers: {'aks-sandbox': {privateCluster: true, power: 'Paused'}}}, null);
		expect(bad.status).toBe(400);
		expect(bad.body).toMatchObject({
			error: {code: 'InvalidControlState', message: "'apiServers.aks-sandbox.power' must be one of 'Running', 'Stopped'; got \"Paused\"."},
		});
		const noCluster = await raw(sandbox, 'PATCH', '/_sandbox/state', {apiServers: {nowhere: {power: 'Stopped'}}}, null);
		expect((noCluster.body as {error: {message: string}}).error.message).toContain(
			"There is no cluster 'nowhere'; the clusters are aks-sandbox, arc-edge-cluster, kind-local.",
		);
		const section = await raw(sandbox, 'PATCH', '/_sandbox/state', {faults: []}, null);
		expect((section.body as {error: {message: string}}).error.message).toContain("'faults' cannot be set here");
		const state = (await raw(sandbox, 'GET', '/_sandbox/state', undefined, null)).body as {apiServers: Record<string, unknown>};
		expect(state.apiServers).toEqual({});
	});
});
