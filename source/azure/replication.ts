/**
 * The one wait for directory replication, with the az CLI's budget: `az ad sp create-for-rbac`
 * (role/custom.py, `_RETRY_TIMES = 36`, `time.sleep(5)`) retries both the service principal's
 * creation and its role assignment up to 36 times, 5 s apart, while the directory has not
 * replicated the new object yet. The Graph calls (azure-sdk-directory) and the role assignments of
 * the attach and pull-secret paths wait by this same policy, and say each wait.
 */

/** az's budget: 36 tries, 5 s apart (3 minutes in all). */
export const replicationBudget = {tries: 36, delayMs: 5000} as const;

/** How one wait is run: what is a replication lag, how to sleep, and who hears of each wait. */
export type ReplicationWait = {
	readonly isLag: (error: unknown) => boolean;
	readonly sleep: (ms: number) => Promise<void>;
	/** Called before each wait: the try that failed (1-based) and the budget. */
	readonly onWait?: (attempt: number, tries: number) => void;
	/** Overrides the delay (tests and the sandbox's fast pace). */
	readonly delayMs?: number;
	readonly tries?: number;
};

/** Runs `call` until it succeeds, fails for another reason, or the budget is spent (the last failure is thrown). */
export async function untilReplicated<T>(call: () => Promise<T>, wait: ReplicationWait): Promise<T> {
	const tries = wait.tries ?? replicationBudget.tries;
	const delayMs = wait.delayMs ?? replicationBudget.delayMs;
	for (let attempt = 1; ; attempt++) {
		try {
			return await call();
		} catch (error: unknown) {
			if (attempt >= tries || !wait.isLag(error)) throw error;
			wait.onWait?.(attempt, tries);
			await wait.sleep(delayMs);
		}
	}
}

/** Whether ARM refused a role assignment because the principal has not reached it yet. */
export function isPrincipalNotFound(error: unknown): boolean {
	return typeof error === 'object' && error !== null && (error as {code?: unknown}).code === 'PrincipalNotFound';
}
