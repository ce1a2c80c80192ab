/**
 * What a stopped run leaves: every change it made that still stands (done, not undone), with the
 * command that removes it, for the last lines of a stop (Ctrl+C, q, a failure, a signal).
 */
import {undoable} from './journal.js';
import type {JournalEntry, StandingItem} from './types.js';

/** The changes still standing, in the order they were made. */
export function standingOf(journal: readonly JournalEntry[]): StandingItem[] {
	return undoable(journal)
		.reverse()
		.map((entry) => ({sentence: entry.sentence, ...(entry.undo ? {undo: entry.undo.command} : {})}));
}
