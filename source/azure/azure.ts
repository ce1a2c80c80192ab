/**
 * The Azure port: what the wizard needs from Azure, in our words. SDK types stop at the
 * adapter (`azure-sdk.ts`); everything here is plain data, so steps and tests never see
 * the SDK. Resource ids are full ARM ids; a registry may live in another subscription.
 */
import type {InlineKubeconfig} from '../kubernetes/kubernetes.js';

/** Who is signed in to Azure. */
export type Identity = {
	readonly name: string;
	readonly objectId: string;
	readonly tenantId: string;
	readonly type: 'user' | 'servicePrincipal' | 'managedIdentity';
};

/** A subscription the credential can see. */
export type SubscriptionView = {readonly id: string; readonly name: string; readonly tenantId: string};

export type RegistrySku = 'Basic' | 'Standard' | 'Premium';

/** A container registry as the wizard shows it. */
export type Registry = {
	readonly id: string;
	readonly name: string;
	readonly subscriptionId: string;
	readonly resourceGroup: string;
	readonly location: string;
	readonly sku: RegistrySku;
	/** From the resource itself (`<name>.azurecr.io` on AzureCloud), never built from a literal. */
	readonly loginServer: string;
	readonly adminUserEnabled: boolean;
	readonly dataEndpointEnabled: boolean;
	/** `Enabled` or `Disabled` (then only private endpoints reach it); absent when Azure does not say. */
	readonly publicNetworkAccess?: string;
	/** `networkRuleSet.defaultAction` (`Allow` or `Deny`) and its IP rules (Premium). */
	readonly networkRuleSet?: {readonly defaultAction: string; readonly ipRules: readonly string[]};
	/** `AbacRepositoryPermissions` when repository permissions (ABAC) decide pulls instead of AcrPull. */
	readonly roleAssignmentMode?: string;
	readonly anonymousPullEnabled?: boolean;
};

/** The name availability answer, with the API's own reason when the name cannot be used. */
export type NameAvailability = {
	readonly available: boolean;
	readonly reason?: string;
	readonly message?: string;
};

export type ResourceGroup = {readonly id: string; readonly name: string; readonly location: string};

/** An Entra security group. */
export type EntraGroup = {readonly id: string; readonly displayName: string};

/** A region a subscription may put resources in (`az account list-locations`): `westeurope`, "West Europe". */
export type AzureLocation = {readonly name: string; readonly displayName: string};

/** An AKS cluster, with what attach needs: the kubelet identity. */
export type ManagedCluster = {
	readonly id: string;
	readonly name: string;
	readonly subscriptionId: string;
	readonly resourceGroup: string;
	readonly location: string;
	readonly kubernetesVersion?: string;
	/** `properties.identityProfile.kubeletidentity`, absent on service-principal clusters. */
	readonly kubeletIdentity?: {readonly objectId: string; readonly clientId: string; readonly resourceId: string};
	/** `servicePrincipalProfile.clientId` on clusters without a managed identity. */
	readonly servicePrincipalClientId?: string;
	readonly serviceCidr?: string;
	/** Sign-in with Microsoft Entra ID (`aadProfile.managed`): the user credential is then a kubelogin exec. */
	readonly entraId?: {readonly localAccountsDisabled: boolean};
};

/** What a new AKS cluster is created with (`az aks create`); `identities`: bring your own control-plane and kubelet identities. */
export type NewManagedCluster = {
	readonly subscriptionId: string;
	readonly resourceGroup: string;
	readonly name: string;
	readonly location: string;
	readonly nodeCount: number;
	readonly vmSize: string;
	readonly identities?: {readonly controlPlane: UserAssignedIdentity; readonly kubelet: UserAssignedIdentity};
};

/** A user-assigned managed identity (`az identity create`). */
export type UserAssignedIdentity = {
	readonly id: string;
	readonly name: string;
	readonly clientId: string;
	/** The identity's object id in the directory (`principalId`). */
	readonly principalId: string;
};

