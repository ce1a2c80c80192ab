/** Colours and symbols in one place. */
import type {Status} from '../wizard/types.js';

export const statusColor: Record<Status, string> = {
	ok: 'green',
	warn: 'yellow',
	fail: 'red',
	skipped: 'gray',
	pending: 'gray',
	running: 'cyan',
};

export const theme = {
	accent: 'cyan',
	muted: 'gray',
	danger: 'red',
	warning: 'yellow',
	success: 'green',
	pointer: '›',
} as const;
