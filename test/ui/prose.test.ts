import {describe, expect, test} from 'vitest';
import {trimBreak} from '../../source/ui/components/prose.js';

describe('prose wrapping', () => {
	test('a wrapped line loses the single space it was broken at', () => {
		expect(trimBreak(' a service principal', 1)).toBe('a service principal');
	});

	test('the space survives behind a colour code, which is kept', () => {
		expect(trimBreak('\u001B[90m a service', 2)).toBe('\u001B[90ma service');
	});

	test('the first line and indentation of two spaces or more are left alone', () => {
		expect(trimBreak(' first', 0)).toBe(' first');
		expect(trimBreak('  $ az acr create', 3)).toBe('  $ az acr create');
	});
});
