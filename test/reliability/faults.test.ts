/**
 * Each fault at each action of both paths, through the built CLI (`--demo --yes`, plain): 500s,
 * connections dropped before and after the write is applied, throttling, slow answers, operations
 * ending Failed, and faults that never pass. Each run is recovered (exit 0) or stopped cleanly
 * (exit 1 with the error and its fix), never crashes or hangs, leaves no temporary file, shows no
 * secret, and the sandbox holds no duplicate afterwards (one application and principal per
 * display name, one role assignment per principal, role and scope, one password per new principal).
 */
import {describe, expect, test, vi} from 'vitest';
import type {Inventory} from '../../source/sandbox/index.js';
import {built, runCli} from './harness.js';
import {tally} from './tally.js';

vi.setConfig({testTimeout: 150_000});

type Path = {readonly name: string; readonly args: readonly string[]; readonly actions: ReadonlyArray<{name: string; target: string}>};

const fast = ['--demo', '--yes', '--pace', 'fast'];
const paths: readonly Path[] = [
	{
		name: 'attach',
		args: [...fast, '--method', 'attach', '--registry-name', 'faultattach1'],
		actions: [
			{name: 'the registry create', target: 'PUT /registries/faultattach1$'},
			{name: 'the image import', target: 'POST /importImage$'},
			{name: 'the AcrPull grant', target: 'PUT /roleAssignments/'},
			{name: 'the cluster credentials', target: 'POST /listClusterUserCredential$'},
			{name: 'the deployment', target: '@kube POST /deployments$'},
		],
	},
	{
		name: 'pull secret with a new service principal',
		args: [...fast, '--method', 'pull-secret', '--credential', 'new-service-principal', '--registry-name', 'faultsp01'],
		actions: [
			{name: 'the application create', target: 'POST /v1.0/applications$'},
			{name: 'the service principal create', target: 'POST /v1.0/servicePrincipals$'},
			{name: 'the password', target: 'POST /addPassword$'},
			{name: 'the role assignment', target: 'PUT /roleAssignments/'},
			{name: 'the pull secret', target: '@kube POST /secrets$'},
			{name: 'the sample pod', target: '@kube POST /pods$'},
		],
	},
	{
		name: 'pull secret with a token',
		args: [...fast, '--method', 'pull-secret', '--credential', 'token', '--registry-name', 'faulttok01'],
		actions: [
			{name: 'the scope map', target: 'PUT /scopeMaps/acr-pull-token-scope-map$'},
			{name: 'the token', target: 'PUT /tokens/acr-pull-token$'},
			{name: 'the token password', target: 'POST /generateCredentials$'},
		],
	},
];

/** `kind@surface METHOD path` from a kind and an action target (`@kube POST …` or `PUT …`). */
function spec(kind: string, target: string, times = ''): string {
	return target.startsWith('@') ? `${kind}${target}${times}` : `${kind} ${target}${times}`;
}

/** Copies of one thing the sandbox should hold once. */
export function duplicatesIn(inventory: Inventory | undefined): number {
	if (!inventory) return 0;
	const over = (keys: readonly string[]) => {
		const counts = new Map<string, number>();
		for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
		return [...counts.values()].reduce((total, count) => total + count - 1, 0);
	};
	const made = inventory.applications.filter((a) => a.displayName === 'acr-service-principal');
	return (
		over(inventory.applications.map((a) => a.displayName)) +
		over(inventory.servicePrincipals.map((s) => s.appId)) +
		over(inventory.roleAssignments.map((a) => `${a.scope.toLowerCase()}|${a.roleDefinitionId.toLowerCase()}|${a.principalId}`)) +
		made.reduce((total, a) => total + Math.max(0, a.passwords - 1), 0)
	);
}

type Case = {readonly title: string; readonly args: readonly string[]; readonly faults: string};

const cases: Case[] = [];
for (const path of paths) {
	for (const action of path.actions) {
		// A PUT dropped before it is applied is retried like a 500; a lost POST is where duplicates come from.
		const kinds = action.target.includes('PUT ') ? ['server-error', 'drop-after'] : ['server-error', 'drop-before', 'drop-after'];
		for (const kind of kinds) {
			cases.push({title: `${path.name}: ${kind} on ${action.name}`, args: path.args, faults: spec(kind, action.target)});
		}
	}
}
cases.push(
	{
		title: 'attach: throttled (429, Retry-After) registry create',
		args: paths[0]?.args ?? [],
		faults: spec('throttle(0)', 'PUT /registries/faultattach1$', ' x2'),
	},
	{title: 'pull secret: throttled Graph application create', args: paths[1]?.args ?? [], faults: spec('throttle(0)', 'POST /v1.0/applications$', ' x2')},
	{title: 'attach: a slow answer on the registry create', args: paths[0]?.args ?? [], faults: spec('latency(400)', 'PUT /registries/faultattach1$')},
	{title: 'pull secret: a slow cluster answer on the pull secret', args: paths[1]?.args ?? [], faults: spec('latency(400)', '@kube POST /secrets$')},
	{
		title: 'attach: the registry operation ends Failed (RegistryQuotaExceeded)',
		args: paths[0]?.args ?? [],
		faults: spec('lro-failed(RegistryQuotaExceeded:The registry quota is exceeded.)', 'PUT /registries/faultattach1$'),
	},
	{title: 'token: the import operation ends Failed', args: paths[2]?.args ?? [], faults: spec('lro-failed(InternalServerError)', 'POST /importImage$')},
	{
		title: 'attach: the registry create answers 500 every time',
		args: paths[0]?.args ?? [],
		faults: spec('server-error', 'PUT /registries/faultattach1$', ' x*'),
	},
	{
		title: 'pull secret: the service principal create is dropped every time',
		args: paths[1]?.args ?? [],
		faults: spec('drop-after', 'POST /v1.0/servicePrincipals$', ' x*'),
	},
	{
		title: 'attach: the cluster never answers the deployment within the deadline',
		args: [...(paths[0]?.args ?? [])],
		faults: spec('latency(600000)', '@kube POST /deployments$', ' x*'),
	},
);

