/**
 * An action's first try: it may go by what its plan knew when it was made (nothing there yet, what the action before
 * made); a try again, after a failure whose answer may have been lost, reads first.
 */

/** True the first time it is called, false after. */
export function firstTry(): () => boolean {
	let tried = false;
	return () => {
		const first = !tried;
		tried = true;
		return first;
	};
}
