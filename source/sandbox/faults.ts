/** The kinds of trouble the sandbox can be told to cause. */
export type FaultKind = 'latency' | 'throttle' | 'server-error' | 'drop-connection' | 'lro-failed';

/** One injected fault: which requests it hits, what it does, and how many times. */
export type FaultSpec = {
	/** HTTP method to match (any when absent). */
	readonly method?: string;
	/** Tested against the request path (without the query); any path when absent. */
	readonly path?: RegExp;
	readonly kind: FaultKind;
	/** How many matching requests it hits; 1 when absent, `Infinity` for all. */
	readonly times?: number;
	/** For `latency`: how long to hold the answer. */
	readonly latencyMs?: number;
	/** For `throttle`: the `Retry-After` seconds (0 when absent). */
	readonly retryAfterSeconds?: number;
	/** For `lro-failed` and `server-error`: the error code and message. */
	readonly code?: string;
	readonly message?: string;
};

/** The fault switchboard a test or benchmark holds. */
export type SandboxFaults = {
	/** Adds a fault; returns a function that removes it. */
	inject(spec: FaultSpec): () => void;
	/** Removes all faults. */
	clear(): void;
	/** How many requests each fault has hit so far, in injection order. */
	hits(): readonly number[];
	/** Takes the fault a request meets, if any (used by the server). */
	take(method: string, path: string): FaultSpec | undefined;
};

type Armed = {spec: FaultSpec; left: number; hits: number};

/** Makes an empty fault switchboard. */
export function createFaults(): SandboxFaults {
	let armed: Armed[] = [];
	return {
		inject(spec) {
			const entry: Armed = {spec, left: spec.times ?? 1, hits: 0};
			armed.push(entry);
			return () => {
				armed = armed.filter((a) => a !== entry);
			};
		},
		clear() {
			armed = [];
		},
		hits() {
			return armed.map((a) => a.hits);
		},
		take(method, path) {
			const entry = armed.find(
				(a) =>
					a.left > 0 &&
					(a.spec.method === undefined || a.spec.method.toUpperCase() === method.toUpperCase()) &&
					(a.spec.path === undefined || a.spec.path.test(path)),
			);
			if (!entry) {
				return undefined;
			}
			entry.left -= 1;
			entry.hits += 1;
			return entry.spec;
		},
	};
}
