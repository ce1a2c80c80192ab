import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {PodsSnapshot} from '../../source/kubernetes/kubernetes.js';
import {seedIds} from '../../source/sandbox/index.js';
import {attachSteps, detachSteps} from '../../source/steps/attach/index.js';
import {chooseMethod} from '../../source/steps/choose-method.js';
import {chooseRegistry} from '../../source/steps/choose-registry.js';
import {deploySample} from '../../source/steps/attach/sample-deployment.js';
import {runSteps} from '../../source/wizard/engine.js';
import {GoBack, WizardError} from '../../source/wizard/errors.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';
import {waitForState} from '../helpers/render.js';
import {snapshotCollector} from '../kubernetes/kube-sandbox.js';

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

describe('attach over the sandbox', () => {
	let flow: AttachFlow;
	beforeAll(async () => {
		flow = await startAttachFlow('owner');
	});
	afterAll(async () => flow.close());

	const registryId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/flowregistry01`;

	/** The first run (registry created, image imported, attached, sample running), once per sandbox, whichever test asks first. */
	let created: Promise<ReturnType<AttachFlow['context']>> | undefined;
	const createAndAttach = async () => {
		const context = flow.context({
			[q.registry]: '+create',
			[q.name]: 'flowregistry01',
			[q.group]: seedIds.resourceGroup,
			[q.sku]: 'basic',
			[q.apply]: ['apply', 'apply', 'apply'],
			[q.method]: 'attach',
			[q.cluster]: aksId,
			[q.deploy]: 'apply',
		});
		await expect(runSteps([chooseRegistry, chooseMethod, ...attachSteps], context)).resolves.toBe('done');
		return context;
	};
	const attached = async () => (created ??= createAndAttach());

	/** Puts the grant in place (attach again) or removes it (detach), so each test starts from what it says. */
	const withGrant = async (present: boolean) => {
		await attached();
		const context = flow.context({
			[q.cluster]: aksId,
			[q.apply]: 'apply',
			[q.deploy]: 'apply',
			'The pods cannot pull their image. What next?': ['watch', 'watch', 'watch'],
			'The pods are still failing. What next?': ['watch', 'watch', 'watch'],
		});
		context.store.getState().actions.chooseRegistry(await flow.azure.getRegistry(registryId));
		await runSteps(present ? attachSteps : detachSteps, context);
	};

	test('creates a registry, imports nginx:v1, attaches it and runs nginx0-deployment to 2/2 Running', async () => {
		const context = await attached();
		const state = context.store.getState();
		expect(state.journal.map((entry) => [entry.command, entry.outcome])).toEqual([
			['az acr create --name flowregistry01 --resource-group rg-acr-sandbox --sku basic', 'done'],
			['az acr import --name flowregistry01 --source docker.io/library/nginx:latest --image nginx:v1', 'done'],
			['az aks update --name aks-sandbox --resource-group rg-acr-sandbox --attach-acr flowregistry01', 'done'],
			['az aks get-credentials --resource-group rg-acr-sandbox --name aks-sandbox', 'done'],
			['kubectl apply --context aks-sandbox -f acr-nginx.yaml', 'done'],
		]);
		expect(state.pods.filter((pod) => pod.status === 'Running' && pod.ready === '1/1')).toHaveLength(2);
		expect(state.pods.every((pod) => pod.name.startsWith('nginx0-deployment-'))).toBe(true);
		context.scripted.verify();
	});

	test('attaching again creates nothing and says the grant is already there', async () => {
		await withGrant(true);
		const before = [...flow.sandbox.state.roleAssignments.values()].length;
		const context = flow.context({[q.cluster]: aksId, [q.apply]: 'apply', [q.deploy]: 'apply'});
		context.store.getState().actions.chooseRegistry(await flow.azure.getRegistry(registryId));
		await expect(runSteps(attachSteps, context)).resolves.toBe('done');
		const attach = context.store.getState().journal[0];
		expect(attach).toMatchObject({outcome: 'unchanged', detail: `Already granted: AcrPull at ${registryId}; nothing created, re-running is safe`});
		expect([...flow.sandbox.state.roleAssignments.values()]).toHaveLength(before);
		expect(context.store.getState().plan?.title).toBe('Deploy the sample');
	});

	test('detaching removes the grant, and new pods then fail to pull', async () => {
		await withGrant(true);
		const context = flow.context({[q.cluster]: aksId, [q.apply]: 'apply'});
		context.store.getState().actions.chooseRegistry(await flow.azure.getRegistry(registryId));
		await expect(runSteps(detachSteps, context)).resolves.toBe('done');
		expect(context.store.getState().journal[0]).toMatchObject({
			command: 'az aks update --name aks-sandbox --resource-group rg-acr-sandbox --detach-acr flowregistry01',
			outcome: 'done',
		});
		const cluster = flow.kubernetes.cluster({kind: 'inline', yaml: await flow.azure.getClusterUserKubeconfig(aksId)});
		const collector = snapshotCollector();
		const stop = await cluster.watchPods('default', 'app=nginx0', collector.onChange, collector.onError);
		try {
			await cluster.restartPods('default', 'app=nginx0');
			// The status can turn before its message and the kubelet's event arrive: wait for the refusal itself.
			const refused = (snapshot: PodsSnapshot) =>
				snapshot.pods.some((pod) => pod.status === 'ErrImagePull' || pod.status === 'ImagePullBackOff') &&
				snapshot.events.some((event) => event.type === 'Warning' && event.message.includes('401 Unauthorized'));
			await expect(collector.until(refused, 'a pod refused with 401 Unauthorized')).resolves.toBeDefined();
		} finally {
			stop();
		}
	});

	test('attaching again after the detach grants anew, and the failing pods recover', async () => {
		await withGrant(false);
		const context = flow.context({
			[q.cluster]: aksId,
			[q.apply]: 'apply',
			[q.deploy]: 'apply',
			// The pods may still be backing off when the watch starts: keep watching until they recover.
			'The pods cannot pull their image. What next?': ['watch', 'watch', 'watch'],
			'The pods are still failing. What next?': ['watch', 'watch', 'watch'],
		});
		context.store.getState().actions.chooseRegistry(await flow.azure.getRegistry(registryId));
		await expect(runSteps(attachSteps, context)).resolves.toBe('done');
		expect(context.store.getState().journal[0]).toMatchObject({outcome: 'done', undo: {kind: 'delete-role-assignment'}});
		expect(context.store.getState().pods.filter((pod) => pod.status === 'Running' && pod.ready === '1/1')).toHaveLength(2);
	});
});

describe('deploying before attaching, over the sandbox', () => {
	let flow: AttachFlow;
	beforeAll(async () => {
		flow = await startAttachFlow('owner');
	});
	afterAll(async () => flow.close());

	test('shows ImagePullBackOff diagnosed as a missing AcrPull, and the fix from the screen recovers the pods', async () => {
		const seen: {diagnosis?: string; statuses?: string[]} = {};
		const context = flow.context({
			[q.deploy]: 'apply',
			'The pods cannot pull their image. What next?': async () => {
				// The user reads the screen once the kubelet has backed off, as the seeds' kubectl get pods would show.
				const state = await waitForState(context.store, (current) => current.pods.some((pod) => pod.status === 'ImagePullBackOff'), 15_000);
				seen.diagnosis = state.diagnosis?.title;
				seen.statuses = state.pods.map((pod) => pod.status);
				return 'fix';
			},
			[q.apply]: 'apply',
			// The back-off may show one more failure before the retry succeeds.
			'The pods are still failing. What next?': ['watch', 'watch', 'watch'],
		});
		const registry = await flow.azure.createRegistry({
			subscriptionId: seedIds.subscriptionId,
			resourceGroup: seedIds.resourceGroup,
			name: 'beforeattach01',
			location: seedIds.location,
			sku: 'Basic',
		});
		await flow.azure.importImage(registry.id, 'docker.io/library/nginx:latest', 'nginx:v1');
		context.store.getState().actions.chooseRegistry(registry);
		const cluster = await flow.azure.getManagedCluster(aksId);
		await expect(deploySample(context, cluster, registry)).resolves.toBe('running');
		expect(seen.diagnosis).toBe('No permission to pull from the registry');
		expect(seen.statuses).toContain('ImagePullBackOff');
		const fix = context.store.getState().journal.find((entry) => entry.stepId === 'attach');
		expect(fix).toMatchObject({command: 'az aks update --name aks-sandbox --resource-group rg-acr-sandbox --attach-acr beforeattach01', outcome: 'done'});
		expect(context.store.getState().pods.filter((pod) => pod.status === 'Running')).toHaveLength(2);
	});

	test('refuses a registry name the sandbox reports as taken, with its message', async () => {
		const context = flow.context({
			[q.registry]: ['+create', new GoBack()],
			// Back on the plan returns to the SKU, then Esc goes back one question at a time to the list.
			[q.name]: ['Contoso-Shared', seedIds.sharedRegistry, 'freshflowacr', new GoBack()],
			[q.group]: [seedIds.resourceGroup, new GoBack()],
			[q.sku]: ['standard', new GoBack()],
			[q.apply]: 'back',
		});
		await expect(runSteps([chooseRegistry], context)).resolves.toBe('back');
		context.scripted.verify();
		expect(context.scripted.refusals.slice(0, 2)).toEqual([
			'Registry name: Contoso-Shared → A registry name can hold only letters a-z and digits 0-9; remove "-", e.g. contososhared.',
			`Registry name: ${seedIds.sharedRegistry} → The registry ${seedIds.sharedRegistry} is already in use (AlreadyExists). Type another name, or pass another --registry-name.`,
		]);
	});
});

describe('a registry in another subscription, over the sandbox', () => {
	let flow: AttachFlow;
	beforeAll(async () => {
		flow = await startAttachFlow('owner');
	});
	afterAll(async () => flow.close());

	test('is picked by resource ID and attached with --attach-acr <resource id>', async () => {
		const sharedId = `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${seedIds.sharedRegistry}`;
		const context = flow.context({
			[q.registry]: '+by-id',
			'Registry resource ID:': sharedId,
			[q.apply]: ['apply', 'apply'],
			[q.cluster]: aksId,
			[q.deploy]: 'apply',
		});
		await expect(runSteps([chooseRegistry, ...attachSteps], context)).resolves.toBe('done');
		const journal = context.store.getState().journal;
		expect(journal[0]).toMatchObject({
			command: `az acr import --name ${seedIds.sharedRegistry} --source docker.io/library/nginx:latest --image nginx:v1 --subscription ${seedIds.sharedSubscriptionId}`,
			outcome: 'unchanged',
		});
		expect(journal[1]).toMatchObject({command: `az aks update --name aks-sandbox --resource-group rg-acr-sandbox --attach-acr ${sharedId}`, outcome: 'done'});
		expect(context.store.getState().pods.filter((pod) => pod.status === 'Running')).toHaveLength(2);
	});
});

describe('a Contributor, over the sandbox', () => {
	let flow: AttachFlow;
	beforeAll(async () => {
		flow = await startAttachFlow('contributor');
	});
	afterAll(async () => flow.close());

	test('is stopped before any change, with the prerequisite and the commands for an administrator', async () => {
		const registry = await flow.azure.createRegistry({
			subscriptionId: seedIds.subscriptionId,
			resourceGroup: seedIds.resourceGroup,
			name: 'contribacr01',
			location: seedIds.location,
			sku: 'Basic',
		});
		const before = flow.sandbox.state.roleAssignments.size;
		const context = flow.context({[q.cluster]: aksId});
		context.store.getState().actions.chooseRegistry(registry);
		const error = await runSteps(attachSteps, context).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(WizardError);
		expect((error as WizardError).message).toContain('You cannot create role assignments on contribacr01, so nothing was changed.');
		expect((error as WizardError).suggestion).toContain('az aks update --name aks-sandbox --resource-group rg-acr-sandbox --attach-acr contribacr01');
		expect((error as WizardError).suggestion).toContain(`--role AcrPull --scope ${registry.id}`);
		expect(flow.sandbox.state.roleAssignments.size).toBe(before);
		expect(context.store.getState().journal).toHaveLength(0);
	});
});
