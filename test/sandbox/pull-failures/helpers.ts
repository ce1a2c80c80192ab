import {randomUUID} from 'node:crypto';
import {request} from 'node:https';
import {CoreV1Api, KubeConfig, type CoreV1Event} from '@kubernetes/client-node';
import {startSandbox, type Sandbox, type StartSandboxOptions} from '../../../source/sandbox/index.js';
import {raw} from '../helpers.js';
import {waitFor} from '../kube/helpers.js';

export {waitFor};

/** The shared registry's login server in the seeded world. */
export const sharedLoginServer = 'contososharedacr.azurecr.io';

/** Starts a sandbox with its real Kubernetes side at the fast pace. */
export function startWorld(options: StartSandboxOptions = {}): Promise<Sandbox> {
	return startSandbox({pace: 'fast', ...options});
}

/** A client-node CoreV1Api for one of the sandbox's kubeconfig contexts. */
export function coreFor(sandbox: Sandbox, context: string): CoreV1Api {
	const config = new KubeConfig();
	config.loadFromString(sandbox.kubeconfigYaml);
	config.setCurrentContext(context);
	return config.makeApiClient(CoreV1Api);
}

/** The pod's events, oldest first, as `kubectl describe pod` lists them. */
export async function podEvents(core: CoreV1Api, namespace: string, name: string): Promise<CoreV1Event[]> {
	const list = await core.listNamespacedEvent({namespace, fieldSelector: `involvedObject.name=${name}`});
	return list.items;
}

/** Creates a pod with one container and waits for the kubelet's first verdict: `Pulled`, or the `Failed to pull image` event. */
export async function pullVerdict(core: CoreV1Api, name: string, image: string, spec: Record<string, unknown> = {}, namespace = 'default'): Promise<string> {
	await core.createNamespacedPod({namespace, body: {metadata: {name}, spec: {containers: [{name: 'app', image}], ...spec}}});
	return waitFor(async () => {
		const events = await podEvents(core, namespace, name);
		const verdict = events.find((e) => e.reason === 'Pulled' || (e.reason === 'Failed' && (e.message ?? '').startsWith('Failed to pull image')));
		return verdict?.message;
	}, `the pull verdict of ${name}`);
}

/** One raw answer of a registry login server on the sandbox (Host and SNI set to it). */
export type RegistryAnswer = {status: number; headers: Record<string, string | string[] | undefined>; body: unknown};

/** Calls a registry login server through the sandbox's address, as curl --resolve would. */
export async function registryCall(
	sandbox: Sandbox,
	loginServer: string,
	method: string,
	path: string,
	options: {authorization?: string; form?: Record<string, string>} = {},
): Promise<RegistryAnswer> {
	const {host, port} = sandbox.loginServerAddress;
	const payload = options.form ? new URLSearchParams(options.form).toString() : undefined;
	return new Promise((resolve, reject) => {
		const req = request(
			{
				host,
				port,
				method,
				path,
				servername: loginServer,
				ca: sandbox.caPem,
				headers: {
					host: `${loginServer}:${port}`,
					...(options.authorization ? {authorization: options.authorization} : {}),
					...(payload ? {'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(payload)} : {}),
				},
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					resolve({status: res.statusCode ?? 0, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined});
				});
			},
		);
		req.on('error', reject);
		req.end(payload);
	});
}

/** `Basic` authorization for a username and password. */
export const basic = (username: string, password: string): string => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

/** Sets the `pull` section of the sandbox control state (`PATCH /_sandbox/state`); returns the answer. */
export async function setPullWorld(sandbox: Sandbox, pull: Record<string, unknown>): Promise<{status: number; body: unknown}> {
	return raw(sandbox, 'PATCH', '/_sandbox/state', {pull}, null);
}

/** The `pull` section of `GET /_sandbox/state`. */
export async function pullWorld(sandbox: Sandbox): Promise<{clusters: Record<string, {egressIp: string; vnetId: string}>; clientIp: string}> {
	const answer = await raw(sandbox, 'GET', '/_sandbox/state', undefined, null);
	return (answer.body as {pull: {clusters: Record<string, {egressIp: string; vnetId: string}>; clientIp: string}}).pull;
}

/** Gives the AKS kubelet identity a role on the shared registry through ARM, as az aks update --attach-acr does; returns the status. */
export async function attachAcr(
	sandbox: Sandbox,
	roleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d',
	principalId?: string,
	extra: Record<string, unknown> = {},
): Promise<number> {
	const registry = [...sandbox.state.registries.values()].find((r) => r.name === 'contososharedacr');
	const aks = [...sandbox.state.managedClusters.values()][0];
	const scope = registry?.id ?? '';
	const sub = /^\/subscriptions\/([^/]+)/.exec(scope)?.[1] ?? '';
	const answer = await raw(sandbox, 'PUT', `${scope}/providers/Microsoft.Authorization/roleAssignments/${randomUUID()}?api-version=2022-04-01`, {
		properties: {
			roleDefinitionId: `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${roleId}`,
			principalId: principalId ?? aks?.kubelet.objectId ?? '',
			principalType: 'ServicePrincipal',
			...extra,
		},
	});
	return answer.status;
}
