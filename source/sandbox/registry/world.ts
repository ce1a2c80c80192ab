/**
 * The parts of the sandbox world that decide how a pull travels and who may make it, beyond roles:
 * registry network rules and private endpoints, each cluster's egress (IP, firewall, DNS), private DNS
 * zones and their virtual-network links, role-assignment propagation, public-registry rate limits.
 */

/** One IP rule of a registry's networkRuleSet (`value` is an address or a CIDR range). */
export type IpRule = {readonly value: string; readonly action: 'Allow'};

/** A private endpoint of a registry in a virtual network, with the private address it answers on. */
export type PrivateEndpoint = {readonly name: string; readonly vnetId: string; readonly privateIp: string};

/** A registry's network access settings, as Registries_Get shows them. */
export type RegistryNetwork = {
	publicNetworkAccess: 'Enabled' | 'Disabled';
	defaultAction: 'Allow' | 'Deny';
	ipRules: IpRule[];
	privateEndpoints: PrivateEndpoint[];
};

/** An egress firewall in front of a cluster: only hosts matching `allow` (`*.` wildcards) pass. */
export type EgressFirewall = {
	allow: string[];
	/** How a refused connection ends: dropped (the client times out) or reset (the client reads EOF). */
	refused: 'drop' | 'reset';
	/** The firewall re-signs TLS with its own CA, which the nodes do not trust (x509 errors). */
	tlsInspection: boolean;
};

/** How one cluster's nodes reach the outside: outbound public IP, virtual network, DNS and firewall. */
export type ClusterNetwork = {
	egressIp: string;
	vnetId: string;
	/** The DNS server the nodes ask (`168.63.129.16` is Azure DNS). */
	dnsServer: string;
	/** A custom DNS server that does not forward to Azure DNS resolves no `privatelink` names and no registry names. */
	customDnsBroken: boolean;
	firewall?: EgressFirewall;
};

/** A private DNS zone (`privatelink.azurecr.io`) with the virtual networks it is linked to and its A records. */
export type PrivateDnsZone = {readonly links: Set<string>; readonly records: Map<string, string>};

/** A per-host pull limit on a public registry (Docker Hub's anonymous limit). */
export type RateLimit = {limit: number; windowMs: number; pulls: number[]};

/** An Entra group and its members (object ids); role assignments to it apply to its members. */
export type DirectoryGroup = {
	readonly id: string;
	readonly displayName: string;
	readonly mailNickname: string;
	readonly members: Set<string>;
	readonly createdDateTime: string;
	/** When each member was added (ms): a membership reaches the member's pulls only after the group propagation delay. */
	readonly memberSince?: Map<string, number>;
};

/** The world state that is not a field of a registry or cluster resource. */
export type PullWorld = {
	/** How long a new role assignment takes to affect pulls: directly, or through a group. */
	propagation: {directMs: number; groupMs: number};
	/** Cluster id (lower case) → its network; clusters without an entry get a default one. */
	readonly clusterNetworks: Map<string, ClusterNetwork>;
	/** Zone name (lower case) → zone. */
	readonly privateDnsZones: Map<string, PrivateDnsZone>;
	/** Registry host → its rate limit. */
	readonly rateLimits: Map<string, RateLimit>;
	/** The public address data-plane callers (az, canipull, the wizard) come from, as registry network rules see it. */
	clientIp: string;
};

/** A fresh world: no propagation delay, no zones, no limits. */
export function newPullWorld(): PullWorld {
	return {propagation: {directMs: 0, groupMs: 0}, clusterNetworks: new Map(), privateDnsZones: new Map(), rateLimits: new Map(), clientIp: '198.51.100.24'};
}

/** A registry's default network settings: public access, no rules. */
export function defaultRegistryNetwork(): RegistryNetwork {
	return {publicNetworkAccess: 'Enabled', defaultAction: 'Allow', ipRules: [], privateEndpoints: []};
}
