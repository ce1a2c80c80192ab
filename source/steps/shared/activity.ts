/** The activity line under the view while a long-running call reports progress; notices for answers taken from flags. */
import type {Progress} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import type {WizardError} from '../../wizard/errors.js';

/** Runs `work` with a progress callback that updates the activity line, and clears the line after. */
export async function withActivity<T>(context: Pick<Context, 'store'>, line: (status: string) => string, work: (progress: Progress) => Promise<T>): Promise<T> {
	const set = context.store.getState().actions.setActivity;
	set(line('…'));
	try {
		return await work((status) => set(line(status)));
	} finally {
		set(undefined);
	}
}

/** Echoes an answer a flag gave without a question being asked (the prompter echoes the others). */
export function echoFlag(context: Pick<Context, 'store'>, message: string, value: string, flag: string): void {
	context.store.getState().actions.notice(messages().common.usingFlag(message, value, flag));
}

/** An explained error as the one line a refused answer shows: its plain words and the original code, which a refusal has no other place for. */
export function refusalText(error: WizardError): string {
	return error.code ? `${error.message} ${messages().common.code(error.code)}` : error.message;
}
