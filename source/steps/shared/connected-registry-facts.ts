/**
 * What a connected registry says of itself, read through the ports: connection state and last sync, the
 * attached client tokens, the sync and client scope maps, the extension's trust distribution, the last
 * refusal its pod logged. Used by the wizard's live pod screen and by doctor alike; reads only.
 */
import type {Azure, Registry} from '../../azure/azure.js';
import type {ConnectedRegistryFacts} from '../../diagnosis/facts.js';
import type {KubeCluster} from '../../kubernetes/kubernetes.js';

/** Where the facts are read from. */
export type ConnectedFactsSource = {
	readonly azure: Azure;
	readonly registry: Registry;
	/** The connected registry's name. */
	readonly name: string;
	/** Its sync token's id, when known without reading the connected registry. */
	readonly syncTokenId?: string;
	/** The client token the pull secret signs in as. */
	readonly clientToken: string;
	/** The Arc extension's name, when its cluster is not known. */
	readonly extensionName?: string;
	/** The Arc extension that runs it, and its cluster. */
	readonly extension?: {readonly clusterId: string; readonly name: string; readonly clusterName: string; readonly resourceGroup: string};
	/** The cluster it runs in (its pod's log is read there). */
	readonly kube?: KubeCluster;
};

/** `…/tokens/<name>` → `<name>`. */
const tail = (id: string | undefined, segment: string): string | undefined => id?.split(`/${segment}/`)[1]?.split('/')[0];

/** The repositories a scope map lets its token read. */
function readable(actions: readonly string[] | undefined): string[] {
	return (actions ?? []).flatMap((action) => /^repositories\/([^/]+(?:\/[^/]+)*)\/content\/read$/.exec(action)?.[1] ?? []);
}

/** The connected registry pod's last line, when it is a refusal (`Response: '{"errors":[{"code":…`). */
async function lastRefusal(kube: KubeCluster | undefined): Promise<string | undefined> {
	if (!kube) return undefined;
	const objects = await kube.namespaceObjects('connected-registry').catch(() => undefined);
	const pod = objects?.pods.find((item) => item.name.startsWith('connected-registry-'));
	if (!pod) return undefined;
	const lines = await kube.podLogs('connected-registry', pod.name, 5).catch((): string[] => []);
	const last = lines.at(-1);
	return last?.startsWith('Response:') ? last : undefined;
}

/** Reads the facts now; whatever cannot be read is left as the safe default (nothing attached, nothing synced). */
export async function readConnectedRegistryFacts(source: ConnectedFactsSource): Promise<ConnectedRegistryFacts> {
	const {azure, registry, name, clientToken, extension} = source;
	const [connected, client, installed, podLogLine] = await Promise.all([
		azure.getConnectedRegistry(registry.id, name).catch(() => undefined),
		azure.getToken(registry.id, clientToken).catch(() => undefined),
		extension ? azure.getExtension(extension.clusterId, extension.name).catch(() => undefined) : Promise.resolve(undefined),
		lastRefusal(source.kube),
	]);
	const syncToken = tail(connected?.syncTokenId ?? source.syncTokenId, 'tokens') ?? name;
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
		...(extension || source.extensionName ? {extensionName: extension?.name ?? source.extensionName} : {}),
		...(extension ? {arcClusterName: extension.clusterName, arcResourceGroup: extension.resourceGroup} : {}),
		trustDistributed: (installed?.configurationSettings['trustDistribution.enabled'] ?? 'true').toLowerCase() !== 'false',
		...(podLogLine ? {podLogLine} : {}),
	};
}