/** An Azure Arc-enabled Kubernetes cluster. */
export type ConnectedCluster = {
	readonly id: string;
	readonly name: string;
	readonly resourceGroup: string;
	readonly location: string;
	readonly connectivityStatus?: string;
	/** `properties.distribution`: `AKS` for an AKS cluster connected to Arc (its service range is then the managed cluster's). */
	readonly distribution?: string;
};

export type RoleDefinition = {readonly id: string; readonly name: string; readonly roleName: string};

export type RoleAssignment = {
	readonly id: string;
	readonly scope: string;
	readonly roleDefinitionId: string;
	readonly principalId: string;
	readonly principalType?: string;
	/** When it was made (a new one takes minutes to reach the registry's pulls). */
	readonly createdOn?: string;
	/** An ABAC condition limiting it (the repositories of a registry in ABAC mode). */
	readonly condition?: string;
};

/** The outcome of creating a role assignment: created now, or it was already there. */
export type RoleAssignmentResult = {readonly assignment?: RoleAssignment; readonly created: boolean};

/** A service principal (Microsoft Graph). */
export type ServicePrincipal = {
	readonly appId: string;
	readonly objectId: string;
	readonly displayName: string;
	/** The application object's id (needed to add a password). */
	readonly applicationObjectId?: string;
};

/** A password, held in memory only as long as the step needs it. */
export type Password = {readonly value: string; readonly expiresAt?: string};

export type ScopeMap = {readonly id: string; readonly name: string; readonly actions: readonly string[]};
/** One of a token's two password slots as the registry lists it (never its value). */
export type TokenPasswordSlot = {readonly name: 'password1' | 'password2'; readonly createdAt?: string; readonly expiresAt?: string};

export type RegistryToken = {
	readonly id: string;
	readonly name: string;
	readonly scopeMapId: string;
	readonly status: string;
	/** The slots that hold a password; absent when not read. */
	readonly passwords?: readonly TokenPasswordSlot[];
};

export type ConnectedRegistry = {
	readonly id: string;
	readonly name: string;
	readonly mode: string;
	readonly connectionState?: string;
	readonly activationStatus?: string;
	readonly syncTokenId: string;
	readonly gatewayEndpoint?: string;
	readonly lastSyncTime?: string;
	readonly provisioningState?: string;
	readonly schedule?: string;
	readonly syncWindow?: string;
	readonly logLevel?: string;
	readonly clientTokenIds?: readonly string[];
};

/** What a connected registry is created with (`az acr connected-registry create`). */
export type ConnectedRegistryInput = {
	readonly name: string;
	readonly mode: 'ReadOnly' | 'ReadWrite';
	readonly repositories: readonly string[];
	/** Cron; default `* * * * *`. */
	readonly schedule?: string;
	/** ISO 8601 duration, required with a schedule other than every minute. */
	readonly syncWindow?: string;
	readonly logLevel?: string;
};

/** One status line an extension reports (`statuses[]`). */
export type ExtensionStatus = {readonly code?: string; readonly displayStatus?: string; readonly level?: string; readonly message?: string};

export type ClusterExtension = {
	readonly id: string;
	readonly name: string;
	readonly extensionType: string;
	readonly provisioningState: string;
	readonly configurationSettings: Readonly<Record<string, string>>;
	readonly version?: string;
	readonly errorInfo?: {readonly code?: string; readonly message?: string};
	readonly statuses?: readonly ExtensionStatus[];
};

/** Progress of a long-running operation, for spinners and progress lines. */
export type Progress = (status: string) => void;

/** A role the caller may activate in Privileged Identity Management (PIM). */
export type EligibleRole = {readonly roleDefinitionId: string; readonly roleName: string; readonly scope: string; readonly scopeName: string};

