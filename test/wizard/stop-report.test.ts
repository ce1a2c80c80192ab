import {describe, expect, test} from 'vitest';
import {standingOf} from '../../source/wizard/stop-report.js';
import type {JournalEntry} from '../../source/wizard/types.js';

const entry = (id: string, extra: Partial<JournalEntry> = {}): JournalEntry => ({
	id,
	stepId: 'pull-secret-credential',
	outcome: 'done',
	sentence: `Do ${id}`,
	command: `az ${id}`,
	call: `POST /${id}`,
	at: '2026-12-01T00:00:00Z',
	...extra,
});

const made = {note: 'The password is stored nowhere.', remove: 'az ad app credential delete --id a --key-id <keyId>'};

describe('what a stop says still stands', () => {
	test('a password made and never stored is listed with its note and removal, though it has no undo of its own', () => {
		expect(standingOf([entry('reset', {secretMade: made})])).toEqual([{sentence: 'Do reset', undo: made.remove, note: made.note}]);
	});

	test('once a pull secret stored it, the password is no longer said to be stored nowhere', () => {
		expect(standingOf([entry('reset', {secretMade: made}), entry('secret', {storesSecret: true})])).toEqual([]);
	});

	test('a failed attempt to store it does not count as stored', () => {
		const journal = [entry('reset', {secretMade: made}), entry('secret', {storesSecret: true, outcome: 'failed'})];
		expect(standingOf(journal).map((item) => item.note)).toEqual([made.note]);
	});

	test('a password made again after the secret was stored (a fix) is said to be stored nowhere until it is stored too', () => {
		const journal = [entry('reset', {secretMade: made}), entry('secret', {storesSecret: true}), entry('reset-again', {secretMade: made})];
		expect(standingOf(journal).map((item) => item.sentence)).toEqual(['Do reset-again']);
	});

	test('an entry with an undo keeps its own removal command and gains the note', () => {
		const undo = {sentence: 'Delete it', command: 'az ad app delete --id a', kind: 'delete-service-principal', params: {appId: 'a', objectId: 'o'}} as const;
		expect(standingOf([entry('create', {undo, secretMade: {note: made.note}})])).toEqual([{sentence: 'Do create', undo: undo.command, note: made.note}]);
	});
});
