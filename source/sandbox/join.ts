/**
 * Joining a sandbox that is already running (`acr-wizard sandbox` in another terminal): what a client needs
 * besides its URL, and a credential that signs in as real az does there, through the managed-identity
 * endpoint (`<arm>/msi/token`). A sandbox also serves its CA and kubeconfig on loopback (`/sandbox/client`),
 * for clients given only its URL; they are read once without verification, loopback only, and the CA then
 * pins every later request.
 */
import {request} from 'node:https';
import type {AccessToken, TokenCredential} from '@azure/core-auth';
import type {Router} from './http/router.js';
import {seedIds} from './seed.js';
import type {SandboxCloud} from './index.js';
import {isPlayedCloudName, playedClouds, type PlayedCloudName} from './sovereign.js';

/** The sandbox cloud at a base URL, as `startSandbox` describes its own. */
export function sandboxCloudAt(armEndpoint: string, plays: PlayedCloudName = 'AzureCloud'): SandboxCloud {
	const base = armEndpoint.replace(/\/+$/, '');
	const played = playedClouds[plays];
	return {
		name: 'AzureSandbox',
		plays,
		defaultLocation: played.location,
		armEndpoint: base,
		acrSuffix: played.acrSuffix,
		authorityHost: `${base}/adfs`,
		graphEndpoint: `${base}/graph`,
		armScope: `${base}/.default`,
		graphScope: `${base}/graph/.default`,
		nodeIdentityEndpoint: `${base}/msi/token`,
		registryAddress: {host: new URL(base).hostname, port: Number(new URL(base).port)},
	};
}

/** What a client of a running sandbox needs. */
export type JoinedSandbox = {
	readonly cloud: SandboxCloud;
	readonly armEndpoint: string;
	readonly caPem: string;
	readonly kubeconfigYaml: string;
	readonly subscriptionId: string;
	readonly credential: TokenCredential;
};

/** What `/sandbox/client` answers: with the cloud the sandbox plays. */
type ClientInfo = {readonly caPem: string; readonly kubeconfigYaml: string; readonly subscriptionId: string; readonly cloud: PlayedCloudName};

/** Serves `/sandbox/client` (loopback only: the server listens on 127.0.0.1). */
export function addJoinRoutes(router: Router, info: () => ClientInfo): void {
	router.add('GET', '/sandbox/client', () => ({status: 200, body: info()}));
}

async function getJson(
	url: string,
	options: {ca?: string; method?: string; headers?: Record<string, string>; body?: string},
): Promise<{status: number; body: unknown}> {
	return new Promise((resolve, reject) => {
		const target = new URL(url);
		const req = request(
			target,
			{
				method: options.method ?? 'GET',
				headers: options.headers ?? {},
				...(options.ca === undefined ? {rejectUnauthorized: false} : {ca: options.ca}),
			},
			(res) => {
				let text = '';
				res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
				res.on('end', () => {
					try {
						resolve({status: res.statusCode ?? 0, body: text === '' ? undefined : (JSON.parse(text) as unknown)});
					} catch (error: unknown) {
						reject(error instanceof Error ? error : new Error(String(error)));
					}
				});
			},
		);
		req.setTimeout(10_000, () => req.destroy(new Error(`no answer from ${target.origin} within 10 s`)));
		req.on('error', reject);
		req.end(options.body);
	});
}

/** Whether a URL names this machine (the only place a sandbox listens). */
export const isLoopbackUrl = (url: string): boolean => {
	try {
		return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
	} catch {
		return false;
	}
};

/** Reads the CA and kubeconfig of the sandbox at `armEndpoint` (loopback only). */
export async function fetchClientInfo(armEndpoint: string): Promise<ClientInfo> {
	if (!isLoopbackUrl(armEndpoint)) {
		throw new Error(`${armEndpoint} is not on this machine; a sandbox listens on 127.0.0.1 only`);
	}
	const answer = await getJson(`${armEndpoint.replace(/\/+$/, '')}/sandbox/client`, {});
	const body = answer.body as Partial<ClientInfo> | undefined;
	if (answer.status !== 200 || typeof body?.caPem !== 'string' || typeof body.kubeconfigYaml !== 'string') {
		throw new Error(`${armEndpoint} answered ${answer.status} to /sandbox/client: not an acr-wizard sandbox`);
	}
	return {
		caPem: body.caPem,
		kubeconfigYaml: body.kubeconfigYaml,
		subscriptionId: typeof body.subscriptionId === 'string' ? body.subscriptionId : seedIds.subscriptionId,
		cloud: typeof body.cloud === 'string' && isPlayedCloudName(body.cloud) ? body.cloud : 'AzureCloud',
	};
}

/**
 * A credential that gets its tokens from the sandbox's managed-identity endpoint, as `az login --identity` does there;
 * a token of another tenant (`getToken(scope, {tenantId})`, as `az account get-access-token --tenant`) names it in `tenant`.
 */
export function managedIdentityCredential(armEndpoint: string, caPem: string): TokenCredential {
	const endpoint = `${armEndpoint.replace(/\/+$/, '')}/msi/token`;
	return {
		async getToken(scopes, options): Promise<AccessToken | null> {
			const scope = (Array.isArray(scopes) ? scopes[0] : scopes) ?? '';
			const resource = scope.replace(/\/\.default$/, '');
			const answer = await getJson(endpoint, {
				ca: caPem,
				method: 'POST',
				headers: {Metadata: 'true', 'content-type': 'application/x-www-form-urlencoded'},
				body: new URLSearchParams({resource, ...(options?.tenantId === undefined ? {} : {tenant: options.tenantId})}).toString(),
			});
			const body = answer.body as {access_token?: unknown; expires_on?: unknown} | undefined;
			if (answer.status !== 200 || typeof body?.access_token !== 'string') {
				throw new Error(`the sandbox's managed-identity endpoint answered ${answer.status}`);
			}
			return {token: body.access_token, expiresOnTimestamp: Number(body.expires_on) * 1000};
		},
	};
}

/**
 * Joins the running sandbox at `armEndpoint`, with its CA and kubeconfig (and the cloud it plays) when the caller
 * has them from its env file.
 */
export async function joinSandbox(
	armEndpoint: string,
	known?: {readonly caPem: string; readonly kubeconfigYaml: string; readonly cloud?: PlayedCloudName},
): Promise<JoinedSandbox> {
	const info = known ? {...known, subscriptionId: seedIds.subscriptionId, cloud: known.cloud ?? 'AzureCloud'} : await fetchClientInfo(armEndpoint);
	const base = armEndpoint.replace(/\/+$/, '');
	return {
		cloud: sandboxCloudAt(base, info.cloud),
		armEndpoint: base,
		caPem: info.caPem,
		kubeconfigYaml: info.kubeconfigYaml,
		subscriptionId: info.subscriptionId,
		credential: managedIdentityCredential(base, info.caPem),
	};
}
