import {ArmError} from '../http/errors.js';
import type {Router, SandboxRequest} from '../http/router.js';
import {bodyObject, type SandboxContext} from '../context.js';
import {scenarios} from '../scenarios/index.js';
import {controlStateJson, patchControlState} from './state-json.js';

/** What the control endpoint needs besides the context: how to apply a scenario to the running sandbox. */
export type ControlRoutesOptions = {readonly ctx: SandboxContext; applyScenario(name: string): Promise<void>};

/**
 * Serves the sandbox control endpoint, for state no Azure or Kubernetes API sets (documented in the sandbox README):
 * `GET /_sandbox/scenarios`, `POST /_sandbox/scenarios/<name>`, `GET /_sandbox/state`, `PATCH /_sandbox/state`,
 * `GET /_sandbox/timings[?since=<ISO time>]` (how long each paced operation took, `timings.ts`).
 */
export function addControlRoutes(router: Router, options: ControlRoutesOptions): void {
	const {ctx} = options;
	router
		.add('GET', '/_sandbox/scenarios', () => ({status: 200, body: {value: scenarios.map((s) => ({name: s.name, description: s.description}))}}))
		.add('POST', '/_sandbox/scenarios/:name', async (_r, p) => {
			const name = p.name ?? '';
			if (!scenarios.some((s) => s.name === name)) {
				throw new ArmError(404, 'ScenarioNotFound', `There is no scenario '${name}'. GET /_sandbox/scenarios lists them.`);
			}
			await options.applyScenario(name);
			return {status: 200, body: {name, applied: true, state: controlStateJson(ctx.state)}};
		})
		.add('GET', '/_sandbox/state', () => ({status: 200, body: controlStateJson(ctx.state)}))
		.add('GET', '/_sandbox/timings', (r: SandboxRequest) => {
			const since = r.query.get('since');
			const from = since === null ? undefined : new Date(since);
			if (from && Number.isNaN(from.getTime())) {
				throw new ArmError(400, 'InvalidTimingsQuery', `'since' must be an ISO 8601 time, e.g. 2026-12-02T01:00:00Z; got '${since ?? ''}'.`);
			}
			return {status: 200, body: {pace: ctx.clock.pace, value: ctx.clock.timings.list(from)}};
		})
		.add('PATCH', '/_sandbox/state', (r: SandboxRequest) => {
			patchControlState(ctx.state, bodyObject(r));
			ctx.notifyAccessChange();
			return {status: 200, body: controlStateJson(ctx.state)};
		});
}
