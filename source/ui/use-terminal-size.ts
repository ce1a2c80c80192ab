/**
 * The terminal's size for the components that lay out by it, with one `resize` listener per output stream however
 * many components ask: Ink's own `useWindowSize` adds a listener per component, and a summary with more than ten
 * commands then makes Node print a MaxListenersExceededWarning over the screen.
 */
import {useStdout} from 'ink';
import {useSyncExternalStore} from 'react';

type Size = {readonly columns: number; readonly rows: number};
/** Ink's output: a terminal's `columns`, `rows` and `resize` event when it is one. */
type Stream = NodeJS.WritableStream & {readonly columns?: number; readonly rows?: number};
/** One stream's size as a store: the same subscribe and snapshot functions for every component. */
type SizeStore = {readonly subscribe: (listener: () => void) => () => void; readonly snapshot: () => Size};

const stores = new WeakMap<Stream, SizeStore>();

/** The stream's size; where it reports none (not a terminal), the process's terminal, else 80 × 24. */
function sizeOf(stream: Stream): Size {
	return {columns: stream.columns || process.stdout.columns || 80, rows: stream.rows || process.stdout.rows || 24};
}

function storeOf(stream: Stream): SizeStore {
	const known = stores.get(stream);
	if (known) return known;
	let size = sizeOf(stream);
	const listeners = new Set<() => void>();
	const onResize = () => {
		for (const listener of listeners) listener();
	};
	const store: SizeStore = {
		subscribe(listener) {
			if (listeners.size === 0) stream.on('resize', onResize);
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
				if (listeners.size === 0) stream.off('resize', onResize);
			};
		},
		snapshot() {
			// Read live (a test may give the stream another width); the same object while the size is the same.
			const now = sizeOf(stream);
			if (now.columns !== size.columns || now.rows !== size.rows) size = now;
			return size;
		},
	};
	stores.set(stream, store);
	return store;
}

/** Columns and rows of Ink's output, re-rendering the caller on a resize. */
export function useTerminalSize(): Size {
	const {stdout} = useStdout();
	const store = storeOf(stdout);
	return useSyncExternalStore(store.subscribe, store.snapshot);
}
