/**
 * The equivalent `az` commands, with the user's real names: the only place they are built
 * (the message catalog keeps words only). `azDefault` is az's default subscription: a command
 * on a resource in another subscription names it with `--subscription`.
 */
import type {ManagedCluster, Registry} from '../azure/azure.js';
import {assignVariable, secretVariables} from './variables.js';

/** What a command needs of a cluster and a registry (a diagnosis may know only some of it). */
export type ClusterRef = Pick<ManagedCluster, 'name' | 'resourceGroup' | 'subscriptionId'>;
export type RegistryRef = Pick<Registry, 'name' | 'id' | 'subscriptionId'>;

/** ` --subscription <id>` when `subscriptionId` differs from az's default; empty when they match or az has none. */
export function subscriptionFlag(azDefault: string | undefined, subscriptionId: string): string {
	if (azDefault === undefined || azDefault.toLowerCase() === subscriptionId.toLowerCase()) return '';
	return ` --subscription ${subscriptionId}`;
}

/** How `--attach-acr`/`--detach-acr` name the registry: its name, or its resource id when it is in another subscription. */
export function registryReference(registry: RegistryRef, cluster: Pick<ManagedCluster, 'subscriptionId'>): string {
	return registry.subscriptionId.toLowerCase() === cluster.subscriptionId.toLowerCase() ? registry.name : registry.id;
}

/** Whether the registry and the cluster are in different subscriptions. */
export function isCrossSubscription(registry: RegistryRef, cluster: Pick<ManagedCluster, 'subscriptionId'>): boolean {
	return registryReference(registry, cluster) === registry.id;
}

/** `--registry <name>`, with `--subscription` when the registry is not in az's default one. */
function registryArgument(registry: RegistryRef, azDefault: string | undefined): string {
	return `--registry ${registry.name}${subscriptionFlag(azDefault, registry.subscriptionId)}`;
}

/** `az aks update … --attach-acr <registry>`. */
export function attachCommand(cluster: ClusterRef, registry: RegistryRef, azDefault?: string): string {
	return `az aks update --name ${cluster.name} --resource-group ${cluster.resourceGroup} --attach-acr ${registryReference(registry, cluster)}${subscriptionFlag(azDefault, cluster.subscriptionId)}`;
}

/** `az aks update … --detach-acr <registry>`. */
export function detachCommand(cluster: ClusterRef, registry: RegistryRef, azDefault?: string): string {
	return `az aks update --name ${cluster.name} --resource-group ${cluster.resourceGroup} --detach-acr ${registryReference(registry, cluster)}${subscriptionFlag(azDefault, cluster.subscriptionId)}`;
}

/** `az aks check-acr`: the seeds' check, from the nodes, that the cluster can pull from the registry. */
export function checkAcrCommand(cluster: ClusterRef, loginServer: string, azDefault?: string): string {
	return `az aks check-acr --name ${cluster.name} --resource-group ${cluster.resourceGroup} --acr ${loginServer}${subscriptionFlag(azDefault, cluster.subscriptionId)}`;
}

/** `az aks get-credentials` for the cluster. */
export function getCredentialsCommand(cluster: ClusterRef, azDefault?: string): string {
	return `az aks get-credentials --resource-group ${cluster.resourceGroup} --name ${cluster.name}${subscriptionFlag(azDefault, cluster.subscriptionId)}`;
}

/** `az aks create … --attach-acr`: a NEW cluster with the same access (so its name and group are the user's to choose). */
export function createClusterCommand(registryReference: string): string {
	return `az aks create --name <cluster> --resource-group <group> --generate-ssh-keys --attach-acr ${registryReference}`;
}

/** What `az aks create` is given for a new cluster; `location` only when it is not its group's (az's default). */
export type NewClusterCommandInput = ClusterRef & {
	readonly location?: string;
	readonly nodeCount: number;
	readonly vmSize: string;
	/** Brought identities (`--assign-identity`, `--assign-kubelet-identity`), by resource id. */
	readonly identities?: {readonly controlPlaneId: string; readonly kubeletId: string};
};

/**
 * `az aks create … --generate-ssh-keys [--attach-acr <registry>]`: exactly the cluster the wizard creates. `attach`
 * undefined: the pull role is granted by a separate `az role assignment create` (a registry where AcrPull is not honoured).
 */
