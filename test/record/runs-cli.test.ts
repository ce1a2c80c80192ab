/**
 * The built CLI over a sandbox it joins (`--sandbox <URL>`, started here, so it outlives each
 * run): a run stopped by a fault is recorded, `runs` lists it, `undo --yes` removes all it made,
 * `resume --yes` finishes it without making anything twice, and a run killed with SIGKILL
 * mid-plan leaves a record true up to its last finished action. Every record is scanned for the
 * sandbox's secrets. XDG_STATE_HOME is a temporary folder per test.
 */
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, test} from 'vitest';
import type {RunRecord} from '../../source/record/types.js';
import {parseFaultSpec, startSandbox, type Sandbox} from '../../source/sandbox/index.js';
import {sandboxAzure} from '../azure/sandbox-azure.js';
import {built, Cli, findLeaks, runCli} from '../reliability/harness.js';

let sandbox: Sandbox;
let stateHome: string;
const runsFolder = () => join(stateHome, 'acr-wizard', 'runs');

beforeAll(async () => {
	sandbox = await startSandbox({pace: 'fast'});
});
afterAll(async () => sandbox.close());
beforeEach(() => {
	stateHome = mkdtempSync(join(tmpdir(), 'acr-wizard-runs-e2e-'));
	sandbox.faults.clear();
});
afterEach(() => rmSync(stateHome, {recursive: true, force: true}));

const env = () => ({XDG_STATE_HOME: stateHome});
const wizard = (registry: string) => ['--sandbox', sandbox.armEndpoint, '--yes', '--method', 'attach', '--registry-name', registry];

/** The one record in the state folder. */
function onlyRecord(): {record: RunRecord; file: string; text: string} {
	// A run killed while writing leaves its temporary file beside the record (the record itself stays whole).
	const files = readdirSync(runsFolder()).filter((name) => name.endsWith('.json'));
	expect(files).toHaveLength(1);
	const file = join(runsFolder(), files[0] ?? '');
	const text = readFileSync(file, 'utf8');
	return {record: JSON.parse(text) as RunRecord, file, text};
}

/** What of `registry` is left in the sandbox: the registry, its role assignments, the sample's deployments. */
function leftOf(registry: string) {
	const inventory = sandbox.inventory();
	return {
		registries: inventory.registries.filter((item) => item.name === registry).length,
		roleAssignments: inventory.roleAssignments.filter((item) => item.scope.endsWith(`/registries/${registry}`)).length,
		deployments: Object.values(inventory.clusters).flatMap((cluster) => cluster.deployments.filter((name) => name === 'default/nginx0-deployment')).length,
	};
}

/** The deployment the attach path makes is refused by the cluster (a 500) until the faults are cleared. */
const failDeployments = () => arm('server-error(500)@kube /deployments x*');

/** Arms the faults of a spec in the sandbox. */
function arm(spec: string): void {
	for (const fault of parseFaultSpec(spec)) sandbox.faults.inject(fault);
}

