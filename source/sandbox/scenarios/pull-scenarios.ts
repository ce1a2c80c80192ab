/** The pull-decision scenarios (issue 11, part B): who the kubelet pulls as, the network path, the registry's authorisation, the node. */
import {
	kubeletIdentityDeleted,
	kubeletIdentityDetached,
	kubeletServicePrincipalExpired,
	groupRolePropagating,
	nodePoolOwnIdentity,
	rolePropagationDelayed,
} from './pull-identity.js';
import {arm64PoolAmd64Image, dockerHubRateLimited, probeNamespaceRestricted, probeNamespaceWarns, pullSecretOpaque} from './pull-kubelet.js';
import {
	customDnsNoSuchHost,
	egressFirewallBlocksDataEndpoint,
	egressFirewallBlocksRegistry,
	egressFirewallTlsInspection,
	privateEndpointDnsNotLinked,
	privateEndpointLinked,
	registryFirewallDeniesCluster,
} from './pull-network.js';
import {
	registryAbacAcrPullIgnored,
	registryAbacOtherRepository,
	registryAdminPasswordRotated,
	registryArmTokensDisabled,
	registryTokenOneRepository,
} from './pull-registry.js';
import type {Scenario} from './types.js';

/** Every pull-decision scenario, in alphabetical order. */
export const pullScenarios: readonly Scenario[] = [
	arm64PoolAmd64Image,
	customDnsNoSuchHost,
	dockerHubRateLimited,
	egressFirewallBlocksDataEndpoint,
	egressFirewallBlocksRegistry,
	egressFirewallTlsInspection,
	groupRolePropagating,
	kubeletIdentityDeleted,
	kubeletIdentityDetached,
	kubeletServicePrincipalExpired,
	nodePoolOwnIdentity,
	privateEndpointDnsNotLinked,
	privateEndpointLinked,
	probeNamespaceRestricted,
	probeNamespaceWarns,
	pullSecretOpaque,
	registryAbacAcrPullIgnored,
	registryAbacOtherRepository,
	registryAdminPasswordRotated,
	registryArmTokensDisabled,
	registryFirewallDeniesCluster,
	registryTokenOneRepository,
	rolePropagationDelayed,
];
