/**
 * The wizard's flow: the ordered steps, and the steps of each path. The only file that knows
 * the order; a new path is its folder under steps/ plus one case here (the switch is
 * exhaustive over Method, so a method without its steps fails to compile).
 */
import {attachSteps, detachSteps} from '../steps/attach/index.js';
import {checkPrerequisites} from '../steps/check-prerequisites.js';
import {chooseMethod} from '../steps/choose-method.js';
import {chooseRegistry} from '../steps/choose-registry.js';
import {connectedRegistrySteps} from '../steps/connected-registry/index.js';
import {pullSecretSteps} from '../steps/pull-secret/index.js';
import {showSummary} from '../steps/summary.js';
import {welcome} from '../steps/welcome.js';
import type {Context} from '../wizard/context.js';
import {earlyWorkOf} from '../wizard/early-work.js';
import {runSteps, type Step} from '../wizard/engine.js';
import {GoBack, assertNever} from '../wizard/errors.js';
import type {Method} from '../wizard/types.js';

/** The steps of each path, after the registry and the method are chosen. */
export function pathSteps(method: Method | undefined): ReadonlyArray<Step<Context>> {
	switch (method) {
		case 'attach':
			return attachSteps;
		case 'detach':
			return detachSteps;
		case 'pull-secret':
			return pullSecretSteps;
		case 'connected-registry':
			return connectedRegistrySteps;
		case undefined:
			return [];
		default:
			return assertNever(method);
	}
}

/** Runs the chosen path's steps as one step, so Esc from its first question returns to the method. */
const runPath: Step<Context> = {
	async run(context) {
		const outcome = await runSteps(pathSteps(context.store.getState().method), context);
		// The summary lists every change: work started early has ended before it (its failure is the run's).
		await earlyWorkOf(context.memory).join();
		if (outcome === 'back') {
			throw new GoBack();
		}
	},
};

/** The steps of the main wizard. */
export function wizardSteps(): ReadonlyArray<Step<Context>> {
	return [welcome, checkPrerequisites, chooseRegistry, chooseMethod, runPath, showSummary];
}