describe.skipIf(!built).concurrent('faults at each action of both paths', () => {
	for (const item of cases) {
		test(`${item.title} ("${item.faults}"): recovered or stopped cleanly, no duplicate, nothing left`, async () => {
			const run = await runCli(item.args, {faults: item.faults, env: {ACR_WIZARD_CALL_TIMEOUT: '2'}, timeoutMs: 120_000});
			const duplicates = duplicatesIn(run.inventory);
			const outcome = run.hung ? 'hang' : run.crashed ? 'crash' : run.exitCode === 0 ? 'recovered' : 'stopped';
			tally({kind: 'fault', outcome, duplicates}, run);
			expect(run.hung, run.output.slice(-1500)).toBe(false);
			expect(run.crashed, run.output.slice(-1500)).toBe(false);
			expect([0, 1]).toContain(run.exitCode);
			// A stop says what went wrong and how to go on.
			if (run.exitCode === 1) expect(run.output).toMatch(/^\(x\) .+\n {4}Fix: /m);
			expect(duplicates).toBe(0);
			expect(run.leftBehind).toEqual([]);
			expect(run.leaks).toEqual([]);
			expect(run.inventory, 'the sandbox wrote its inventory as it closed').toBeDefined();
			// The run's record is on disk, ended as the run did.
			expect(run.records).toHaveLength(1);
			expect(JSON.parse(run.records[0] ?? '{}')).toMatchObject({state: run.exitCode === 0 ? 'done' : 'failed', exitCode: run.exitCode});
		});
	}
});

describe.skipIf(!built)('a run whose goal is not reached', () => {
	test('an import that fails every time ends with the pods failing, exit 1, and what the run made still listed', async () => {
		const faults = spec('lro-failed(InternalServerError)', 'POST /importImage$', ' x*');
		const run = await runCli(paths[0]?.args ?? [], {faults, env: {ACR_WIZARD_CALL_TIMEOUT: '2'}, timeoutMs: 120_000});
		tally(
			{
				kind: 'fault',
				outcome: run.hung ? 'hang' : run.crashed ? 'crash' : run.exitCode === 0 ? 'recovered' : 'stopped',
				duplicates: duplicatesIn(run.inventory),
			},
			run,
		);
		expect(run.hung, run.output.slice(-1500)).toBe(false);
		expect(run.exitCode, run.output.slice(-1500)).toBe(1);
		expect(run.output).toMatch(/ImagePullBackOff|ErrImagePull/);
		expect(run.output).toMatch(
			/This run made (?:1 change that is|\d+ changes that are) still in place:\n {2}- Create the Basic registry faultattach1[^\n]*\n {6}remove with: az acr delete --name faultattach1/,
		);
		expect(run.output).not.toContain('Both pods are running');
		expect(duplicatesIn(run.inventory)).toBe(0);
		expect(run.leftBehind).toEqual([]);
		expect(run.leaks).toEqual([]);
	});

	test('a pull secret that cannot be written: the stop says the token password exists and is stored nowhere, with the command that removes it', async () => {
		const faults = spec('server-error', '@kube POST /secrets$', ' x*');
		const run = await runCli(paths[2]?.args ?? [], {faults, env: {ACR_WIZARD_CALL_TIMEOUT: '2'}, timeoutMs: 120_000});
		tally(
			{
				kind: 'fault',
				outcome: run.hung ? 'hang' : run.crashed ? 'crash' : run.exitCode === 0 ? 'recovered' : 'stopped',
				duplicates: duplicatesIn(run.inventory),
			},
			run,
		);
		expect(run.exitCode, run.output.slice(-1500)).toBe(1);
		expect(run.output).toMatch(
			/ {2}- Generate password1 of acr-pull-token[^\n]*\n {6}password1 of acr-pull-token is stored nowhere[^\n]*\n {6}remove with: az acr token credential delete --name acr-pull-token --registry faulttok01 --password1/,
		);
		expect(run.leaks).toEqual([]);
		expect(run.leftBehind).toEqual([]);
	});
});
