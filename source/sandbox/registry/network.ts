import {createHash} from 'node:crypto';
import {ipInCidr, isIpv4} from '../cidr.js';
import type {SandboxContext} from '../context.js';
import {ArmError} from '../http/errors.js';
import {dataEndpointOf, loginServerOf} from '../azure/registry-json.js';
import {key, type Registry} from '../state.js';
import {registryNetworkOf} from './settings-json.js';
import {playedCloudOf, privateLinkZoneOf} from '../sovereign.js';
import type {ClusterNetwork, EgressFirewall, PrivateDnsZone, RegistryNetwork} from './world.js';

export {registryNetworkOf} from './settings-json.js';

/** The private DNS zone a registry's private endpoint records live in (`privatelink.azurecr.cn` in the China cloud). */
export const registryDnsZoneOf = (ctx: Pick<SandboxContext, 'state'>): string => privateLinkZoneOf(playedCloudOf(ctx.state));

const hashByte = (text: string, index: number): number => createHash('sha256').update(text).digest()[index] ?? 1;

/** A stable public address for a host in the sandbox cloud (20.x.y.z, like Azure's public ranges). */
export function publicIpOf(host: string): string {
	return `20.${(hashByte(host, 0) % 200) + 40}.${hashByte(host, 1)}.${(hashByte(host, 2) % 250) + 1}`;
}

/** A cluster's network: what was set for it, else its default (AKS: a load-balancer egress IP in its node resource group's network). */
export function clusterNetworkOf(ctx: Pick<SandboxContext, 'state'>, clusterId: string): ClusterNetwork {
	const existing = ctx.state.pullWorld.clusterNetworks.get(key(clusterId));
	if (existing) return existing;
	const aks = ctx.state.managedClusters.get(key(clusterId));
	const network: ClusterNetwork = aks
		? {
				egressIp: publicIpOf(`egress-${aks.id.toLowerCase()}`),
				vnetId: `/subscriptions/${aks.subscriptionId}/resourceGroups/${aks.nodeResourceGroup}/providers/Microsoft.Network/virtualNetworks/aks-vnet-12345678`,
				dnsServer: '168.63.129.16',
				customDnsBroken: false,
			}
		: {egressIp: `203.0.113.${(hashByte(clusterId, 3) % 250) + 1}`, vnetId: '', dnsServer: '10.96.0.10', customDnsBroken: false};
	ctx.state.pullWorld.clusterNetworks.set(key(clusterId), network);
	return network;
}

/** The private DNS zone for registries, created empty on first use. */
export function registryZone(ctx: Pick<SandboxContext, 'state'>): PrivateDnsZone {
	const zones = ctx.state.pullWorld.privateDnsZones;
	const zone = zones.get(registryDnsZoneOf(ctx)) ?? {links: new Set<string>(), records: new Map<string, string>()};
	zones.set(registryDnsZoneOf(ctx), zone);
	return zone;
}

/** Where a node's connection to a registry host ends, when it does not reach the registry. */
export type PathFailure =
	| {readonly kind: 'no-such-host'; readonly dnsServer: string}
	| {readonly kind: 'timeout'; readonly ip: string}
	| {readonly kind: 'eof'}
	| {readonly kind: 'x509'}
	| {readonly kind: 'denied'; readonly ip: string};

/** How a node reaches a registry: its login server address and the host blobs come from, or why it cannot. */
export type RegistryPath = {readonly ok: true; readonly private: boolean; readonly blobHost: string} | {readonly ok: false; readonly failure: PathFailure};

const hostMatches = (pattern: string, host: string): boolean => {
	const p = pattern.toLowerCase();
	return p.startsWith('*.') ? host.endsWith(p.slice(1)) : host === p;
};

/** What the egress firewall does to a connection to `host` at `ip`: nothing, or how it ends. */
function throughFirewall(firewall: EgressFirewall | undefined, host: string, ip: string): PathFailure | undefined {
	if (!firewall) return undefined;
	if (!firewall.allow.some((pattern) => hostMatches(pattern, host))) return firewall.refused === 'drop' ? {kind: 'timeout', ip} : {kind: 'eof'};
	return firewall.tlsInspection ? {kind: 'x509'} : undefined;
}

/** Whether a client address passes the registry's public-network rules. */
export function publicClientAllowed(registry: Registry, ip: string): boolean {
	const network = registryNetworkOf(registry);
	if (network.publicNetworkAccess === 'Disabled') return false;
	if (network.defaultAction === 'Allow') return true;
	return network.ipRules.some((rule) => (rule.value.includes('/') ? ipInCidr(ip, rule.value) : rule.value === ip));
}