describe.skipIf(!built)('the record of a run, runs, undo and resume (the built CLI)', {timeout: 120_000}, () => {
	test('a run stopped by a fault is recorded (0600 in 0700, no secret), listed by runs, and undo --yes removes all it made', async () => {
		failDeployments();
		const run = await runCli(wizard('recordundo1'), {env: env()});
		expect(run.exitCode).toBe(1);
		const {record, file, text} = onlyRecord();
		expect(run.output).toContain(`The record of this run: ${file}`);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(statSync(runsFolder()).mode & 0o777).toBe(0o700);
		expect(record).toMatchObject({state: 'failed', method: 'attach', registry: {name: 'recordundo1'}});
		// Under --yes the import runs beside the grant and the credentials, each journaled as it ends (in completion
		// order, read here as a set); then the deployment failed three times (a run that cannot ask retries twice).
		const steps = record.journal.map((entry) => `${entry.stepId} ${entry.outcome}`);
		expect(steps.slice(0, 4).sort()).toEqual(['attach done', 'attach-deploy done', 'registry done', 'registry done']);
		expect(steps.slice(4)).toEqual(['deploy failed', 'deploy failed', 'deploy failed']);
		expect(findLeaks([text], sandbox.inventory().secretDigests)).toEqual([]);

		const listed = await runCli(['runs'], {env: env()});
		expect(listed.exitCode).toBe(0);
		expect(listed.output).toContain(`${record.id}  `);
		expect(listed.output).toContain('attach  recordundo1 → aks-sandbox  failed');
		expect(listed.output).toContain('2 changes still stand:');
		expect(leftOf('recordundo1')).toEqual({registries: 1, roleAssignments: 1, deployments: 0});

		sandbox.faults.clear();
		const undone = await runCli(['undo', '--yes'], {env: env()});
		expect(undone.exitCode).toBe(0);
		expect(undone.output).toContain(`Undone: the run ${record.id} leaves nothing behind.`);
		expect(leftOf('recordundo1')).toEqual({registries: 0, roleAssignments: 0, deployments: 0});
		expect((await runCli(['runs'], {env: env()})).output).toContain('nothing of it still stands');
		const after = onlyRecord();
		expect(after.record.journal.filter((entry) => entry.stepId === 'undo').map((entry) => entry.outcome)).toEqual(['done', 'done']);
		expect(findLeaks([after.text], sandbox.inventory().secretDigests)).toEqual([]);
		expect((await runCli(['undo', '--yes'], {env: env()})).output).toContain('Nothing the run');
	});

	test('resume --yes finishes a stopped run with its answers, adopting what it made: pods Running, nothing made twice', async () => {
		failDeployments();
		expect((await runCli(wizard('recordresume1'), {env: env()})).exitCode).toBe(1);
		const stopped = onlyRecord().record;
		sandbox.faults.clear();
		const resumed = await runCli(['resume', '--yes', stopped.id], {env: env()});
		expect(resumed.exitCode).toBe(0);
		expect(resumed.output).toContain('Both pods are running.');
		expect(leftOf('recordresume1')).toEqual({registries: 1, roleAssignments: 1, deployments: 1});
		const {record, text} = onlyRecord();
		expect(record).toMatchObject({id: stopped.id, state: 'done', startedAt: stopped.startedAt});
		expect(record.journal.filter((entry) => entry.stepId === 'deploy').map((entry) => entry.outcome)).toEqual(['failed', 'failed', 'failed', 'done']);
		expect(findLeaks([text], sandbox.inventory().secretDigests)).toEqual([]);
		expect((await runCli(['resume', '--yes'], {env: env()})).exitCode).toBe(2);

		expect((await runCli(['undo', '--yes'], {env: env()})).exitCode).toBe(0);
		expect(leftOf('recordresume1')).toEqual({registries: 0, roleAssignments: 0, deployments: 0});
	});

	test('a run killed with SIGKILL mid-plan leaves a record true up to its last finished action, and undo removes it', async () => {
		// The deployment's request hangs: the run is killed while that action runs.
		arm('latency(60000)@kube /deployments x*');
		const cli = await Cli.start(wizard('recordkill1'), {env: env()});
		await cli.waitFor('Apply this deployment? Apply');
		cli.signal('SIGKILL');
		const killed = await cli.done();
		expect(killed.signal).toBe('SIGKILL');
		// The actions that ended, as the run printed them: each with its equivalent command under it.
		const finished = [...killed.output.matchAll(/^\((?:✓|-)\) (.+)\n {4}\$ /gm)].map((match) => match[1]);
		const {record} = onlyRecord();
		expect(record.state).toBe('running');
		expect(record.journal.map((entry) => entry.sentence)).toEqual(finished);
		// Journaled in completion order: the import and the AcrPull grant run at once, so either may end first.
		expect(record.journal.map((entry) => entry.stepId).sort()).toEqual(['attach', 'attach-deploy', 'registry', 'registry']);
		expect((await runCli(['runs'], {env: env()})).output).toContain('interrupted (the process is gone)');

		sandbox.faults.clear();
		expect((await runCli(['undo', '--yes'], {env: env()})).exitCode).toBe(0);
		expect(leftOf('recordkill1')).toEqual({registries: 0, roleAssignments: 0, deployments: 0});
		// The process that goes on with a record clears what a killed writer left of it.
		expect(readdirSync(runsFolder())).toEqual([`${record.id}.json`]);
	});

	test('resume of a pull-secret run stopped after its service principal was made makes no second one, and reuses its password', async () => {
		// The pull secret is refused until the faults are cleared: the run stops after the principal and its role.
		arm('server-error(500)@kube /secrets x*');
		const args = [
			'--sandbox',
			sandbox.armEndpoint,
			'--yes',
			'--method',
			'pull-secret',
			'--credential',
			'new-service-principal',
			'--registry-name',
			'recordsp1',
		];
		expect((await runCli([...args, '--sp-name', 'acr-record-sp1'], {env: env()})).exitCode).toBe(1);
		const principals = () => sandbox.inventory().servicePrincipals.filter((item) => item.displayName === 'acr-record-sp1');
		expect(principals()).toHaveLength(1);
		const stopped = onlyRecord().record;
		sandbox.faults.clear();
		const resumed = await runCli(['resume', '--yes', stopped.id], {env: env()});
		expect(resumed.exitCode, resumed.output).toBe(0);
		expect(principals()).toHaveLength(1);
		const {record, text} = onlyRecord();
		expect(record.state).toBe('done');
		expect(findLeaks([text, resumed.output], sandbox.inventory().secretDigests)).toEqual([]);
		const undone = await runCli(['undo', '--yes'], {env: env()});
		expect(undone.exitCode, undone.output).toBe(0);
		expect(principals(), undone.output).toHaveLength(0);
	});

	test.each([
		['emptied by the undo, is deleted by default', false, 0],
		['still holding a registry the run did not make, is kept by default', true, 1],
	])('a resource group the run created, %s (confirmed on its own, naming what it holds)', async (_name, shared, groupsLeft) => {
		const group = shared ? 'rg-record-shared' : 'rg-record-empty';
		failDeployments();
		const run = await runCli([...wizard(shared ? 'recordgroup2' : 'recordgroup1'), '--resource-group', group, '--location', 'eastus'], {env: env()});
		expect(run.exitCode).toBe(1);
		expect(onlyRecord().record.journal[0]?.undo).toMatchObject({kind: 'delete-resource-group', command: `az group delete --name ${group} --yes`});
		if (shared)
			await sandboxAzure(sandbox).createRegistry({
				subscriptionId: sandbox.subscriptionId,
				resourceGroup: group,
				name: 'othersregistry',
				location: 'eastus',
				sku: 'Basic',
			});
		sandbox.faults.clear();
		const undone = await runCli(['undo', '--yes'], {env: env()});
		expect(undone.exitCode).toBe(0);
		expect(undone.output).toContain(
			shared
				? `The resource group ${group} was created by this run and holds 1 resource. Delete it too? Keep it`
				: `holds nothing else. Delete it too? Delete it`,
		);
		expect(sandbox.inventory().resourceGroups.filter((name) => name === group)).toHaveLength(groupsLeft);
		expect(sandbox.inventory().registries.map((registry) => registry.name)).not.toContain(shared ? 'recordgroup2' : 'recordgroup1');
	});

	test('undo and resume without a recorded run, or of an unknown one, say so with exit 2', async () => {
		const none = await runCli(['undo', '--yes'], {env: env()});
		expect(none.exitCode).toBe(2);
		expect(none.output).toContain('No run is recorded in');
		const unknown = await runCli(['resume', 'nope', '--yes'], {env: env()});
		expect(unknown.exitCode).toBe(2);
		expect(unknown.output).toContain('No recorded run is called nope.');
	});
});
