import {describe, expect, test} from 'vitest';
import {pressKey, printable, typeText, type KeyFacts} from '../../source/ui/text-editing.js';

const plain: KeyFacts = {ctrl: false, meta: false, return: false, backspace: false, delete: false, leftArrow: false, rightArrow: false};
const ctrl = (letter: string) => ({input: letter, key: {...plain, ctrl: true}});
const line = (value: string, cursor = value.length) => ({value, cursor});

describe('text editing keys', () => {
	test('ctrl+u deletes to the start, ctrl+k to the end, ctrl+w the word before the cursor', () => {
		expect(pressKey(line('hello world', 6), ctrl('u').input, ctrl('u').key)?.line).toEqual(line('world', 0));
		expect(pressKey(line('hello world', 5), ctrl('k').input, ctrl('k').key)?.line).toEqual(line('hello', 5));
		expect(pressKey(line('my registry  '), ctrl('w').input, ctrl('w').key)?.line).toEqual(line('my ', 3));
	});

	test('an unknown control key types nothing', () => {
		expect(pressKey(line('abc'), 'g', {...plain, ctrl: true})?.line).toEqual(line('abc'));
	});

	test('arrows, home and end move the cursor; backspace deletes before it', () => {
		expect(pressKey(line('abc'), '', {...plain, leftArrow: true})?.line.cursor).toBe(2);
		expect(pressKey(line('abc', 1), '', {...plain, home: true})?.line.cursor).toBe(0);
		expect(pressKey(line('abc', 1), '', {...plain, end: true})?.line.cursor).toBe(3);
		expect(pressKey(line('abc', 2), '', {...plain, backspace: true})?.line).toEqual(line('ac', 1));
	});

	test('escape sequences and control characters are dropped; a line break submits what came before it', () => {
		expect(printable('a\u001B[31mb\u0007c\u009Bd\u007F')).toBe('abcd');
		expect(typeText(line(''), 'name\r\nrest')).toEqual({line: line('name'), submit: true});
		expect(typeText(line('ab', 1), 'X\tY')).toEqual({line: line('aXYb', 3), submit: false});
	});
});
