/**
 * The message catalog: every user-facing string goes through here. English is the source; every
 * other language provides the same shape (`Catalog`: a missing key is a compile error, and a
 * function key takes the same parameters) and is registered in `languages.ts`.
 */
import type {en} from './en.js';
import {languages, type LanguageTag} from './languages.js';

/** The shape of a catalog: the English one with its words widened to `string` (they differ per language). */
type Shape<T> = T extends string
	? string
	: T extends number | boolean | undefined
		? T
		: T extends (...args: infer Parameters) => infer Result
			? (...args: Parameters) => Shape<Result>
			: T extends ReadonlyArray<infer Item>
				? ReadonlyArray<Shape<Item>>
				: {readonly [Key in keyof T]: Shape<T[Key]>};

export type Catalog = Shape<typeof en>;

let active: Catalog = languages.en;
let activeTag: LanguageTag = 'en';

/** The messages in the language in use. */
export function messages(): Catalog {
	return active;
}

/** The language in use. */
export function language(): LanguageTag {
	return activeTag;
}

/** Picks the language of the messages (see `locale.ts` for how a tag is chosen). */
export function setLanguage(tag: LanguageTag): void {
	active = languages[tag];
	activeTag = tag;
}
