import {CoreV1Api, KubeConfig, StorageV1Api} from '@kubernetes/client-node';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, test} from 'vitest';
import {connectedRegistrySteps} from '../../source/steps/connected-registry/index.js';
import {undoPlan} from '../../source/steps/undo.js';
import {seedIds} from '../../source/sandbox/index.js';
import {applyPlan, runSteps} from '../../source/wizard/engine.js';
import type {Context} from '../../source/wizard/context.js';
import {WizardError} from '../../source/wizard/errors.js';
import {startConnectedFlow, type ConnectedFlow} from '../helpers/connected-registry-flow.js';

const arcId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.Kubernetes/connectedClusters/${seedIds.arcCluster}`;
const flags = {
	method: 'connected-registry',
	cluster: seedIds.arcCluster,
	context: seedIds.arcCluster,
	repository: 'hello-world',
	connectedRegistryName: 'myconnectedregistry',
	clusterIp: '192.100.100.1',
	clientToken: 'mytoken',
} as const;

function running(context: Context): string[] {
	return context.store
		.getState()
		.pods.filter((pod) => pod.status === 'Running')
		.map((pod) => pod.name.replace(/-[a-z0-9]+-[a-z0-9]+$/, ''));
}

/** Fails when any generated password, or the connection string, appears in what a renderer or a journal could show. */
function expectNoSecrets(flow: ConnectedFlow, context: Context): void {
	const text = JSON.stringify(context.store.getState());
	expect(flow.passwords.length).toBeGreaterThan(0);
	for (const password of flow.passwords) expect(text.includes(password), 'a password is in the store').toBe(false);
	expect(text).not.toContain('SyncTokenPassword=');
}

describe('connected registry over the sandbox (seed 004)', () => {
	let flow: ConnectedFlow;
	beforeAll(async () => {
		flow = await startConnectedFlow();
	});
	afterAll(async () => flow.close());

	test('--yes with a flag for each question: a Basic registry is made Premium with a data endpoint, and hello-world runs from the clusterIP; clean-up leaves nothing', async () => {
		const registry = await flow.registry('edgeflow01', 'Basic');
		const context = flow.auto(registry, flags);
		await expect(runSteps(connectedRegistrySteps, context)).resolves.toBe('done');
		expect(running(context)).toEqual(['hello-world-deployment']);
		const commands = context.store.getState().journal.map((entry) => entry.command.split('\n')[0]?.split(' \\')[0]);
		expect(commands).toEqual([
			'az acr update --name edgeflow01 --sku Premium',
			'az acr update --name edgeflow01 --data-endpoint-enabled true',
			// The sandbox's subscription, like many real ones, has not registered Microsoft.ExtendedLocation.
			'az provider register --namespace Microsoft.ExtendedLocation',
			'az acr import --name edgeflow01 --source mcr.microsoft.com/mcr/hello-world:latest --image hello-world:latest',
			'az acr connected-registry create --registry edgeflow01',
			'cat << EOF > protected-settings-extension.json',
			`az k8s-extension create --cluster-name ${seedIds.arcCluster}`,
			'az acr scope-map create --name mytoken-scope-map --registry edgeflow01 --repository hello-world content/read metadata/read',
			'az acr token create --name mytoken --registry edgeflow01 --scope-map mytoken-scope-map',
			`TOKEN_PASSWORD=$(az acr token credential generate --name mytoken --registry edgeflow01 --password1 --query "passwords[?name=='password1'].value | [0]" --output tsv)`,
			'az acr connected-registry update --registry edgeflow01 --name myconnectedregistry --add-client-tokens mytoken',
			`kubectl create secret docker-registry regcred --docker-server=192.100.100.1 --docker-username=mytoken --docker-password="$TOKEN_PASSWORD" --context ${seedIds.arcCluster}`,
			`kubectl apply -f hello-world-deployment.yaml --context ${seedIds.arcCluster}`,
		]);
		const notices = context.store.getState().notices.join('\n');
		expect(notices).toContain(
			'$ az acr connected-registry show --registry edgeflow01 --name myconnectedregistry --output table\nNAME                 MODE      CONNECTION STATE  PARENT      LOGIN SERVER           LAST SYNC(UTC)       SYNC SCHEDULE  SYNC WINDOW\nmyconnectedregistry  ReadOnly  Online            edgeflow01  edgeflow01.azurecr.io',
		);
		expect(notices).toMatch(/\nNAME +READY +STATUS\nconnected-registry-\S+ +1\/1 +Running/);
		expect(notices).toContain('Service connected-registry on 192.100.100.1');
		expect(notices).toContain('Claim connected-registry-pvc Bound (standard)');
		expectNoSecrets(flow, context);

		// Every undo names the Arc cluster's context, the sample's deployment too.
		expect(undoPlan(context, context.store.getState().journal).actions.map((action) => action.command)).toContain(
			`kubectl delete deployment hello-world-deployment --context ${seedIds.arcCluster} --namespace default`,
		);
		await applyPlan(undoPlan(context, context.store.getState().journal), context, {confirm: false, retry: false});
		expect(await flow.azure.getExtension(arcId, 'myconnectedregistry')).toBeUndefined();
		expect(await flow.azure.getConnectedRegistry(registry.id, 'myconnectedregistry')).toBeUndefined();
		for (const name of ['myconnectedregistry', 'mytoken']) expect(await flow.azure.getToken(registry.id, name)).toBeUndefined();
		for (const name of ['myconnectedregistry', 'mytoken-scope-map']) expect(await flow.azure.getScopeMap(registry.id, name)).toBeUndefined();
		const cluster = flow.base.kubernetes.cluster({kind: 'file', path: flow.kubeconfigPath}, seedIds.arcCluster);
		expect(await cluster.listNamespaces()).not.toContain('connected-registry');
		expect(await cluster.secretExists('default', 'regcred')).toBe(false);
		expect(await cluster.serviceClusterIPs()).not.toContain('192.100.100.1');
	});
});

describe('connected registry over the sandbox: clean-up as its own choice', () => {
	let flow: ConnectedFlow;
	beforeEach(async () => {
		flow = await startConnectedFlow();
	});
	afterEach(async () => flow.close());

	test('--clean-up remove takes off the sample, the secret, the extension, the connected registry, then the tokens and scope maps, one confirmation each; nothing is left in ARM or the cluster', async () => {
		const registry = await flow.registry('edgeclean01', 'Premium', true);
		const context = flow.auto(registry, {...flags, cleanUp: 'remove'});
		await expect(runSteps(connectedRegistrySteps, context)).resolves.toBe('done');
		const journal = context.store.getState().journal;
		const removals = journal.filter((entry) => entry.stepId === 'undo');
		expect(removals.map((entry) => entry.command)).toEqual([
			`kubectl delete deployment hello-world-deployment --context ${seedIds.arcCluster} --namespace default`,
			`kubectl delete secret regcred --context ${seedIds.arcCluster}`,
			`az k8s-extension delete --name myconnectedregistry --cluster-name ${seedIds.arcCluster} --resource-group ${seedIds.resourceGroup} --cluster-type connectedClusters --yes`,
			'az acr connected-registry delete --registry edgeclean01 --name myconnectedregistry --cleanup --yes',
			'az acr token delete --name mytoken --registry edgeclean01 --yes',
			'az acr scope-map delete --name mytoken-scope-map --registry edgeclean01 --yes',
		]);
		expect(removals.every((entry) => entry.outcome === 'done')).toBe(true);
		// One question per removal, then nothing left for the summary's undo.
		const asked = context.store.getState().notices.filter((line) => line.startsWith('Apply this change?'));
		expect(asked.length).toBeGreaterThanOrEqual(removals.length);
		expect(undoPlan(context, journal).actions).toEqual([]);
		expect(await flow.azure.getExtension(arcId, 'myconnectedregistry')).toBeUndefined();
		expect(await flow.azure.getConnectedRegistry(registry.id, 'myconnectedregistry')).toBeUndefined();
		for (const name of ['myconnectedregistry', 'mytoken']) expect(await flow.azure.getToken(registry.id, name)).toBeUndefined();
		for (const name of ['myconnectedregistry', 'mytoken-scope-map']) expect(await flow.azure.getScopeMap(registry.id, name)).toBeUndefined();
		const cluster = flow.base.kubernetes.cluster({kind: 'file', path: flow.kubeconfigPath}, seedIds.arcCluster);
		expect(await cluster.listNamespaces()).not.toContain('connected-registry');
		expect(await cluster.secretExists('default', 'regcred')).toBe(false);
		expect(await cluster.serviceClusterIPs()).not.toContain('192.100.100.1');
		const objects = await cluster.namespaceObjects('default');
		expect(objects.pods.filter((pod) => pod.name.startsWith('hello-world-deployment-') && pod.status !== 'Terminating')).toEqual([]);
	});

	test('without --clean-up the default keeps it all, and the summary’s undo lists every removal: extension, connected registry, then its tokens and scope maps', async () => {
		const registry = await flow.registry('edgeclean02', 'Premium', true);
		const context = flow.auto(registry, flags);
		await expect(runSteps(connectedRegistrySteps, context)).resolves.toBe('done');
		expect(context.store.getState().journal.filter((entry) => entry.stepId === 'undo')).toEqual([]);
		expect(await flow.azure.getConnectedRegistry(registry.id, 'myconnectedregistry')).toBeDefined();
		expect(undoPlan(context, context.store.getState().journal).actions.map((action) => action.command.split(' --')[0])).toEqual([
			'kubectl delete deployment hello-world-deployment',
			'kubectl delete secret regcred',
			'az k8s-extension delete',
			'az acr connected-registry delete',
			'az acr token delete',
			'az acr scope-map delete',
		]);
	});
});

describe('connected registry over the sandbox: what stops the path, in plain words', () => {
	let flow: ConnectedFlow;
	beforeEach(async () => {
		flow = await startConnectedFlow();
	});
	afterEach(async () => flow.close());

	test('a clusterIP outside the service range is refused naming the valid range, before any extension is written', async () => {
		const registry = await flow.registry('edgeflow02', 'Premium', true);
		const context = flow.auto(registry, {...flags, clusterIp: '10.0.0.50'});
		await expect(runSteps(connectedRegistrySteps, context)).rejects.toThrow(
			"10.0.0.50 is not in the valid range: the cluster's services take addresses from 192.100.0.0/16.",
		);
		expect(await flow.azure.getExtension(arcId, 'myconnectedregistry')).toBeUndefined();
	});

	test('a clusterIP another Service holds is refused', async () => {
		const registry = await flow.registry('edgeflow03', 'Premium', true);
		const config = new KubeConfig();
		config.loadFromString(flow.base.sandbox.kubeconfigYaml);
		config.setCurrentContext(seedIds.arcCluster);
		await config
			.makeApiClient(CoreV1Api)
			.createNamespacedService({namespace: 'default', body: {metadata: {name: 'squatter'}, spec: {clusterIP: '192.100.100.1', ports: [{port: 80}]}}});
		const context = flow.auto(registry, flags);
		await expect(runSteps(connectedRegistrySteps, context)).rejects.toThrow('192.100.100.1 is already held by another Service; choose a free address.');
	});

	test("an extension that ends Failed (no storage class: Helm times out) is shown with Arc's errorInfo, and its clean-up is in the undo plan", async () => {
		const registry = await flow.registry('edgeflow04', 'Premium', true);
		const config = new KubeConfig();
		config.loadFromString(flow.base.sandbox.kubeconfigYaml);
		config.setCurrentContext(seedIds.arcCluster);
		await config.makeApiClient(StorageV1Api).deleteStorageClass({name: 'standard'});
		const context = flow.auto(registry, flags);
		const error = await runSteps(connectedRegistrySteps, context).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(WizardError);
		expect((error as WizardError).message).toContain(
			'The connected registry extension myconnectedregistry ended Failed. Arc says: The extension operation failed with the following error:',
		);
		expect((error as WizardError).message).toContain('timed out waiting for the condition');
		expect((error as WizardError).code).toBe('ExtensionOperationFailed');
		expect(undoPlan(context, context.store.getState().journal).actions.map((action) => action.command)).toContain(
			`az k8s-extension delete --name myconnectedregistry --cluster-name ${seedIds.arcCluster} --resource-group ${seedIds.resourceGroup} --cluster-type connectedClusters --yes`,
		);
		expectNoSecrets(flow, context);
	});
});
