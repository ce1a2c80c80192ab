/**
 * The pull-secret path in the China cloud over the sandbox playing AzureChinaCloud (real adapters): a new service
 * principal with acrpull, its image pull secret for `<registry>.azurecr.cn` in kind-local, the sample pod Running
 * from `azurecr.cn`, and nothing the run shows or keeps names azurecr.io.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {pullSecretSteps} from '../../source/steps/pull-secret/index.js';
import {runSteps} from '../../source/wizard/engine.js';
import {summaryScript} from '../../source/wizard/journal.js';
import {kubeRequest} from '../helpers/kube-raw.js';
import {startPullSecretFlow, type PullSecretFlow} from '../helpers/pull-secret-flow.js';
import {q, running, secret, target} from '../helpers/pull-secret-answers.js';

describe('pull secret in AzureChinaCloud, over the sandbox playing it', () => {
	let flow: PullSecretFlow;
	beforeAll(async () => {
		flow = await startPullSecretFlow('cnpullacr01', 'owner', {cloud: 'AzureChinaCloud'});
	});
	afterAll(async () => flow.close());

	test('a new service principal’s secret names cnpullacr01.azurecr.cn, and my-awesome-app-pod runs from it', async () => {
		expect(flow.registry).toMatchObject({loginServer: 'cnpullacr01.azurecr.cn', location: 'chinaeast2'});
		const context = flow.context({
			...target('cnapps'),
			...secret('cnapps', 0),
			[q.kind]: 'new-service-principal',
			[q.spName]: 'acr-sp-china',
			[q.role]: 'acrpull',
			[q.apply(2)]: ['apply', 'apply'],
		});
		await expect(runSteps(pullSecretSteps, context)).resolves.toBe('done');
		expect(running(context)).toEqual(['my-awesome-app-pod']);
		const state = context.store.getState();
		const commands = state.journal.map((entry) => entry.command);
		expect(commands).toContainEqual(
			expect.stringMatching(/^kubectl create secret docker-registry acr-secret --namespace cnapps --docker-server=cnpullacr01\.azurecr\.cn /),
		);
		expect(state.pods.find((pod) => pod.name === 'my-awesome-app-pod')?.images).toEqual(['cnpullacr01.azurecr.cn/nginx:v1']);
		expect(summaryScript(state.journal, 'AzureChinaCloud').slice(0, 2)).toEqual(['az cloud set --name AzureChinaCloud', 'az login']);

		const stored = await kubeRequest(flow.base.sandbox, 'local', 'GET', '/api/v1/namespaces/cnapps/secrets/acr-secret');
		const data = (stored.json as {data?: Record<string, string>}).data?.['.dockerconfigjson'] ?? '';
		expect(Object.keys((JSON.parse(Buffer.from(data, 'base64').toString('utf8')) as {auths: object}).auths)).toEqual(['cnpullacr01.azurecr.cn']);

		const everything = JSON.stringify(state);
		expect(everything).toContain('azurecr.cn');
		expect(everything).not.toContain('azurecr.io');
		for (const password of flow.passwords) expect(everything.includes(password)).toBe(false);
		context.scripted.verify();
	});
});
