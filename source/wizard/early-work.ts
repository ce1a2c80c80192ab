/**
 * Work a step starts early when every answer is known up front (--yes): the sample image import runs while the
 * flow goes on to the cluster, the grant and the credentials, which do not need it. Whatever needs it (the sample's
 * deployment) joins it first, and the run joins all of it before it ends or stops, so the record, the summary and
 * the stop report hold every action that ran, each journaled once, as it ended.
 */
import {memorySlot, type RunMemory} from './session.js';

/** The work started early in one run. */
export type EarlyWork = {
	/** Starts `work` under `key`, unless work under that key already started (it is then not started twice). */
	start(key: string, work: () => Promise<void>): void;
	/** Waits for all work started so far; rethrows the first failure not yet reported (each failed action is journaled already). */
	join(): Promise<void>;
	/** Waits for all work started so far, never throwing: the run is ending, the error it ends with is already chosen. */
	settle(): Promise<void>;
	/** Whether some work is still running. */
	running(): boolean;
};

type Entry = {readonly done: Promise<void>; failure?: {readonly error: unknown}; settled: boolean; reported: boolean};

/** A run's early work, none started. */
export function createEarlyWork(): EarlyWork {
	const entries = new Map<string, Entry>();
	const all = async () => {
		for (let size = -1; size !== entries.size;) {
			size = entries.size;
			await Promise.all([...entries.values()].map(async (entry) => entry.done));
		}
	};
	return {
		start(key, work) {
			if (entries.has(key)) return;
			const entry: Entry = {
				settled: false,
				reported: false,
				done: Promise.resolve()
					.then(work)
					.then(
						() => {
							entry.settled = true;
						},
						(error: unknown) => {
							entry.failure = {error};
							entry.settled = true;
						},
					),
			};
			entries.set(key, entry);
		},
		async join() {
			await all();
			for (const entry of entries.values()) {
				if (!entry.failure || entry.reported) continue;
				entry.reported = true;
				throw entry.failure.error;
			}
		},
		async settle() {
			await all();
		},
		running: () => [...entries.values()].some((entry) => !entry.settled),
	};
}

/** The run's early work, kept in its memory. */
export const earlyWorkSlot = memorySlot<EarlyWork>('early work', createEarlyWork);

/** The early work of the run whose memory this is. */
export const earlyWorkOf = (memory: RunMemory): EarlyWork => memory.get(earlyWorkSlot);
