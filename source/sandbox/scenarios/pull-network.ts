/** Scenarios of the network between a cluster's nodes and the registry: firewall rules, private endpoints, DNS, egress. */
import {clusterNetworkOf, publicIpOf, registryNetworkOf, registryZone} from '../registry/network.js';
import {key} from '../state.js';
import {aksOf, attachSharedRegistry, sharedRegistryOf} from './pull-helpers.js';
import {playedCloudOf} from '../sovereign.js';
import type {Scenario, ScenarioWorld} from './types.js';

/** The shared registry on Premium (network rules and private endpoints need it), with the kubelet attached. */
function premiumShared(world: ScenarioWorld) {
	attachSharedRegistry(world);
	const registry = sharedRegistryOf(world);
	const aks = aksOf(world);
	if (!registry || !aks) return undefined;
	registry.sku = 'Premium';
	return {registry, aks, network: registryNetworkOf(registry), cluster: clusterNetworkOf(world, aks.id)};
}

export const registryFirewallDeniesCluster: Scenario = {
	name: 'registry-firewall-denies-cluster',
	description:
		"The shared registry (Premium) denies by default and allows only 203.0.113.0/24, not aks-sandbox's egress IP: pulls answer 403 Forbidden, and data-plane calls answer DENIED: client with IP … is not allowed access.",
	apply(world) {
		const found = premiumShared(world);
		if (!found) return;
		found.network.defaultAction = 'Deny';
		found.network.ipRules = [{value: '203.0.113.0/24', action: 'Allow'}];
	},
};

export const privateEndpointDnsNotLinked: Scenario = {
	name: 'private-endpoint-dns-not-linked',
	description:
		"The shared registry has public access disabled and a private endpoint in aks-sandbox's network, but privatelink.azurecr.io is not linked to that network: nodes resolve the public address and get 403 Forbidden.",
	apply(world) {
		const found = premiumShared(world);
		if (!found) return;
		found.network.publicNetworkAccess = 'Disabled';
		found.network.privateEndpoints = [{name: 'pe-contososharedacr', vnetId: found.cluster.vnetId, privateIp: '10.224.1.5'}];
		registryZone(world).records.set(found.registry.name.toLowerCase(), '10.224.1.5');
	},
};

export const privateEndpointLinked: Scenario = {
	name: 'private-endpoint-linked',
	description:
		"The shared registry has public access disabled and a private endpoint whose DNS zone is linked to aks-sandbox's network: the cluster pulls privately while callers outside get DENIED.",
	apply(world) {
		privateEndpointDnsNotLinked.apply(world);
		const aks = aksOf(world);
		if (aks) registryZone(world).links.add(key(clusterNetworkOf(world, aks.id).vnetId));
	},
};

export const egressFirewallBlocksDataEndpoint: Scenario = {
	name: 'egress-firewall-blocks-data-endpoint',
	description:
		"aks-sandbox's egress firewall admits the shared registry's login server but not its data endpoint: manifests resolve, layer downloads time out (dial tcp …: i/o timeout).",
	apply(world) {
		const found = premiumShared(world);
		if (!found) return;
		found.registry.dataEndpointEnabled = true;
		found.cluster.firewall = {
			allow: [`${found.registry.name.toLowerCase()}.${playedCloudOf(world.state).acrSuffix}`, '*.docker.io', 'mcr.microsoft.com'],
			refused: 'drop',
			tlsInspection: false,
		};
	},
};

export const egressFirewallBlocksRegistry: Scenario = {
	name: 'egress-firewall-blocks-registry',
	description: `aks-sandbox's egress firewall drops traffic to *.azurecr.io: pulls from the shared registry time out (dial tcp ${publicIpOf('contososharedacr.azurecr.io')}:443: i/o timeout).`,
	apply(world) {
		const found = premiumShared(world);
		if (found) found.cluster.firewall = {allow: ['mcr.microsoft.com', '*.docker.io'], refused: 'drop', tlsInspection: false};
	},
};

export const egressFirewallTlsInspection: Scenario = {
	name: 'egress-firewall-tls-inspection',
	description: "aks-sandbox's egress firewall re-signs TLS with a CA the nodes do not trust: pulls fail with x509: certificate signed by unknown authority.",
	apply(world) {
		const found = premiumShared(world);
		if (found)
			found.cluster.firewall = {
				allow: [`*.${playedCloudOf(world.state).acrSuffix}`, `*.blob.${playedCloudOf(world.state).storageSuffix}`, 'mcr.microsoft.com', '*.docker.io'],
				refused: 'reset',
				tlsInspection: true,
			};
	},
};

export const customDnsNoSuchHost: Scenario = {
	name: 'custom-dns-no-such-host',
	description: "aks-sandbox's network uses a custom DNS server (10.224.0.53) that does not forward to Azure DNS: registry names do not resolve (no such host).",
	apply(world) {
		const found = premiumShared(world);
		if (!found) return;
		found.cluster.dnsServer = '10.224.0.53';
		found.cluster.customDnsBroken = true;
	},
};
