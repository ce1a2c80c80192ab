import {describe, expect, test} from 'vitest';
import type {ConnectedCluster, ManagedCluster} from '../../../source/azure/azure.js';
import {serviceRangeOf} from '../../../source/steps/connected-registry/service-range.js';
import type {ConnectedSession} from '../../../source/steps/connected-registry/session.js';
import {fakeAzure} from '../../helpers/fake-azure.js';
import {fakeCluster} from '../../helpers/fake-kubernetes.js';
import {testContext} from '../../helpers/test-context.js';

const subscriptionId = '00000000-0000-0000-0000-0000000000aa';
const arc = (distribution: string): ConnectedCluster => ({
	id: `/subscriptions/${subscriptionId}/resourceGroups/rg-edge/providers/Microsoft.Kubernetes/connectedClusters/edge-aks`,
	name: 'edge-aks',
	resourceGroup: 'rg-edge',
	location: 'westeurope',
	distribution,
});
const aks = (resourceGroup: string, serviceCidr: string): ManagedCluster => ({
	id: `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.ContainerService/managedClusters/edge-aks`,
	name: 'edge-aks',
	subscriptionId,
	resourceGroup,
	location: 'westeurope',
	serviceCidr,
});

function setup(cluster: ConnectedCluster, managed: readonly ManagedCluster[]) {
	const kube = fakeCluster({serviceRange: async () => '10.96.0.0/12'});
	const azure = fakeAzure({listManagedClusters: async () => [...managed]});
	const session: ConnectedSession = {cluster, kube, repositories: [], secrets: new Map()};
	return {context: testContext({azure}), session, kube, azure};
}

describe('the service range of the Arc cluster', () => {
	test("an AKS cluster connected to Arc takes the managed cluster's networkProfile.serviceCidr, without probing the API server", async () => {
		const {context, session, kube} = setup(arc('AKS'), [aks('rg-edge', '10.0.0.0/16')]);
		await expect(serviceRangeOf(context, session)).resolves.toEqual({range: '10.0.0.0/16', from: 'managed-cluster'});
		expect(kube.calls.serviceRange).toHaveLength(0);
	});

	test('any other distribution asks the API server (its 422 answer names the range)', async () => {
		const {context, session, azure} = setup(arc('k3s'), [aks('rg-edge', '10.0.0.0/16')]);
		await expect(serviceRangeOf(context, session)).resolves.toEqual({range: '10.96.0.0/12', from: 'api-server'});
		expect(azure.calls.listManagedClusters).toHaveLength(0);
	});

	test('two AKS clusters of that name leave ARM unable to tell which was connected: the API server says', async () => {
		const {context, session} = setup(arc('AKS'), [aks('rg-edge', '10.0.0.0/16'), aks('rg-other', '10.1.0.0/16')]);
		await expect(serviceRangeOf(context, session)).resolves.toEqual({range: '10.96.0.0/12', from: 'api-server'});
	});
});
