/**
 * Reads started ahead under --yes, kept by key until the step that needs them takes them: each is taken once, a later
 * read (after going back) is made anew, and a failure waits for the step, which sees it as it would have.
 */

/** Starts `read` under `key`, unless one is there already. */
export function begin<T>(map: Map<string, Promise<T>>, key: string, read: () => Promise<T>): void {
	if (map.has(key)) return;
	const started = read();
	started.catch(() => undefined);
	map.set(key, started);
}

/** The read started ahead under `key` (taken, so it is used once), else `read` now. */
export async function take<T>(map: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> {
	const started = map.get(key);
	map.delete(key);
	return started ?? read();
}
