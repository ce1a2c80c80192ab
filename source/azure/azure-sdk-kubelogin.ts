/**
 * AKS clusters with Microsoft Entra ID sign-in: listClusterUserCredential answers a kubeconfig whose
 * user is an exec of `kubelogin get-token` (device code by default). Handing that to the Kubernetes
 * client would run kubelogin with its prompt swallowed, so the first call hangs until the code expires.
 * Instead, as `kubelogin convert-kubeconfig -l azurecli` then `kubelogin get-token` would, the token
 * for the cluster's server application (`--server-id`) comes from the wizard's own Azure credential,
 * and the kubeconfig kept in memory carries it as a bearer: no kubelogin, no prompt.
 */
import type {TokenCredential} from '@azure/core-auth';
import {parse, stringify} from 'yaml';
import {messages} from '../messages/catalog.js';
import type {BearerSource, BearerToken} from '../kubernetes/kubernetes.js';
import {AzureError} from './azure.js';

type ExecConfig = {readonly command?: unknown; readonly args?: unknown};
type NamedUser = {readonly name?: unknown; user?: {exec?: ExecConfig; token?: string} & Record<string, unknown>};

/** The value after `flag` in an exec's args (`--server-id X`, or `--server-id=X`). */
function argValue(args: readonly string[], flag: string): string | undefined {
	const index = args.indexOf(flag);
	if (index >= 0) return args[index + 1];
	return args.find((arg) => arg.startsWith(`${flag}=`))?.slice(flag.length + 1);
}

/** The server application of a kubelogin exec (`kubelogin get-token … --server-id X`), or undefined for any other user. */
export function kubeloginServerId(exec: ExecConfig | undefined): string | undefined {
	if (typeof exec?.command !== 'string' || !exec.command.toLowerCase().includes('kubelogin')) return undefined;
	const args = Array.isArray(exec.args) ? exec.args.filter((arg): arg is string => typeof arg === 'string') : [];
	return args.includes('get-token') ? argValue(args, '--server-id') : undefined;
}

/** Asks the credential for a token, failing after `deadlineMs` rather than waiting on a sign-in nobody sees. */
async function tokenFor(credential: TokenCredential, serverId: string, deadlineMs: number): Promise<BearerToken> {
	const text = messages().errors.azure.entraCluster;
	let timer: NodeJS.Timeout | undefined;
	const deadline = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => reject(new AzureError(text.timeout(serverId, Math.round(deadlineMs / 1000)), 'EntraTokenTimeout')), deadlineMs);
	});
	try {
		const answer = await Promise.race([credential.getToken(`${serverId}/.default`), deadline]);
		if (!answer) throw new AzureError(text.noToken(serverId, ''), 'EntraTokenUnavailable');
		return {token: answer.token, expiresOnTimestamp: answer.expiresOnTimestamp};
	} catch (error) {
		if (error instanceof AzureError) throw error;
		const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
		throw new AzureError(text.noToken(serverId, detail), 'EntraTokenUnavailable');
	} finally {
		clearTimeout(timer);
	}
}

/**
 * The kubeconfig with every kubelogin exec user replaced by a bearer token for its server application,
 * obtained from `credential`, and the source that renews the current context's token before it expires
 * (as kubelogin does before each request); a kubeconfig without one comes back unchanged, without a source.
 */
export async function withEntraSource(
	yaml: string,
	credential: TokenCredential,
	deadlineMs = 60_000,
): Promise<{readonly yaml: string; readonly bearer?: BearerSource}> {
	const document = parse(yaml) as {users?: NamedUser[]; contexts?: Array<{name?: unknown; context?: {user?: unknown}}>; 'current-context'?: unknown} | null;
	const users = document?.users ?? [];
	const servers = users.map((entry) => kubeloginServerId(entry.user?.exec));
	if (servers.every((server) => server === undefined)) return {yaml};
	const tokens = new Map<string, BearerToken>();
	for (const server of servers) {
		if (server !== undefined && !tokens.has(server)) tokens.set(server, await tokenFor(credential, server, deadlineMs));
	}
	const converted = users.map((entry, index) => {
		const server = servers[index];
		return server === undefined ? entry : {...entry, user: {token: tokens.get(server)?.token ?? ''}};
	});
	// The user of the current context is the one the Kubernetes client signs in as: its token is the one renewed.
	const currentUser = document?.contexts?.find((context) => context.name === document['current-context'])?.context?.user;
	const currentServer = servers[users.findIndex((entry) => entry.name === currentUser)] ?? servers.find((server) => server !== undefined);
	const first = currentServer === undefined ? undefined : tokens.get(currentServer);
	const out = stringify({...document, users: converted});
	if (currentServer === undefined || first === undefined) return {yaml: out};
	return {yaml: out, bearer: {first, renew: async () => tokenFor(credential, currentServer, deadlineMs)}};
}

/**
 * The kubeconfig with every kubelogin exec user replaced by a bearer token for its server application,
 * obtained from `credential`; a kubeconfig without one comes back unchanged.
 */
export async function withEntraTokens(yaml: string, credential: TokenCredential, deadlineMs = 60_000): Promise<string> {
	return (await withEntraSource(yaml, credential, deadlineMs)).yaml;
}
