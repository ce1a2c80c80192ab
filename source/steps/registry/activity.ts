/** The activity line under the view while a long-running call reports progress. */
import type {Progress} from '../../azure/azure.js';
import type {Context} from '../../wizard/context.js';

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
