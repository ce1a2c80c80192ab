/**
 * The sandbox's in-memory world: subscriptions, resource groups, registries (with their images,
 * scope maps, tokens and connected registries), clusters, extensions, role assignments and the
 * directory (users, applications, service principals, managed identities).
 */

import type {DirectoryGroup, PullWorld, RegistryNetwork} from './registry/world.js';
import type {PlayedCloud} from './sovereign.js';
import type {ControlState} from './control/types.js';

/** One image manifest stored in a registry. */
export type StoredImage = {
	readonly digest: string;
	readonly sizeBytes: number;
	/** The platforms (`linux/amd64`) an image index offers; absent means every platform a node may ask for. */
	readonly platforms?: readonly string[];
};

/** repository → tag → image. */
export type ImageStore = Map<string, Map<string, StoredImage>>;

export type Subscription = {readonly subscriptionId: string; readonly displayName: string; readonly tenantId: string};

export type ResourceGroup = {
	readonly subscriptionId: string;
	readonly name: string;
	readonly location: string;
	readonly tags: Record<string, string>;
};

/** A provider's registration in a subscription; `Registering` ends after some reads and, at the demo pace, a few seconds. */
export type ProviderRegistration = {state: 'NotRegistered' | 'Registering' | 'Registered'; registeringPolls: number; registeredAt?: number};

export type ScopeMap = {
	readonly name: string;
	description: string;
	actions: string[];
	readonly type: 'IsUserDefined' | 'SystemDefined';
	readonly creationDate: string;
};

/** A token password: the value is kept only to check pulls, and never logged. */
export type TokenPassword = {readonly name: 'password1' | 'password2'; readonly value: string; readonly expiry?: string; readonly creationTime: string};

export type RegistryToken = {
	readonly name: string;
	scopeMapId: string;
	status: 'enabled' | 'disabled';
	readonly creationDate: string;
	passwords: TokenPassword[];
};

export type ConnectedRegistry = {
	readonly name: string;
	mode: string;
	activation: 'Active' | 'Inactive';
	/** The instance (cluster and data volume) holding the activation; another instance is refused `ALREADY_ACTIVATED`. */
	activeInstance?: string;
	syncTokenId: string;
	schedule: string;
	messageTtl: string;
	syncWindow?: string;
	clientTokenIds: string[];
	notificationsList: string[];
	logLevel: string;
	auditLogStatus: string;
	gcEnabled: boolean;
	gcSchedule: string;
	readonly created: string;
};

export type Registry = {
	readonly id: string;
	readonly subscriptionId: string;
	readonly resourceGroup: string;
	readonly name: string;
	readonly location: string;
	tags: Record<string, string>;
	sku: 'Basic' | 'Standard' | 'Premium';
	adminUserEnabled: boolean;
	dataEndpointEnabled: boolean;
	anonymousPullEnabled: boolean;
	readonly creationDate: string;
	/** The two admin passwords; only served by listCredentials when the admin user is on. */
	readonly adminPasswords: [string, string];
	readonly images: ImageStore;
	readonly scopeMaps: Map<string, ScopeMap>;
	readonly tokens: Map<string, RegistryToken>;
	readonly connectedRegistries: Map<string, ConnectedRegistry>;
	/** Network access (public access, IP rules, private endpoints); absent means the defaults (public, no rules). */
	network?: RegistryNetwork;
	/** `AbacRepositoryPermissions` honours only the repository roles (AcrPull is ignored); absent means legacy. */
	roleAssignmentMode?: 'LegacyRegistryPermissions' | 'AbacRepositoryPermissions';
	/** azureADAuthenticationAsArmPolicy: whether ARM-audience Entra tokens may be exchanged for registry tokens. */
	armAudienceTokens?: 'enabled' | 'disabled';
};

/** One node pool of a managed cluster: its nodes' OS and architecture, and a kubelet identity of its own if it has one. */
export type AgentPool = {
	readonly name: string;
	readonly osType: 'Linux' | 'Windows';
	readonly arch: 'amd64' | 'arm64';
	readonly vmSize: string;
	readonly nodeNames: readonly string[];
	kubeletIdentity?: {readonly resourceId: string; readonly clientId: string; readonly objectId: string};
};

export type ManagedCluster = {
	readonly id: string;
	readonly subscriptionId: string;
	readonly resourceGroup: string;
	readonly name: string;
	readonly location: string;
	readonly kubernetesVersion: string;
	readonly serviceCidr: string;
	readonly dnsServiceIP: string;
	readonly nodeResourceGroup: string;
	readonly identityPrincipalId: string;
	/** The user-assigned control-plane identity's id, when the cluster brought its own (else it is system-assigned). */
	readonly controlPlaneIdentityId?: string;
	readonly kubelet: {readonly resourceId: string; readonly clientId: string; readonly objectId: string};
	readonly nodeNames: readonly string[];
	readonly tags?: Record<string, string>;
	/** What the last PUT sent that the sandbox does not model, served back as sent. */
	readonly kept?: {readonly top: Record<string, unknown>; readonly properties: Record<string, unknown>};
	/** A cluster whose kubelet pulls with a service principal (no managed identity): its appId and the secret it holds. */
	servicePrincipalProfile?: {clientId: string; secret: string};
	/** False once the kubelet identity is removed from the node pools' scale sets (its token requests fail). */
	kubeletIdentityAttached?: boolean;
	/** Node pools; absent means one Linux amd64 pool `nodepool1` holding `nodeNames`. */
	agentPools?: AgentPool[];
	/** Entra ID sign-in (`aadProfile.managed`), and whether local accounts are disabled: clusterUser is then a kubelogin exec. */
	readonly entraId?: {readonly disableLocalAccounts: boolean};
};

