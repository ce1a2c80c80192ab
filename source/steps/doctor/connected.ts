/**
 * Doctor's facts of a connected registry: when an examined image's host is no registry's login server, the
 * Arc cluster behind the context, its connected-registry extensions, and the one whose `service.clusterIP` is
 * that host; then what that connected registry says of itself (shared with the wizard's live pod screen).
 */
import type {Azure, ClusterExtension, ConnectedRegistry, Registry} from '../../azure/azure.js';
import type {ConnectedHostFacts, PodFacts} from '../../diagnosis/doctor-facts.js';
import {normalServer} from '../../diagnosis/doctor-facts.js';
import {parseImageRef} from '../../diagnosis/image-ref.js';
import {readConnectedRegistryFacts} from '../shared/connected-registry-facts.js';
import type {DoctorTarget} from './target.js';

const extensionType = 'microsoft.containerregistry.connectedregistry';

/** The hosts of examined images that are no visible registry's login server nor of this cloud's suffix, with the user names of the secrets for them. */
function candidateHosts(pods: readonly PodFacts[], registries: readonly Registry[], acrSuffix: string): Map<string, string | undefined> {
	const servers = new Set(registries.map((registry) => registry.loginServer.toLowerCase()));
	const hosts = new Map<string, string | undefined>();
	for (const pod of pods) {
		const host = parseImageRef(pod.pod.containers[0]?.image ?? '').host;
		if (servers.has(host) || host.endsWith(acrSuffix.toLowerCase()) || host === 'docker.io' || host === '') continue;
		const auth = pod.secrets.flatMap((secret) => secret.detail?.auths ?? []).find((item) => normalServer(item.server) === host);
		hosts.set(host, hosts.get(host) ?? auth?.username);
	}
	return hosts;
}

/** The connected registry an extension runs: the one of its name, else the only one there is. */
function connectedOf(extension: ClusterExtension, all: ReadonlyArray<{registry: Registry; connected: ConnectedRegistry}>) {
	return all.find((item) => item.connected.name.toLowerCase() === extension.name.toLowerCase()) ?? (all.length === 1 ? all[0] : undefined);
}

/** Reads the connected registries behind the examined images' hosts; empty when no host is one. */
export async function connectedHosts(
	target: DoctorTarget,
	azure: Azure,
	subscriptions: ReadonlyArray<{readonly id: string}>,
	registries: readonly Registry[],
	pods: readonly PodFacts[],
	acrSuffix: string,
): Promise<Record<string, ConnectedHostFacts>> {
	const hosts = candidateHosts(pods, registries, acrSuffix);
	if (hosts.size === 0) return {};
	const premium = registries.filter((registry) => registry.sku === 'Premium');
	const [arcs, connected, objects] = await Promise.all([
		Promise.all(subscriptions.map(async (subscription) => azure.listConnectedClusters(subscription.id).catch(() => []))),
		Promise.all(
			premium.map(async (registry) => (await azure.listConnectedRegistries(registry.id).catch(() => [])).map((item) => ({registry, connected: item}))),
		),
		target.cluster.namespaceObjects('connected-registry').catch(() => undefined),
	]);
	const arc = arcs.flat().find((cluster) => cluster.name.toLowerCase() === target.clusterName.toLowerCase());
	const all = connected.flat();
	if (!arc || all.length === 0) return {};
	const extensions = (await azure.listExtensions(arc.id).catch(() => [])).filter((item) => item.extensionType.toLowerCase() === extensionType);
	const entries = await Promise.all(
		[...hosts].map(async ([host, clientToken]) => {
			const extension = extensions.find((item) => item.configurationSettings['service.clusterIP'] === host);
			const owner = extension ? connectedOf(extension, all) : undefined;
			if (!extension || !owner) return undefined;
			const facts = await readConnectedRegistryFacts({
				azure,
				registry: owner.registry,
				name: owner.connected.name,
				syncTokenId: owner.connected.syncTokenId,
				clientToken: clientToken ?? '',
				extension: {clusterId: arc.id, name: extension.name, clusterName: arc.name, resourceGroup: arc.resourceGroup},
				kube: target.cluster,
			});
			const syncMap = await azure.getScopeMap(owner.registry.id, facts.syncScopeMap).catch(() => undefined);
			const service = objects?.services.find((item) => item.clusterIP === host);
			const found: ConnectedHostFacts = {
				host,
				registry: owner.registry,
				connectedRegistry: owner.connected,
				facts,
				syncActions: syncMap?.actions ?? [],
				extension,
				...(service ? {service: {namespace: 'connected-registry', name: service.name, clusterIP: service.clusterIP}} : {}),
			};
			return [host, found] as const;
		}),
	);
	return Object.fromEntries(entries.filter((entry): entry is readonly [string, ConnectedHostFacts] => entry !== undefined));
}
