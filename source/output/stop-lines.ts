/** The last lines of a run that did not end well, for the plain output and the screen alike. */
import {messages} from '../messages/catalog.js';
import {exitCodes} from '../wizard/errors.js';
import type {WizardState} from '../wizard/store.js';

/**
 * What the run made that still stands and how to remove each, or that nothing was changed
 * (nothing for a run that succeeded), then where the run's record is.
 */
export function stopLines(finished: NonNullable<WizardState['finished']>, record?: WizardState['record']): string[] {
	return [...standingLines(finished), ...(record ? [messages().record.file(record.file, record.id)] : [])];
}

function standingLines(finished: NonNullable<WizardState['finished']>): string[] {
	const text = messages().common;
	const standing = finished.standing ?? [];
	if (finished.exitCode === exitCodes.done) return [];
	if (standing.length === 0) return finished.exitCode === exitCodes.cancelled ? [text.cancelled] : finished.standing ? [text.stoppedNothing] : [];
	return [
		text.stoppedStanding(standing.length),
		...standing.flatMap((item) => [
			`  - ${item.sentence}`,
			...(item.note ? [`      ${item.note}`] : []),
			...(item.undo ? item.undo.split('\n').map((line, index) => `      ${index === 0 ? text.standingUndo(line) : line}`) : []),
		]),
	];
}
