/**
 * The languages of the wizard: one line per catalog, for the checks that read every catalog at once.
 * A new catalog is registered by importing it here and putting it in place of its English stand-in,
 * and by giving `catalog.ts` its loader (the CLI loads only the catalog it speaks).
 */
import type {Catalog} from './catalog.js';
import {en} from './en.js';
import {fr} from './fr.js';
import {nl} from './nl.js';
import type {LanguageTag} from './tags.js';
import {zhCN} from './zh-CN.js';

export {languageTags, type LanguageTag} from './tags.js';

export const languages: Record<LanguageTag, Catalog> = {
	en,
	'zh-CN': zhCN,
	fr,
	nl,
};
