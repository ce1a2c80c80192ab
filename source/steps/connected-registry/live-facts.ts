/**
 * What the connected registry says of itself while its pods are watched, read through the ports:
 * connection state and last sync, attached client tokens, the sync and client scope maps, the
 * extension's trust distribution, the last refusal its pod logged. Read again whenever the pods
 * fail and after each fix, so a diagnosis is never made from stale facts.
 */
import type {Registry} from '../../azure/azure.js';
import type {ConnectedRegistryFacts} from '../../diagnosis/classify.js';
import type {Context} from '../../wizard/context.js';
import {extensionNameOf, sessionOf} from './session.js';

/** `…/tokens/<name>` → `<name>`. */
const tail = (id: string | undefined, segment: string): string | undefined => id?.split(`/${segment}/`)[1]?.split('/')[0];

/** The repositories a scope map lets its token read. */
function readable(actions: readonly string[] | undefined): string[] {
	return (actions ?? []).flatMap((action) => /^repositories\/([^/]+(?:\/[^/]+)*)\/content\/read$/.exec(action)?.[1] ?? []);
}

/** The connected registry pod's last line, when it is a refusal (`Response: '{"errors":[{"code":…`). */
async function lastRefusal(context: Context): Promise<string | undefined> {
	const kube = sessionOf(context.store).kube;
	if (!kube) return undefined;
	const objects = await kube.namespaceObjects('connected-registry').catch(() => undefined);
	const pod = objects?.pods.find((item) => item.name.startsWith('connected-registry-'));
	if (!pod) return undefined;
	const lines = await kube.podLogs('connected-registry', pod.name, 5).catch((): string[] => []);
	const last = lines.at(-1);
	return last?.startsWith('Response:') ? last : undefined;
}

/** Reads the facts now; whatever cannot be read is left as the safe default (nothing attached, nothing synced). */
export async function readConnectedFacts(context: Context, registry: Registry, clientToken: string): Promise<ConnectedRegistryFacts> {
	const session = sessionOf(context.store);
	const name = session.connected?.name ?? '';
	const {azure} = context;
	const extensionName = extensionNameOf(session);
	const [connected, client, extension, podLogLine] = await Promise.all([
		azure.getConnectedRegistry(registry.id, name).catch(() => undefined),
		azure.getToken(registry.id, clientToken).catch(() => undefined),
		session.cluster ? azure.getExtension(session.cluster.id, extensionName).catch(() => undefined) : Promise.resolve(undefined),
		lastRefusal(context),
	]);
	const syncToken = tail(connected?.syncTokenId ?? session.connected?.syncTokenId, 'tokens') ?? name;
	const sync = await azure.getToken(registry.id, syncToken).catch(() => undefined);
	const syncScopeMap = tail(sync?.scopeMapId, 'scopeMaps') ?? name;
	const clientScopeMap = tail(client?.scopeMapId, 'scopeMaps');
	const [syncMap, clientMap] = await Promise.all([
		azure.getScopeMap(registry.id, syncScopeMap).catch(() => undefined),
		clientScopeMap ? azure.getScopeMap(registry.id, clientScopeMap).catch(() => undefined) : Promise.resolve(undefined),
	]);
	return {
		name,
		...(connected?.connectionState ? {connectionState: connected.connectionState} : {}),
		...(connected?.lastSyncTime ? {lastSyncTime: connected.lastSyncTime} : {}),
		clientTokens: (connected?.clientTokenIds ?? []).flatMap((id) => tail(id, 'tokens') ?? []),
		clientToken,
		clientTokenExists: client !== undefined,
		...(clientScopeMap ? {clientScopeMap, clientRepositories: readable(clientMap?.actions)} : {}),
		syncScopeMap,
		syncRepositories: readable(syncMap?.actions),
		extensionName,
		...(session.cluster ? {arcClusterName: session.cluster.name, arcResourceGroup: session.cluster.resourceGroup} : {}),
		trustDistributed: (extension?.configurationSettings['trustDistribution.enabled'] ?? 'true').toLowerCase() !== 'false',
		...(podLogLine ? {podLogLine} : {}),
	};
}

/** Facts that stay current: `facts` is one object, refreshed in place (a diagnosis reads it at each snapshot). */
export type LiveFacts = {readonly facts: ConnectedRegistryFacts; refresh(): Promise<void>};

/** Reads the facts once, and gives the way to read them again (when pods fail, and after each fix). */
export async function liveConnectedFacts(context: Context, registry: Registry, clientToken: string): Promise<LiveFacts> {
	const facts: ConnectedRegistryFacts = {...(await readConnectedFacts(context, registry, clientToken))};
	return {
		facts,
		async refresh() {
			const next = await readConnectedFacts(context, registry, clientToken);
			// Fields a newer read no longer has (a refusal line gone once it activates) are dropped, not kept stale.
			for (const key of Object.keys(facts)) Reflect.deleteProperty(facts, key);
			Object.assign(facts, next);
		},
	};
}
