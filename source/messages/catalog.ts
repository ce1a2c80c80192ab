/**
 * The message catalog: every user-facing string goes through here. English is the source;
 * another language provides the same shape (`Catalog`) and is picked at start.
 */
import {en} from './en.js';

export type Catalog = typeof en;

let active: Catalog = en;

/** The messages in the language in use. */
export function messages(): Catalog {
	return active;
}

/** Picks the language (only English exists so far; unknown tags fall back to it). */
export function setLanguage(tag: string | undefined): void {
	active = tag?.startsWith('en') || tag === undefined ? en : en;
}
