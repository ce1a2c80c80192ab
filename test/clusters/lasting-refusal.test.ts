/**
 * A lasting refusal is not retried: a namespace's ResourceQuota refuses the pull-secret path's sample pod (it sets no
 * requests or limits), and the same pod would be refused again. The refusal is explained once, naming the policy and
 * the fields, and the run's default after it is to stop, not to send the same pod twice more. The real adapters over
 * the sandbox, whose API server enforces the quota as the quota admission plugin does.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {pullSecretSteps} from '../../source/steps/pull-secret/index.js';
import {runSteps} from '../../source/wizard/engine.js';
import {q, secret, token} from '../helpers/pull-secret-answers.js';
import {startPullSecretFlow, type PullSecretFlow} from '../helpers/pull-secret-flow.js';
import {kubeRequest} from '../helpers/kube-raw.js';

describe('the pull-secret path in a namespace whose ResourceQuota refuses the sample pod, over the sandbox', () => {
	let flow: PullSecretFlow;
	beforeAll(async () => {
		flow = await startPullSecretFlow('lastingrefusal01');
		expect((await kubeRequest(flow.base.sandbox, 'local', 'POST', '/api/v1/namespaces', {metadata: {name: 'quota-ns'}})).status).toBe(201);
		const quota = {
			apiVersion: 'v1',
			kind: 'ResourceQuota',
			metadata: {name: 'compute-resources'},
			spec: {hard: {'requests.cpu': '1', 'requests.memory': '1Gi', 'limits.cpu': '2', 'limits.memory': '2Gi'}},
		};
		expect((await kubeRequest(flow.base.sandbox, 'local', 'POST', '/api/v1/namespaces/quota-ns/resourcequotas', quota)).status).toBe(201);
	});
	afterAll(async () => flow.close());

	test('the quota refusal is explained once, with the policy and the fields, and the default after it is to stop', async () => {
		const defaults: Array<string | undefined> = [];
		const context = flow.context({
			[q.context]: 'kind-local',
			[q.namespace]: 'quota-ns',
			...secret('quota-ns', 0),
			...token('quota-token'),
			[q.apply(1)]: 'apply',
			'What next?': (question) => {
				const fallback = question.kind === 'select' ? question.spec.default : undefined;
				defaults.push(fallback);
				return fallback ?? 'stop';
			},
		});
		await expect(runSteps(pullSecretSteps, context)).rejects.toThrow(/compute-resources/);
		expect(defaults).toEqual(['stop']);
		const applies = context.store.getState().journal.filter((entry) => entry.command === 'kubectl apply -f my-awesome-app-pod.yaml');
		expect(applies.map((entry) => entry.outcome)).toEqual(['failed']);
		expect(applies[0]?.error?.message).toMatch(/ResourceQuota compute-resources/);
		expect(applies[0]?.error?.message).toMatch(/limits\.cpu/);
	});
});
