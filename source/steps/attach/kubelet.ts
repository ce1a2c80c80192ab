/**
 * Whose access attach grants: the cluster's kubelet identity (`identityProfile.kubeletidentity`),
 * or, on a service-principal cluster, that principal's object id, as azure-cli finds them.
 */
import type {AzureDirectory, ManagedCluster} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import {WizardError} from '../../wizard/errors.js';

/** The principal that pulls for the cluster's nodes. */
export type KubeletPrincipal = {readonly objectId: string; readonly kind: 'managed-identity' | 'service-principal'};

/** Finds the kubelet's principal, or stops with azure-cli's own message when the cluster has none. */
export async function kubeletPrincipal(directory: Pick<AzureDirectory, 'getServicePrincipal'>, cluster: ManagedCluster): Promise<KubeletPrincipal> {
	const text = messages().attach.identity;
	if (cluster.kubeletIdentity) return {objectId: cluster.kubeletIdentity.objectId, kind: 'managed-identity'};
	if (!cluster.servicePrincipalClientId) {
		throw new WizardError(text.missing(cluster.name), {suggestion: text.missingFix, code: 'KubeletIdentityMissing'});
	}
	const principal = await directory.getServicePrincipal(cluster.servicePrincipalClientId);
	if (!principal) throw new WizardError(text.noServicePrincipal, {suggestion: text.noServicePrincipalFix, code: 'ServicePrincipalNotFound'});
	return {objectId: principal.objectId, kind: 'service-principal'};
}
