/**
 * A request to stop the run, from Ctrl+C (in a terminal, also with --yes) or SIGINT (a piped
 * run): the running action finishes, then the run stops before the next action or question with
 * exit code 2 (cancelled). A second request stops at once, through the hook the entry installs.
 */
import {Cancelled} from './errors.js';

let requested = false;
let stopNow: (() => void) | undefined;
const listeners = new Set<() => void>();

/** Asks the run to stop; a second ask calls the immediate stop. Returns whether this was the first. */
export function requestStop(): boolean {
	if (requested) {
		stopNow?.();
		return false;
	}
	requested = true;
	for (const listener of listeners) listener();
	return true;
}

/** Whether a stop was asked for. */
export function stopRequested(): boolean {
	return requested;
}

/** Throws Cancelled when a stop was asked for: called between actions and before questions. */
export function stopIfRequested(): void {
	if (requested) throw new Cancelled();
}

/** Calls `listener` when a stop is asked for (at once if it already was); returns the removal. */
export function onStopRequest(listener: () => void): () => void {
	if (requested) listener();
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** A promise that rejects with Cancelled when a stop is asked for, to race a long wait with. */
export function untilStopRequested(): {promise: Promise<never>; cancel: () => void} {
	let remove: (() => void) | undefined;
	const promise = new Promise<never>((_resolve, reject) => {
		remove = onStopRequest(() => reject(new Cancelled()));
	});
	// Never left unhandled: the race that uses it handles the rejection.
	promise.catch(() => undefined);
	return {promise, cancel: () => remove?.()};
}

/** Installs what a second request does (the entry: clean up and exit with 2). */
export function setImmediateStop(hook: () => void): void {
	stopNow = hook;
}

/** Forgets a stop request (tests). */
export function resetStopRequest(): void {
	requested = false;
	stopNow = undefined;
	listeners.clear();
}
