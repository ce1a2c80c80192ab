/**
 * Directory replication: a new service principal is not visible to Graph and ARM at once. The
 * sandbox hides new objects for a number of reads; the wizard waits as `az ad sp create-for-rbac`
 * does (up to 36 tries, 5 s apart on the real clock; the fake clock here never waits).
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {pullSecretSteps} from '../../source/steps/pull-secret/index.js';
import {runSteps} from '../../source/wizard/engine.js';
import {startPullSecretFlow, type PullSecretFlow} from '../helpers/pull-secret-flow.js';
import {q, running, secret, target} from '../helpers/pull-secret-answers.js';

describe('a directory that takes a while to show new objects, over the sandbox', () => {
	let flow: PullSecretFlow;
	beforeAll(async () => {
		// Twelve reads miss each new object: more than the four retries the wizard used to allow.
		flow = await startPullSecretFlow('replicationflow01', 'owner', {directoryReplication: {misses: 12}});
	});
	afterAll(async () => flow.close());

	test('ARM refuses a role assignment for a principal still replicating without principalType (PrincipalNotFound) and accepts it with one', async () => {
		const {principal} = await flow.azure.createServicePrincipal('replicating-probe');
		const role = await flow.azure.findRole(flow.registry.id, 'acrpull');
		const input = {scope: flow.registry.id, roleDefinitionId: role?.id ?? '', principalId: principal.objectId};
		await expect(flow.azure.assignRole(input)).rejects.toMatchObject({
			code: 'PrincipalNotFound',
			message: expect.stringContaining('replication delay') as unknown,
		});
		await expect(flow.azure.assignRole({...input, principalType: 'ServicePrincipal'})).resolves.toMatchObject({created: true});
	});

	test('a new service principal with acrpull: the wizard waits for the directory, says so, and the pod runs', async () => {
		const context = flow.context({
			...target('replicating'),
			...secret('replicating', 0),
			[q.kind]: 'new-service-principal',
			[q.spName]: 'acr-sp-replicating',
			[q.role]: 'acrpull',
			[q.apply(2)]: ['apply', 'apply'],
		});
		const activity: string[] = [];
		const unsubscribe = context.store.subscribe((state) => {
			if (state.activity !== undefined && activity.at(-1) !== state.activity) activity.push(state.activity);
		});
		try {
			await expect(runSteps(pullSecretSteps, context)).resolves.toBe('done');
		} finally {
			unsubscribe();
		}
		expect(running(context)).toEqual(['my-awesome-app-pod']);
		expect(
			context.store
				.getState()
				.journal.slice(0, 2)
				.map((entry) => entry.outcome),
		).toEqual(['done', 'done']);
		// The wait is shown with az's budget, try by try.
		expect(activity).toEqual(expect.arrayContaining([expect.stringMatching(/directory.*\b1\/36\b/) as unknown]));
	});
});