export function aksCreateCommand(cluster: NewClusterCommandInput, attach: string | undefined, azDefault?: string): string {
	const location = cluster.location ? ` --location ${cluster.location}` : '';
	const identities = cluster.identities
		? ` --assign-identity ${cluster.identities.controlPlaneId} --assign-kubelet-identity ${cluster.identities.kubeletId}`
		: '';
	const acr = attach === undefined ? '' : ` --attach-acr ${attach}`;
	return `az aks create --name ${cluster.name} --resource-group ${cluster.resourceGroup}${location} --node-count ${cluster.nodeCount} --node-vm-size ${cluster.vmSize} --generate-ssh-keys${identities}${acr}${subscriptionFlag(azDefault, cluster.subscriptionId)}`;
}

/** `az aks delete --yes`: the cluster, its nodes and its node resource group. */
export function aksDeleteCommand(cluster: ClusterRef, azDefault?: string): string {
	return `az aks delete --name ${cluster.name} --resource-group ${cluster.resourceGroup} --yes${subscriptionFlag(azDefault, cluster.subscriptionId)}`;
}

/** `az identity create`. */
export function identityCreateCommand(
	identity: {readonly name: string; readonly resourceGroup: string; readonly subscriptionId: string},
	azDefault?: string,
): string {
	return `az identity create --name ${identity.name} --resource-group ${identity.resourceGroup}${subscriptionFlag(azDefault, identity.subscriptionId)}`;
}

/** `az identity delete`. */
export function identityDeleteCommand(id: string): string {
	return `az identity delete --ids ${id}`;
}

/** A user-assigned identity's principal (object) id, as a shell substitution (for a command written before it exists). */
export function identityPrincipalIdQuery(id: string): string {
	return `$(az identity show --ids ${id} --query principalId --output tsv)`;
}

/** `az ad group member add`: an object id into an Entra group. */
export function groupMemberAddCommand(group: string, memberId: string): string {
	return `az ad group member add --group ${group} --member-id ${memberId}`;
}

/** `az ad group member remove`. */
export function groupMemberRemoveCommand(group: string, memberId: string): string {
	return `az ad group member remove --group ${group} --member-id ${memberId}`;
}

/** A role name as one shell word: quoted when it has spaces (`"Container Registry Repository Reader"`). */
const roleWord = (role: string): string => (/\s/.test(role) ? `"${role}"` : role);

/** The role assignment attach makes, as `az role assignment create` (AcrPull, or the repository role of an ABAC-mode registry). */
export function assignAcrPullCommand(principalObjectId: string, registry: Pick<Registry, 'id'>, role = 'AcrPull'): string {
	return `az role assignment create --assignee-object-id ${principalObjectId} --assignee-principal-type ServicePrincipal --role ${roleWord(role)} --scope ${registry.id}`;
}

/** The kubelet identity's object id of a cluster, as a shell substitution (for a command written before the cluster exists). */
export function kubeletObjectIdQuery(cluster: ClusterRef, azDefault?: string): string {
	return `$(az aks show --name ${cluster.name} --resource-group ${cluster.resourceGroup} --query identityProfile.kubeletidentity.objectId --output tsv${subscriptionFlag(azDefault, cluster.subscriptionId)})`;
}

/** `az role assignment create --assignee <appId> …` for a service principal. */
export function roleAssignmentCreateCommand(assignee: string, scope: string, role: string): string {
	return `az role assignment create --assignee ${assignee} --scope ${scope} --role ${role}`;
}

/** `az role assignment delete` of one role of an object id at a scope: the undo of `assignAcrPullCommand`. */
export function roleAssignmentDeleteForCommand(principalObjectId: string, role: string, scope: string): string {
	return `az role assignment delete --assignee ${principalObjectId} --role ${roleWord(role)} --scope ${scope}`;
}

/** `az role assignment delete --ids <id>`. */
export function roleAssignmentDeleteCommand(id: string): string {
	return `az role assignment delete --ids ${id}`;
}

/** `az role definition list`: where to look when a role is not found at a scope. */
export function roleDefinitionListCommand(role: string, scope: string): string {
	return `az role definition list --name ${role} --scope ${scope}`;
}

/** `az provider register … --wait`. */
export function providerRegisterCommand(namespace: string, subscriptionId: string): string {
	return `az provider register --namespace ${namespace} --subscription ${subscriptionId} --wait`;
}

/** `az group create`. */
export function groupCreateCommand(group: {readonly name: string; readonly location: string}, subscriptionId: string, azDefault?: string): string {
	return `az group create --name ${group.name} --location ${group.location}${subscriptionFlag(azDefault, subscriptionId)}`;
}

/** `az acr create` (`location` only when it is not the group's, as az puts the registry in its group's location). */
export function acrCreateCommand(
	registry: {readonly name: string; readonly resourceGroup: string; readonly sku: string; readonly location?: string},
	subscriptionId: string,
	azDefault?: string,
): string {
	const location = registry.location ? ` --location ${registry.location}` : '';
	return `az acr create --name ${registry.name} --resource-group ${registry.resourceGroup} --sku ${registry.sku.toLowerCase()}${location}${subscriptionFlag(azDefault, subscriptionId)}`;
}

