/**
 * The equivalent Azure PowerShell commands (the Az module, 5.9.0 or later: the seeds' second tool), with the user's
 * real names; built beside az.ts and shown instead of az on the plan screen (key `c`) or with `--commands powershell`.
 * A value with a space or a quote is single-quoted, as PowerShell reads it.
 */
import type {ClusterRef, RegistryRef} from './az.js';

/** One PowerShell argument value: bare when it is safe, else single-quoted (a quote doubled). */
function value(text: string): string {
	return /^[\w./:@-]+$/.test(text) ? text : `'${text.replace(/'/g, "''")}'`;
}

/** `-ResourceGroupName <group> -Name <name>`. */
const target = (resource: {readonly name: string; readonly resourceGroup: string}): string =>
	`-ResourceGroupName ${value(resource.resourceGroup)} -Name ${value(resource.name)}`;

/** `Set-AzAksCluster … -AcrNameToAttach <registry>`: `az aks update --attach-acr`. */
export function setAksAttachCommand(cluster: ClusterRef, registry: Pick<RegistryRef, 'name'>): string {
	return `Set-AzAksCluster ${target(cluster)} -AcrNameToAttach ${value(registry.name)}`;
}

/** `Set-AzAksCluster … -AcrNameToDetach <registry>`: `az aks update --detach-acr`. */
export function setAksDetachCommand(cluster: ClusterRef, registry: Pick<RegistryRef, 'name'>): string {
	return `Set-AzAksCluster ${target(cluster)} -AcrNameToDetach ${value(registry.name)}`;
}

/** What `New-AzAksCluster` is given (as az aks create): the location only when it is not its group's. */
export type NewClusterPowerShellInput = ClusterRef & {
	readonly location?: string;
	readonly nodeCount: number;
	readonly vmSize: string;
	readonly identities?: {readonly controlPlaneId: string; readonly kubeletId: string};
};

/** `New-AzAksCluster … -GenerateSshKey [-AcrNameToAttach <registry>]`: `az aks create … --generate-ssh-keys --attach-acr`. */
export function newAksClusterCommand(cluster: NewClusterPowerShellInput, attach: string | undefined): string {
	const location = cluster.location ? ` -Location ${value(cluster.location)}` : '';
	const identities = cluster.identities
		? ` -AssignIdentity ${value(cluster.identities.controlPlaneId)} -AssignKubeletIdentity ${value(cluster.identities.kubeletId)}`
		: '';
	const acr = attach === undefined ? '' : ` -AcrNameToAttach ${value(attach)}`;
	return `New-AzAksCluster ${target(cluster)}${location} -NodeCount ${cluster.nodeCount} -NodeVmSize ${value(cluster.vmSize)} -GenerateSshKey${identities}${acr}`;
}

/** `Import-AzAksCredential`: `az aks get-credentials`. */
export function importAksCredentialCommand(cluster: ClusterRef): string {
	return `Import-AzAksCredential ${target(cluster)}`;
}

/** `Import-AzContainerRegistryImage`: `az acr import` of `source` (`docker.io/library/nginx:latest`) as `image`. */
export function importRegistryImageCommand(registry: {readonly name: string; readonly resourceGroup: string}, source: string, image: string): string {
	const slash = source.indexOf('/');
	const host = slash > 0 && /[.:]/.test(source.slice(0, slash)) ? source.slice(0, slash) : 'docker.io';
	const sourceImage = slash > 0 && /[.:]/.test(source.slice(0, slash)) ? source.slice(slash + 1) : source;
	return `Import-AzContainerRegistryImage -SourceImage ${value(sourceImage)} -SourceRegistryUri ${value(host)} -TargetTag ${value(image)} -RegistryName ${value(registry.name)} -ResourceGroupName ${value(registry.resourceGroup)}`;
}

/** `Get-AzContainerRegistry`: the registry, with its login server. */
export function getRegistryCommand(registry: {readonly name: string; readonly resourceGroup: string}): string {
	return `Get-AzContainerRegistry ${target(registry)}`;
}

/** `New-AzRoleAssignment`: `az role assignment create` of `role` for an object id at a scope. */
export function newRoleAssignmentCommand(objectId: string, role: string, scope: string): string {
	return `New-AzRoleAssignment -ObjectId ${objectId.startsWith('(') ? objectId : value(objectId)} -RoleDefinitionName ${value(role)} -Scope ${value(scope)}`;
}

/** `Remove-AzRoleAssignment`: `az role assignment delete` of `role` for an object id at a scope. */
export function removeRoleAssignmentCommand(objectId: string, role: string, scope: string): string {
	return `Remove-AzRoleAssignment -ObjectId ${value(objectId)} -RoleDefinitionName ${value(role)} -Scope ${value(scope)}`;
}

/** `Add-AzADGroupMember`: `az ad group member add` of a user-assigned identity (its principal id read with `Get-AzUserAssignedIdentity`). */
export function addIdentityToGroupCommand(groupId: string, identity: {readonly name: string; readonly resourceGroup: string}): string {
	return `Add-AzADGroupMember -TargetGroupObjectId ${value(groupId)} -MemberObjectId (Get-AzUserAssignedIdentity ${target(identity)}).PrincipalId`;
}

/** `New-AzResourceGroup`: `az group create`. */
export function newResourceGroupCommand(group: {readonly name: string; readonly location: string}): string {
	return `New-AzResourceGroup -Name ${value(group.name)} -Location ${value(group.location)}`;
}

/** `New-AzContainerRegistry`: `az acr create` (its -Location is required: the group's unless another is asked for). */
export function newContainerRegistryCommand(registry: {
	readonly name: string;
	readonly resourceGroup: string;
	readonly sku: string;
	readonly location: string;
}): string {
	const sku = registry.sku.charAt(0).toUpperCase() + registry.sku.slice(1).toLowerCase();
	return `New-AzContainerRegistry ${target(registry)} -Sku ${value(sku)} -Location ${value(registry.location)}`;
}

/** `New-AzUserAssignedIdentity`: `az identity create`. */
export function newUserAssignedIdentityCommand(identity: {readonly name: string; readonly resourceGroup: string; readonly location: string}): string {
	return `New-AzUserAssignedIdentity ${target(identity)} -Location ${value(identity.location)}`;
}

/** The kubelet identity's object id of a cluster, as a PowerShell subexpression (for a command written before the cluster exists). */
export function kubeletObjectIdExpression(cluster: ClusterRef): string {
	return `(Get-AzAksCluster ${target(cluster)}).IdentityProfile['kubeletidentity'].ObjectId`;
}

/**
 * A bash command as PowerShell runs it: `NAME=$(command)` becomes `$NAME = command`, a ` \` line
 * continuation a backtick, a here-document a here-string (whose `$(…)` PowerShell runs too).
 */
export function powerShellOf(command: string): string {
	const heredoc = /^cat << EOF > (\S+)\n([\s\S]*?)\nEOF$/.exec(command);
	if (heredoc) return `@"\n${heredoc[2] ?? ''}\n"@ | Set-Content -Path ${heredoc[1] ?? ''}`;
	return command
		.split('\n')
		.map((line) => line.replace(/^(\s*)([A-Z_]+)=\$\((.*)\)$/, '$1$$$2 = $3').replace(/ \\$/, ' `'))
		.join('\n')
		.replace(/(^|&& )([A-Z_]+)=\$\(([^)]*)\)/g, '$1$$$2 = $3');
}
