/**
 * Which language the messages are in: `--lang`, else the POSIX locale of the environment
 * (the first of LC_ALL, LC_MESSAGES and LANG that is set), else English.
 */
import {messages} from './catalog.js';
import {languageTags, type LanguageTag} from './tags.js';

/** The locale variables, in the order POSIX reads them for messages. */
const localeVariables = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The catalog for a BCP 47 tag (`zh-Hans`, `fr-BE`) or a POSIX locale (`zh_CN.UTF-8`, `nl_BE@euro`);
 * `C` and `POSIX` are English; undefined when acr-wizard has no catalog for it.
 */
export function languageOf(value: string): LanguageTag | undefined {
	// zh_CN.UTF-8@modifier → zh-CN
	const tag = value
		.trim()
		.replace(/[.@].*$/, '')
		.replaceAll('_', '-');
	if (tag === 'C' || tag === 'POSIX') return 'en';
	const [primary = '', ...rest] = tag.toLowerCase().split('-');
	switch (primary) {
		case 'en':
		case 'fr':
		case 'nl':
			return primary;
		case 'zh':
			// The catalog is Simplified Chinese: Traditional script or its regions are not served it.
			return rest.some((subtag) => ['hant', 'tw', 'hk', 'mo'].includes(subtag)) ? undefined : 'zh-CN';
		default:
			return undefined;
	}
}

/** The language the environment asks for: the first locale variable set and not empty; English when there is none or it is unknown. */
export function languageOfEnvironment(environment: Readonly<Record<string, string | undefined>>): LanguageTag {
	const value = localeVariables.map((name) => environment[name]).find((setting) => setting !== undefined && setting !== '');
	return (value && languageOf(value)) || 'en';
}

/** The value of `--lang` on a command line (`--lang fr`, `--lang=fr`), read before the flags are parsed, as the help is in that language; the last one wins. */
export function langFlagOf(argv: readonly string[]): string | undefined {
	let value: string | undefined;
	for (const [index, word] of argv.entries()) {
		if (word === '--') break;
		if (word === '--lang') value = argv[index + 1] ?? '';
		else if (word.startsWith('--lang=')) value = word.slice('--lang='.length);
	}
	return value;
}

export type LanguageChoice = {readonly tag: LanguageTag} | {readonly refused: string; readonly accepted: readonly LanguageTag[]};

/** The language of a run: `--lang` when given (refused when acr-wizard has no such catalog), else the environment's. */
export function chooseLanguage(argv: readonly string[], environment: Readonly<Record<string, string | undefined>>): LanguageChoice {
	const flag = langFlagOf(argv);
	if (flag === undefined) return {tag: languageOfEnvironment(environment)};
	const tag = languageOf(flag);
	return tag === undefined ? {refused: flag, accepted: languageTags} : {tag};
}

/** What is said about a `--lang` acr-wizard has no catalog for: the accepted values, as for any flag with a fixed set. */
export function languageRefusal(value: string, accepted: readonly string[]): {readonly message: string; readonly suggestion: string} {
	const text = messages().flags;
	return {message: text.notOneOf('--lang', value, accepted), suggestion: text.notOneOfFix('--lang', accepted)};
}
