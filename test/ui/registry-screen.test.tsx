import {afterEach, expect, test} from 'vitest';
import {fakeIds, fakeRegistry} from '../helpers/fake-azure.js';
import {renderApp, type RenderedApp} from '../helpers/render.js';

const subscription = {id: fakeIds.subscriptionId, name: fakeIds.subscriptionName, tenantId: fakeIds.tenantId};
let app: RenderedApp | undefined;

afterEach(() => {
	app?.unmount();
	app = undefined;
});

test('shows the subscription and says the registry is not chosen yet', async () => {
	app = renderApp({state: {view: 'registry', subscription}});
	const frame = await app.waitFor('Registry and access');
	expect(frame).toContain(`Subscription  ${fakeIds.subscriptionName}  ${fakeIds.subscriptionId}`);
	expect(frame).toContain('Registry      not chosen yet');
	expect(frame).not.toContain('Method');
});

test('shows the registry with login server, SKU and group, then the method and the cluster once chosen', async () => {
	app = renderApp({state: {view: 'registry', subscription, registry: fakeRegistry(), method: 'attach', target: {clusterName: 'myAKSCluster'}}});
	const frame = await app.waitFor('Cluster');
	expect(frame).toContain('Registry      myregistry  myregistry.azurecr.io · Basic · myResourceGroup');
	expect(frame).toContain('Method        Attach to AKS');
	expect(frame).toContain('Cluster       myAKSCluster');
});
