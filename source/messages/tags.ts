/** The languages the wizard speaks, by tag (their catalogs are registered in `languages.ts`). */

/** The tags `--lang` accepts, in the order `--help` lists them. */
export const languageTags = ['en', 'zh-CN', 'fr', 'nl'] as const;
export type LanguageTag = (typeof languageTags)[number];
