/**
 * The attach path in the China cloud, end to end over the sandbox playing AzureChinaCloud: the real adapters,
 * a registry created in the cloud's own region, AcrPull for the kubelet identity, nginx0-deployment Running, and
 * `azurecr.cn` in every name the run shows or keeps (plan, YAML, commands, pods, summary, record), `azurecr.io` in none.
 */
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/index.js';
import {arm} from '../../source/sandbox/scenarios/connected-registry-world.js';
import {attachSteps} from '../../source/steps/attach/index.js';
import {chooseMethod} from '../../source/steps/choose-method.js';
import {chooseRegistry} from '../../source/steps/choose-registry.js';
import {startRecording} from '../../source/record/start.js';
import {runSteps} from '../../source/wizard/engine.js';
import {summaryPowerShell, summaryScript} from '../../source/wizard/journal.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';
import {renderApp} from '../helpers/render.js';
import {fakeClock} from '../helpers/test-context.js';

const aksId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
const q = {
	registry: 'Which registry should the cluster pull from?',
	name: 'Registry name:',
	group: 'Resource group for the new registry:',
	sku: 'Registry SKU (service tier):',
	apply: 'Apply this change?',
	method: 'How should the cluster get access to the registry?',
	cluster: 'Which AKS cluster should pull from the registry?',
	deploy: 'Apply this deployment?',
} as const;

describe('attach in AzureChinaCloud, over the sandbox playing it', () => {
	let flow: AttachFlow;
	let stateHome: string;
	beforeAll(async () => {
		flow = await startAttachFlow('owner', {cloud: 'AzureChinaCloud'});
		stateHome = await mkdtemp(join(tmpdir(), 'china-attach-state-'));
	});
	afterAll(async () => {
		await flow.close();
		await rm(stateHome, {recursive: true, force: true});
	});

	/** One run: a new registry, nginx:v1 imported, attached to aks-sandbox, the YAML looked at once, then applied. */
	const run = async () => {
		const context = flow.context({
			[q.registry]: '+create',
			[q.name]: 'cnflowacr01',
			[q.group]: seedIds.resourceGroup,
			[q.sku]: 'basic',
			[q.apply]: ['apply', 'apply', 'apply'],
			[q.method]: 'attach',
			[q.cluster]: aksId,
			[q.deploy]: ['yaml', 'apply'],
		});
		const recording = startRecording(
			context.store,
			{clock: fakeClock(), environment: {kind: 'demo', cloud: 'AzureChinaCloud'}, flags: {}},
			{XDG_STATE_HOME: stateHome},
		);
		await expect(runSteps([chooseRegistry, chooseMethod, ...attachSteps], context)).resolves.toBe('done');
		recording.flush();
		recording.stop();
		return {context, recordFile: context.store.getState().record?.file ?? ''};
	};
	let ran: ReturnType<typeof run> | undefined;
	const attached = async () => (ran ??= run());

	test('the registry is made in the China cloud: login server <name>.azurecr.cn, region chinaeast2', async () => {
		const {context} = await attached();
		expect(context.store.getState().registry).toMatchObject({name: 'cnflowacr01', loginServer: 'cnflowacr01.azurecr.cn', location: 'chinaeast2'});
		expect(context.scripted.asked.find((question) => question.message === q.name)?.spec.hint).toContain('.azurecr.cn');
	});

	test('the sample YAML, the deploy plan and the running pods pull cnflowacr01.azurecr.cn/nginx:v1', async () => {
		const {context} = await attached();
		const state = context.store.getState();
		const yaml = context.scripted.asked.find((question) => question.message === q.deploy && question.spec.hint !== undefined)?.spec.hint ?? '';
		expect(yaml).toContain('image: cnflowacr01.azurecr.cn/nginx:v1');
		expect(state.journal.find((entry) => entry.command === 'kubectl apply --context aks-sandbox -f acr-nginx.yaml')?.sentence).toContain(
			'cnflowacr01.azurecr.cn/nginx:v1',
		);
		const running = state.pods.filter((pod) => pod.status === 'Running' && pod.ready === '1/1');
		expect(running).toHaveLength(2);
		for (const pod of running) expect(pod.images).toEqual(['cnflowacr01.azurecr.cn/nginx:v1']);
		context.scripted.verify();
	});

	test('the equivalent script starts in the China cloud (az cloud set, Connect-AzAccount -Environment) and then does what the run did', async () => {
		const {context} = await attached();
		const {journal} = context.store.getState();
		expect(summaryScript(journal, 'AzureChinaCloud')).toEqual([
			'az cloud set --name AzureChinaCloud',
			'az login',
			'az acr create --name cnflowacr01 --resource-group rg-acr-sandbox --sku basic',
			'az acr import --name cnflowacr01 --source docker.io/library/nginx:latest --image nginx:v1',
			'az aks update --name aks-sandbox --resource-group rg-acr-sandbox --attach-acr cnflowacr01',
			'az aks get-credentials --resource-group rg-acr-sandbox --name aks-sandbox',
			'kubectl apply --context aks-sandbox -f acr-nginx.yaml',
		]);
		expect(summaryPowerShell(journal, 'AzureChinaCloud')[0]).toBe('Connect-AzAccount -Environment AzureChinaCloud');
	});

	test('the summary screen shows the China script, and nothing of the run names azurecr.io: store, questions, record', async () => {
		const {context, recordFile} = await attached();
		context.store.getState().actions.show('summary');
		const app = renderApp({store: context.store});
		try {
			const frame = await app.waitFor('az cloud set --name AzureChinaCloud');
			expect(frame).toContain('Connect-AzAccount -Environment AzureChinaCloud');
			expect(frame).not.toContain('azurecr.io');
		} finally {
			app.unmount();
		}
		const record = await readFile(recordFile, 'utf8');
		expect(record).toContain('cnflowacr01');
		expect(record).toContain('"cloud": "AzureChinaCloud"');
		const everything = [JSON.stringify(context.store.getState()), JSON.stringify(context.scripted.asked.map((question) => question.spec)), record].join('\n');
		expect(everything).toContain('azurecr.cn');
		expect(everything).not.toContain('azurecr.io');
	});

	test('the sandbox itself speaks the China cloud: AKS API server names, cloud metadata, a registry outside its regions refused', async () => {
		await attached();
		const cluster = (await arm(flow.sandbox, 'GET', aksId)) as {location?: string; properties?: {fqdn?: string}};
		expect(cluster.location).toBe('chinaeast2');
		expect(cluster.properties?.fqdn).toBe('aks-sandbox-dns-sandbox.hcp.chinaeast2.cx.prod.service.azk8s.cn');
		const metadata = (await arm(flow.sandbox, 'GET', '/metadata/endpoints')) as Array<{suffixes?: Record<string, string>}>;
		expect(metadata[0]?.suffixes).toMatchObject({acrLoginServer: 'azurecr.cn', storage: 'core.chinacloudapi.cn'});
		await expect(
			flow.azure.createRegistry({
				subscriptionId: seedIds.subscriptionId,
				resourceGroup: seedIds.resourceGroup,
				name: 'cneastus01',
				location: 'eastus',
				sku: 'Basic',
			}),
		).rejects.toMatchObject({code: 'LocationNotAvailableForResourceType'});
	});
});
