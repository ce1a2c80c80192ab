import {Router, type SandboxRequest} from '../http/router.js';

/** A router whose matched routes first pass a check that may throw (wrong tenant, unregistered provider, Graph permission). */
export class GuardedRouter extends Router {
	constructor(private readonly guard: (request: SandboxRequest) => void) {
		super();
	}

	override match(method: string, path: string): ReturnType<Router['match']> {
		const found = super.match(method, path);
		if (found === undefined || found === 'method-not-allowed') {
			return found;
		}
		return {
			params: found.params,
			handler: (request, params) => {
				this.guard(request);
				return found.handler(request, params);
			},
		};
	}
}
