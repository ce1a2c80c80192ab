/**
 * Esc goes back exactly one question, on every path: the one mechanism. The terminal's prompter
 * keeps the trail of the answers given on screen (never a secret's: it is typed again). Going
 * back from a question re-runs the step it belongs to (or, from a step's first question, the
 * step before), and the trail gives that step's answers again without showing them, up to the
 * last one, which is asked again with its answer offered (the choice highlighted, the text
 * typed). A step that goes back inside itself to the question before takes the trail back to
 * it; one that goes back further (a loop to its first question) is left, and re-run from the trail. Plans met on the way run again, each action finding
 * what it made already in place.
 */

/** One answer given on screen. */
export type TrailAnswer = {readonly id: string; readonly value: string | boolean};

/** What the prompter does with a question: give it a kept answer without showing it, or ask it (offering its previous answer). */
export type TrailTurn =
	| {readonly kind: 'replay'; readonly value: string | boolean}
	| {readonly kind: 'ask'; readonly previous?: string | boolean}
	/** The step came back to the question it was left from without asking the one before (a plan applied since needs no confirmation): back again. */
	| {readonly kind: 'back'};

/** The trail of one run's answers on screen, and the answers being given again after going back. */
export class AnswerTrail {
	#entries: TrailAnswer[] = [];
	/** The kept answers to give again, per question id in order; with `redo`, the question to ask again. */
	#replay = new Map<string, Array<string | boolean>>();
	#redo: TrailAnswer | undefined;
	/** The last question left with Esc: the next question, if answered earlier, is where the step went back to. */
	#leftBack = false;
	/** The id of the question last left with Esc, until an answer is given. */
	#left: string | undefined;
	#sealed = false;

	/** How many answers the trail holds: where a step starts. */
	get length(): number {
		return this.#entries.length;
	}

	/** Whether kept answers are being given again (the screen stays as it is: no hold). */
	get isReplaying(): boolean {
		return this.#redo !== undefined;
	}

	/**
	 * A question answered on screen (or given again). Asked again at once, with no plan run in between (its answer was
	 * refused, or the question redrawn), the new answer replaces the one before: going back then leaves that question.
	 */
	answered(id: string, value: string | boolean): void {
		if (!this.#sealed && this.#entries.at(-1)?.id === id) this.#entries.pop();
		this.#entries.push({id, value});
		this.#sealed = false;
		this.#left = undefined;
	}

	/** A plan was confirmed: the next answer is another, even to a question of the same id (the next plan's confirmation). */
	seal(): void {
		this.#sealed = true;
	}

	/** The question `id` on screen was left with Esc (or its Back choice); asked again after its answer was refused, that answer goes too. */
	wentBack(id: string): void {
		if (!this.#sealed && this.#entries.at(-1)?.id === id) this.#entries.pop();
		this.#leftBack = true;
		this.#left = id;
	}

	/** The question `id` is about to be asked: give a kept answer, or ask (with the answer it had, when it is asked again). */
	turn(id: string, isSecret = false): TrailTurn {
		if (this.#redo) {
			// The same question may come more than once (two plans of one step): its earlier answers first, then it is asked.
			const value = this.#replay.get(id)?.shift();
			if (value !== undefined) return {kind: 'replay', value};
			if (id === this.#redo.id) {
				const previous = this.#redo.value;
				this.endReplay();
				return {kind: 'ask', previous};
			}
			if (id === this.#left) {
				this.endReplay();
				return {kind: 'back'};
			}
			// A secret is never kept: it is typed again, and the answers after it are still given. Anything else: the path changed.
			if (!isSecret) this.endReplay();
			return {kind: 'ask'};
		}
		if (!this.#leftBack) return {kind: 'ask'};
		this.#leftBack = false;
		const index = this.#entries.findLastIndex((entry) => entry.id === id);
		if (index < 0) return {kind: 'ask'};
		// The step went back further than one question (a loop back to its first one): it is left, and runs again from the trail.
		if (index < this.#entries.length - 1) return {kind: 'back'};
		// The step went back to this question by itself, the one before: its answer is taken back, and offered.
		const previous = this.#entries[index]?.value;
		this.#entries.length = index;
		return {kind: 'ask', previous};
	}

	/** A kept answer no longer fits its question (the choices changed): the rest are asked. */
	endReplay(): void {
		this.#replay.clear();
		this.#redo = undefined;
	}

	/**
	 * Takes the trail back to `position` (where a step started): its answers from there are given again as the step
	 * re-runs, but the last, which is asked again. False when there was nothing on screen after `position`.
	 */
	backTo(position: number): boolean {
		this.#leftBack = false;
		const taken = this.#entries.slice(position);
		this.#entries.length = Math.min(position, this.#entries.length);
		const redo = taken.pop();
		this.endReplay();
		if (!redo) return false;
		for (const entry of taken) this.#replay.set(entry.id, [...(this.#replay.get(entry.id) ?? []), entry.value]);
		this.#redo = redo;
		return true;
	}

	/** Forgets the answers after `position` without asking them again (a plan's confirmation, once Back was chosen after its failure). */
	truncate(position: number): void {
		this.#entries.length = Math.min(position, this.#entries.length);
	}
}

const trails = new WeakMap<object, AnswerTrail>();

/** Starts the trail of the run whose store is `owner`: the terminal's prompter does, as it alone shows questions. */
export function startTrail(owner: object): AnswerTrail {
	const trail = new AnswerTrail();
	trails.set(owner, trail);
	return trail;
}

/** The trail of the run whose store is `owner`; none where no question is shown (--yes, no terminal, a scripted test). */
export function trailOf(owner: object): AnswerTrail | undefined {
	return trails.get(owner);
}
