/**
 * The languages of the wizard: one line per catalog. A new catalog is registered by importing it
 * here and putting it in place of its English stand-in.
 */
import type {Catalog} from './catalog.js';
import {en} from './en.js';
import {fr} from './fr.js';
import {nl} from './nl.js';
import {zhCN} from './zh-CN.js';

/** The tags `--lang` accepts, in the order `--help` lists them. */
export const languageTags = ['en', 'zh-CN', 'fr', 'nl'] as const;
export type LanguageTag = (typeof languageTags)[number];

export const languages: Record<LanguageTag, Catalog> = {
	en,
	'zh-CN': zhCN,
	fr,
	nl,
};