/** The blob host of a registry seen from the public side: its data endpoint, or the storage account behind it. */
export function publicBlobHost(ctx: SandboxContext, registry: Registry): string {
	return registry.dataEndpointEnabled
		? dataEndpointOf(ctx, registry)
		: `${registry.location.toLowerCase().replace(/\s+/g, '')}managed1.blob.${ctx.cloud.storageSuffix}`;
}

/** Follows a node's connection from a cluster to a registry: DNS (private zone or public), firewall, network rules. */
export function registryPath(ctx: SandboxContext, clusterId: string, registry: Registry): RegistryPath {
	const cluster = clusterNetworkOf(ctx, clusterId);
	const host = loginServerOf(ctx, registry);
	const network = registryNetworkOf(registry);
	if (cluster.customDnsBroken) return {ok: false, failure: {kind: 'no-such-host', dnsServer: cluster.dnsServer}};
	const zone = ctx.state.pullWorld.privateDnsZones.get(registryDnsZoneOf(ctx));
	const endpoint = network.privateEndpoints.find((pe) => key(pe.vnetId) === key(cluster.vnetId));
	const privateIp = cluster.vnetId !== '' && zone?.links.has(key(cluster.vnetId)) ? zone.records.get(registry.name.toLowerCase()) : undefined;
	if (privateIp !== undefined) {
		// Inside the network through the private endpoint: no public rules, no egress firewall.
		return endpoint ? {ok: true, private: true, blobHost: dataEndpointOf(ctx, registry)} : {ok: false, failure: {kind: 'timeout', ip: privateIp}};
	}
	const ip = publicIpOf(host);
	const blocked = throughFirewall(cluster.firewall, host, ip);
	if (blocked) return {ok: false, failure: blocked};
	if (!publicClientAllowed(registry, cluster.egressIp)) return {ok: false, failure: {kind: 'denied', ip: cluster.egressIp}};
	return {ok: true, private: false, blobHost: publicBlobHost(ctx, registry)};
}

/** Whether the node can fetch blobs from `blobHost` (the firewall may admit the login server and not the data endpoint). */
export function blobPathFailure(ctx: SandboxContext, clusterId: string, path: RegistryPath & {ok: true}): PathFailure | undefined {
	if (path.private) return undefined;
	return throughFirewall(clusterNetworkOf(ctx, clusterId).firewall, path.blobHost, publicIpOf(path.blobHost));
}

function parseIpRules(value: unknown): RegistryNetwork['ipRules'] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((rule: unknown) => {
		const text =
			typeof rule === 'object' && rule !== null ? ((rule as Record<string, unknown>).value ?? (rule as Record<string, unknown>).iPAddressOrRange) : undefined;
		if (typeof text !== 'string') return [];
		const [address = '', bits] = text.split('/');
		if (!isIpv4(address) || (bits !== undefined && !/^\d{1,2}$/.test(bits))) {
			throw new ArmError(400, 'InvalidIpRule', `The IP rule '${text}' is invalid. Specify an IPv4 address or an address range in CIDR notation.`);
		}
		return [{value: text, action: 'Allow' as const}];
	});
}

/**
 * Applies `networkRuleSet` and `publicNetworkAccess` of a PUT or PATCH body. Network rules and turning public
 * access off need the Premium SKU; Basic and Standard answer ACR's `…NotSupported` errors, before anything changes.
 */
export function applyNetworkProperties(registry: Registry, sku: Registry['sku'], props: Record<string, unknown>): void {
	const network = registryNetworkOf(registry);
	const rules = typeof props.networkRuleSet === 'object' && props.networkRuleSet !== null ? (props.networkRuleSet as Record<string, unknown>) : undefined;
	const access = props.publicNetworkAccess === 'Disabled' || props.publicNetworkAccess === 'Enabled' ? props.publicNetworkAccess : undefined;
	const defaultAction = rules?.defaultAction === 'Deny' ? 'Deny' : rules?.defaultAction === 'Allow' ? 'Allow' : undefined;
	const ipRules = rules ? parseIpRules(rules.ipRules) : undefined;
	if (sku !== 'Premium') {
		if (access === 'Disabled') {
			throw new ArmError(
				400,
				'DisablingPublicNetworkAccessNotSupported',
				`Disabling public network access is not supported for the SKU ${sku}. For more information, please visit https://aka.ms/acr/private-link.`,
			);
		}
		if (defaultAction === 'Deny' || (ipRules?.length ?? 0) > 0) {
			throw new ArmError(
				400,
				'NetworkRuleSetNotSupported',
				`Network rule set is not supported for the SKU ${sku}. For more information, please visit https://aka.ms/acr/firewall.`,
			);
		}
	}
	if (access) network.publicNetworkAccess = access;
	if (defaultAction) network.defaultAction = defaultAction;
	if (ipRules) network.ipRules = ipRules;
}
