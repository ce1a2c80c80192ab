import type {IncomingHttpHeaders} from 'node:http';

/** What a sandbox handler sees of one request. */
export type SandboxRequest = {
	readonly method: string;
	readonly url: URL;
	/** Decoded path without a trailing slash. */
	readonly path: string;
	readonly query: URLSearchParams;
	readonly headers: IncomingHttpHeaders;
	readonly body: unknown;
	/** `https://127.0.0.1:port` of this server, to build absolute URLs. */
	readonly baseUrl: string;
	/** The caller, from the verified bearer token. */
	readonly caller: Caller;
	/** Set when a fault asked that the long-running operation started by this request end Failed. */
	readonly lroFailure?: {readonly code: string; readonly message: string};
};

/** The signed-in principal behind a request. */
export type Caller = {readonly objectId: string; readonly tenantId: string; readonly displayName: string};

/** What a handler answers. */
export type SandboxResponse = {readonly status: number; readonly body?: unknown; readonly headers?: Readonly<Record<string, string>>};

/** A route handler; `params` holds the `:name` and `*name` segments of its pattern. */
export type Handler = (request: SandboxRequest, params: Readonly<Record<string, string>>) => SandboxResponse | Promise<SandboxResponse>;

type Route = {readonly method: string; readonly regex: RegExp; readonly names: readonly string[]; readonly handler: Handler};

/** A small case-insensitive path router: `:name` matches one segment, `*name` one or more. */
export class Router {
	private readonly routes: Route[] = [];

	/** Adds a route; patterns look like `/subscriptions/:sub/resourceGroups/:rg`. */
	add(method: string, pattern: string, handler: Handler): this {
		const names: string[] = [];
		const source = pattern
			.split('/')
			.map((segment) => {
				if (segment.startsWith(':')) {
					names.push(segment.slice(1));
					return '([^/]+)';
				}
				if (segment.startsWith('*')) {
					names.push(segment.slice(1));
					return '(.+?)';
				}
				return segment.replace(/[.()$^+?[\]{}|\\]/g, '\\$&');
			})
			.join('/');
		this.routes.push({method: method.toUpperCase(), regex: new RegExp(`^${source}$`, 'i'), names, handler});
		return this;
	}

	/** Finds the handler for a method and path: a match, `method-not-allowed`, or undefined. */
	match(method: string, path: string): {handler: Handler; params: Record<string, string>} | 'method-not-allowed' | undefined {
		let pathMatched = false;
		for (const route of this.routes) {
			const found = route.regex.exec(path);
			if (!found) {
				continue;
			}
			pathMatched = true;
			if (route.method !== method.toUpperCase()) {
				continue;
			}
			const params: Record<string, string> = {};
			route.names.forEach((name, index) => {
				params[name] = found[index + 1] ?? '';
			});
			return {handler: route.handler, params};
		}
		return pathMatched ? 'method-not-allowed' : undefined;
	}
}
