/**
 * Text that wraps as prose does. Ink keeps the space a line was broken at when the line before it
 * is exactly full, so that line starts with a stray space (" a service principal"); this drops it.
 * Indentation (two spaces or more) is left alone.
 */
import {Transform} from 'ink';
import type {ReactNode} from 'react';

/** A wrapped line (after the first) without the single space it was broken at; colour codes before it are kept. */
export function trimBreak(line: string, index: number): string {
	return index === 0 ? line : line.replace(/^((?:\u001B\[[\d;]*m)*) (?! )/, '$1');
}

export function Prose({children}: {readonly children: ReactNode}) {
	return <Transform transform={trimBreak}>{children}</Transform>;
}
