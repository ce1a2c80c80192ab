/**
 * The `pull` section of the sandbox control state (`GET|PATCH /_sandbox/state`): what decides pulls and registry
 * calls that no Azure API sets here — role-assignment propagation delays, each cluster's egress (IP, firewall, DNS),
 * the private DNS zone's links and records, private endpoints, public-registry rate limits, the kubelet identity
 * being detached from the scale sets, and the address data-plane callers come from.
 */
import {isIpv4} from '../cidr.js';
import type {SandboxContext} from '../context.js';
import {ArmError} from '../http/errors.js';
import {findRegistryByName, key} from '../state.js';
import {clusterNetworkOf, registryNetworkOf, registryZone} from './network.js';
import type {ClusterNetwork, EgressFirewall, PrivateEndpoint, RateLimit} from './world.js';

const invalid = (message: string): ArmError => new ArmError(400, 'InvalidControlState', message);

function record(value: unknown, where: string): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(`'${where}' must be an object.`);
	return value as Record<string, unknown>;
}

function ip(value: unknown, where: string): string {
	if (typeof value !== 'string' || !isIpv4(value)) throw invalid(`'${where}' must be an IPv4 address such as 20.42.7.19; got ${JSON.stringify(value)}.`);
	return value;
}

function count(value: unknown, where: string): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
		throw invalid(`'${where}' must be a whole number of at least 0; got ${JSON.stringify(value)}.`);
	return value;
}

function text(value: unknown, where: string): string {
	if (typeof value !== 'string' || value === '') throw invalid(`'${where}' must be a non-empty string.`);
	return value;
}

function strings(value: unknown, where: string): string[] {
	if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) throw invalid(`'${where}' must be an array of strings.`);
	return value;
}

/** All clusters by lower-case name → ARM id (the local cluster's id is its name). */
function clusterIds(ctx: Pick<SandboxContext, 'state'>): Map<string, string> {
	const ids = new Map<string, string>();
	for (const c of [...ctx.state.managedClusters.values(), ...ctx.state.connectedClusters.values()]) ids.set(c.name.toLowerCase(), c.id);
	for (const id of ctx.state.pullWorld.clusterNetworks.keys()) if (!id.startsWith('/')) ids.set(id, id);
	ids.set('kind-local', 'kind-local');
	return ids;
}

function firewallOf(value: unknown, where: string): EgressFirewall | undefined {
	if (value === null) return undefined;
	const f = record(value, where);
	const refused = f.refused ?? 'drop';
	if (refused !== 'drop' && refused !== 'reset') throw invalid(`'${where}.refused' must be 'drop' (clients time out) or 'reset' (clients read EOF).`);
	if (f.tlsInspection !== undefined && typeof f.tlsInspection !== 'boolean') throw invalid(`'${where}.tlsInspection' must be true or false.`);
	return {allow: strings(f.allow ?? [], `${where}.allow`), refused, tlsInspection: f.tlsInspection === true};
}

function clusterPatch(current: ClusterNetwork, value: unknown, where: string): ClusterNetwork {
	const patch = record(value, where);
	const next: ClusterNetwork = {...current};
	for (const [field, v] of Object.entries(patch)) {
		const at = `${where}.${field}`;
		if (field === 'egressIp') next.egressIp = ip(v, at);
		else if (field === 'vnetId') next.vnetId = text(v, at);
		else if (field === 'dnsServer') next.dnsServer = ip(v, at);
		else if (field === 'customDnsBroken') {
			if (typeof v !== 'boolean') throw invalid(`'${at}' must be true or false.`);
			next.customDnsBroken = v;
		} else if (field === 'firewall') {
			const firewall = firewallOf(v, at);
			if (firewall) next.firewall = firewall;
			else delete next.firewall;
		} else throw invalid(`'${at}' is not a field of a cluster's network; use egressIp, vnetId, dnsServer, customDnsBroken or firewall.`);
	}
	return next;
}

/** The `pull` section as `GET /_sandbox/state` shows it. */
export function pullWorldJson(ctx: Pick<SandboxContext, 'state'>): Record<string, unknown> {
	const world = ctx.state.pullWorld;
	const names = new Map([...clusterIds(ctx)].map(([name, id]) => [key(id), name]));
	return {
		propagation: world.propagation,
		clientIp: world.clientIp,
		clusters: Object.fromEntries([...names].map(([id, name]) => [name, clusterNetworkOf(ctx, id)])),
		privateDnsZones: Object.fromEntries([...world.privateDnsZones].map(([zone, z]) => [zone, {links: [...z.links], records: Object.fromEntries(z.records)}])),
		privateEndpoints: Object.fromEntries([...ctx.state.registries.values()].map((r) => [r.name, registryNetworkOf(r).privateEndpoints])),
		rateLimits: Object.fromEntries([...world.rateLimits].map(([host, l]) => [host, {limit: l.limit, windowMs: l.windowMs, used: l.pulls.length}])),
		kubeletIdentityDetached: [...ctx.state.managedClusters.values()].filter((c) => c.kubeletIdentityAttached === false).map((c) => c.name),
	};
}

