/** Messages of the pods and summary screens. */
export const pods = {
	none: 'No pods yet.',
} as const;

export const summary = {
	title: 'Summary',
	nothing: 'Nothing was changed.',
	undo: 'To undo:',
} as const;
