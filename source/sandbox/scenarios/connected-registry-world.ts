/**
 * The connected-registry world the Arc scenarios start from, built through the emulated APIs
 * themselves (ARM over HTTPS with the sandbox's own credential, the Arc cluster's Kubernetes API),
 * exactly as `az acr create`, `az acr import`, `az acr connected-registry create` and
 * `az k8s-extension create` would build it.
 */
import {request} from 'node:https';
import type {Sandbox} from '../index.js';
import {playedCloudOf} from '../sovereign.js';
import {seedIds} from '../seed.js';

export const arcWorld = {
	registry: 'edgeparentacr',
	connectedRegistry: 'myconnectedregistry',
	extension: 'myconnectedregistry',
	clusterIP: '192.100.100.1',
} as const;

type Answer = {status: number; headers: Record<string, string | string[] | undefined>; body: unknown};

function send(url: URL, method: string, headers: Record<string, string>, ca: string, body?: unknown): Promise<Answer> {
	const payload = body === undefined ? undefined : JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = request(
			url,
			{method, ca, headers: {...headers, ...(payload ? {'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload))} : {})}},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					let parsed: unknown = text;
					try {
						parsed = text ? (JSON.parse(text) as unknown) : undefined;
					} catch {
						// Plain text (pod logs).
					}
					resolve({status: res.statusCode ?? 0, headers: res.headers, body: parsed});
				});
			},
		);
		req.on('error', reject);
		req.end(payload);
	});
}

