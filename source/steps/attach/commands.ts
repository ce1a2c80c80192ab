/** The equivalent az commands of the attach path, with the user's real names. */
import type {ManagedCluster, Registry} from '../../azure/azure.js';
import {subscriptionFlag} from '../registry/subscription-flag.js';

/** How `--attach-acr`/`--detach-acr` name the registry: its name, or its resource id when it is in another subscription. */
export function registryReference(registry: Registry, cluster: Pick<ManagedCluster, 'subscriptionId'>): string {
	return registry.subscriptionId.toLowerCase() === cluster.subscriptionId.toLowerCase() ? registry.name : registry.id;
}

/** Whether the registry and the cluster are in different subscriptions. */
export function isCrossSubscription(registry: Registry, cluster: Pick<ManagedCluster, 'subscriptionId'>): boolean {
	return registryReference(registry, cluster) === registry.id;
}

/** `az aks update … --attach-acr <registry>` (`azDefault`: az's default subscription, to add --subscription when it differs). */
export function attachCommand(cluster: ManagedCluster, registry: Registry, azDefault?: string): string {
	return `az aks update --name ${cluster.name} --resource-group ${cluster.resourceGroup} --attach-acr ${registryReference(registry, cluster)}${subscriptionFlag(azDefault, cluster.subscriptionId)}`;
}

/** `az aks update … --detach-acr <registry>`. */
export function detachCommand(cluster: ManagedCluster, registry: Registry, azDefault?: string): string {
	return `az aks update --name ${cluster.name} --resource-group ${cluster.resourceGroup} --detach-acr ${registryReference(registry, cluster)}${subscriptionFlag(azDefault, cluster.subscriptionId)}`;
}

/** The role assignment attach makes, as `az role assignment create`. */
export function assignAcrPullCommand(principalObjectId: string, registry: Registry): string {
	return `az role assignment create --assignee-object-id ${principalObjectId} --assignee-principal-type ServicePrincipal --role AcrPull --scope ${registry.id}`;
}

/** `az aks get-credentials` for the cluster. */
export function getCredentialsCommand(cluster: ManagedCluster, azDefault?: string): string {
	return `az aks get-credentials --resource-group ${cluster.resourceGroup} --name ${cluster.name}${subscriptionFlag(azDefault, cluster.subscriptionId)}`;
}

/** `az aks check-acr`: the seeds' check, from the nodes, that the cluster can pull from the registry. */
export function checkAcrCommand(cluster: ManagedCluster, registry: Registry, azDefault?: string): string {
	return `az aks check-acr --name ${cluster.name} --resource-group ${cluster.resourceGroup} --acr ${registry.loginServer}${subscriptionFlag(azDefault, cluster.subscriptionId)}`;
}

/** `az aks create … --attach-acr`, for the note that creating a cluster is out of scope. */
export function createClusterCommand(registryReference: string): string {
	return `az aks create --name <cluster> --resource-group <group> --generate-ssh-keys --attach-acr ${registryReference}`;
}
