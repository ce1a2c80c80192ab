/**
 * The pull-secret path in a namespace that enforces Pod Security "restricted": the seeds' pod (nginx as
 * root) would be refused, so the wizard offers the compliant variant; with a token, the variant's
 * repository joins the scope map, or the registry would refuse the pull instead.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {pullSecretSteps} from '../../source/steps/pull-secret/index.js';
import {runSteps} from '../../source/wizard/engine.js';
import {kubeRequest} from '../helpers/kube-raw.js';
import {startPullSecretFlow, type PullSecretFlow} from '../helpers/pull-secret-flow.js';
import {q, running, secret, token} from '../helpers/pull-secret-answers.js';

const variantQuestion = (namespace: string) =>
	`The namespace ${namespace} enforces Pod Security "restricted", which refuses the docs' sample nginx (it runs as root). Deploy which sample?`;

describe('the pull-secret sample in a namespace enforcing Pod Security restricted, over the sandbox', () => {
	let flow: PullSecretFlow;
	beforeAll(async () => {
		flow = await startPullSecretFlow('pullsecretpsa01');
		for (const namespace of ['strict-token', 'strict-sp']) {
			const made = await kubeRequest(flow.base.sandbox, 'local', 'POST', '/api/v1/namespaces', {
				metadata: {name: namespace, labels: {'pod-security.kubernetes.io/enforce': 'restricted'}},
			});
			expect(made.status).toBe(201);
		}
	});
	afterAll(async () => flow.close());

	const existing = (namespace: string) => ({[q.context]: 'kind-local', [q.namespace]: namespace});

	test('with a token: the variant is imported, its repository added to the scope map, and the pod runs', async () => {
		const context = flow.context({
			...existing('strict-token'),
			...token('strict-token'),
			...secret('strict-token', 1),
			[variantQuestion('strict-token')]: 'variant',
			[q.apply(2)]: 'apply',
		});
		await expect(runSteps(pullSecretSteps, context)).resolves.toBe('done');
		expect(running(context)).toEqual(['my-awesome-app-pod']);
		const pod = context.store.getState().pods.find((item) => item.name === 'my-awesome-app-pod');
		expect(pod?.images).toEqual([`${flow.registry.loginServer}/nginx-unprivileged:v1`]);
		expect(context.store.getState().journal.map((entry) => entry.command)).toEqual(
			expect.arrayContaining([
				'az acr import --name pullsecretpsa01 --source docker.io/nginxinc/nginx-unprivileged:latest --image nginx-unprivileged:v1',
				'az acr scope-map update --name strict-token-scope-map --registry pullsecretpsa01 --add-repository nginx-unprivileged content/read metadata/read',
			]),
		);
	});

	test("choosing the seeds' pod anyway: the refusal is explained with the Pod Security fields, nothing hangs", async () => {
		const context = flow.context({
			...existing('strict-sp'),
			...token('strict-sp-token'),
			...secret('strict-sp', 1),
			[variantQuestion('strict-sp')]: 'seeds',
			'What next?': 'stop',
		});
		await expect(runSteps(pullSecretSteps, context)).rejects.toThrow(/Pod Security "restricted"/);
		expect(running(context)).toEqual([]);
	});
});
