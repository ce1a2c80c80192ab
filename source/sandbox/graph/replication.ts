/**
 * Directory replication: a new application or service principal is not visible everywhere at once.
 * Right after its creation, Graph reads do not find it (the service principal create answers "does
 * not reference a valid application object", lookups 404), and ARM refuses a role assignment for it
 * with PrincipalNotFound unless the request sets `principalType` (ARM then skips its directory
 * lookup, as Azure does). An object becomes visible after `misses` reads have missed it, or once
 * `ms` have passed since its creation (whichever comes first), so tests at the fast pace need no waits.
 */
import type {SandboxState} from '../state.js';

/** How long new directory objects stay invisible. */
export type ReplicationLag = {readonly misses: number; readonly ms?: number};

type Pending = {missesLeft: number; readonly visibleAt: number};

const lags = new WeakMap<SandboxState, ReplicationLag>();
const pendingByState = new WeakMap<SandboxState, Map<string, Pending>>();

/** Turns the lag on for a sandbox's directory (off unless called). */
export function configureReplication(state: SandboxState, lag: ReplicationLag): void {
	lags.set(state, lag);
	pendingByState.set(state, new Map());
}

/** Marks an object created just now: it starts invisible when a lag is configured. */
export function replicating(state: SandboxState, objectId: string, now: Date): void {
	const lag = lags.get(state);
	if (!lag || lag.misses <= 0) return;
	pendingByState.get(state)?.set(objectId.toLowerCase(), {missesLeft: lag.misses, visibleAt: now.getTime() + (lag.ms ?? Number.POSITIVE_INFINITY)});
}

/** Whether a read now finds the object; a read that misses it counts towards its replication. */
export function visible(state: SandboxState, objectId: string, now: Date): boolean {
	const pending = pendingByState.get(state);
	const entry = pending?.get(objectId.toLowerCase());
	if (!pending || !entry) return true;
	if (entry.missesLeft <= 0 || now.getTime() >= entry.visibleAt) {
		pending.delete(objectId.toLowerCase());
		return true;
	}
	entry.missesLeft -= 1;
	return false;
}

/** Whether the object is still replicating, without counting a read (ARM's check when `principalType` is given). */
export function stillReplicating(state: SandboxState, objectId: string): boolean {
	return pendingByState.get(state)?.has(objectId.toLowerCase()) === true;
}
