/**
 * The connected registry at run time: the program inside its pod (activation against the cloud registry,
 * sync, the log lines the real container writes), the connection state the cloud then reports, and which
 * instance serves pulls on the Service's clusterIP.
 */
import type {ContainerRun, ContainerStart} from '../contracts.js';
import type {SandboxContext} from '../context.js';
import {tokenById} from '../azure/tokens.js';
import {dataEndpointOf} from '../azure/registry-json.js';
import {key, type ConnectedRegistry, type Registry, type RegistryToken} from '../state.js';
import {chartNames} from './chart.js';

const imagePrefix = 'mcr.microsoft.com/acr/connected-registry:';

/** Exactly what the container logs when the cloud refuses its sync token password (Microsoft's troubleshooting article). */
export const incorrectPasswordLine =
	'Response: \'{"errors":[{"code":"UNAUTHORIZED","message":"Incorrect Password","detail":"Please visit https://aka.ms/acr#UNAUTHORIZED for more information."}]}\'';

/** Exactly what the container logs when another instance holds the activation. */
export const alreadyActivatedLine =
	'Response: \'{"errors":[{"code":"ALREADY_ACTIVATED","message":"Failed to activate the connected registry as it is already activated by another instance. Only one instance is supported at any time.","detail":"Please visit https://aka.ms/acr#ALREADY_ACTIVATED for more information."}]}\'';

/** How one instance of the program last found its world. */
type Outcome = 'online' | 'unauthorized' | 'already-activated' | 'not-found';

type Instance = {
	readonly id: string;
	readonly clusterId: string;
	readonly namespace: string;
	outcome: Outcome;
	/** ms since epoch when the outcome became `online` (the first sync starts then). */
	onlineSince?: number;
	/** Whether a read has seen the first sync still running (so `Syncing` is observable even at the fast pace). */
	syncSeen: boolean;
	lines: string[];
};

type Runtime = {readonly instances: Map<string, Instance>; readonly byCr: Map<string, string>};
const runtimes = new WeakMap<SandboxContext, Runtime>();

function runtimeOf(ctx: SandboxContext): Runtime {
	let runtime = runtimes.get(ctx);
	if (!runtime) {
		runtime = {instances: new Map(), byCr: new Map()};
		runtimes.set(ctx, runtime);
	}
	return runtime;
}

/** The fields of a connection string (`Name=value;…`). */
export function parseConnectionString(text: string): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const part of text.split(';')) {
		const eq = part.indexOf('=');
		if (eq > 0) fields[part.slice(0, eq)] = part.slice(eq + 1);
	}
	return fields;
}

/** The cloud registry and connected registry a connection string names (by name and parent gateway endpoint). */
export function connectedRegistryOf(ctx: SandboxContext, connectionString: string): {registry: Registry; cr: ConnectedRegistry} | undefined {
	const fields = parseConnectionString(connectionString);
	const name = (fields.ConnectedRegistryName ?? '').toLowerCase();
	for (const registry of ctx.state.registries.values()) {
		const cr = registry.connectedRegistries.get(name);
		if (cr && (fields.ParentGatewayEndpoint === undefined || fields.ParentGatewayEndpoint.toLowerCase() === dataEndpointOf(ctx, registry)))
			return {registry, cr};
	}
	return undefined;
}

function syncPasswordValid(ctx: SandboxContext, cr: ConnectedRegistry, fields: Record<string, string>): boolean {
	const sync = tokenById(ctx, cr.syncTokenId);
	const now = ctx.clock.now().toISOString();
	return (
		sync !== undefined &&
		sync.token.status === 'enabled' &&
		sync.token.name.toLowerCase() === (fields.SyncTokenName ?? '').toLowerCase() &&
		sync.token.passwords.some((pw) => pw.value === fields.SyncTokenPassword && (pw.expiry === undefined || pw.expiry > now))
	);
}

const stamp = (ctx: SandboxContext): string => ctx.clock.now().toISOString();

