/**
 * List-then-watch of one namespaced resource with client-node's `Watch`, kept as a map by name:
 * a dropped or timed-out watch resumes from the last resourceVersion, a 410 Expired relists.
 * No polling: the only requests are the list, the watch, and the reconnects after a drop.
 */
import type {Watch} from '@kubernetes/client-node';
import {isAbort, toKubeError} from './client-node-errors.js';
import type {KubeError} from './kubernetes.js';

/** What a list returns: the objects and the resourceVersion to watch from. */
export type Listing<T> = {readonly items: readonly T[]; readonly resourceVersion: string};

type Named = {readonly metadata?: {readonly name?: string; readonly resourceVersion?: string}};

/** The one method of client-node's `Watch` the reflector uses. */
export type WatchLike = Pick<Watch, 'watch'>;

/** How to list and watch one resource, and whom to tell. */
export type ReflectorOptions<T extends Named> = {
	readonly watch: WatchLike;
	/** The collection path, e.g. `/api/v1/namespaces/default/pods`. */
	readonly path: string;
	/** The selectors, the same for the list and the watch. */
	readonly query: Readonly<Record<string, string>>;
	readonly list: () => Promise<Listing<T>>;
	readonly server: string;
	/** Called after every change of the map. */
	readonly onChange: () => void;
	/** Called once when the watch cannot go on (the reflector has stopped). */
	readonly onFatal: (error: KubeError) => void;
};

/** Consecutive failed reconnects before the watch gives up and reports. */
const maxFailures = 5;

/** Like client-go's reflector: ask the server to end each watch after 5 to 10 minutes, so a stale connection is renewed. */
const watchTimeoutSeconds = () => 300 + Math.floor(Math.random() * 300);

/** Keeps `items` in step with the server until `stop()`. */
export class Reflector<T extends Named> {
	/** The objects by name, in the order they last changed. */
	readonly items = new Map<string, T>();
	private resourceVersion = '';
	private controller: AbortController | undefined;
	private retryTimer: NodeJS.Timeout | undefined;
	private failures = 0;
	private expired = false;
	private stopped = false;

	constructor(private readonly options: ReflectorOptions<T>) {}

	/** Lists (failing with a KubeError), then watches in the background. */
	async start(): Promise<void> {
		await this.relist();
		this.watchFrom();
	}

	/** Aborts the watch and any pending reconnect. */
	stop(): void {
		this.stopped = true;
		clearTimeout(this.retryTimer);
		this.controller?.abort();
	}

	private async relist(): Promise<void> {
		let listing: Listing<T>;
		try {
			listing = await this.options.list();
		} catch (error) {
			throw toKubeError(error, this.options.server);
		}
		this.items.clear();
		for (const item of listing.items) this.items.set(item.metadata?.name ?? '', item);
		this.resourceVersion = listing.resourceVersion;
		this.expired = false;
		this.options.onChange();
	}

	private watchFrom(): void {
		if (this.stopped) return;
		const query = {...this.options.query, resourceVersion: this.resourceVersion, allowWatchBookmarks: true, timeoutSeconds: watchTimeoutSeconds()};
		this.options.watch
			.watch(
				this.options.path,
				query,
				(type: string, object: unknown) => this.receive(type, object),
				(error: unknown) => this.ended(error),
			)
			.then((controller) => {
				this.controller = controller;
				if (this.stopped) controller.abort();
			})
			.catch((error: unknown) => this.ended(error));
	}

	private receive(type: string, object: unknown): void {
		if (this.stopped || typeof object !== 'object' || object === null) return;
		if (type === 'ERROR') {
			// A Status in the stream: 410 means our resourceVersion is too old; the stream then ends.
			this.expired = (object as {code?: unknown}).code === 410;
			return;
		}
		const item = object as T;
		this.failures = 0;
		if (item.metadata?.resourceVersion) this.resourceVersion = item.metadata.resourceVersion;
		if (type === 'BOOKMARK') return;
		const name = item.metadata?.name ?? '';
		this.items.delete(name);
		if (type !== 'DELETED') this.items.set(name, item);
		this.options.onChange();
	}

	private ended(error: unknown): void {
		if (this.stopped) return;
		const statusCode = (error as {statusCode?: unknown} | null)?.statusCode;
		if (statusCode === 410) this.expired = true;
		// A clean end or the client's inactivity timeout is a normal drop; anything else counts as a failure.
		const failed = error !== null && error !== undefined && !isAbort(error) && statusCode !== 410;
		if (failed) this.failures++;
		if (this.failures >= maxFailures || (typeof statusCode === 'number' && statusCode !== 410 && statusCode < 500)) {
			this.fail(toKubeError(error, this.options.server));
			return;
		}
		const delay = failed ? Math.min(100 * 2 ** this.failures, 3000) : 0;
		this.retryTimer = setTimeout(() => void this.resume(), delay);
	}

	private async resume(): Promise<void> {
		if (this.stopped) return;
		if (this.expired) {
			try {
				await this.relist();
			} catch (error) {
				this.ended(error);
				return;
			}
		}
		this.watchFrom();
	}

	private fail(error: KubeError): void {
		this.stop();
		this.options.onFatal(error);
	}
}
