/**
 * What the connected registry says of itself while its pods are watched, read through the ports:
 * connection state and last sync, attached client tokens, the sync and client scope maps, the
 * extension's trust distribution, the last refusal its pod logged. Read again whenever the pods
 * fail and after each fix, so a diagnosis is never made from stale facts.
 */
import type {Registry} from '../../azure/azure.js';
import type {ConnectedRegistryFacts} from '../../diagnosis/classify.js';
import type {Context} from '../../wizard/context.js';
import {readConnectedRegistryFacts} from '../shared/connected-registry-facts.js';
import {extensionNameOf, sessionOf} from './session.js';

/** Reads the facts now, for the connected registry of this run; whatever cannot be read is left as the safe default. */
export async function readConnectedFacts(context: Context, registry: Registry, clientToken: string): Promise<ConnectedRegistryFacts> {
	const session = sessionOf(context.store);
	const extensionName = extensionNameOf(session);
	return readConnectedRegistryFacts({
		azure: context.azure,
		registry,
		name: session.connected?.name ?? '',
		...(session.connected?.syncTokenId ? {syncTokenId: session.connected.syncTokenId} : {}),
		clientToken,
		extensionName,
		...(session.cluster
			? {extension: {clusterId: session.cluster.id, name: extensionName, clusterName: session.cluster.name, resourceGroup: session.cluster.resourceGroup}}
			: {}),
		...(session.kube ? {kube: session.kube} : {}),
	});
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
