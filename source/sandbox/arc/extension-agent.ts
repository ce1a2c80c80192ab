/**
 * The Arc extension manager of each connected cluster: it picks up an extension written in ARM and installs
 * its Helm chart in the cluster through the Kubernetes API (atomic, waiting for the release to be ready), and
 * reports back `provisioningState`, `errorInfo` and the operation status as Arc does. Only the connected
 * registry's chart has objects here; other extension types succeed without any.
 */
import {randomUUID} from 'node:crypto';
import type {ClusterWorkloads} from '../contracts.js';
import type {SandboxContext} from '../context.js';
import type {SandboxResponse} from '../http/router.js';
import {key, type Extension} from '../state.js';
import {chartNames, chartObjects, chartVersions, latestChartVersion, releaseSecret, type ChartValues, type ReleaseObject} from './chart.js';

export const connectedRegistryExtensionType = 'microsoft.containerregistry.connectedregistry';

type Phase = 'Creating' | 'Updating' | 'Succeeded' | 'Failed';
type Written = {readonly resource: string; readonly namespace?: string; readonly name: string};

type Install = {
	readonly extensionId: string;
	readonly opId: string;
	readonly action: 'Installing' | 'Upgrading';
	phase: Phase;
	readonly startedAt: number;
	endedAt?: number;
	error?: {readonly code: string; readonly message: string};
	released: boolean;
	written: Written[];
	blockedSince?: number;
	blockedPolls: number;
	readonly injected?: {readonly code: string; readonly message: string};
	stop?: () => void;
};

type Agent = {readonly installs: Map<string, Install>};
const agents = new WeakMap<SandboxContext, Agent>();

function agentOf(ctx: SandboxContext): Agent {
	let agent = agents.get(ctx);
	if (!agent) {
		agent = {installs: new Map()};
		agents.set(ctx, agent);
	}
	return agent;
}

/** Paced times: how soon the agent picks the extension up, and how long Helm waits for the release to be ready. */
const pickupMs = 1_500;
const helmTimeoutMs = 30_000;
const blockedPollsBeforeTimeout = 3;

const failedText = (action: Install['action'], inner: string): string =>
	`The extension operation failed with the following error:  Error: {${inner}} occurred while doing the operation : {${action} the extension} on the config.`;
const helmText = (release: string, error: string): string => `Helm from path [] for release [${release}] failed with the following error: err [${error}]`;
const atomicText = (release: string, detail: string): string => `release ${release} failed, and has been uninstalled due to atomic being set: ${detail}`;

/** The settings the chart is rendered from, with the defaults the extension type fills in. */
function valuesOf(e: Extension): ChartValues {
	const settings = e.configurationSettings;
	const flag = (name: string) => (settings[name] ?? 'true').toLowerCase() !== 'false';
	return {
		release: e.name,
		namespace: e.releaseNamespace,
		version: e.version,
		clusterIP: settings['service.clusterIP'] ?? '',
		storageClassName: settings['pvc.storageClassName'] ?? 'standard',
		storageRequest: settings['pvc.storageRequest'] ?? '250Gi',
		connectionString: e.configurationProtectedSettings.connectionString ?? '',
		certManagerInstall: flag('cert-manager.enabled') && flag('cert-manager.install'),
		trustDistribution: flag('trustDistribution.enabled'),
		logLevel: settings.logLevel ?? 'information',
	};
}

/** The configuration settings ARM shows for a connected-registry extension: the PVC defaults are filled in. */
export function defaultedSettings(extensionType: string, settings: Record<string, string>): Record<string, string> {
	if (extensionType.toLowerCase() !== connectedRegistryExtensionType) return settings;
	return {'pvc.storageClassName': 'standard', 'pvc.storageRequest': '250Gi', ...settings};
}

/** The version an extension PUT gets when it names none. */
export const defaultVersion = (extensionType: string): string =>
	extensionType.toLowerCase() === connectedRegistryExtensionType ? latestChartVersion : '0.1.0';

/** Starts installing (or upgrading) an extension; returns the operation id its `Azure-AsyncOperation` names. */
export function beginInstall(ctx: SandboxContext, extension: Extension, upgrade: boolean, injected?: {code: string; message: string}): string {
	const agent = agentOf(ctx);
	agent.installs.get(key(extension.id))?.stop?.();
	const install: Install = {
		extensionId: extension.id,
		opId: randomUUID(),
		action: upgrade ? 'Upgrading' : 'Installing',
		phase: upgrade ? 'Updating' : 'Creating',
		startedAt: ctx.clock.now().getTime(),
		released: false,
		written: agent.installs.get(key(extension.id))?.written ?? [],
		blockedPolls: 0,
		...(injected ? {injected} : {}),
	};
	agent.installs.set(key(extension.id), install);
	const workloads = ctx.clusterWorkloads.get(key(extension.clusterId));
	if (workloads) install.stop = workloads.onChange(() => queueMicrotask(() => reconcileSafely(ctx, extension.id)));
	void ctx.clock.delay(pickupMs).then(() => reconcileSafely(ctx, extension.id));
	return install.opId;
}

