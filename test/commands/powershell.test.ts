import {describe, expect, test} from 'vitest';
import {
	getRegistryCommand,
	importAksCredentialCommand,
	importRegistryImageCommand,
	kubeletObjectIdExpression,
	newAksClusterCommand,
	newRoleAssignmentCommand,
	newUserAssignedIdentityCommand,
	setAksAttachCommand,
	setAksDetachCommand,
} from '../../source/commands/powershell.js';

const cluster = {name: 'myAKSCluster', resourceGroup: 'myResourceGroup', subscriptionId: '00000000-0000-0000-0000-000000000001'};
const registry = {name: 'myregistry', resourceGroup: 'myResourceGroup'};
const registryId =
	'/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/myResourceGroup/providers/Microsoft.ContainerRegistry/registries/myregistry';

describe('Azure PowerShell equivalents, exact text', () => {
	test('Set-AzAksCluster attaches and detaches by registry name', () => {
		expect(setAksAttachCommand(cluster, registry)).toBe('Set-AzAksCluster -ResourceGroupName myResourceGroup -Name myAKSCluster -AcrNameToAttach myregistry');
		expect(setAksDetachCommand(cluster, registry)).toBe('Set-AzAksCluster -ResourceGroupName myResourceGroup -Name myAKSCluster -AcrNameToDetach myregistry');
	});

	test('New-AzAksCluster with the node pool, SSH key and the registry attached; the location only when given', () => {
		expect(newAksClusterCommand({...cluster, nodeCount: 2, vmSize: 'Standard_DS2_v2'}, 'myregistry')).toBe(
			'New-AzAksCluster -ResourceGroupName myResourceGroup -Name myAKSCluster -NodeCount 2 -NodeVmSize Standard_DS2_v2 -GenerateSshKey -AcrNameToAttach myregistry',
		);
		expect(newAksClusterCommand({...cluster, location: 'westeurope', nodeCount: 3, vmSize: 'Standard_B2s'}, undefined)).toBe(
			'New-AzAksCluster -ResourceGroupName myResourceGroup -Name myAKSCluster -Location westeurope -NodeCount 3 -NodeVmSize Standard_B2s -GenerateSshKey',
		);
	});

	test('New-AzAksCluster brings its own control-plane and kubelet identities', () => {
		const identity = (name: string) => `/subscriptions/0/resourceGroups/myResourceGroup/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`;
		expect(
			newAksClusterCommand(
				{...cluster, nodeCount: 2, vmSize: 'Standard_DS2_v2', identities: {controlPlaneId: identity('cp'), kubeletId: identity('kubelet')}},
				'myregistry',
			),
		).toBe(
			`New-AzAksCluster -ResourceGroupName myResourceGroup -Name myAKSCluster -NodeCount 2 -NodeVmSize Standard_DS2_v2 -GenerateSshKey -AssignIdentity ${identity('cp')} -AssignKubeletIdentity ${identity('kubelet')} -AcrNameToAttach myregistry`,
		);
	});

	test('Import-AzContainerRegistryImage splits the source into its registry and image; a bare name comes from Docker Hub', () => {
		expect(importRegistryImageCommand(registry, 'docker.io/library/nginx:latest', 'nginx:v1')).toBe(
			'Import-AzContainerRegistryImage -SourceImage library/nginx:latest -SourceRegistryUri docker.io -TargetTag nginx:v1 -RegistryName myregistry -ResourceGroupName myResourceGroup',
		);
		expect(importRegistryImageCommand(registry, 'mcr.microsoft.com/oss/nginx/nginx:1.25', 'nginx:v1')).toBe(
			'Import-AzContainerRegistryImage -SourceImage oss/nginx/nginx:1.25 -SourceRegistryUri mcr.microsoft.com -TargetTag nginx:v1 -RegistryName myregistry -ResourceGroupName myResourceGroup',
		);
		expect(importRegistryImageCommand(registry, 'library/nginx:latest', 'nginx:v1')).toContain(
			'-SourceImage library/nginx:latest -SourceRegistryUri docker.io',
		);
	});

	test('Import-AzAksCredential and Get-AzContainerRegistry', () => {
		expect(importAksCredentialCommand(cluster)).toBe('Import-AzAksCredential -ResourceGroupName myResourceGroup -Name myAKSCluster');
		expect(getRegistryCommand(registry)).toBe('Get-AzContainerRegistry -ResourceGroupName myResourceGroup -Name myregistry');
	});

	test('New-AzRoleAssignment quotes a role name with spaces, and takes the kubelet object id as a subexpression', () => {
		expect(newRoleAssignmentCommand('11111111-2222-3333-4444-555555555555', 'Container Registry Repository Reader', registryId)).toBe(
			`New-AzRoleAssignment -ObjectId 11111111-2222-3333-4444-555555555555 -RoleDefinitionName 'Container Registry Repository Reader' -Scope ${registryId}`,
		);
		expect(newRoleAssignmentCommand(kubeletObjectIdExpression(cluster), 'AcrPull', registryId)).toBe(
			`New-AzRoleAssignment -ObjectId (Get-AzAksCluster -ResourceGroupName myResourceGroup -Name myAKSCluster).IdentityProfile['kubeletidentity'].ObjectId -RoleDefinitionName AcrPull -Scope ${registryId}`,
		);
	});

	test('New-AzUserAssignedIdentity; a value with a quote is single-quoted with the quote doubled', () => {
		expect(newUserAssignedIdentityCommand({name: 'aks-kubelet', resourceGroup: 'myResourceGroup', location: 'eastus'})).toBe(
			'New-AzUserAssignedIdentity -ResourceGroupName myResourceGroup -Name aks-kubelet -Location eastus',
		);
		expect(getRegistryCommand({name: 'myregistry', resourceGroup: "o'brien rg"})).toBe(
			"Get-AzContainerRegistry -ResourceGroupName 'o''brien rg' -Name myregistry",
		);
	});
});