/** Subscriptions, identity, providers and permissions. */
export type AzureAccount = {
	signedInIdentity(): Promise<Identity>;
	listSubscriptions(): Promise<SubscriptionView[]>;
	/** `Registered`, `NotRegistered`, `Registering`… */
	providerState(subscriptionId: string, namespace: string): Promise<string>;
	registerProvider(subscriptionId: string, namespace: string): Promise<string>;
	/** Whether the caller may write role assignments at `scope` (Permissions API). */
	canWriteRoleAssignments(scope: string): Promise<boolean>;
	/** The caller's eligible (PIM, not yet activated) roles at or above `scope`: role eligibility schedule instances. */
	listEligibleRoles(scope: string): Promise<EligibleRole[]>;
	listResourceGroups(subscriptionId: string): Promise<ResourceGroup[]>;
	/** The physical regions the subscription may use (ARM `GET /subscriptions/{id}/locations`, logical ones left out). */
	listLocations(subscriptionId: string): Promise<AzureLocation[]>;
	createResourceGroup(subscriptionId: string, name: string, location: string): Promise<ResourceGroup>;
	/** The ids of the resources in a group (`az resource list --resource-group`), to say what deleting it takes. */
	listGroupResources(subscriptionId: string, name: string): Promise<string[]>;
	/** Deletes a resource group with everything in it (`az group delete`), until it is gone. */
	deleteResourceGroup(subscriptionId: string, name: string): Promise<void>;
};

/** What the registry answered for a pull by an identity: allowed now, or not (with the registry's code). */
export type PullCheck = {readonly canPull: boolean; readonly code?: string};

/** Container registries, images, scope maps, tokens, connected registries. */
export type AzureRegistries = {
	listRegistries(subscriptionId: string): Promise<Registry[]>;
	/**
	 * Whether the managed identity `principalId` (a kubelet's) can pull `repository` now: its token exchanged at the
	 * registry as canipull does on a node. Undefined where the wizard cannot get that identity's token (on Azure, only the
	 * nodes can): the caller then looks for the role assignment instead.
	 */
	checkIdentityPull(loginServer: string, repository: string, principalId: string): Promise<PullCheck | undefined>;
	getRegistry(id: string): Promise<Registry>;
	checkRegistryName(subscriptionId: string, name: string): Promise<NameAvailability>;
	createRegistry(
		input: {subscriptionId: string; resourceGroup: string; name: string; location: string; sku: RegistrySku},
		progress?: Progress,
	): Promise<Registry>;
	updateRegistry(id: string, change: {sku?: RegistrySku; dataEndpointEnabled?: boolean; adminUserEnabled?: boolean}, progress?: Progress): Promise<Registry>;
	/** Deletes the registry and every image in it; a registry that is not there rejects with a 404 AzureError. */
	deleteRegistry(id: string, progress?: Progress): Promise<void>;
	/**
	 * Imports `source` (e.g. `docker.io/library/nginx:latest`) as `targetTag`, signing in to the source registry
	 * with `credentials` when given (`az acr import --username/--password`); `created: false` when the tag already existed.
	 */
	importImage(
		registryId: string,
		source: string,
		targetTag: string,
		progress?: Progress,
		credentials?: {readonly username: string; readonly password: string},
	): Promise<{created: boolean}>;
	createScopeMap(registryId: string, name: string, actions: readonly string[], description?: string): Promise<ScopeMap>;
	getScopeMap(registryId: string, name: string): Promise<ScopeMap | undefined>;
	createToken(registryId: string, name: string, scopeMapId: string): Promise<RegistryToken>;
	/** Binds an existing token to another scope map with PATCH, as `az acr token update --scope-map` does: its passwords and status stay. */
	updateTokenScopeMap(registryId: string, name: string, scopeMapId: string): Promise<RegistryToken>;
	/** Enables a disabled token with PATCH, as `az acr token update --status enabled` does: its passwords and scope map stay (a PUT would replace them). */
	enableToken(registryId: string, name: string): Promise<RegistryToken>;
	getToken(registryId: string, name: string): Promise<RegistryToken | undefined>;
	deleteToken(registryId: string, name: string): Promise<void>;
	deleteScopeMap(registryId: string, name: string): Promise<void>;
	/** Generates `password1` (or 2) for a token; the value is returned once. */
	generateTokenPassword(
		registryId: string,
		tokenId: string,
		which: 'password1' | 'password2',
		expiry?: string,
	): Promise<{username: string; password: Password}>;
	/** Creates the sync scope map and token (both named after it, as the CLI does) and the connected registry. */
	createConnectedRegistry(registryId: string, input: ConnectedRegistryInput, progress?: Progress): Promise<ConnectedRegistry>;
	/** `az acr connected-registry update --add-client-tokens`: a PATCH of `clientTokenIds`. */
	addClientTokens(registryId: string, name: string, tokenIds: readonly string[], progress?: Progress): Promise<ConnectedRegistry>;
	/** `az acr connected-registry deactivate`: frees the activation for another instance. */
	deactivateConnectedRegistry(registryId: string, name: string, progress?: Progress): Promise<void>;
	getConnectedRegistry(registryId: string, name: string): Promise<ConnectedRegistry | undefined>;
	listConnectedRegistries(registryId: string): Promise<ConnectedRegistry[]>;
	deleteConnectedRegistry(registryId: string, name: string, progress?: Progress): Promise<void>;
};

