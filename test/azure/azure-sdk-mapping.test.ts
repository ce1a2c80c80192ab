import {describe, expect, it} from 'vitest';
import {AzureError} from '../../source/azure/azure.js';
import {connectedClusterOf, kubeconfigText, managedClusterOf} from '../../source/azure/azure-sdk-clusters.js';
import {parseResourceId} from '../../source/azure/azure-sdk-ids.js';
import {isTagExists, splitImageSource} from '../../source/azure/azure-sdk-registries.js';
import {syncActions} from '../../source/azure/azure-sdk-connected-registries.js';

const aksId = '/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.ContainerService/managedClusters/aks1';

describe('splitImageSource', () => {
	it('splits a registry host from the image', () => {
		expect(splitImageSource('docker.io/library/nginx:latest')).toEqual({registryUri: 'docker.io', sourceImage: 'library/nginx:latest'});
		expect(splitImageSource('mcr.microsoft.com/hello-world')).toEqual({registryUri: 'mcr.microsoft.com', sourceImage: 'hello-world'});
		expect(splitImageSource('localhost:5000/app:v1')).toEqual({registryUri: 'localhost:5000', sourceImage: 'app:v1'});
	});

	it('reads a name without a host as Docker Hub', () => {
		expect(splitImageSource('library/nginx:latest')).toEqual({registryUri: 'docker.io', sourceImage: 'library/nginx:latest'});
		expect(splitImageSource('nginx')).toEqual({registryUri: 'docker.io', sourceImage: 'nginx'});
	});
});

describe('isTagExists', () => {
	it('takes the 409 Conflict of a NoForce import as the tag being there, whatever its wording, and nothing else', () => {
		expect(isTagExists(new AzureError('Operation registries-1 failed. Resource /x Tag nginx:v1 already exists in target registry.', 'Conflict', 409))).toBe(
			true,
		);
		expect(isTagExists(new AzureError("The target manifest 'nginx:v1' already exists in the registry.", 'Conflict'))).toBe(true);
		expect(isTagExists(new AzureError('The source image was not found.', 'InvalidParameters', 400))).toBe(false);
		expect(isTagExists(new AzureError('toomanyrequests: You have reached your pull rate limit.', 'TooManyRequests', 429))).toBe(false);
	});
});

describe('managedClusterOf', () => {
	it('keeps the kubelet identity and ignores the msi placeholder client id', () => {
		const cluster = managedClusterOf({
			id: aksId,
			name: 'aks1',
			location: 'eastus',
			servicePrincipalProfile: {clientId: 'msi'},
			identityProfile: {kubeletidentity: {objectId: 'o1', clientId: 'c1', resourceId: 'r1'}},
			networkProfile: {serviceCidr: '10.0.0.0/16'},
		});
		expect(cluster).toEqual({
			id: aksId,
			name: 'aks1',
			subscriptionId: 'sub1',
			resourceGroup: 'rg1',
			location: 'eastus',
			kubeletIdentity: {objectId: 'o1', clientId: 'c1', resourceId: 'r1'},
			serviceCidr: '10.0.0.0/16',
		});
	});

	it('reports the service principal of a cluster without a managed identity', () => {
		expect(managedClusterOf({id: aksId, location: 'eastus', servicePrincipalProfile: {clientId: 'sp-app-id'}}).servicePrincipalClientId).toBe('sp-app-id');
	});
});

describe('connectedClusterOf', () => {
	it('reads name, group and connectivity from the ARM JSON', () => {
		const id = '/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.Kubernetes/connectedClusters/arc1';
		expect(connectedClusterOf({id, name: 'arc1', location: 'eastus', properties: {connectivityStatus: 'Connected'}})).toEqual({
			id,
			name: 'arc1',
			resourceGroup: 'rg1',
			location: 'eastus',
			connectivityStatus: 'Connected',
		});
	});
});

describe('kubeconfigText', () => {
	it('decodes bytes and base64 text', () => {
		const yaml = 'apiVersion: v1\nkind: Config\n';
		expect(kubeconfigText(new TextEncoder().encode(yaml))).toBe(yaml);
		expect(kubeconfigText(Buffer.from(yaml).toString('base64'))).toBe(yaml);
		expect(() => kubeconfigText(undefined)).toThrow(AzureError);
	});
});

describe('syncActions', () => {
	it('grants read on each repository plus the gateway actions for a ReadOnly connected registry', () => {
		expect(syncActions('myconnectedregistry', 'ReadOnly', ['hello-world'])).toEqual([
			'repositories/hello-world/content/read',
			'repositories/hello-world/metadata/read',
			'gateway/myconnectedregistry/config/read',
			'gateway/myconnectedregistry/config/write',
			'gateway/myconnectedregistry/message/read',
			'gateway/myconnectedregistry/message/write',
		]);
	});
});

describe('parseResourceId', () => {
	it('takes a cluster id apart and refuses text that is not an id', () => {
		expect(parseResourceId(aksId)).toEqual({
			subscriptionId: 'sub1',
			resourceGroup: 'rg1',
			provider: 'Microsoft.ContainerService',
			type: 'managedClusters',
			name: 'aks1',
		});
		expect(() => parseResourceId('aks1')).toThrow(expect.objectContaining({code: 'InvalidResourceId'}));
	});
});
