/**
 * The record of a fix doctor applies, with the real adapters over the sandbox: written to the state directory as a
 * wizard run's is, listed by `acr-wizard runs` as a doctor run, and undone by `acr-wizard undo`'s plan.
 */
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {runsLines} from '../../source/flows/runs.js';
import {listRuns} from '../../source/record/read.js';
import {runsDirectory} from '../../source/record/paths.js';
import {seedIds} from '../../source/sandbox/index.js';
import {startFixRun} from '../../source/steps/doctor/apply.js';
import {fixPlan} from '../../source/steps/doctor/fix-plan.js';
import {undoPlan} from '../../source/steps/undo.js';
import {systemClock} from '../../source/wizard/clock.js';
import {exitCodes} from '../../source/wizard/errors.js';
import {testContext, testStore} from '../helpers/test-context.js';
import {loginServer, probeDeployment, sharedRegistryId, startDoctorWorld, type DoctorWorld} from './doctor-world.js';

const aks = seedIds.aksCluster;

let world: DoctorWorld | undefined;
let state: string | undefined;
afterEach(async () => {
	await world?.close();
	world = undefined;
	if (state) await rm(state, {recursive: true, force: true});
	state = undefined;
});

describe("the record of doctor's fix", () => {
	test('AKS without AcrPull: the grant doctor makes is recorded, listed by runs as a doctor run, and undone by undo', async () => {
		world = await startDoctorWorld();
		state = await mkdtemp(join(tmpdir(), 'doctor-state-'));
		const env = {XDG_STATE_HOME: state};
		await world.deploy(aks, probeDeployment({image: `${loginServer}/nginx:v1`}));
		const report = await world.doctor({context: aks, namespace: 'default'});
		const store = testStore();
		const cluster = world.cluster(aks);
		const pods = new Map(report.pods.map((pod) => [`${pod.namespace}/${pod.name}`, {namespace: pod.namespace, selector: 'app=doctor-probe'}]));
		const plan = fixPlan(report.findings, pods, {azure: world.azure, cluster, context: aks});
		const run = startFixRun(store, report.target, systemClock, {environment: {kind: 'azure'}, flags: {context: aks}, env});
		expect(await run.apply(plan)).toBeUndefined();
		await world.running(aks);
		run.finish(exitCodes.done);

		const directory = runsDirectory(env);
		const [recorded] = listRuns(directory).runs;
		expect(recorded).toMatchObject({command: 'doctor', state: 'done', target: {context: aks, namespace: 'default'}});
		expect(recorded?.journal.map((entry) => [entry.outcome, entry.command.split(' ').slice(0, 4).join(' ')])).toEqual([
			['done', 'az role assignment create'],
			['done', 'kubectl delete pods -l'],
		]);
		const lines = runsLines(directory, () => false).join('\n');
		expect(lines).toContain(`  doctor  ${aks}  done`);
		expect(lines).toContain('1 change still stands:');

		// acr-wizard undo's plan, from the record alone, removes the grant.
		const undo = undoPlan(testContext({azure: world.azure}), recorded?.journal ?? []);
		expect(undo.actions.map((action) => action.sentence)).toEqual([expect.stringMatching(/^Remove the AcrPull grant doctor gave .+ on contososharedacr$/)]);
		for (const action of undo.actions) await action.run();
		const kubelet = (await world.azure.listManagedClusters(seedIds.subscriptionId)).find((item) => item.name === aks)?.kubeletIdentity?.objectId ?? '';
		expect(await world.azure.listRoleAssignments(sharedRegistryId, kubelet)).toEqual([]);
	});
});
