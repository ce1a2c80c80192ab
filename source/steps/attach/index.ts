/** The AKS attach path (being written). */
import type {Context} from '../../wizard/context.js';
import type {Step} from '../../wizard/engine.js';

export const attachSteps: ReadonlyArray<Step<Context>> = [];

export const detachSteps: ReadonlyArray<Step<Context>> = [];
