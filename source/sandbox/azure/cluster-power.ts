import {resourceNotFound} from '../http/errors.js';
import type {Router, SandboxRequest, SandboxResponse} from '../http/router.js';
import {apiVersionOf, requireResourceGroup, type SandboxContext} from '../context.js';
import {apiServerOf, readApiServer} from '../control/types.js';
import {key, type ManagedCluster} from '../state.js';

const aksType = 'Microsoft.ContainerService/managedClusters';
const aksBase = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerService/managedClusters';

function findAks(ctx: SandboxContext, p: Readonly<Record<string, string>>): ManagedCluster {
	const rg = requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
	const c = ctx.state.managedClusters.get(key(`/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}/providers/${aksType}/${p.cluster ?? ''}`));
	if (!c) {
		throw resourceNotFound(aksType, p.cluster ?? '', p.rg ?? '');
	}
	return c;
}

/** The properties a managed cluster's JSON takes from its API server's state: power and private endpoint. */
export function clusterControlProperties(ctx: SandboxContext, c: ManagedCluster, fqdn: string): Record<string, unknown> {
	const server = readApiServer(ctx.state.control, c.name);
	const privateFqdn = fqdn.replace('.hcp.', '.privatelink.');
	return {
		powerState: {code: server.power},
		...(server.privateCluster
			? {privateFQDN: privateFqdn, apiServerAccessProfile: {enablePrivateCluster: true, privateDNSZone: 'system', enablePrivateClusterPublicFQDN: false}}
			: {}),
	};
}

/** `az aks get-credentials` fetches a credential the API server accepts again: the fix for a revoked token. */
export function renewCredential(ctx: SandboxContext, c: ManagedCluster): void {
	const server = ctx.state.control.apiServers.get(c.name.toLowerCase());
	if (server) server.tokensRevoked = false;
}

function setPower(ctx: SandboxContext, r: SandboxRequest, c: ManagedCluster, power: 'Running' | 'Stopped'): SandboxResponse {
	apiServerOf(ctx.state.control, c.name).power = power;
	// The API server goes away (or comes back) as the operation begins; kubelets and API servers follow at once.
	ctx.notifyAccessChange();
	const op = ctx.ops.start(r.baseUrl, c.id, () => ({status: 204}), {
		apiVersion: apiVersionOf(r),
		durationMs: 3000,
		runningState: power === 'Stopped' ? 'Stopping' : 'Starting',
		...(r.lroFailure ? {failure: r.lroFailure} : {}),
	});
	return {status: 202, headers: {'Azure-AsyncOperation': op.asyncOperation, Location: op.location, 'Retry-After': String(ctx.clock.retryAfterSeconds)}};
}

/** `az aks rotate-certs`: the API server presents certificates from a new CA; kubeconfigs fetched before no longer trust it. */
function rotateCertificates(ctx: SandboxContext, r: SandboxRequest, c: ManagedCluster): SandboxResponse {
	apiServerOf(ctx.state.control, c.name).certificateAuthority = 'rotated';
	ctx.notifyAccessChange();
	const op = ctx.ops.start(r.baseUrl, c.id, () => ({status: 204}), {
		apiVersion: apiVersionOf(r),
		durationMs: 3000,
		runningState: 'Updating',
		...(r.lroFailure ? {failure: r.lroFailure} : {}),
	});
	return {status: 202, headers: {'Azure-AsyncOperation': op.asyncOperation, Location: op.location, 'Retry-After': String(ctx.clock.retryAfterSeconds)}};
}

/** Serves `az aks stop`, `az aks start` and `az aks rotate-certs` (ManagedClusters_Stop / _Start / _RotateClusterCertificates). */
export function addClusterPowerRoutes(router: Router, ctx: SandboxContext): void {
	router
		.add('POST', `${aksBase}/:cluster/rotateClusterCertificates`, (r, p) => rotateCertificates(ctx, r, findAks(ctx, p)))
		.add('POST', `${aksBase}/:cluster/stop`, (r, p) => setPower(ctx, r, findAks(ctx, p), 'Stopped'))
		.add('POST', `${aksBase}/:cluster/start`, (r, p) => setPower(ctx, r, findAks(ctx, p), 'Running'));
}
