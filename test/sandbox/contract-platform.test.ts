import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../source/sandbox/index.js';
import {raw, startTestSandbox, type RawResponse} from './helpers.js';
import {compareShape, contractProblems} from './shape.js';

const raExtras = [
	'$.properties.condition',
	'$.properties.conditionVersion',
	'$.properties.createdOn',
	'$.properties.updatedOn',
	'$.properties.createdBy',
	'$.properties.updatedBy',
	'$.properties.delegatedManagedIdentityResourceId',
	'$.properties.description',
];
const roleDefExtras = ['$.properties.createdOn', '$.properties.updatedOn', '$.properties.createdBy', '$.properties.updatedBy'];
// Real answers carry powerState (az aks show prints it) though the Get example leaves it out.
const aksExtras = ['$.identity', '$.properties.identityProfile', '$.properties.powerState'];
const arcExtras = [
	'$.properties.totalCoreCount',
	'$.properties.infrastructure',
	'$.properties.offering',
	'$.properties.connectivityStatus',
	'$.properties.lastConnectivityTime',
	'$.properties.managedIdentityCertificateExpirationTime',
];

describe('resources, authorization, AKS, Arc and extension answers have the fields, types and status codes of the contract examples', () => {
	let sandbox: Sandbox;
	let sub = '';
	let rg = '';
	beforeAll(async () => {
		sandbox = await startTestSandbox();
		sub = `/subscriptions/${sandbox.subscriptionId}`;
		rg = `${sub}/resourceGroups/${seedIds.resourceGroup}`;
	});
	afterAll(async () => {
		await sandbox.close();
	});
	const check = (file: string, status: string, response: RawResponse, extras: string[] = []): void => {
		expect(contractProblems(file, status, response, extras)).toEqual([]);
	};

	it('resource group create answers 201 then 200, and provider get answers like GetProvider', async () => {
		const q = '?api-version=2025-04-01';
		check(
			'Microsoft.Resources/2025-04-01/CreateResourceGroup.json',
			'201',
			await raw(sandbox, 'PUT', `${sub}/resourceGroups/my-resource-group${q}`, {location: 'eastus'}),
			['$.type'],
		);
		check(
			'Microsoft.Resources/2025-04-01/CreateResourceGroup.json',
			'200',
			await raw(sandbox, 'PUT', `${sub}/resourceGroups/my-resource-group${q}`, {location: 'eastus'}),
			['$.type'],
		);
		check('Microsoft.Resources/2025-04-01/GetProvider.json', '200', await raw(sandbox, 'GET', `${sub}/providers/Microsoft.ContainerRegistry${q}`));
	});

	it('role definitions list (filtered by lower-case name) and get answer like the examples', async () => {
		const q = '?api-version=2022-04-01';
		const listed = await raw(
			sandbox,
			'GET',
			`${rg}/providers/Microsoft.Authorization/roleDefinitions${q}&$filter=${encodeURIComponent("roleName eq 'acrpull'")}`,
		);
		check(
			'Microsoft.Authorization/2022-04-01/GetRoleDefinitionAtScope.json',
			'200',
			listed,
			roleDefExtras.map((e) => e.replace('$.', '$.value[].')),
		);
		expect((listed.body as {value: {name: string}[]}).value.map((d) => d.name)).toEqual(['7f951dda-4ed3-4680-a7ca-43fe172d538d']);
		check(
			'Microsoft.Authorization/2022-04-01/GetRoleDefinitionByName.json',
			'200',
			await raw(sandbox, 'GET', `${rg}/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d${q}`),
			roleDefExtras,
		);
	});

	it('role assignments answer create 201, get, list for scope and delete 200 like the examples', async () => {
		const q = '?api-version=2022-04-01';
		const aks = sandbox.state.managedClusters.values().next().value;
		const ra = `${rg}/providers/Microsoft.Authorization/roleAssignments/05c5a614-a7d6-4502-b150-c2fb455033ff`;
		const body = {
			properties: {
				roleDefinitionId: `${sub}/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d`,
				principalId: aks?.kubelet.objectId,
			},
		};
		check('Microsoft.Authorization/2022-04-01/RoleAssignments_CreateForResource.json', '201', await raw(sandbox, 'PUT', `${ra}${q}`, body), raExtras);
		check('Microsoft.Authorization/2022-04-01/RoleAssignments_Get.json', '200', await raw(sandbox, 'GET', `${ra}${q}`), raExtras);
		check(
			'Microsoft.Authorization/2022-04-01/RoleAssignments_ListForScope.json',
			'200',
			await raw(sandbox, 'GET', `${rg}/providers/Microsoft.Authorization/roleAssignments${q}`),
			raExtras.map((e) => e.replace('$.', '$.value[].')),
		);
		check('Microsoft.Authorization/2022-04-01/RoleAssignments_Delete.json', '200', await raw(sandbox, 'DELETE', `${ra}${q}`), raExtras);
		check('Microsoft.Authorization/2022-04-01/RoleAssignments_Delete.json', '204', await raw(sandbox, 'DELETE', `${ra}${q}`));
	});

	it('permissions for a resource group answer like GetResourcePermissions', async () => {
		const extras = ['$.value[].dataActions', '$.value[].notDataActions'];
		check(
			'Microsoft.Authorization/2022-04-01/GetResourcePermissions.json',
			'200',
			await raw(sandbox, 'GET', `${rg}/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`),
			extras,
		);
	});

	it('managed clusters answer get, list, list by group and listClusterUserCredential like the examples', async () => {
		const q = '?api-version=2026-06-01';
		const dir = 'Microsoft.ContainerService/2026-06-01';
		const aks = `${rg}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
		check(`${dir}/ManagedClustersGet.json`, '200', await raw(sandbox, 'GET', `${aks}${q}`), aksExtras);
		const listExtras = [
			...aksExtras,
			'$.properties.agentPoolProfiles[].availabilityZones',
			'$.properties.agentPoolProfiles[].nodeImageVersion',
			'$.properties.agentPoolProfiles[].upgradeSettings',
			'$.properties.azurePortalFQDN',
			'$.properties.upgradeSettings',
			'$.properties.networkProfile.podCidrs',
			'$.properties.networkProfile.serviceCidrs',
			'$.properties.networkProfile.outboundType',
			'$.properties.networkProfile.loadBalancerSku',
			'$.properties.networkProfile.ipFamilies',
			'$.properties.networkProfile.loadBalancerProfile',
		].map((e) => e.replace('$.', '$.value[].'));
		check(`${dir}/ManagedClustersList.json`, '200', await raw(sandbox, 'GET', `${sub}/providers/Microsoft.ContainerService/managedClusters${q}`), listExtras);
		check(
			`${dir}/ManagedClustersListByResourceGroup.json`,
			'200',
			await raw(sandbox, 'GET', `${rg}/providers/Microsoft.ContainerService/managedClusters${q}`),
			[...listExtras, '$.value[].eTag', '$.value[].properties.agentPoolProfiles[].eTag'],
		);
		const creds = await raw(sandbox, 'POST', `${aks}/listClusterUserCredential${q}`);
		check(`${dir}/ManagedClustersListClusterUserCredentials.json`, '200', creds);
	});

	it('a connected cluster answers like GetClusterExample plus the documented connectivity fields', async () => {
		const arc = `${rg}/providers/Microsoft.Kubernetes/connectedClusters/${seedIds.arcCluster}`;
		const response = await raw(sandbox, 'GET', `${arc}?api-version=2024-01-01`);
		check('Microsoft.Kubernetes/2024-01-01/GetClusterExample.json', '200', response, arcExtras);
		expect((response.body as {properties: {connectivityStatus: string}}).properties.connectivityStatus).toBe('Connected');
	});

	it('an extension answers create 201 with Azure-AsyncOperation, status poll, get and delete 202 like the examples, never echoing protected settings', async () => {
		const dir = 'Microsoft.KubernetesConfiguration/2023-05-01';
		const q = '?api-version=2023-05-01';
		const ext = `${rg}/providers/Microsoft.Kubernetes/connectedClusters/${seedIds.arcCluster}/providers/Microsoft.KubernetesConfiguration/extensions/ClusterMonitor`;
		const body = {
			properties: {
				extensionType: 'azuremonitor-containers',
				autoUpgradeMinorVersion: true,
				releaseTrain: 'Preview',
				scope: {cluster: {releaseNamespace: 'kube-system'}},
				configurationSettings: {'omsagent.env.clusterName': 'clusterName1'},
				configurationProtectedSettings: {'omsagent.secret.key': 'secretKeyValue01'},
			},
		};
		const created = await raw(sandbox, 'PUT', `${ext}${q}`, body);
		check(`${dir}/CreateExtension.json`, '201', created);
		expect(JSON.stringify(created.body)).not.toContain('secretKeyValue01');
		check(`${dir}/GetExtensionAsyncOperationStatus.json`, '200', await raw(sandbox, 'GET', String(created.headers['azure-asyncoperation'])), [
			'$.startTime',
			'$.endTime',
		]);
		const got = await raw(sandbox, 'GET', `${ext}${q}`);
		check(`${dir}/GetExtension.json`, '200', got);
		expect(JSON.stringify(got.body)).not.toContain('secretKeyValue01');
		check(`${dir}/DeleteExtension.json`, '202', await raw(sandbox, 'DELETE', `${ext}${q}`), []);
	});

	it('the shape comparison itself catches a missing field and a wrong type', () => {
		const report = compareShape({a: 1, b: {c: 'x'}}, {a: '1', b: {}});
		expect(report.problems).toEqual(['$.a: expected number, got string', '$.b.c: missing']);
	});
});
