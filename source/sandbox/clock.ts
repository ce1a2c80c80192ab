import {setTimeout as sleep} from 'node:timers/promises';
import type {SandboxClock} from './contracts.js';
import {TimingLog} from './timings.js';

/** How fast the sandbox lets time pass: `fast` for tests, `demo` for a person watching. */
export type SandboxPace = 'fast' | 'demo';

/** The sandbox clock plus what the ARM layer needs to pace long-running operations. */
export type PacedClock = SandboxClock & {
	readonly pace: SandboxPace;
	/** Seconds to put in `Retry-After` on a running long-running operation. */
	readonly retryAfterSeconds: number;
	/** How many polls a long-running operation stays in progress before it ends. */
	readonly lroPolls: number;
	/** How long each paced operation took (`GET /_sandbox/timings`). */
	readonly timings: TimingLog;
};

/** Makes the clock for a pace; `fast` never waits, `demo` waits as asked. */
export function createClock(pace: SandboxPace, now: () => Date = () => new Date()): PacedClock {
	return {
		pace,
		now,
		retryAfterSeconds: pace === 'fast' ? 0 : 1,
		lroPolls: pace === 'fast' ? 1 : 2,
		timings: new TimingLog(),
		async delay(ms: number): Promise<void> {
			if (pace === 'fast' || ms <= 0) {
				return;
			}
			await sleep(ms);
		},
	};
}
