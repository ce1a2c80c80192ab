/** The welcome step: says what will happen, then waits for the user to start. */
import {messages} from '../messages/catalog.js';
import type {Context} from '../wizard/context.js';
import type {Step} from '../wizard/engine.js';
import {Cancelled} from '../wizard/errors.js';

export const welcome: Step<Context> = {
	async run({store, prompter}) {
		store.getState().actions.show('welcome');
		const text = messages().common;
		const answer = await prompter.select({
			id: 'welcome',
			message: text.welcome.questionStart,
			choices: [
				{value: 'start', label: text.welcome.choiceStart},
				{value: 'quit', label: text.quit},
			],
			default: 'start',
		});
		if (answer === 'quit') throw new Cancelled();
	},
};
