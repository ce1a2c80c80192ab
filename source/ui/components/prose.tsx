/**
 * Text that wraps as prose does. Ink keeps the space a line was broken at when the line before it
 * is exactly full, so that line starts with a stray space (" a service principal"); this drops it.
 * Indentation (two spaces or more) is left alone.
 */
import {Transform} from 'ink';
import type {ReactNode} from 'react';

/** One space after any colour codes at the start of a line, not followed by another space. */
const breakSpace = new RegExp(`^((?:${String.fromCharCode(27)}\\[[\\d;]*m)*) (?! )`);

/** A wrapped line (after the first) without the single space it was broken at; colour codes before it are kept. */
export function trimBreak(line: string, index: number): string {
	return index === 0 ? line : line.replace(breakSpace, '$1');
}

export function Prose({children}: {readonly children: ReactNode}) {
	return <Transform transform={trimBreak}>{children}</Transform>;
}
