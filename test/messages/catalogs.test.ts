import {describe, expect, test} from 'vitest';
import {en} from '../../source/messages/en.js';
import {languages, languageTags} from '../../source/messages/languages.js';
import {zhCN} from '../../source/messages/zh-CN.js';
import {testAgainstEnglish} from './catalog-walk.js';

type Leaf = {readonly path: string; readonly kind: string};

/** Every key of a catalog, with what it holds: a string, a function, a list or a group of keys. */
function leaves(value: unknown, path = ''): Leaf[] {
	if (typeof value === 'function') return [{path, kind: 'function'}];
	if (Array.isArray(value)) return [{path, kind: 'list'}, ...value.flatMap((item: unknown, index) => leaves(item, `${path}[${index}]`))];
	if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
	return [{path, kind: typeof value}];
}

describe('the catalogs', () => {
	test('every language of --lang has a catalog', () => {
		expect(Object.keys(languages).sort()).toEqual([...languageTags].sort());
	});

	// The type makes a missing key a compile error; this also catches a catalog assembled at run time, or one mapped to English for now.
	test.each(languageTags.filter((tag) => tag !== 'en'))('%s has every key of the English catalog, each of the same kind, and no other', (tag) => {
		const byPath = (all: Leaf[]) => all.sort((a, b) => a.path.localeCompare(b.path));
		expect(byPath(leaves(languages[tag]))).toEqual(byPath(leaves(en)));
	});
});

// French and Dutch run this walk with their allow-lists in their own tests; Chinese's English words are checked in translated.test.ts.
describe('the Chinese catalog against the English one', () => {
	testAgainstEnglish('Chinese', zhCN);
});
