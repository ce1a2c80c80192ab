/**
 * A user with rights in one namespace only (a RoleBinding in team-a, nothing cluster-wide): listing
 * namespaces answers 403. The wizard lets them type the namespace, checks it with a
 * SelfSubjectAccessReview (as kubectl auth can-i does), and goes on there.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {apiServerOf} from '../../source/sandbox/control/types.js';
import {seedIds} from '../../source/sandbox/index.js';
import {pullSecretSteps} from '../../source/steps/pull-secret/index.js';
import {runSteps} from '../../source/wizard/engine.js';
import {startPullSecretFlow, type PullSecretFlow} from '../helpers/pull-secret-flow.js';
import {q, running, secret} from '../helpers/pull-secret-answers.js';

const developer = 'dev@team-a.example';
const typedNamespace = 'Namespace to use (your user may not list them):';

describe('a kubeconfig user with rights in one namespace only, over the sandbox', () => {
	let flow: PullSecretFlow;
	beforeAll(async () => {
		flow = await startPullSecretFlow('namespaceonly01');
		const kind = flow.base.kubernetes.cluster({kind: 'file', path: flow.kubeconfigPath}, seedIds.localCluster);
		await kind.createNamespace('team-a');
		const server = apiServerOf(flow.base.sandbox.state.control, seedIds.localCluster);
		server.tokenUser = developer;
		server.rules = [
			{user: developer, effect: 'allow', namespaces: ['team-a'], verbs: ['*']},
			{user: developer, effect: 'deny', namespaces: ['*', ''], verbs: ['*']},
		];
	});
	afterAll(async () => flow.close());

	test('listing namespaces is refused, and the wizard takes a typed namespace the user may use, checked by SelfSubjectAccessReview', async () => {
		const context = flow.context({
			[q.context]: 'kind-local',
			[typedNamespace]: ['default', 'team-a'],
			...secret('team-a', 0),
			[q.kind]: 'new-service-principal',
			[q.spName]: 'acr-sp-team-a',
			[q.role]: 'acrpull',
			[q.apply(2)]: 'apply',
			[q.apply(1)]: 'apply',
		});
		await expect(runSteps(pullSecretSteps, context)).resolves.toBe('done');
		// `default` was refused by the review before anything was created there.
		expect(context.scripted.refusals).toEqual([
			expect.stringMatching(
				/^Namespace to use \(your user may not list them\): default → .*may not create secrets in default.*kubectl auth can-i create secrets --namespace default/,
			),
		]);
		expect(running(context)).toEqual(['my-awesome-app-pod']);
		expect(context.store.getState().target).toMatchObject({context: 'kind-local', namespace: 'team-a'});
	});
});