/** The program of the connected-registry container: activates, syncs, and logs as the real one does. */
export function runConnectedRegistry(ctx: SandboxContext, start: ContainerStart): ContainerRun | undefined {
	if (!start.image.startsWith(imagePrefix)) return undefined;
	const runtime = runtimeOf(ctx);
	const workloads = ctx.clusterWorkloads.get(key(start.clusterId));
	const claim = workloads?.find('persistentvolumeclaims', start.namespace, chartNames.claim);
	// The instance is the data volume: a pod restarted on the same claim is the same instance; a reinstall is a new one.
	const instanceId = `${key(start.clusterId)}/${start.namespace}/${String((claim?.metadata as {uid?: string} | undefined)?.uid ?? start.podName)}`;
	let instance = runtime.instances.get(instanceId);
	if (!instance) {
		instance = {id: instanceId, clusterId: start.clusterId, namespace: start.namespace, outcome: 'not-found', syncSeen: false, lines: []};
		runtime.instances.set(instanceId, instance);
		instance.lines.push(`${stamp(ctx)} INF Starting connected registry ${start.image.slice(imagePrefix.length)}`);
	}
	const connectionString = start.env.ACR_REGISTRY_CONNECTION_STRING ?? '';
	const fields = parseConnectionString(connectionString);
	const found = connectedRegistryOf(ctx, connectionString);
	let outcome: Outcome;
	if (!found) outcome = 'not-found';
	else if (!syncPasswordValid(ctx, found.cr, fields)) outcome = 'unauthorized';
	else if (found.cr.activation === 'Active' && found.cr.activeInstance !== undefined && found.cr.activeInstance !== instanceId) outcome = 'already-activated';
	else outcome = 'online';
	if (found) runtime.byCr.set(crKey(found.registry, found.cr), instanceId);
	if (outcome !== instance.outcome || instance.lines.length === 1) {
		const name = fields.ConnectedRegistryName ?? '';
		switch (outcome) {
			case 'not-found':
				instance.lines.push(
					`${stamp(ctx)} ERR Failed to activate the connected registry '${name}'.`,
					`Response: '{"errors":[{"code":"NAME_UNKNOWN","message":"connected registry '${name}' not found"}]}'`,
				);
				break;
			case 'unauthorized':
				instance.lines.push(
					`${stamp(ctx)} ERR Failed to authenticate sync token '${fields.SyncTokenName ?? ''}' with parent '${fields.ParentGatewayEndpoint ?? ''}'.`,
					incorrectPasswordLine,
				);
				break;
			case 'already-activated':
				instance.lines.push(`${stamp(ctx)} ERR Failed to activate the connected registry '${name}'.`, alreadyActivatedLine);
				break;
			case 'online':
				instance.lines.push(`${stamp(ctx)} INF Connected registry '${name}' activated; syncing with parent '${fields.ParentGatewayEndpoint ?? ''}'.`);
				break;
		}
	}
	const wasOnline = instance.outcome === 'online';
	instance.outcome = outcome;
	if (outcome === 'online' && found) {
		instance.onlineSince ??= ctx.clock.now().getTime();
		if (found.cr.activation !== 'Active' || found.cr.activeInstance !== instanceId) {
			found.cr.activation = 'Active';
			found.cr.activeInstance = instanceId;
			queueMicrotask(() => ctx.notifyAccessChange());
		}
	} else if (wasOnline) {
		queueMicrotask(() => ctx.notifyAccessChange());
	}
	// As on Azure, a refused sync token does not keep the pod from running and getting ready (the extension installs, Succeeded):
	// it stays Offline and says why in its log. Only a connection string naming no connected registry leaves it unready.
	return {ready: outcome !== 'not-found', logs: [...instance.lines]};
}

const crKey = (registry: Registry, cr: ConnectedRegistry): string => `${key(registry.id)}/${cr.name}`;

/** The instance that holds a connected registry's activation, when its pod is running in its cluster. */
function liveInstance(ctx: SandboxContext, registry: Registry, cr: ConnectedRegistry): Instance | undefined {
	if (cr.activation !== 'Active' || cr.activeInstance === undefined) return undefined;
	const instance = runtimeOf(ctx).instances.get(cr.activeInstance);
	if (!instance) return undefined;
	const workloads = ctx.clusterWorkloads.get(key(instance.clusterId));
	const running = workloads?.list('pods', instance.namespace).some((pod) => {
		const status = pod.status as {phase?: string} | undefined;
		return status?.phase === 'Running' && String((pod.metadata as {name?: string}).name ?? '').startsWith(`${chartNames.deployment}-`);
	});
	const claim = workloads?.find('persistentvolumeclaims', instance.namespace, chartNames.claim);
	const sameVolume = claim !== undefined && instance.id.endsWith(`/${String((claim.metadata as {uid?: string}).uid ?? '')}`);
	return running && sameVolume ? instance : undefined;
}

/** How long the first sync takes at the demo pace. */
const firstSyncMs = 4_000;