/** Applies the `pull` section of a `PATCH /_sandbox/state` body; checks every field before changing anything. */
export function patchPullWorld(ctx: Pick<SandboxContext, 'state'>, value: unknown): void {
	const body = record(value, 'pull');
	const world = ctx.state.pullWorld;
	const known = ['propagation', 'clientIp', 'clusters', 'privateDnsZone', 'privateEndpoints', 'rateLimits', 'kubeletIdentityDetached'];
	for (const name of Object.keys(body)) {
		if (!known.includes(name)) throw invalid(`'pull.${name}' cannot be set; the fields are ${known.join(', ')}.`);
	}
	const propagation = body.propagation === undefined ? undefined : record(body.propagation, 'pull.propagation');
	const nextPropagation = propagation
		? {
				directMs: count(propagation.directMs ?? world.propagation.directMs, 'pull.propagation.directMs'),
				groupMs: count(propagation.groupMs ?? world.propagation.groupMs, 'pull.propagation.groupMs'),
			}
		: undefined;
	const clientIp = body.clientIp === undefined ? undefined : ip(body.clientIp, 'pull.clientIp');
	const ids = clusterIds(ctx);
	const clusters = Object.entries(body.clusters === undefined ? {} : record(body.clusters, 'pull.clusters')).map(([name, patch]) => {
		const id = ids.get(name.toLowerCase());
		if (id === undefined) throw invalid(`There is no cluster '${name}'; the clusters are ${[...ids.keys()].join(', ')}.`);
		return [id, clusterPatch(clusterNetworkOf(ctx, id), patch, `pull.clusters.${name}`)] as const;
	});
	const zone = body.privateDnsZone === undefined ? undefined : record(body.privateDnsZone, 'pull.privateDnsZone');
	const links = zone?.links === undefined ? undefined : strings(zone.links, 'pull.privateDnsZone.links');
	const records =
		zone?.records === undefined
			? undefined
			: Object.entries(record(zone.records, 'pull.privateDnsZone.records')).map(
					([name, v]) => [name.toLowerCase(), ip(v, `pull.privateDnsZone.records.${name}`)] as const,
				);
	const endpoints = Object.entries(body.privateEndpoints === undefined ? {} : record(body.privateEndpoints, 'pull.privateEndpoints')).map(([name, list]) => {
		const registry = findRegistryByName(ctx.state, name);
		if (!registry) throw invalid(`There is no registry '${name}'.`);
		if (!Array.isArray(list)) throw invalid(`'pull.privateEndpoints.${name}' must be an array of {name, vnetId, privateIp}.`);
		const parsed: PrivateEndpoint[] = list.map((item, i) => {
			const pe = record(item, `pull.privateEndpoints.${name}[${i}]`);
			return {
				name: text(pe.name, `pull.privateEndpoints.${name}[${i}].name`),
				vnetId: text(pe.vnetId, `pull.privateEndpoints.${name}[${i}].vnetId`),
				privateIp: ip(pe.privateIp, `pull.privateEndpoints.${name}[${i}].privateIp`),
			};
		});
		if (parsed.length > 0 && registry.sku !== 'Premium') throw invalid(`Private endpoints need a Premium registry; '${registry.name}' is ${registry.sku}.`);
		return [registry, parsed] as const;
	});
	const limits = Object.entries(body.rateLimits === undefined ? {} : record(body.rateLimits, 'pull.rateLimits')).map(([host, v]) => {
		if (v === null) return {host: host.toLowerCase(), limit: undefined};
		const l = record(v, `pull.rateLimits.${host}`);
		const limit: RateLimit = {
			limit: count(l.limit, `pull.rateLimits.${host}.limit`),
			windowMs: count(l.windowMs ?? 6 * 3_600_000, `pull.rateLimits.${host}.windowMs`),
			pulls: [],
		};
		return {host: host.toLowerCase(), limit};
	});
	const detached = body.kubeletIdentityDetached === undefined ? undefined : strings(body.kubeletIdentityDetached, 'pull.kubeletIdentityDetached');
	const detachedClusters = (detached ?? []).map((name) => {
		const c = [...ctx.state.managedClusters.values()].find((m) => m.name.toLowerCase() === name.toLowerCase());
		if (!c) throw invalid(`There is no AKS cluster '${name}'.`);
		return c;
	});
	// Everything checked: apply.
	if (nextPropagation) world.propagation = nextPropagation;
	if (clientIp) world.clientIp = clientIp;
	for (const [id, network] of clusters) world.clusterNetworks.set(key(id), network);
	if (links) {
		const z = registryZone(ctx);
		z.links.clear();
		for (const link of links) z.links.add(key(link));
	}
	if (records) {
		const z = registryZone(ctx);
		z.records.clear();
		for (const [name, address] of records) z.records.set(name, address);
	}
	for (const [registry, list] of endpoints) registryNetworkOf(registry).privateEndpoints = list;
	for (const {host, limit} of limits) {
		if (limit) world.rateLimits.set(host, limit);
		else world.rateLimits.delete(host);
	}
	if (detached) for (const c of ctx.state.managedClusters.values()) c.kubeletIdentityAttached = !detachedClusters.includes(c);
}
