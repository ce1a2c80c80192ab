/**
 * What a stopped run leaves: every change it made that still stands (done, not undone), with the
 * command that removes it, for the last lines of a stop (Ctrl+C, q, a failure, a signal).
 */
import {undoable} from './journal.js';
import type {JournalEntry, StandingItem} from './types.js';

/**
 * The changes still standing, in the order they were made; a password made and never stored (the
 * run stopped before its pull secret was written) is said to exist, with the command that removes it.
 */
export function standingOf(journal: readonly JournalEntry[]): StandingItem[] {
	const standing = new Set(undoable(journal));
	const lastStore = journal.findLastIndex((entry) => entry.storesSecret === true && entry.outcome !== 'failed');
	const unstored = (entry: JournalEntry, index: number) => entry.secretMade !== undefined && entry.outcome === 'done' && index > lastStore;
	return journal
		.map((entry, index) => ({entry, index}))
		.filter(({entry, index}) => standing.has(entry) || unstored(entry, index))
		.map(({entry, index}) => {
			const made = unstored(entry, index) ? entry.secretMade : undefined;
			const undo = entry.undo?.command ?? made?.remove;
			return {sentence: entry.sentence, ...(undo ? {undo} : {}), ...(made ? {note: made.note} : {})};
		});
}
