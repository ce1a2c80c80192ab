/** Messages of the pods and summary screens. */
export const pods = {
	title: 'Pods',
	none: 'No pods yet.',
	events: 'Recent events',
	allRunning: (count: number) => `All ${count} pod(s) are running.`,
} as const;

export const summary = {
	title: 'Summary',
	nothing: 'Nothing was changed.',
	commands: 'The equivalent commands, to run it again without the wizard:',
	undo: 'To undo:',
	done: 'Done.',
} as const;