/** A reconcile the agent starts by itself: a failure there is the agent's, never an unhandled rejection. */
function reconcileSafely(ctx: SandboxContext, extensionId: string): void {
	try {
		reconcile(ctx, extensionId, false);
	} catch {
		// The next read or cluster change reconciles again.
	}
}

/** The provisioning state and error an extension shows. */
export function installState(ctx: SandboxContext, extensionId: string): {provisioningState: string; errorInfo?: {code: string; message: string}} {
	const install = agentOf(ctx).installs.get(key(extensionId));
	if (!install) return {provisioningState: 'Succeeded'};
	return {provisioningState: install.phase, ...(install.error ? {errorInfo: install.error} : {})};
}

/** Counts a read of the extension as the agent reporting in. */
export function touchInstall(ctx: SandboxContext, extensionId: string): void {
	reconcile(ctx, extensionId, true);
}

/** The `Azure-AsyncOperation` status of an install: InProgress until the release is ready, then Succeeded or Failed. */
export function installOperationStatus(ctx: SandboxContext, extensionId: string, path: string, opId: string): SandboxResponse | undefined {
	const install = agentOf(ctx).installs.get(key(extensionId));
	if (install?.opId !== opId) return undefined;
	reconcile(ctx, extensionId, true);
	const done = install.phase === 'Succeeded' || install.phase === 'Failed';
	return {
		status: 200,
		body: {
			id: path,
			name: opId,
			status: done ? install.phase : 'InProgress',
			startTime: new Date(install.startedAt).toISOString(),
			...(install.endedAt === undefined ? {} : {endTime: new Date(install.endedAt).toISOString()}),
			properties: {},
			error: install.error ?? null,
		},
		headers: done ? {} : {'Retry-After': String(ctx.clock.retryAfterSeconds)},
	};
}

/** Uninstalls the extension's release (its objects, and the namespaces it created) and forgets the install. */
export function uninstall(ctx: SandboxContext, extension: Extension): void {
	const install = agentOf(ctx).installs.get(key(extension.id));
	install?.stop?.();
	const workloads = ctx.clusterWorkloads.get(key(extension.clusterId));
	if (workloads && install) removeWritten(workloads, install);
	agentOf(ctx).installs.delete(key(extension.id));
}

function removeWritten(workloads: ClusterWorkloads, install: Install): void {
	for (const item of [...install.written].reverse()) workloads.remove(item.resource, item.namespace, item.name);
	install.written = [];
}

function finish(ctx: SandboxContext, install: Install, phase: 'Succeeded' | 'Failed', message?: string): void {
	install.phase = phase;
	install.endedAt = ctx.clock.now().getTime();
	if (message !== undefined) install.error = {code: 'ExtensionOperationFailed', message};
	install.stop?.();
	delete install.stop;
	ctx.notifyAccessChange();
}

function reconcile(ctx: SandboxContext, extensionId: string, isPoll: boolean): void {
	const install = agentOf(ctx).installs.get(key(extensionId));
	const extension = ctx.state.extensions.get(key(extensionId));
	if (!install || !extension || (install.phase !== 'Creating' && install.phase !== 'Updating')) return;
	const now = ctx.clock.now().getTime();
	if (ctx.clock.pace !== 'fast' && now < install.startedAt + pickupMs) return;
	if (install.injected) {
		finish(ctx, install, 'Failed', install.injected.message);
		return;
	}
	if (extension.extensionType.toLowerCase() !== connectedRegistryExtensionType) {
		finish(ctx, install, 'Succeeded');
		return;
	}
	const workloads = ctx.clusterWorkloads.get(key(extension.clusterId));
	if (!workloads) {
		finish(ctx, install, 'Failed', failedText(install.action, 'the cluster agent did not report: the cluster is not reachable'));
		return;
	}
	const values = valuesOf(extension);
	if (!install.released) {
		release(ctx, workloads, install, values);
		return;
	}
	const blocked = blocker(workloads, values);
	if (blocked === undefined) {
		if (ready(workloads, values)) {
			workloads.remove('secrets', values.namespace, chartNames.releaseSecret(values.release));
			workloads.create(releaseSecret(values, 'deployed').resource, releaseSecret(values, 'deployed').object);
			finish(ctx, install, 'Succeeded');
		}
		return;
	}
	install.blockedSince ??= now;
	if (isPoll) install.blockedPolls += 1;
	const waited = ctx.clock.pace === 'fast' ? install.blockedPolls >= blockedPollsBeforeTimeout : now - install.blockedSince >= helmTimeoutMs;
	if (waited) {
		removeWritten(workloads, install);
		finish(ctx, install, 'Failed', failedText(install.action, helmText(values.release, atomicText(values.release, 'timed out waiting for the condition'))));
	}
}

