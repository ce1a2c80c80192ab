import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {seedIds, type Sandbox} from '../../source/sandbox/index.js';
import {raw, startTestSandbox, type RawResponse} from './helpers.js';
import {contractProblems} from './shape.js';

const v = '2025-11-01';
const dir = `Microsoft.ContainerRegistry/${v}`;
const crExtras = [
	'$.properties.provisioningState',
	'$.properties.version',
	'$.properties.connectionState',
	'$.properties.lastActivityTime',
	'$.properties.loginServer',
	'$.properties.statusDetails',
	'$.properties.parent.syncProperties.lastSyncTime',
	'$.properties.parent.syncProperties.gatewayEndpoint',
];

describe('Microsoft.ContainerRegistry answers have the fields, types and status codes of the contract examples', () => {
	let sandbox: Sandbox;
	let sub = '';
	let reg = '';
	let tokenBase = '';
	const q = `?api-version=${v}`;
	beforeAll(async () => {
		sandbox = await startTestSandbox();
		sub = `/subscriptions/${sandbox.subscriptionId}`;
		reg = `${sub}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/contractacr01`;
		tokenBase = `${reg}/tokens`;
	});
	afterAll(async () => {
		await sandbox.close();
	});
	const check = (file: string, status: string, response: RawResponse, extras: string[] = []): void => {
		expect(contractProblems(`${dir}/${file}`, status, response, extras)).toEqual([]);
	};

	it('checkNameAvailability says a free name is available', async () => {
		check(
			'RegistryCheckNameAvailable.json',
			'200',
			await raw(sandbox, 'POST', `${sub}/providers/Microsoft.ContainerRegistry/checkNameAvailability${q}`, {
				name: 'contractacr01',
				type: 'Microsoft.ContainerRegistry/registries',
			}),
		);
	});

	it('create answers 201 Creating with an absolute Azure-AsyncOperation, and a second PUT answers 200', async () => {
		const body = {location: 'eastus', tags: {key: 'value'}, sku: {name: 'Premium'}, properties: {adminUserEnabled: true}};
		const first = await raw(sandbox, 'PUT', `${reg}${q}`, body);
		check('RegistryCreate.json', '201', first);
		expect((first.body as {properties: {provisioningState: string}}).properties.provisioningState).toBe('Creating');
		expect(first.headers['azure-asyncoperation']).toMatch(/^https:\/\/127\.0\.0\.1:\d+\//);
		check('RegistryCreate.json', '200', await raw(sandbox, 'PUT', `${reg}${q}`, body));
	});

	it('checkNameAvailability says a taken name is AlreadyExists, with the real message', async () => {
		const response = await raw(sandbox, 'POST', `${sub}/providers/Microsoft.ContainerRegistry/checkNameAvailability${q}`, {
			name: 'contractacr01',
			type: 'Microsoft.ContainerRegistry/registries',
		});
		check('RegistryCheckNameNotAvailable.json', '200', response);
		expect(response.body).toEqual({nameAvailable: false, reason: 'AlreadyExists', message: 'The registry contractacr01 is already in use.'});
	});

	it('get, list and list by resource group answer like the examples', async () => {
		check('RegistryGet.json', '200', await raw(sandbox, 'GET', `${reg}${q}`));
		check('RegistryList.json', '200', await raw(sandbox, 'GET', `${sub}/providers/Microsoft.ContainerRegistry/registries${q}`));
		check(
			'RegistryListByResourceGroup.json',
			'200',
			await raw(sandbox, 'GET', `${sub}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerRegistry/registries${q}`),
		);
	});

	it('update (PATCH) answers 201 Updating with Azure-AsyncOperation', async () => {
		check('RegistryUpdate.json', '201', await raw(sandbox, 'PATCH', `${reg}${q}`, {properties: {dataEndpointEnabled: true}}));
	});

	it('listCredentials answers the admin user and two passwords when the admin user is enabled', async () => {
		check('RegistryListCredentials.json', '200', await raw(sandbox, 'POST', `${reg}/listCredentials${q}`));
	});

	it('importImage answers 202 with an absolute Location', async () => {
		const response = await raw(sandbox, 'POST', `${reg}/importImage${q}`, {
			source: {registryUri: 'registry.hub.docker.com', sourceImage: 'library/hello-world'},
			targetTags: ['hello-world:v1'],
			mode: 'Force',
		});
		check('ImportImageFromPublicRegistry.json', '202', response);
		const done = await raw(sandbox, 'GET', String(response.headers.location));
		check('ImportImageFromPublicRegistry.json', '200', done);
	});

	it('scope maps and tokens answer create 201 and get 200 like the examples', async () => {
		check(
			'ScopeMapCreate.json',
			'201',
			await raw(sandbox, 'PUT', `${reg}/scopeMaps/pullmap${q}`, {
				properties: {description: 'pull hello-world', actions: ['repositories/hello-world/content/read']},
			}),
			['$.properties.description'],
		);
		check('ScopeMapGet.json', '200', await raw(sandbox, 'GET', `${reg}/scopeMaps/pullmap${q}`), ['$.properties.description']);
		const token = {properties: {scopeMapId: `${reg}/scopeMaps/pullmap`, status: 'enabled'}};
		check('TokenCreate.json', '201', await raw(sandbox, 'PUT', `${tokenBase}/synctoken${q}`, token), ['$.properties.credentials.passwords']);
		check('TokenGet.json', '200', await raw(sandbox, 'GET', `${tokenBase}/synctoken${q}`), ['$.properties.credentials']);
	});

	it('generateCredentials answers 202 with Location, whose poll yields the passwords', async () => {
		const started = await raw(sandbox, 'POST', `${reg}/generateCredentials${q}`, {tokenId: `${tokenBase}/synctoken`, expiry: '2030-12-31T15:59:59.0707808Z'});
		check('RegistryGenerateCredentials.json', '202', started);
		check('RegistryGenerateCredentials.json', '200', await raw(sandbox, 'GET', String(started.headers.location)));
	});

	it('connected registries answer create, get, list, deactivate and delete like the examples (plus the documented read-only fields)', async () => {
		const cr = `${reg}/connectedRegistries/edgeregistry01`;
		const body = {
			properties: {
				mode: 'ReadOnly',
				parent: {syncProperties: {tokenId: `${tokenBase}/synctoken`, schedule: '* * * * *', messageTtl: 'P2D', syncWindow: 'PT3H'}},
				clientTokenIds: [`${tokenBase}/synctoken`],
				notificationsList: ['hello-world:*:*'],
			},
		};
		check('ConnectedRegistryCreate.json', '201', await raw(sandbox, 'PUT', `${cr}${q}`, body), crExtras);
		check('ConnectedRegistryGet.json', '200', await raw(sandbox, 'GET', `${cr}${q}`), crExtras);
		check(
			'ConnectedRegistryList.json',
			'200',
			await raw(sandbox, 'GET', `${reg}/connectedRegistries${q}`),
			crExtras.map((e) => e.replace('$.', '$.value[].')),
		);
		check('ConnectedRegistryDeactivate.json', '202', await raw(sandbox, 'POST', `${cr}/deactivate${q}`));
		check('ConnectedRegistryDelete.json', '202', await raw(sandbox, 'DELETE', `${cr}${q}`));
	});

	it('token delete answers 200, then 204 when already gone', async () => {
		check('TokenDelete.json', '200', await raw(sandbox, 'DELETE', `${tokenBase}/synctoken${q}`));
		check('TokenDelete.json', '204', await raw(sandbox, 'DELETE', `${tokenBase}/synctoken${q}`));
	});

	it('registry delete answers 202 with Location; once done the registry is gone (404) and a second delete is 204', async () => {
		const started = await raw(sandbox, 'DELETE', `${reg}${q}`);
		check('RegistryDelete.json', '202', started);
		check('RegistryDelete.json', '200', await raw(sandbox, 'GET', String(started.headers.location)));
		expect((await raw(sandbox, 'GET', `${reg}${q}`)).status).toBe(404);
		check('RegistryDelete.json', '204', await raw(sandbox, 'DELETE', `${reg}${q}`));
	});
});
