import {ArmError} from '../http/errors.js';
import type {Router, SandboxRequest} from '../http/router.js';
import {bodyObject, type SandboxContext} from '../context.js';
import {scenarios} from '../scenarios/index.js';
import {controlStateJson, patchControlState} from './state-json.js';

/** What the control endpoint needs besides the context: how to apply a scenario to the running sandbox. */
export type ControlRoutesOptions = {readonly ctx: SandboxContext; applyScenario(name: string): Promise<void>};

/**
 * Serves the sandbox control endpoint, for state no Azure or Kubernetes API sets (documented in the sandbox README):
 * `GET /_sandbox/scenarios`, `POST /_sandbox/scenarios/<name>`, `GET /_sandbox/state`, `PATCH /_sandbox/state`.
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
		.add('PATCH', '/_sandbox/state', (r: SandboxRequest) => {
			patchControlState(ctx.state, bodyObject(r));
			ctx.notifyAccessChange();
			return {status: 200, body: controlStateJson(ctx.state)};
		});
}