/** Writes the release into the cluster, Helm-style: any failure uninstalls what was written and fails the extension. */
function release(ctx: SandboxContext, workloads: ClusterWorkloads, install: Install, values: ChartValues): void {
	if (!(chartVersions as readonly string[]).includes(values.version)) {
		finish(ctx, install, 'Failed', failedText(install.action, 'failed in download the Chart path not found'));
		return;
	}
	const existing = workloads.find('secrets', values.namespace, chartNames.releaseSecret(values.release));
	const ours = install.written.some((item) => item.resource === 'secrets' && item.name === chartNames.releaseSecret(values.release));
	if (existing && !ours) {
		finish(ctx, install, 'Failed', failedText(install.action, helmText(values.release, 'cannot re-use a name that is still in use')));
		return;
	}
	// An upgrade replaces the release's objects, keeping the namespace and the data volume.
	const keep = (item: Written) => item.resource === 'namespaces' || item.resource === 'persistentvolumeclaims';
	for (const item of [...install.written].reverse().filter((w) => !keep(w))) workloads.remove(item.resource, item.namespace, item.name);
	install.written = install.written.filter(keep);
	const objects: ReleaseObject[] = [];
	if (!workloads.find('namespaces', undefined, values.namespace)) {
		objects.push({
			resource: 'namespaces',
			object: {apiVersion: 'v1', kind: 'Namespace', metadata: {name: values.namespace, labels: {'kubernetes.io/metadata.name': values.namespace}}},
		});
	}
	objects.push(releaseSecret(values, 'pending-install'), ...chartObjects(values));
	for (const item of objects) {
		const metadata = item.object.metadata as {name: string; namespace?: string};
		if (workloads.find(item.resource, metadata.namespace, metadata.name)) {
			if (item.resource === 'namespaces' || item.resource === 'persistentvolumeclaims') continue;
		}
		try {
			workloads.create(item.resource, item.object);
			install.written.push({resource: item.resource, ...(metadata.namespace === undefined ? {} : {namespace: metadata.namespace}), name: metadata.name});
		} catch (error: unknown) {
			removeWritten(workloads, install);
			const message = error instanceof Error ? error.message : String(error);
			finish(ctx, install, 'Failed', failedText(install.action, helmText(values.release, atomicText(values.release, `failed to create resource: ${message}`))));
			return;
		}
	}
	install.released = true;
	ctx.notifyAccessChange();
}

/** What keeps the release from ever becoming ready, if anything does: a claim with no storage class, a pod that never gets ready. */
function blocker(workloads: ClusterWorkloads, values: ChartValues): string | undefined {
	const claim = workloads.find('persistentvolumeclaims', values.namespace, chartNames.claim);
	const phase = (claim?.status as {phase?: string} | undefined)?.phase;
	if (phase !== 'Bound') {
		const className = (claim?.spec as {storageClassName?: string} | undefined)?.storageClassName;
		return className !== undefined && !workloads.find('storageclasses', undefined, className) ? 'storage class missing' : undefined;
	}
	const pods = workloads
		.list('pods', values.namespace)
		.filter((pod) => String((pod.metadata as {name?: string}).name ?? '').startsWith(`${chartNames.deployment}-`));
	const refused = pods.some((pod) => {
		const statuses = (pod.status as {containerStatuses?: Array<{name?: string; ready?: boolean; started?: boolean}>} | undefined)?.containerStatuses ?? [];
		return statuses.some((status) => status.name === chartNames.container && status.started === true && status.ready === false);
	});
	return refused ? 'readiness probe failing' : undefined;
}

function ready(workloads: ClusterWorkloads, values: ChartValues): boolean {
	const deployments = [[values.namespace, chartNames.deployment]];
	if (values.certManagerInstall)
		deployments.push(...['cert-manager', 'cert-manager-cainjector', 'cert-manager-webhook'].map((name) => [chartNames.certManagerNamespace, name]));
	return deployments.every(([namespace, name]) => {
		const deployment = workloads.find('deployments', namespace, name ?? '');
		return Number((deployment?.status as {availableReplicas?: number} | undefined)?.availableReplicas ?? 0) >= 1;
	});
}
