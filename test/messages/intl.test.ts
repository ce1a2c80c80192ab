import {describe, expect, test} from 'vitest';
import {intlOf} from '../../source/messages/intl.js';

describe('plurals, lists and dates from Intl', () => {
	test('English has one and other: 1 cluster, 0 and 2 clusters', () => {
		const {plural} = intlOf('en');
		const clusters = (count: number) => plural(count, {one: `${count} cluster`, other: `${count} clusters`});
		expect([0, 1, 2].map(clusters)).toEqual(['0 clusters', '1 cluster', '2 clusters']);
	});

	test('French counts 0 as one; Chinese has a single form', () => {
		expect(intlOf('fr').plural(0, {one: '0 cluster', other: '0 clusters'})).toBe('0 cluster');
		expect(intlOf('zh-CN').plural(1, {other: '1 个集群'})).toBe('1 个集群');
	});

	test('a form the language lacks falls back to other', () => {
		expect(intlOf('fr').plural(1_000_000, {one: 'un', other: 'autres'})).toBe('autres');
	});

	test('lists read as each language writes them', () => {
		expect(intlOf('en').list(['a', 'b', 'c'])).toBe('a, b, and c');
		expect(intlOf('zh-CN').list(['a', 'b', 'c'])).toBe('a、b和c');
		expect(intlOf('nl').anyOf(['a', 'b'])).toBe('a of b');
	});

	test('a list of one item or none is that item (or nothing) in every language, as Intl says it, and a string is refused', () => {
		for (const locale of ['en', 'fr', 'nl', 'zh-CN']) {
			const {list, anyOf} = intlOf(locale);
			expect([list(['nginx']), anyOf(['nginx']), list([]), anyOf([])]).toEqual(['nginx', 'nginx', '', '']);
			const platform = [new Intl.ListFormat(locale, {type: 'conjunction'}).format(['nginx']), new Intl.ListFormat(locale).format([])];
			expect(platform).toEqual(['nginx', '']);
		}
		expect(() => intlOf('en').list('nginx' as unknown as string[])).toThrow('a list was expected, not the string "nginx"');
	});

	test('a date is shown in UTC in the language, and a value that is no date is kept', () => {
		expect(intlOf('en').date('2026-12-02T05:38:00Z')).toBe('Dec 2, 2026, 05:38 AM UTC');
		expect(intlOf('zh-CN').date('2026-12-02T05:38:00Z')).toContain('2026年12月2日');
		expect(intlOf('en').date('never')).toBe('never');
	});
});