export type ConnectedCluster = {
	readonly id: string;
	readonly subscriptionId: string;
	readonly resourceGroup: string;
	readonly name: string;
	readonly location: string;
	readonly kubernetesVersion: string;
	readonly serviceCidr: string;
	readonly identityPrincipalId: string;
	readonly nodeNames: readonly string[];
	readonly created: string;
};

export type Extension = {
	readonly id: string;
	readonly clusterId: string;
	readonly name: string;
	readonly extensionType: string;
	readonly releaseTrain: string;
	readonly version: string;
	readonly autoUpgradeMinorVersion: boolean;
	readonly releaseNamespace: string;
	readonly configurationSettings: Record<string, string>;
	/** Kept to decide pulls; never served back. */
	readonly configurationProtectedSettings: Record<string, string>;
	readonly created: string;
};

export type RoleAssignment = {
	readonly id: string;
	readonly name: string;
	readonly scope: string;
	readonly roleDefinitionId: string;
	readonly principalId: string;
	readonly principalType: string;
	readonly description: string | null;
	readonly createdOn: string;
	readonly createdBy: string;
	/** An ABAC condition (conditionVersion 2.0), e.g. limiting a repository role to some repositories. */
	readonly condition?: string;
	readonly conditionVersion?: string;
};

/** A password of an application or a service principal in the directory. */
export type PasswordCredential = {
	readonly keyId: string;
	readonly displayName: string | null;
	readonly hint: string;
	readonly secretText: string;
	readonly startDateTime: string;
	readonly endDateTime: string;
};

export type Application = {
	readonly id: string;
	readonly appId: string;
	readonly displayName: string;
	readonly createdDateTime: string;
	readonly passwordCredentials: PasswordCredential[];
};

export type ServicePrincipal = {
	readonly id: string;
	readonly appId: string;
	readonly displayName: string;
	readonly servicePrincipalType: 'Application' | 'ManagedIdentity';
	readonly passwordCredentials: PasswordCredential[];
};

/** A user-assigned managed identity (`az identity create`); its principal is in the directory under `principalId`. */
export type UserAssignedIdentity = {
	readonly id: string;
	readonly name: string;
	readonly location: string;
	readonly clientId: string;
	readonly principalId: string;
};

export type DirectoryUser = {readonly id: string; readonly userPrincipalName: string; readonly displayName: string};

/** Everything the sandbox knows. */
export type SandboxState = {
	readonly tenantId: string;
	readonly tenantDomain: string;
	readonly user: DirectoryUser;
	readonly subscriptions: Map<string, Subscription>;
	readonly resourceGroups: Map<string, ResourceGroup>;
	readonly providers: Map<string, ProviderRegistration>;
	readonly registries: Map<string, Registry>;
	readonly managedClusters: Map<string, ManagedCluster>;
	readonly connectedClusters: Map<string, ConnectedCluster>;
	readonly extensions: Map<string, Extension>;
	readonly roleAssignments: Map<string, RoleAssignment>;
	readonly applications: Map<string, Application>;
	readonly servicePrincipals: Map<string, ServicePrincipal>;
	/** User-assigned managed identities by id (lower case). */
	readonly userAssignedIdentities: Map<string, UserAssignedIdentity>;
	readonly users: Map<string, DirectoryUser>;
	/** Public registries (`docker.io`, `mcr.microsoft.com`) that imports and anonymous pulls read. */
	readonly publicRegistries: Map<string, ImageStore>;
	/** Entra groups (object id → group). */
	readonly groups: Map<string, DirectoryGroup>;
	/** Network paths, propagation delays and rate limits that decide pulls. */
	readonly pullWorld: PullWorld;
	/** What no Azure or Kubernetes API sets: API server behaviour, refused sign-ins, Graph permissions, other tenants. */
	readonly control: ControlState;
	/** The Azure cloud the sandbox plays (its suffixes and regions); the public cloud when absent. */
	readonly cloud?: PlayedCloud;
};

/** The map key for an ARM id: ids are case-insensitive. */
export const key = (id: string): string => id.toLowerCase();

/** Finds a resource group, case-insensitively. */
export function findResourceGroup(state: SandboxState, subscriptionId: string, name: string): ResourceGroup | undefined {
	return state.resourceGroups.get(key(`/subscriptions/${subscriptionId}/resourceGroups/${name}`));
}

/** Finds a registry by its login server name (`<name>.<suffix>`), case-insensitively. */
export function findRegistryByName(state: SandboxState, name: string): Registry | undefined {
	const wanted = name.toLowerCase();
	return [...state.registries.values()].find((r) => r.name.toLowerCase() === wanted);
}

/** Finds an object (user, service principal or managed identity) in the directory by object id. */
export function principalType(state: SandboxState, objectId: string): 'User' | 'ServicePrincipal' | 'Group' | undefined {
	if (state.users.has(objectId.toLowerCase())) {
		return 'User';
	}
	if (state.groups.has(objectId.toLowerCase())) {
		return 'Group';
	}
	return state.servicePrincipals.has(objectId.toLowerCase()) ? 'ServicePrincipal' : undefined;
}
