/**
 * The message catalog: every user-facing string goes through here. English is the source; every
 * other language provides the same shape (`Catalog`: a missing key is a compile error, and a
 * function key takes the same parameters) and is registered in `languages.ts`.
 *
 * Only English is loaded with the program: another language's catalog is loaded by `loadLanguage`
 * when a run speaks it (all four made a third of the code read before the first frame).
 */
import {en} from './en.js';
import type {LanguageTag} from './tags.js';

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

/** Where each other language's catalog is, read on first use. */
const loaders: Record<Exclude<LanguageTag, 'en'>, () => Promise<Catalog>> = {
	'zh-CN': async () => (await import('./zh-CN.js')).zhCN,
	fr: async () => (await import('./fr.js')).fr,
	nl: async () => (await import('./nl.js')).nl,
};

const loaded: {[Tag in LanguageTag]?: Catalog} = {en};
let active: Catalog = en;
let activeTag: LanguageTag = 'en';

/** The messages in the language in use. */
export function messages(): Catalog {
	return active;
}

/** The language in use. */
export function language(): LanguageTag {
	return activeTag;
}

/** Loads a language's catalog (once) and picks it. */
export async function loadLanguage(tag: LanguageTag): Promise<void> {
	loaded[tag] ??= tag === 'en' ? en : await loaders[tag]();
	setLanguage(tag);
}

/** Picks the language of the messages (see `locale.ts` for how a tag is chosen); its catalog is loaded first by `loadLanguage`. */
export function setLanguage(tag: LanguageTag): void {
	const catalog = loaded[tag];
	if (catalog === undefined) throw new Error(`the ${tag} catalog is not loaded: loadLanguage('${tag}') first`);
	active = catalog;
	activeTag = tag;
}
