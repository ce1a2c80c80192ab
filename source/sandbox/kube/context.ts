import type {EmulatedClusterSpec, SandboxClock} from '../contracts.js';
import type {ApiServerAccess} from './access.js';
import type {ObjectStore} from './store.js';

/** What every request handler shares: the store, the cluster description and the clock. */
export type ServerContext = {
	readonly store: ObjectStore;
	readonly spec: EmulatedClusterSpec;
	readonly clock: SandboxClock;
	/** Resolves when the server closes; long-running work stops then. */
	readonly closed: Promise<void>;
	readonly isClosed: () => boolean;
	/** What each container has written, by `namespace/pod/container` (`kubectl logs`). */
	readonly logs: Map<string, readonly string[]>;
	/** Who may call and whether the server answers; absent: its own token, everything allowed. */
	readonly access?: ApiServerAccess;
};

/** The key of a container's log lines. */
export const logKey = (namespace: string, pod: string, container: string): string => `${namespace}/${pod}/${container}`;