/** What the cloud reports about a connected registry: connection state, last sync, version, login server. */
export function connectedRegistryStatus(
	ctx: SandboxContext,
	registry: Registry,
	cr: ConnectedRegistry,
): {connectionState: 'Online' | 'Offline' | 'Syncing'; lastSyncTime?: string; lastActivityTime?: string; version: string} {
	const instance = liveInstance(ctx, registry, cr);
	if (!instance || instance.outcome !== 'online' || instance.onlineSince === undefined) {
		const synced = runtimeOf(ctx).instances.get(cr.activeInstance ?? '')?.onlineSince;
		return {
			connectionState: 'Offline',
			...(synced === undefined ? {} : {lastSyncTime: lastSync(cr, synced, synced)}),
			version: cr.activation === 'Active' ? '0.11.0' : '',
		};
	}
	const now = ctx.clock.now().getTime();
	const syncEnd = instance.onlineSince + (ctx.clock.pace === 'fast' ? 0 : firstSyncMs);
	if (now < syncEnd || !instance.syncSeen) {
		instance.syncSeen = true;
		return {connectionState: 'Syncing', lastActivityTime: new Date(now).toISOString(), version: '0.11.0'};
	}
	return {connectionState: 'Online', lastSyncTime: lastSync(cr, syncEnd, now), lastActivityTime: new Date(now).toISOString(), version: '0.11.0'};
}

/** The last scheduled sync at or before `now` (every N minutes for `* * * * *` and `*\/N * * * *`; else the first sync). */
function lastSync(cr: ConnectedRegistry, firstSync: number, now: number): string {
	const every = /^(\*|\*\/(\d+)) \* \* \* \*$/.exec(cr.schedule.trim());
	if (!every) return new Date(firstSync).toISOString();
	const period = Number(every[2] ?? '1') * 60_000;
	const tick = Math.floor(now / period) * period;
	return new Date(Math.max(firstSync, tick)).toISOString();
}

/** Whether the connected registry on a cluster's clusterIP serves (has synced with its parent) and what it knows. */
export function servingConnectedRegistry(
	ctx: SandboxContext,
	clusterId: string,
	ip: string,
):
	| {kind: 'no-service'}
	| {kind: 'not-ready'}
	| {kind: 'untrusted'}
	| {kind: 'unsynced'}
	| {kind: 'serving'; registry: Registry; syncToken?: RegistryToken; clientTokens: RegistryToken[]} {
	const workloads = ctx.clusterWorkloads.get(key(clusterId));
	const service = workloads?.list('services').find((s) => (s.spec as {clusterIP?: string} | undefined)?.clusterIP === ip);
	if (!workloads || !service) return {kind: 'no-service'};
	const namespace = String((service.metadata as {namespace?: string}).namespace ?? '');
	const extension = [...ctx.state.extensions.values()].find(
		(e) =>
			key(e.clusterId) === key(clusterId) &&
			e.extensionType.toLowerCase() === 'microsoft.containerregistry.connectedregistry' &&
			e.releaseNamespace === namespace,
	);
	if (!extension || String((service.metadata as {name?: string}).name ?? '') !== chartNames.service) return {kind: 'not-ready'};
	const ready = workloads.list('pods', namespace).some((pod) => {
		const statuses = (pod.status as {containerStatuses?: Array<{name?: string; ready?: boolean}>} | undefined)?.containerStatuses ?? [];
		return statuses.some((status) => status.name === chartNames.container && status.ready === true);
	});
	if (!ready) return {kind: 'not-ready'};
	if ((extension.configurationSettings['trustDistribution.enabled'] ?? 'true').toLowerCase() === 'false') return {kind: 'untrusted'};
	const found = connectedRegistryOf(ctx, extension.configurationProtectedSettings.connectionString ?? '');
	if (!found) return {kind: 'unsynced'};
	const instanceId = runtimeOf(ctx).byCr.get(crKey(found.registry, found.cr));
	const instance = instanceId === undefined ? undefined : runtimeOf(ctx).instances.get(instanceId);
	// Content and client tokens arrive with a sync; an instance that never synced (refused, or not the active one) knows none.
	if (!instance || instance.onlineSince === undefined || found.cr.activeInstance !== instance.id) return {kind: 'unsynced'};
	if (ctx.clock.pace !== 'fast' && ctx.clock.now().getTime() < instance.onlineSince + firstSyncMs) return {kind: 'unsynced'};
	const sync = tokenById(ctx, found.cr.syncTokenId)?.token;
	const clientTokens = found.cr.clientTokenIds.map((id) => tokenById(ctx, id)?.token).filter((t): t is RegistryToken => t !== undefined);
	return {kind: 'serving', registry: found.registry, ...(sync ? {syncToken: sync} : {}), clientTokens};
}
