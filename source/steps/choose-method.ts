/** The method step (being written): attach to AKS, or a pull secret for any cluster. */
import type {Context} from '../wizard/context.js';
import type {Step} from '../wizard/engine.js';

export const chooseMethod: Step<Context> = {id: 'method', title: 'Method', run: async () => undefined};
