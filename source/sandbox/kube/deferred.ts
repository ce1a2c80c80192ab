import type {SandboxClock} from '../contracts.js';

/** A promise with its resolver, like ES2024 `Promise.withResolvers` (the project targets ES2023). */
export type Deferred = {promise: Promise<void>; resolve: () => void};

/** Creates a deferred void promise. */
export function deferred(): Deferred {
	let resolve: () => void = () => undefined;
	const promise = new Promise<void>((done) => {
		resolve = done;
	});
	return {promise, resolve};
}

const sliceMs = 1_000;

/**
 * Waits `ms` at the clock's pace, in one-second slices, ending early when `interrupt` settles;
 * slicing keeps a closed server from holding the process open for a whole back-off.
 */
export async function pacedWait(clock: SandboxClock, ms: number, interrupt: Promise<void>): Promise<void> {
	let interrupted = false;
	void interrupt.then(() => {
		interrupted = true;
	});
	for (let left = ms; left > 0 && !interrupted; left -= sliceMs) {
		await Promise.race([clock.delay(Math.min(sliceMs, left)), interrupt]);
	}
}