/** Credentials for a registry's data plane: a token's, a service principal's (app id), or the admin user's. */
export type RegistryCredentials = {readonly username: string; readonly password: string};

/** One entry of a manifest list or OCI index: the image for one platform. */
export type ImagePlatform = {readonly os: string; readonly architecture: string; readonly variant?: string; readonly digest: string};

/** A tag's manifest as the registry serves it (`GET /v2/<repository>/manifests/<tag>`). */
export type TagManifest = {
	/** `application/vnd.docker.distribution.manifest.v2+json`, `application/vnd.oci.image.index.v1+json`… */
	readonly mediaType: string;
	/** `Docker-Content-Digest` (`sha256:…`). */
	readonly digest: string;
	/** For a manifest list or OCI index: the platforms it holds; absent for a single-platform manifest. */
	readonly platforms?: readonly ImagePlatform[];
};

/**
 * A registry's content through its data plane (`https://<loginServer>/v2/…`), signed in as ACR does it: the wizard's
 * Entra sign-in exchanged for a refresh token (`/oauth2/exchange`), then an access token per scope (`/oauth2/token`);
 * or, given `credentials`, those sent as docker sends a pull secret's (Basic to `/oauth2/token`). Refusals reject with
 * an AzureError in plain words, the registry's code kept (`UNAUTHORIZED` 401, `DENIED` 403, `TOOMANYREQUESTS` 429).
 */
export type AzureRegistryContent = {
	/** The repositories (`/v2/_catalog`, every page); needs `registry:catalog:*` (Reader or more, or the admin user). */
	listRepositories(loginServer: string, credentials?: RegistryCredentials): Promise<string[]>;
	/** A repository's tags (`/v2/<repository>/tags/list`); undefined when the repository does not exist (`NAME_UNKNOWN`). */
	listTags(loginServer: string, repository: string, credentials?: RegistryCredentials): Promise<string[] | undefined>;
	/**
	 * A tag's manifest: media type, digest and, for a manifest list or OCI index, its platforms; undefined when the
	 * repository or the tag does not exist (`NAME_UNKNOWN`, `MANIFEST_UNKNOWN`). Needs pull on the repository.
	 */
	getTagManifest(loginServer: string, repository: string, tag: string, credentials?: RegistryCredentials): Promise<TagManifest | undefined>;
};

