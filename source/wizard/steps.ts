/** The ordered step list: the only file that knows the order. */
import {checkPrerequisites} from '../steps/check-prerequisites.js';
import {welcome} from '../steps/welcome.js';
import type {Context} from './context.js';
import type {Step} from './engine.js';

/** The steps of the main wizard. */
export function wizardSteps(): ReadonlyArray<Step<Context>> {
	return [welcome, checkPrerequisites];
}
