/** The summary step (being written): the journal, the equivalent script, undo. */
import type {Context} from '../wizard/context.js';
import type {Step} from '../wizard/engine.js';

export const showSummary: Step<Context> = {
	id: 'summary',
	title: 'Summary',
	async run({store}) {
		store.getState().actions.show('summary');
	},
};