/** AKS and Arc clusters. */
export type AzureClusters = {
	listManagedClusters(subscriptionId: string): Promise<ManagedCluster[]>;
	getManagedCluster(id: string): Promise<ManagedCluster>;
	/** The user kubeconfig (as `az aks get-credentials`), kept in memory. */
	getClusterUserKubeconfig(id: string): Promise<string>;
	/**
	 * The same kubeconfig as a source for the Kubernetes port, with (for an Entra ID cluster) the source that renews
	 * its user's token before it expires: what a long watch needs.
	 */
	getClusterUserSource(id: string): Promise<InlineKubeconfig>;
	/** Creates the cluster (a long-running operation of several minutes on Azure; `progress` hears each state). */
	createManagedCluster(input: NewManagedCluster, progress?: Progress): Promise<ManagedCluster>;
	/** Deletes the cluster and its node resource group; a cluster that is not there rejects with a 404 AzureError. */
	deleteManagedCluster(id: string, progress?: Progress): Promise<void>;
	/** Creates (or finds, as PUT does) a user-assigned managed identity. */
	createUserAssignedIdentity(input: {subscriptionId: string; resourceGroup: string; name: string; location: string}): Promise<UserAssignedIdentity>;
	deleteUserAssignedIdentity(id: string): Promise<void>;
	getConnectedCluster(id: string): Promise<ConnectedCluster>;
	listConnectedClusters(subscriptionId: string): Promise<ConnectedCluster[]>;
	createExtension(
		clusterId: string,
		input: {name: string; extensionType: string; configurationSettings: Record<string, string>; protectedSettings: Record<string, string>},
		progress?: Progress,
	): Promise<ClusterExtension>;
	getExtension(clusterId: string, name: string): Promise<ClusterExtension | undefined>;
	/** Every extension on the cluster (`az k8s-extension list`). */
	listExtensions(clusterId: string): Promise<ClusterExtension[]>;
	deleteExtension(clusterId: string, name: string, progress?: Progress): Promise<void>;
};

/** Role definitions and assignments (Microsoft.Authorization). */
export type AzureAccess = {
	/** Finds a role by name at a scope, case-insensitively (`acrpull` finds AcrPull). */
	findRole(scope: string, roleName: string): Promise<RoleDefinition | undefined>;
	listRoleAssignments(scope: string, principalId?: string): Promise<RoleAssignment[]>;
	/** Creates the assignment; an existing identical one is reported as `created: false`, not an error. */
	assignRole(input: {scope: string; roleDefinitionId: string; principalId: string; principalType?: string}): Promise<RoleAssignmentResult>;
	deleteRoleAssignment(id: string): Promise<void>;
};

/** Service principals (Microsoft Graph). */
export type AzureDirectory = {
	findServicePrincipals(displayName: string): Promise<ServicePrincipal[]>;
	getServicePrincipal(appId: string): Promise<ServicePrincipal | undefined>;
	/** Whether a service principal (of an application or a managed identity) with this object id exists. */
	servicePrincipalExists(objectId: string): Promise<boolean>;
	/** The object ids of a group's direct members (`GET /groups/{id}/members`). */
	listGroupMembers(groupId: string): Promise<string[]>;
	/** An Entra group by object id or display name (`az ad group show --group`); undefined when there is none (or several by that name). */
	findGroup(nameOrId: string): Promise<EntraGroup | undefined>;
	/** Adds a member (`az ad group member add`); `added: false` when it was one already. A member not yet replicated rejects with 404. */
	addGroupMember(groupId: string, memberId: string): Promise<{added: boolean}>;
	/** Removes a member (`az ad group member remove`); one that is not there rejects with a 404 AzureError. */
	removeGroupMember(groupId: string, memberId: string): Promise<void>;
	/** When each password of the application behind `appId` ends (`passwordCredentials[].endDateTime`); undefined when this tenant has no such application. */
	passwordExpiries(appId: string): Promise<string[] | undefined>;
	/** Creates an application and its service principal (as `az ad sp create-for-rbac` does), with a first password. */
	/** Creates the application and its service principal, waiting out directory replication (`progress` hears each wait). */
	createServicePrincipal(displayName: string, progress?: Progress): Promise<{principal: ServicePrincipal; password: Password}>;
	/** Adds a new password beside the others (as `az ad sp credential reset --append`). */
	resetPassword(principal: ServicePrincipal): Promise<Password>;
	deleteServicePrincipal(principal: ServicePrincipal): Promise<void>;
};

/** Everything the wizard asks of Azure. */
export type Azure = AzureAccount & AzureRegistries & AzureRegistryContent & AzureClusters & AzureAccess & AzureDirectory;

/** An Azure failure in our words; adapters throw this instead of SDK errors. */
export class AzureError extends Error {
	override readonly name = 'AzureError';
	constructor(
		message: string,
		readonly code: string,
		readonly statusCode?: number,
		readonly target?: string,
	) {
		super(message);
	}
}
