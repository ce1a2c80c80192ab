/** The registry step (being written): pick or create a registry, offer the sample image import. */
import type {Context} from '../wizard/context.js';
import type {Step} from '../wizard/engine.js';

export const chooseRegistry: Step<Context> = {id: 'registry', title: 'Registry', run: async () => undefined};
