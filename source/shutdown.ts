/**
 * The one way the process ends early. A signal (SIGINT, SIGTERM, SIGHUP) or a closed output pipe
 * runs every registered cleanup (stop the sandbox, remove its kubeconfig), bounded in time, and
 * then exits with the signal's code. It is installed before anything else is loaded, so a signal
 * during start-up is handled too. Two copies of signal-exit (v3 in Ink, v4 in execa) also listen;
 * with this listener present neither of them re-raises the signal, so this is the only exit.
 */

type Cleanup = () => Promise<void> | void;

/** A signal's owner: a run that stops gracefully on it returns true and exits by itself. */
export type SignalOwner = (signal: NodeJS.Signals) => boolean;

const cleanups = new Set<Cleanup>();
let owner: SignalOwner | undefined;
let exiting: Promise<void> | undefined;
let stoppingWith: number | undefined;

/** The conventional exit codes: 128 + the signal's number (Ctrl+C's SIGINT is a cancel: 2). */
export const signalExitCodes: Readonly<Record<string, number>> = {SIGINT: 2, SIGTERM: 143, SIGHUP: 129};

/** The longest the cleanups may take before the process exits all the same. */
const cleanupBoundMs = 5000;

/** Registers work that must run on an early exit; returns a function that removes it. */
export function addCleanup(cleanup: Cleanup): () => void {
	cleanups.add(cleanup);
	return () => cleanups.delete(cleanup);
}

/** Lets a run handle signals itself (the sandbox command, a run that stops after its action); returns the release. */
export function ownSignals(handler: SignalOwner): () => void {
	owner = handler;
	return () => {
		if (owner === handler) owner = undefined;
	};
}

/** Runs the cleanups once (at most `cleanupBoundMs`), then exits with `code`. A second call waits for the first. */
export async function exitAfterCleanup(code: number): Promise<void> {
	stoppingWith ??= code;
	exiting ??= (async () => {
		const all = Promise.allSettled([...cleanups].map(async (cleanup) => cleanup()));
		let timer: NodeJS.Timeout | undefined;
		const bound = new Promise<void>((resolve) => {
			timer = setTimeout(resolve, cleanupBoundMs);
			timer.unref();
		});
		await Promise.race([all, bound]);
		clearTimeout(timer);
		process.exit(code);
	})();
	return exiting;
}

/**
 * The exit code to end with: a stop already under way (a signal) keeps its own code, since the
 * run it interrupted may finish first with a failure the stop itself caused.
 */
export function finalExitCode(code: number): number {
	return stoppingWith ?? code;
}

/** Installs the signal handlers: the owner's, if any and it takes the signal, else cleanup and exit. */
export function installSignalExits(): void {
	for (const signal of Object.keys(signalExitCodes) as NodeJS.Signals[]) {
		process.on(signal, () => {
			if (owner?.(signal)) return;
			void exitAfterCleanup(signalExitCodes[signal] ?? 1);
		});
	}
}
