/** The pull-secret path (being written). */
import type {Context} from '../../wizard/context.js';
import type {Step} from '../../wizard/engine.js';

export const pullSecretSteps: ReadonlyArray<Step<Context>> = [];
