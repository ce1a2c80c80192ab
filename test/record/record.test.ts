import {chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {pickRun} from '../../source/flows/past-run.js';
import {runsLines} from '../../source/flows/runs.js';
import {recordingPrompter} from '../../source/record/answers.js';
import {newRunId, recordFile, runsDirectory} from '../../source/record/paths.js';
import {findRun, listRuns, parseRecord} from '../../source/record/read.js';
import {replayingPrompter} from '../../source/record/replay.js';
import {recordedEnvironment} from '../../source/record/start.js';
import type {RecordedAnswer, RunRecord} from '../../source/record/types.js';
import {recordRun} from '../../source/record/write.js';
import type {JournalEntry} from '../../source/wizard/types.js';
import {scriptedPrompter} from '../helpers/scripted-prompter.js';
import {fakeClock, testStore} from '../helpers/test-context.js';

let directory: string;
beforeEach(() => {
	directory = join(mkdtempSync(join(tmpdir(), 'record-test-')), 'acr-wizard', 'runs');
});
afterEach(() => rmSync(join(directory, '..', '..'), {recursive: true, force: true}));

const grant: JournalEntry = {
	id: 'attach-r-c',
	stepId: 'attach',
	sentence: 'Grant AcrPull on r to the kubelet identity of c',
	command: 'az aks update --attach-acr r',
	call: 'PUT /roleAssignments/1',
	outcome: 'done',
	at: '2026-11-22T11:00:00Z',
	undo: {sentence: 'Remove AcrPull', command: 'az role assignment delete --ids /ra/1', kind: 'delete-role-assignment', params: {id: '/ra/1'}},
};

function record(overrides: Partial<RunRecord> = {}): RunRecord {
	return {
		version: 1,
		id: '20261122-110000-abcd',
		startedAt: '2026-11-22T11:00:00.000Z',
		updatedAt: '2026-11-22T11:01:00.000Z',
		pid: 999_999,
		state: 'failed',
		environment: {kind: 'sandbox', join: 'https://127.0.0.1:1234'},
		target: {clusterName: 'aks-1'},
		registry: {id: '/r/myregistry', name: 'myregistry', loginServer: 'myregistry.azurecr.io'},
		method: 'attach',
		flags: {},
		answers: [],
		journal: [grant],
		...overrides,
	};
}

function writeRun(run: RunRecord): void {
	mkdirSync(directory, {recursive: true});
	writeFileSync(recordFile(directory, run.id), JSON.stringify(run));
}

describe('where the records live', () => {
	test('under XDG_STATE_HOME when it is absolute, else ~/.local/state', () => {
		expect(runsDirectory({XDG_STATE_HOME: '/var/state'}, '/home/alice')).toBe('/var/state/acr-wizard/runs');
		expect(runsDirectory({XDG_STATE_HOME: 'relative/state'}, '/home/alice')).toBe('/home/alice/.local/state/acr-wizard/runs');
		expect(runsDirectory({}, '/home/alice')).toBe('/home/alice/.local/state/acr-wizard/runs');
	});

	test('a run id starts with its UTC start time, so ids sort by date', () => {
		expect(newRunId(new Date('2026-12-01T23:05:09Z'), () => 0.5)).toBe('20261201-230509-7fff');
	});

	test('the world of a run comes from its flags: a joined sandbox by absolute path, the demo, or Azure with its kubeconfig', () => {
		expect(recordedEnvironment({sandbox: 'https://127.0.0.1:9'})).toEqual({kind: 'sandbox', join: 'https://127.0.0.1:9'});
		expect(recordedEnvironment({sandbox: 'env'})).toEqual({kind: 'sandbox', join: join(process.cwd(), 'env')});
		expect(recordedEnvironment({demo: true})).toEqual({kind: 'demo'});
		expect(recordedEnvironment({cloud: 'AzureChinaCloud', kubeconfig: '/k/config'})).toEqual({
			kind: 'azure',
			cloud: 'AzureChinaCloud',
			kubeconfig: '/k/config',
		});
	});
});

describe('recording a run', () => {
	test('the record is written at once and again as each action ends, 0600 in a 0700 folder, with no temporary file left', () => {
		mkdirSync(directory, {recursive: true, mode: 0o755});
		chmodSync(directory, 0o755);
		const store = testStore();
		const file = recordFile(directory, 'run-1');
		const recording = recordRun(store, {directory, file, id: 'run-1', clock: fakeClock(), environment: {kind: 'demo'}, flags: {method: 'attach'}});
		expect((parseRecord(readFileSync(file, 'utf8')) as RunRecord).journal).toEqual([]);
		store.getState().actions.appendJournal(grant);
		const written = parseRecord(readFileSync(file, 'utf8')) as RunRecord;
		expect(written).toMatchObject({id: 'run-1', state: 'running', pid: process.pid, flags: {method: 'attach'}, journal: [grant]});
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(statSync(directory).mode & 0o777).toBe(0o700);
		store.getState().actions.finish(1, []);
		expect((parseRecord(readFileSync(file, 'utf8')) as RunRecord).state).toBe('failed');
		recording.stop();
		expect(readdirSync(directory)).toEqual(['run-1.json']);
	});

	test('answers are kept, a secret only as asked (never its value)', async () => {
		const store = testStore();
		const file = recordFile(directory, 'run-2');
		const recording = recordRun(store, {directory, file, id: 'run-2', clock: fakeClock(), environment: {kind: 'demo'}, flags: {}});
		const prompter = recordingPrompter(scriptedPrompter({'Name:': 'myregistry', 'Password:': 'hunter2-is-a-secret'}), recording.answer);
		await prompter.text({id: 'registry-name', message: 'Name:'});
		await prompter.secret({id: 'sp-password', message: 'Password:'});
		const text = readFileSync(file, 'utf8');
		expect((parseRecord(text) as RunRecord).answers).toEqual([
			{id: 'registry-name', kind: 'text', value: 'myregistry'},
			{id: 'sp-password', kind: 'secret'},
		]);
		expect(text).not.toContain('hunter2');
	});

	test('a record continued (undo, resume) keeps its start, answers and registry, and appends to its journal', () => {
		const past = record();
		const store = testStore();
		store.getState().actions.appendJournal(grant);
		const file = recordFile(directory, past.id);
		recordRun(store, {
			directory,
			file,
			id: past.id,
			clock: fakeClock(),
			environment: past.environment,
			flags: {},
			continues: {...past, answers: [{id: 'a', kind: 'select', value: 'x'}]},
		});
		const written = parseRecord(readFileSync(file, 'utf8')) as RunRecord;
		expect(written).toMatchObject({startedAt: past.startedAt, registry: past.registry, answers: [{id: 'a', kind: 'select', value: 'x'}], journal: [grant]});
	});

	test('a record that cannot be written is said once and the run goes on', () => {
		const store = testStore();
		const errors: unknown[] = [];
		const file = join(directory, 'missing-folder', 'run.json');
		recordRun(store, {directory, file, id: 'run', clock: fakeClock(), environment: {kind: 'demo'}, flags: {}, onError: (error) => errors.push(error)});
		store.getState().actions.appendJournal(grant);
		expect(errors).toHaveLength(1);
	});
});

describe('reading the records', () => {
	test('a file of another version or not JSON is named as unreadable, not trusted', () => {
		expect(parseRecord('{')).toHaveProperty('problem');
		expect(parseRecord(JSON.stringify({...record(), version: 7}))).toEqual({problem: 'version 7, not 1'});
		writeRun(record());
		writeFileSync(join(directory, 'broken.json'), 'nope');
		const listing = listRuns(directory);
		expect(listing.runs.map((run) => run.id)).toEqual(['20261122-110000-abcd']);
		expect(listing.unreadable.map((item) => item.file)).toEqual([join(directory, 'broken.json')]);
	});

	test('the newest run is the default; a run is named by its id, the start of it, or its file', () => {
		writeRun(record({id: '20261122-110000-aaaa', startedAt: '2026-11-22T11:00:00.000Z'}));
		writeRun(record({id: '20261123-090000-bbbb', startedAt: '2026-11-23T09:00:00.000Z'}));
		writeRun(record({id: '20261123-100000-cccc', startedAt: '2026-11-23T10:00:00.000Z'}));
		const listing = listRuns(directory);
		const idOf = (found: ReturnType<typeof findRun>) => ('run' in found ? found.run.id : found);
		expect(idOf(findRun(listing, undefined))).toBe('20261123-100000-cccc');
		expect(idOf(findRun(listing, '20261122'))).toBe('20261122-110000-aaaa');
		expect(idOf(findRun(listing, recordFile(directory, '20261123-090000-bbbb')))).toBe('20261123-090000-bbbb');
		expect(findRun(listing, '20261123')).toEqual({ambiguous: ['20261123-100000-cccc', '20261123-090000-bbbb']});
		expect(findRun(listing, 'nope')).toEqual({unknown: 'nope'});
		expect(findRun(listRuns(join(directory, 'absent')), undefined)).toEqual({none: true});
	});

	test('a demo run (its sandbox gone) and a run still going cannot be undone or resumed, each said with what to do', () => {
		writeRun(record({id: 'demo-run', environment: {kind: 'demo'}}));
		expect(pickRun(directory, 'demo-run')).toMatchObject({message: expect.stringContaining('demo') as string, suggestion: 'acr-wizard --demo'});
		writeRun(record({id: 'live-run', state: 'running', pid: 4242}));
		expect(pickRun(directory, 'live-run', () => true)).toEqual({
			message: 'The run live-run is still running (process 4242); stop it first.',
			suggestion: 'kill -INT 4242',
		});
		expect(pickRun(directory, 'live-run', () => false)).toMatchObject({id: 'live-run'});
		expect(pickRun(join(directory, 'absent'), undefined)).toHaveProperty('message');
	});

	test('runs lists each run with its date, path, registry and cluster, state and what still stands; a killed run reads as interrupted', () => {
		writeRun(record());
		writeRun(record({id: '20261123-100000-dddd', startedAt: '2026-11-23T10:00:00.000Z', state: 'running', journal: []}));
		expect(runsLines(directory, () => false)).toEqual([
			`Runs recorded in ${directory}, newest first:`,
			'20261123-100000-dddd  2026-11-23 10:00  attach  myregistry → aks-1  interrupted (the process is gone)',
			'    nothing of it still stands',
			'20261122-110000-abcd  2026-11-22 11:00  attach  myregistry → aks-1  failed',
			'    1 change still stands:',
			'    - Grant AcrPull on r to the kubelet identity of c',
		]);
		expect(runsLines(join(directory, 'absent'))).toEqual([`No runs are recorded yet (they are kept in ${join(directory, 'absent')}).`]);
	});
});

describe('giving the answers again on resume', () => {
	const answers: RecordedAnswer[] = [
		{id: 'welcome', kind: 'select', value: 'start'},
		{id: 'confirm-registry', kind: 'select', value: 'apply'},
		{id: 'confirm-registry', kind: 'select', value: 'back'},
		{id: 'failed-deploy', kind: 'select', value: 'stop'},
		{id: 'sp-password', kind: 'secret'},
		{id: 'registry-name', kind: 'text', value: 'taken'},
		{id: 'patch', kind: 'confirm', value: false},
	];
	const choices = [
		{value: 'apply', label: 'Apply'},
		{value: 'back', label: 'Back'},
		{value: 'retry', label: 'Retry'},
		{value: 'stop', label: 'Stop'},
	];

	test('each question takes the next answer recorded for it, in order; secrets and after-failure choices are asked anew', async () => {
		const inner = scriptedPrompter({'What now?': 'retry', 'Password:': 'typed-again'});
		const prompter = replayingPrompter(inner, answers);
		expect(await prompter.select({id: 'welcome', message: 'Ready?', choices: [{value: 'start', label: 'Start'}]})).toBe('start');
		expect(await prompter.select({id: 'confirm-registry', message: 'Apply?', choices})).toBe('apply');
		expect(await prompter.select({id: 'confirm-registry', message: 'Apply?', choices})).toBe('back');
		expect(await prompter.select({id: 'failed-deploy', message: 'What now?', choices})).toBe('retry');
		expect(await prompter.secret({id: 'sp-password', message: 'Password:'})).toBe('typed-again');
		expect(await prompter.confirm({id: 'patch', message: 'Patch?'})).toBe(false);
		inner.verify();
	});

	test('an answer that no longer fits (a choice gone, a text its check refuses) is asked again', async () => {
		const inner = scriptedPrompter({'Ready?': 'quit', 'Name:': 'fresh'});
		const prompter = replayingPrompter(inner, answers);
		expect(await prompter.select({id: 'welcome', message: 'Ready?', choices: [{value: 'quit', label: 'Quit'}]})).toBe('quit');
		expect(await prompter.text({id: 'registry-name', message: 'Name:', check: async (value) => (value === 'taken' ? 'taken' : undefined)})).toBe('fresh');
		inner.verify();
	});

	test('answers resume skips are asked (the registry once the run has one)', async () => {
		const inner = scriptedPrompter({'Name:': 'other'});
		const prompter = replayingPrompter(inner, answers, (id) => id === 'registry-name');
		expect(await prompter.text({id: 'registry-name', message: 'Name:'})).toBe('other');
		inner.verify();
	});
});
