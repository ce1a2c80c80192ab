/**
 * How long each paced operation of the sandbox took: every long-running ARM operation (a registry created, an
 * image imported) and every pod's start (created until all its containers run). Each entry keeps the time it
 * really took and the latency the demo pace models for it, so a benchmark can compute the API's own critical
 * path for a sequence of calls (the longest chain of operations that depend on each other) and compare a
 * client's wall time with it. Served as `GET /_sandbox/timings`.
 */

/** One finished operation. */
export type OperationTiming = {
	/** The ARM operation name, as the activity log names it (`Microsoft.ContainerRegistry/registries/write`), or `pods/start`. */
	readonly operation: string;
	/** The ARM id of the resource, or `<cluster>/<namespace>/<pod>` for a pod. */
	readonly resource: string;
	readonly startedAt: string;
	readonly endedAt: string;
	/** Milliseconds from start to end, as it ran (at the fast pace mostly the client's polling). */
	readonly ms: number;
	/** The latency the demo pace models for it (what Azure or the kubelet would take): the physical floor. */
	readonly modelMs: number;
	readonly status: 'Succeeded' | 'Failed';
};

/** The log: a bounded list, the oldest entries dropped first. */
export class TimingLog {
	private readonly entries: OperationTiming[] = [];

	constructor(private readonly limit = 5000) {}

	/** Adds a finished operation. */
	record(entry: Omit<OperationTiming, 'ms'>): void {
		const ms = new Date(entry.endedAt).getTime() - new Date(entry.startedAt).getTime();
		this.entries.push({...entry, ms});
		if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
	}

	/** The entries that ended at or after `since` (all when absent), in the order they ended. */
	list(since?: Date): readonly OperationTiming[] {
		return since ? this.entries.filter((entry) => new Date(entry.endedAt).getTime() >= since.getTime()) : [...this.entries];
	}
}

/** The ARM operation name of a write or delete on a resource: its provider and type path, then the verb. */
export function operationName(resourceId: string, verb: 'write' | 'delete' | 'action', action?: string): string {
	const segments = resourceId.split('/').filter((segment) => segment !== '');
	const provider = segments.lastIndexOf('providers');
	if (provider < 0 || provider + 1 >= segments.length) return `${verb}`;
	const types = [segments[provider + 1] ?? ''];
	for (let index = provider + 2; index < segments.length; index += 2) types.push(segments[index] ?? '');
	return verb === 'action' ? `${types.join('/')}/${action ?? 'action'}/action` : `${types.join('/')}/${verb}`;
}
