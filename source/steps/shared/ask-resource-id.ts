/** Asking for an Azure resource by its id, shared by the registry and cluster pickers. */
import type {Context} from '../../wizard/context.js';
import {refusalText} from './activity.js';

/** The question's words and the shape an id of the wanted kind has. */
export type ResourceIdQuestion = {
	readonly id: string;
	readonly message: string;
	readonly placeholder: string;
	readonly invalid: string;
	readonly isId: (value: string) => boolean;
};

/** Asks for a resource id: well formed while typing, readable on submit; what the check read is returned, not read again. */
export async function askResourceId<T>(context: Context, question: ResourceIdQuestion, read: (id: string) => Promise<T>): Promise<T> {
	let found: T | undefined;
	const id = await context.prompter.text({
		id: question.id,
		message: question.message,
		placeholder: question.placeholder,
		validate: (value) => (question.isId(value) ? undefined : question.invalid),
		check: async (value) => {
			try {
				found = await read(value);
				return undefined;
			} catch (error: unknown) {
				return refusalText(context.explain(error));
			}
		},
	});
	return found ?? read(id);
}
