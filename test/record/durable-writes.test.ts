/**
 * What the record flushes to disk: every write is whole and renamed into place (a killed process loses nothing), but
 * only what undo needs (the journal) and the run's end are flushed with fsync; an answer or a choice waits for the next.
 */
import * as fs from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {recordFile} from '../../source/record/paths.js';
import {parseRecord} from '../../source/record/read.js';
import type {RunRecord} from '../../source/record/types.js';
import {recordRun} from '../../source/record/write.js';
import type {JournalEntry} from '../../source/wizard/types.js';
import {fakeClock, testStore} from '../helpers/test-context.js';

const flushed = vi.hoisted(() => ({count: 0}));
vi.mock('node:fs', async (original) => {
	const real = await original<typeof fs>();
	return {
		...real,
		fsyncSync: (descriptor: number) => {
			flushed.count++;
			real.fsyncSync(descriptor);
		},
	};
});

let directory = '';
beforeEach(() => {
	directory = join(fs.mkdtempSync(join(tmpdir(), 'record-durable-')), 'acr-wizard', 'runs');
	flushed.count = 0;
});
afterEach(() => fs.rmSync(join(directory, '..', '..'), {recursive: true, force: true}));

const created: JournalEntry = {
	stepId: 'registry',
	id: 'create-registry-myregistry',
	sentence: 'Create the Basic registry myregistry in myResourceGroup',
	command: 'az acr create --name myregistry --resource-group myResourceGroup --sku basic',
	call: 'PUT /subscriptions/s/resourceGroups/myResourceGroup/providers/Microsoft.ContainerRegistry/registries/myregistry',
	outcome: 'done',
	at: '2026-12-03T07:00:00.000Z',
};

describe('the record on disk', () => {
	test('answers and choices are written at once without a flush of their own; the next journal entry flushes them all', () => {
		const store = testStore();
		const file = recordFile(directory, 'run-1');
		const recording = recordRun(store, {directory, file, id: 'run-1', clock: fakeClock(), environment: {kind: 'demo'}, flags: {}});
		expect(flushed.count).toBe(1);
		for (const value of ['myregistry', 'myResourceGroup', 'basic']) recording.answer({id: `q-${value}`, kind: 'text', value});
		// On disk already (a killed process keeps them), not flushed.
		expect((parseRecord(fs.readFileSync(file, 'utf8')) as RunRecord).answers).toHaveLength(3);
		expect(flushed.count).toBe(1);
		// A choice is written, not flushed either.
		store.getState().actions.chooseMethod('attach');
		expect((parseRecord(fs.readFileSync(file, 'utf8')) as RunRecord).method).toBe('attach');
		expect(flushed.count).toBe(1);
		store.getState().actions.appendJournal(created);
		expect(flushed.count).toBe(2);
		store.getState().actions.finish(0, []);
		recording.stop();
		expect(flushed.count).toBe(4);
		const written = parseRecord(fs.readFileSync(file, 'utf8')) as RunRecord;
		expect(written).toMatchObject({state: 'done', journal: [created]});
		expect(written.answers.map((answer) => answer.id)).toEqual(['q-myregistry', 'q-myResourceGroup', 'q-basic']);
	});
});
