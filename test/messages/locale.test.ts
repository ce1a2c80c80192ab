import {describe, expect, test} from 'vitest';
import {chooseLanguage, langFlagOf, languageOf, languageOfEnvironment, languageRefusal} from '../../source/messages/locale.js';

describe('the language of a run', () => {
	test.each([
		['zh_CN.UTF-8', 'zh-CN'],
		['zh-Hans', 'zh-CN'],
		['zh_CN', 'zh-CN'],
		['zh-Hans-CN', 'zh-CN'],
		['zh', 'zh-CN'],
		['fr_FR', 'fr'],
		['fr_BE.UTF-8', 'fr'],
		['fr-CA', 'fr'],
		['nl_NL', 'nl'],
		['nl_BE@euro', 'nl'],
		['en_US.UTF-8', 'en'],
		['C', 'en'],
		['C.UTF-8', 'en'],
		['POSIX', 'en'],
	])('the locale %s gets the %s catalog', (value, tag) => {
		expect(languageOf(value)).toBe(tag);
	});

	test.each(['de_DE.UTF-8', 'ja', 'zh_TW.UTF-8', 'zh-Hant', 'zh_HK', '', 'xx-yy'])('the locale %j has no catalog of its own', (value) => {
		expect(languageOf(value)).toBeUndefined();
	});

	test('LC_ALL wins over LC_MESSAGES, which wins over LANG; an empty one is skipped', () => {
		expect(languageOfEnvironment({LC_ALL: 'fr_FR.UTF-8', LC_MESSAGES: 'nl_NL', LANG: 'zh_CN.UTF-8'})).toBe('fr');
		expect(languageOfEnvironment({LC_ALL: '', LC_MESSAGES: 'nl_NL', LANG: 'zh_CN.UTF-8'})).toBe('nl');
		expect(languageOfEnvironment({LANG: 'zh_CN.UTF-8'})).toBe('zh-CN');
		// C in LC_ALL is a choice: English, whatever LANG says.
		expect(languageOfEnvironment({LC_ALL: 'C', LANG: 'zh_CN.UTF-8'})).toBe('en');
	});

	test('no locale, or one without a catalog, is English', () => {
		expect(languageOfEnvironment({})).toBe('en');
		expect(languageOfEnvironment({LANG: 'de_DE.UTF-8'})).toBe('en');
	});

	test('--lang wins over the environment, in either spelling, the last one given', () => {
		expect(chooseLanguage(['--lang', 'nl'], {LANG: 'zh_CN.UTF-8'})).toEqual({tag: 'nl'});
		expect(chooseLanguage(['--demo', '--lang=zh-CN'], {LANG: 'C'})).toEqual({tag: 'zh-CN'});
		expect(chooseLanguage(['--lang', 'fr', '--lang', 'en'], {})).toEqual({tag: 'en'});
		expect(chooseLanguage(['--demo'], {LC_MESSAGES: 'fr_BE.UTF-8'})).toEqual({tag: 'fr'});
	});

	test('words after -- are not flags', () => {
		expect(langFlagOf(['--', '--lang', 'fr'])).toBeUndefined();
	});

	test('a --lang without a catalog is refused, naming the values it takes', () => {
		const choice = chooseLanguage(['--lang', 'de'], {LANG: 'fr_FR'});
		expect(choice).toEqual({refused: 'de', accepted: ['en', 'zh-CN', 'fr', 'nl']});
		expect(languageRefusal('de', ['en', 'zh-CN', 'fr', 'nl'])).toEqual({
			message: '--lang de is not one of: en, zh-CN, fr, nl.',
			suggestion: 'Pass one of: --lang en, --lang zh-CN, --lang fr, --lang nl.',
		});
		expect(chooseLanguage(['--lang'], {})).toEqual({refused: '', accepted: ['en', 'zh-CN', 'fr', 'nl']});
	});
});