/** `az group delete` (everything in the group goes with it). */
export function groupDeleteCommand(name: string, subscriptionId: string, azDefault?: string): string {
	return `az group delete --name ${name} --yes${subscriptionFlag(azDefault, subscriptionId)}`;
}

/** `az acr delete`. */
export function acrDeleteCommand(registry: {readonly name: string; readonly resourceGroup: string}, subscriptionId: string, azDefault?: string): string {
	return `az acr delete --name ${registry.name} --resource-group ${registry.resourceGroup} --yes${subscriptionFlag(azDefault, subscriptionId)}`;
}

/** `az acr import` of `source` as `image`; `signIn` for a source registry that needs one (the password a placeholder). */
export function acrImportCommand(
	registry: Pick<Registry, 'name' | 'subscriptionId'>,
	source: string,
	image: string,
	azDefault?: string,
	signIn?: {readonly username: string; readonly password: string},
): string {
	const credentials = signIn ? ` --username ${signIn.username} --password ${signIn.password}` : '';
	return `az acr import --name ${registry.name} --source ${source} --image ${image}${credentials}${subscriptionFlag(azDefault, registry.subscriptionId)}`;
}

/** `az acr scope-map create|update`: the repositories and their actions. */
export function scopeMapCommand(
	mode: 'create' | 'update',
	name: string,
	registry: RegistryRef,
	repositories: readonly string[],
	actions: readonly string[],
	azDefault?: string,
): string {
	const flag = mode === 'update' ? '--add-repository' : '--repository';
	const repositoryArguments = repositories.map((repository) => `${flag} ${repository} ${actions.join(' ')}`).join(' ');
	return `az acr scope-map ${mode} --name ${name} ${registryArgument(registry, azDefault)} ${repositoryArguments}`;
}

/** `az acr scope-map delete`. */
export function scopeMapDeleteCommand(name: string, registry: RegistryRef, azDefault?: string): string {
	return `az acr scope-map delete --name ${name} ${registryArgument(registry, azDefault)} --yes`;
}

/** `az acr token create|update`. */
export function tokenCommand(mode: 'create' | 'update', name: string, registry: RegistryRef, scopeMap: string, azDefault?: string): string {
	return `az acr token ${mode} --name ${name} ${registryArgument(registry, azDefault)} --scope-map ${scopeMap}`;
}

/** `az acr token delete`. */
export function tokenDeleteCommand(name: string, registry: RegistryRef, azDefault?: string): string {
	return `az acr token delete --name ${name} ${registryArgument(registry, azDefault)} --yes`;
}

/** `az acr token credential generate --password1`. */
export function tokenPasswordCommand(
	name: string,
	registry: RegistryRef,
	expiryDays: number | undefined,
	azDefault?: string,
	slot: 'password1' | 'password2' = 'password1',
): string {
	// The password generated is kept in $TOKEN_PASSWORD for the pull secret's command.
	return assignVariable(
		secretVariables.token,
		`az acr token credential generate --name ${name} ${registryArgument(registry, azDefault)} --${slot}${expiryDays === undefined ? '' : ` --expiration-in-days ${expiryDays}`} --query "passwords[?name=='${slot}'].value | [0]" --output tsv`,
	);
}

/** `az acr token credential delete`: removes one password of a token. */
export function tokenPasswordDeleteCommand(name: string, registry: RegistryRef, slot: 'password1' | 'password2', azDefault?: string): string {
	return `az acr token credential delete --name ${name} ${registryArgument(registry, azDefault)} --${slot}`;
}

/** `az ad sp credential reset --append`: a new password for an existing principal, keeping the ones it has. */
export function spCredentialResetCommand(appId: string): string {
	return assignVariable(secretVariables.servicePrincipal, `az ad sp credential reset --id ${appId} --append --query password --output tsv`);
}

/** `az ad app delete`: removes the application, its principal and its passwords. */
export function adAppDeleteCommand(appId: string): string {
	return `az ad app delete --id ${appId}`;
}

/** The seed's two script lines: create with the role and keep the password, then read the appId. */
export function createForRbacCommand(name: string, registryId: string, role: string): string {
	return [
		`PASSWORD=$(az ad sp create-for-rbac --name ${name} --scopes ${registryId} --role ${role} --query "password" --output tsv)`,
		`USER_NAME=$(az ad sp list --display-name ${name} --query "[].appId" --output tsv)`,
	].join('\n');
}
