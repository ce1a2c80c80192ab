/**
 * The Arc cluster's service range, where the connected registry's clusterIP must lie: for an AKS
 * cluster connected to Arc, the managed cluster's `networkProfile.serviceCidr` (ARM says it, no
 * probe needed); for any other cluster, the API server's own 422 answer to a probe Service with an
 * out-of-range address, which names the valid range.
 */
import {parseResourceId} from '../../azure/resource-id.js';
import type {Context} from '../../wizard/context.js';
import type {ConnectedSession} from './session.js';

/** Where the range was read. */
export type ServiceRange = {readonly range: string; readonly from: 'managed-cluster' | 'api-server'};

/** The managed cluster behind an AKS-distribution Arc cluster: the one of that name in the subscription, with a service range. */
async function managedRange(context: Context, session: ConnectedSession): Promise<string | undefined> {
	const cluster = session.cluster;
	if (cluster?.distribution?.toLowerCase() !== 'aks') return undefined;
	const subscriptionId = parseResourceId(cluster.id)?.subscriptionId;
	if (!subscriptionId) return undefined;
	const managed = await context.azure.listManagedClusters(subscriptionId).catch(() => []);
	const matches = managed.filter((item) => item.name.toLowerCase() === cluster.name.toLowerCase() && item.serviceCidr);
	// Two AKS clusters of that name (in two groups): ARM cannot tell which one was connected, so the API server says.
	return matches.length === 1 ? matches[0]?.serviceCidr : undefined;
}

/** The service range, from the managed cluster when it is AKS, else from the API server; undefined when neither says. */
export async function serviceRangeOf(context: Context, session: ConnectedSession): Promise<ServiceRange | undefined> {
	const fromArm = await managedRange(context, session);
	if (fromArm) return {range: fromArm, from: 'managed-cluster'};
	const probed = await session.kube?.serviceRange();
	return probed ? {range: probed, from: 'api-server'} : undefined;
}
