import {inspect} from 'node:util';
import {describe, expect, test} from 'vitest';
import {SecretValue, createRunMemory, memorySlot} from '../../source/wizard/session.js';

describe('run memory', () => {
	test('a slot starts from its first value on first use and keeps what the run put in it', () => {
		const slot = memorySlot('counter', () => ({count: 0}));
		const memory = createRunMemory();
		memory.get(slot).count++;
		expect(memory.get(slot).count).toBe(1);
	});

	test('two runs never share a slot, and two slots of one name are not the same', () => {
		const slot = memorySlot('counter', () => ({count: 0}));
		const twin = memorySlot('counter', () => ({count: 0}));
		const first = createRunMemory();
		first.get(slot).count = 5;
		expect(createRunMemory().get(slot).count).toBe(0);
		expect(first.get(twin).count).toBe(0);
	});
});

describe('SecretValue', () => {
	test('never prints, serialises or inspects as its value', () => {
		const secret = new SecretValue('hunter2-password');
		expect(String(secret)).toBe('<redacted>');
		expect(JSON.stringify({secret})).toBe('{"secret":"<redacted>"}');
		expect(inspect({secret})).not.toContain('hunter2');
		expect(secret.reveal()).toBe('hunter2-password');
	});
});
