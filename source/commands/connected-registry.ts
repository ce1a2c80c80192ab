/** The equivalent az and kubectl commands of the connected-registry path (seed 004), with the user's real names; secrets as placeholders. */
import type {ConnectedCluster, ConnectedRegistryInput, Registry} from '../azure/azure.js';
import {assignVariable, quotedVariable, secretVariables} from './variables.js';

/** What a command needs of a registry: its name. */
type Named = Pick<Registry, 'name'>;

const quoted = (value: string) => (/^[\w.\-/:=]+$/.test(value) ? value : `"${value}"`);

export const skuCommand = (registry: Registry) => `az acr update --name ${registry.name} --sku Premium`;
export const dataEndpointCommand = (registry: Registry) => `az acr update --name ${registry.name} --data-endpoint-enabled true`;
export const providerCommand = (namespace: string) => `az provider register --namespace ${namespace}`;
export const importCommand = (registry: Registry, source: string, image: string) => `az acr import --name ${registry.name} --source ${source} --image ${image}`;

export function createCommand(registry: Registry, input: ConnectedRegistryInput): string {
	return [
		`az acr connected-registry create --registry ${registry.name}`,
		`--name ${input.name}`,
		`--resource-group ${registry.resourceGroup}`,
		`--repository ${input.repositories.map((repo) => `"${repo}"`).join(' ')}`,
		...(input.mode === 'ReadWrite' ? ['--mode ReadWrite'] : []),
		...(input.schedule && input.schedule !== '* * * * *' ? [`--sync-schedule "${input.schedule}"`] : []),
		...(input.syncWindow ? [`--sync-window ${input.syncWindow}`] : []),
		...(input.logLevel && input.logLevel !== 'Information' ? [`--log-level ${input.logLevel}`] : []),
	].join(' \\\n  ');
}

/** The seed's recipe for the protected settings file, the password generated inside it. */
export function protectedSettingsCommand(registry: Named, name: string): string {
	return [
		'cat << EOF > protected-settings-extension.json',
		'{',
		`  "connectionString": "$(az acr connected-registry get-settings --name ${name} --registry ${registry.name} --parent-protocol https --generate-password 1 --query ACR_REGISTRY_CONNECTION_STRING --output tsv --yes)"`,
		'}',
		'EOF',
	].join('\n');
}

export function extensionCommand(cluster: ConnectedCluster, name: string, settings: Readonly<Record<string, string>>): string {
	return [
		`az k8s-extension create --cluster-name ${cluster.name}`,
		'--cluster-type connectedClusters',
		'--extension-type Microsoft.ContainerRegistry.ConnectedRegistry',
		`--name ${name}`,
		`--resource-group ${cluster.resourceGroup}`,
		...Object.entries(settings).map(([key, value]) => `--config ${key}=${quoted(value)}`),
		'--config-protected-file protected-settings-extension.json',
	].join(' \\\n  ');
}

export const extensionDeleteCommand = (cluster: ConnectedCluster, name: string) =>
	`az k8s-extension delete --name ${name} --cluster-name ${cluster.name} --resource-group ${cluster.resourceGroup} --cluster-type connectedClusters --yes`;
export const connectedDeleteCommand = (registry: Registry, name: string) =>
	`az acr connected-registry delete --registry ${registry.name} --name ${name} --cleanup --yes`;
export const deactivateCommand = (registry: Named, name: string) => `az acr connected-registry deactivate --name ${name} --registry ${registry.name} --yes`;
export const scopeMapCommand = (registry: Named, name: string, repositories: readonly string[]) =>
	`az acr scope-map create --name ${name} --registry ${registry.name} ${repositories.map((repo) => `--repository ${repo} content/read metadata/read`).join(' ')}`;
export const scopeMapDeleteCommand = (registry: Registry, name: string) => `az acr scope-map delete --name ${name} --registry ${registry.name} --yes`;
export const tokenCommand = (registry: Named, name: string, map: string) => `az acr token create --name ${name} --registry ${registry.name} --scope-map ${map}`;
export const tokenDeleteCommand = (registry: Registry, name: string) => `az acr token delete --name ${name} --registry ${registry.name} --yes`;
export const tokenPasswordCommand = (registry: Named, name: string) =>
	assignVariable(
		secretVariables.token,
		`az acr token credential generate --name ${name} --registry ${registry.name} --password1 --query "passwords[?name=='password1'].value | [0]" --output tsv`,
	);
export const attachCommand = (registry: Named, name: string, token: string) =>
	`az acr connected-registry update --registry ${registry.name} --name ${name} --add-client-tokens ${token}`;

const contextFlag = (context: string | undefined) => (context ? ` --context ${context}` : '');
export const secretCommand = (name: string, ip: string, username: string, namespace: string, context?: string) =>
	`kubectl create secret docker-registry ${name} --docker-server=${ip} --docker-username=${username} --docker-password=${quotedVariable(secretVariables.token)}${namespace === 'default' ? '' : ` --namespace ${namespace}`}${contextFlag(context)}`;
export const secretDeleteCommand = (name: string, namespace: string, context?: string) =>
	`kubectl delete secret ${name}${namespace === 'default' ? '' : ` --namespace ${namespace}`}${contextFlag(context)}`;
export const applyCommand = (context?: string) => `kubectl apply -f hello-world-deployment.yaml${contextFlag(context)}`;

/** `az acr connected-registry permissions update --add`: the repositories added to the sync scope map (the CLI updates every map that needs it). */
export const permissionsAddCommand = (registry: Named, name: string, repositories: readonly string[]) =>
	`az acr connected-registry permissions update --registry ${registry.name} --name ${name} --add ${repositories.join(' ')}`;
/** `az acr scope-map update --add-repository`: a client token's scope map given pull on more repositories. */
export const scopeMapAddCommand = (registry: Named, map: string, repositories: readonly string[]) =>
	`az acr scope-map update --name ${map} --registry ${registry.name} ${repositories.map((repo) => `--add-repository ${repo} content/read metadata/read`).join(' ')}`;
/** `az acr connected-registry show --output table`: the connection state and last sync. */
export const showCommand = (registry: Named, name: string) => `az acr connected-registry show --registry ${registry.name} --name ${name} --output table`;
export const podsCommand = (context?: string) => `kubectl get pod -n connected-registry${contextFlag(context)}`;
/** `az k8s-extension update`: configuration changed, or the protected settings file (the connection string) replaced. */
export function extensionUpdateCommand(
	cluster: Pick<ConnectedCluster, 'name' | 'resourceGroup'>,
	name: string,
	settings: Readonly<Record<string, string>>,
	isProtected = false,
): string {
	return [
		`az k8s-extension update --name ${name}`,
		`--cluster-name ${cluster.name}`,
		`--resource-group ${cluster.resourceGroup}`,
		'--cluster-type connectedClusters',
		...Object.entries(settings).map(([key, value]) => `--config ${key}=${quoted(value)}`),
		...(isProtected ? ['--config-protected-file protected-settings-extension.json'] : []),
		'--yes',
	].join(' \\\n  ');
}
/** The client token's new password, put in the pull secret again (the value never shown). */
export const secretReplaceCommand = (name: string, ip: string, username: string, namespace: string, context?: string) =>
	`${secretCommand(name, ip, username, namespace, context)} --dry-run=client -o yaml | kubectl apply -f -${contextFlag(context)}`;
