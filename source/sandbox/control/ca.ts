import type {SandboxContext} from '../context.js';

/** The CA a fresh kubeconfig for a cluster carries: the rotated one once `az aks rotate-certs` (or a scenario) rotated it. */
export function clusterCaPem(ctx: SandboxContext, clusterName: string): string {
	const rotated = ctx.state.control.apiServers.get(clusterName.toLowerCase())?.certificateAuthority === 'rotated';
	return rotated && ctx.state.control.rotatedTls ? ctx.state.control.rotatedTls.caPem : ctx.caPem;
}
