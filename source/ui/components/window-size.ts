/**
 * The terminal's size as Ink lays out, shared by every component that needs it through one
 * `resize` listener per output stream. Ink's own `useWindowSize` adds a listener per component,
 * and a plan or summary with more than ten commands then trips Node's
 * MaxListenersExceededWarning, which Node prints over the frame.
 */
import {useCallback, useSyncExternalStore} from 'react';
import {useStdout} from 'ink';
import terminalSize from 'terminal-size';

type Stream = NodeJS.WritableStream & {readonly columns?: number; readonly rows?: number};
type Store = {readonly listeners: Set<() => void>; readonly onResize: () => void};

const stores = new WeakMap<Stream, Store>();

function subscribe(stdout: Stream, listener: () => void): () => void {
	let store = stores.get(stdout);
	if (store === undefined) {
		const listeners = new Set<() => void>();
		const created: Store = {
			listeners,
			onResize() {
				for (const notify of listeners) notify();
			},
		};
		stores.set(stdout, created);
		store = created;
	}
	const {listeners, onResize} = store;
	if (listeners.size === 0) stdout.on('resize', onResize);
	listeners.add(listener);
	return () => {
		listeners.delete(listener);
		if (listeners.size === 0) stdout.off('resize', onResize);
	};
}

// The controlling terminal's size, for a stream that has none (piped): measured once, since it may
// run a command to find out and a piped stream is never resized.
let measured: {readonly columns: number; readonly rows: number} | undefined;
function fallback(): {readonly columns: number; readonly rows: number} {
	measured ??= terminalSize();
	return measured;
}

// The same rule as Ink's layout: the stream's own size, else the controlling terminal's, else 80×24.
function dimension(value: number | undefined, other: () => number, otherwise: number): number {
	if (value !== undefined && value > 0) return value;
	const size = other();
	return size > 0 ? size : otherwise;
}

function columnsOf(stdout: Stream): number {
	return dimension(stdout.columns, () => fallback().columns, 80);
}

function rowsOf(stdout: Stream): number {
	return dimension(stdout.rows, () => fallback().rows, 24);
}

function useDimension(read: (stdout: Stream) => number): number {
	const {stdout} = useStdout();
	const listen = useCallback((listener: () => void) => subscribe(stdout, listener), [stdout]);
	const snapshot = useCallback(() => read(stdout), [stdout, read]);
	return useSyncExternalStore(listen, snapshot, snapshot);
}

/** The terminal's width in columns; re-renders the component on a resize. */
export function useColumns(): number {
	return useDimension(columnsOf);
}

/** The terminal's height in rows; re-renders the component on a resize. */
export function useRows(): number {
	return useDimension(rowsOf);
}
