/** The equivalent commands of doctor's fixes that the wizard's paths never run (the shared ones are in az.ts and kubectl.ts). */
import type {ClusterRef, RegistryRef} from './az.js';
import {subscriptionFlag} from './az.js';

/** `az role assignment create` of a role on a scope for an object id, naming its principal type as the portal does. */
export function assignRoleCommand(principalId: string, principalType: string, scope: string, role: string): string {
	return `az role assignment create --assignee-object-id ${principalId} --assignee-principal-type ${principalType} --role "${role}" --scope ${scope}`;
}

/** `az acr network-rule add`: lets one address (or range) through the registry's firewall. */
export function networkRuleAddCommand(registry: RegistryRef, address: string, azDefault?: string): string {
	return `az acr network-rule add --name ${registry.name} --ip-address ${address}${subscriptionFlag(azDefault, registry.subscriptionId)}`;
}

/** `az network private-dns link vnet create`: links the registry's private DNS zone (the cloud's own) to the cluster's network. */
export function privateDnsLinkCommand(resourceGroup: string, vnet: string, zone = 'privatelink.azurecr.io'): string {
	return `az network private-dns link vnet create --resource-group ${resourceGroup} --zone-name ${zone} --name acr-dns-link --virtual-network ${vnet} --registration-enabled false`;
}

/** `az acr token update --status enabled`. */
export function tokenEnableCommand(name: string, registry: RegistryRef, azDefault?: string): string {
	return `az acr token update --name ${name} --registry ${registry.name} --status enabled${subscriptionFlag(azDefault, registry.subscriptionId)}`;
}

/** `az acr update --admin-enabled true`. */
export function adminEnableCommand(registry: RegistryRef, azDefault?: string): string {
	return `az acr update --name ${registry.name} --admin-enabled true${subscriptionFlag(azDefault, registry.subscriptionId)}`;
}

/** `az aks update-credentials --reset-service-principal`: a new secret for the cluster's service principal. */
export function resetServicePrincipalCommand(cluster: ClusterRef, appId: string, azDefault?: string): string {
	return `az aks update-credentials --name ${cluster.name} --resource-group ${cluster.resourceGroup} --reset-service-principal --service-principal ${appId} --client-secret "$(az ad sp credential reset --id ${appId} --query password --output tsv)"${subscriptionFlag(azDefault, cluster.subscriptionId)}`;
}

/** `kubectl set image deployment/<name> <container>=<image>`. */
export function setImageCommand(deployment: string, container: string, image: string, namespace: string, context?: string): string {
	return `kubectl set image deployment/${deployment} ${container}=${image} --namespace ${namespace}${context === undefined ? '' : ` --context ${context}`}`;
}

/** `kubectl get secret … -o yaml` piped through a type change into `kubectl replace`: the same data as a docker config secret. */
export function retypeSecretCommand(name: string, namespace: string, context?: string): string {
	const flag = context === undefined ? '' : ` --context ${context}`;
	return `kubectl get secret ${name} --namespace ${namespace}${flag} --output json | jq '.type="kubernetes.io/dockerconfigjson"' | kubectl replace --force${flag} -f -`;
}

/** `kubectl patch` of a nodeSelector: the deployment's pods go to nodes of an architecture its image is built for. */
export function nodeSelectorCommand(deployment: string, namespace: string, arch: string): string {
	return `kubectl patch deployment ${deployment} --namespace ${namespace} --patch '{"spec":{"template":{"spec":{"nodeSelector":{"kubernetes.io/arch":"${arch}"}}}}}'`;
}
