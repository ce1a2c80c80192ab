/**
 * Questions asked one after another, where Esc goes back exactly one question: a GoBack from
 * the n-th asks the one before it again (its typed answer offered as a draft), and from the
 * first leaves to whoever asked. Going back passes over the questions that are not put on
 * screen (answered by their flag, or not needed on this path), so Esc never seems to do nothing.
 */
import {GoBack} from './errors.js';

/** One question (or a plan to confirm): it asks, keeps its answer where the caller reads it, and may throw GoBack. */
export type InTurn = {
	readonly ask: () => Promise<unknown>;
	/** True when the question is not on screen this time (its flag answers it, the path does not need it). */
	readonly isSkipped?: () => boolean;
};

/** Runs `questions` in order, going back one question on each GoBack; rethrows GoBack from the first one on screen. */
export async function askInTurn(questions: readonly InTurn[]): Promise<void> {
	let index = 0;
	for (;;) {
		const question = questions[index];
		if (!question) return;
		try {
			await question.ask();
			index++;
		} catch (error: unknown) {
			if (!(error instanceof GoBack)) throw error;
			// Back to the nearest question before this one that is on screen; none: leave.
			let previous = index - 1;
			while (previous >= 0 && questions[previous]?.isSkipped?.() === true) previous--;
			if (previous < 0) throw error;
			index = previous;
		}
	}
}