/** One ARM call, followed to the end of its long-running operation; throws on an error answer. */
export async function arm(sandbox: Sandbox, method: string, path: string, body?: unknown): Promise<unknown> {
	const token = (await sandbox.credential.getToken(`${sandbox.armEndpoint}/.default`))?.token ?? '';
	const headers = {authorization: `Bearer ${token}`};
	const separator = path.includes('?') ? '&' : '?';
	const first = await send(new URL(`${sandbox.armEndpoint}${path}${separator}api-version=2025-11-01`), method, headers, sandbox.caPem, body);
	if (first.status >= 400) throw new Error(`${method} ${path}: ${first.status} ${JSON.stringify(first.body)}`);
	const asyncOperation = first.headers['azure-asyncoperation'];
	const location = first.headers.location;
	const again = () => send(new URL(`${sandbox.armEndpoint}${path}${separator}api-version=2025-11-01`), 'GET', headers, sandbox.caPem);
	for (let attempt = 0; attempt < 200; attempt++) {
		if (typeof location === 'string' && typeof asyncOperation !== 'string') {
			// A Location poll answers 202 while running, then what the call itself would have answered.
			const result = await send(new URL(location), 'GET', headers, sandbox.caPem);
			if (result.status >= 400) throw new Error(`${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`);
			if (result.status !== 202) return result.body;
		} else if (typeof asyncOperation === 'string') {
			const status = await send(new URL(asyncOperation), 'GET', headers, sandbox.caPem);
			const state = (status.body as {status?: string} | undefined)?.status;
			if (state === 'Failed' || state === 'Canceled') throw new Error(`${method} ${path}: ${JSON.stringify(status.body)}`);
			if (state === 'Succeeded') return method === 'PUT' ? (await again()).body : first.body;
		} else {
			return first.body;
		}
		await sandbox.clock.delay(500);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
	throw new Error(`${method} ${path}: the operation did not end`);
}

/** One call to the Arc cluster's Kubernetes API. */
export async function arcKube(sandbox: Sandbox, method: string, path: string, body?: unknown): Promise<unknown> {
	const cluster = sandbox.clusters.find((c) => c.spec.kind === 'arc');
	if (!cluster) throw new Error('the sandbox has no Arc cluster');
	const answer = await send(new URL(`${cluster.url}${path}`), method, {authorization: `Bearer ${cluster.token}`}, sandbox.caPem, body);
	if (answer.status >= 400) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
	return answer.body;
}

const rgPath = () => `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}`;
export const registryPath = () => `${rgPath()}/providers/Microsoft.ContainerRegistry/registries/${arcWorld.registry}`;
export const extensionPath = () =>
	`${rgPath()}/providers/Microsoft.Kubernetes/connectedClusters/${seedIds.arcCluster}/providers/Microsoft.KubernetesConfiguration/extensions/${arcWorld.extension}`;

/** Seed 004's prerequisites and `az acr connected-registry create --repository hello-world`. */
export async function createConnectedRegistryWorld(sandbox: Sandbox): Promise<void> {
	const registry = registryPath();
	const name = arcWorld.connectedRegistry;
	await arm(sandbox, 'PUT', registry, {location: playedCloudOf(sandbox.state).location, sku: {name: 'Premium'}, properties: {dataEndpointEnabled: true}});
	await arm(sandbox, 'POST', `${registry}/importImage`, {
		source: {registryUri: 'mcr.microsoft.com', sourceImage: 'mcr/hello-world:latest'},
		targetTags: ['hello-world:latest'],
		mode: 'Force',
	});
	const actions = [
		'repositories/hello-world/content/read',
		'repositories/hello-world/metadata/read',
		...['config/read', 'config/write', 'message/read', 'message/write'].map((a) => `gateway/${name}/${a}`),
	];
	await arm(sandbox, 'PUT', `${registry}/scopeMaps/${name}`, {properties: {actions, description: `Created by connected registry sync token: ${name}`}});
	await arm(sandbox, 'PUT', `${registry}/tokens/${name}`, {properties: {scopeMapId: `${registry}/scopeMaps/${name}`, status: 'enabled'}});
	await arm(sandbox, 'PUT', `${registry}/connectedRegistries/${name}`, {
		properties: {mode: 'ReadOnly', parent: {syncProperties: {tokenId: `${registry}/tokens/${name}`, schedule: '* * * * *', messageTtl: 'P1D'}}},
	});
}

/** `get-settings --generate-password 1`: the connection string with a fresh password 1. */
export async function connectionString(sandbox: Sandbox): Promise<string> {
	const registry = registryPath();
	const name = arcWorld.connectedRegistry;
	const credentials = (await arm(sandbox, 'POST', `${registry}/generateCredentials`, {tokenId: `${registry}/tokens/${name}`, name: 'password1'})) as
		{passwords?: Array<{name?: string; value?: string}>} | undefined;
	const password = credentials?.passwords?.find((p) => p.name === 'password1')?.value ?? '';
	const endpoint = `${arcWorld.registry}.${playedCloudOf(sandbox.state).location}.data.${sandbox.cloud.acrSuffix}`;
	return `ConnectedRegistryName=${name};SyncTokenName=${name};SyncTokenPassword=${password};ParentGatewayEndpoint=${endpoint};ParentEndpointProtocol=https`;
}

/** `az k8s-extension create … --config service.clusterIP=… --config-protected-file …`, without waiting for its end. */
export async function putExtension(sandbox: Sandbox, settings: Record<string, string>, connection: string, version?: string): Promise<void> {
	const token = (await sandbox.credential.getToken(`${sandbox.armEndpoint}/.default`))?.token ?? '';
	const body = {
		properties: {
			extensionType: 'Microsoft.ContainerRegistry.ConnectedRegistry',
			autoUpgradeMinorVersion: true,
			releaseTrain: 'preview',
			...(version ? {version} : {}),
			configurationSettings: {'service.clusterIP': arcWorld.clusterIP, ...settings},
			configurationProtectedSettings: {connectionString: connection},
		},
	};
	const answer = await send(
		new URL(`${sandbox.armEndpoint}${extensionPath()}?api-version=2023-05-01`),
		'PUT',
		{authorization: `Bearer ${token}`},
		sandbox.caPem,
		body,
	);
	if (answer.status >= 400) throw new Error(`PUT extension: ${answer.status} ${JSON.stringify(answer.body)}`);
}

/** Reads the extension until its provisioningState is terminal. */
export async function extensionSettled(sandbox: Sandbox): Promise<string> {
	for (let attempt = 0; attempt < 400; attempt++) {
		const shown = (await arm(sandbox, 'GET', extensionPath())) as {properties?: {provisioningState?: string}} | undefined;
		const state = shown?.properties?.provisioningState ?? '';
		if (state === 'Succeeded' || state === 'Failed') return state;
		await sandbox.clock.delay(500);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
	return 'Creating';
}
