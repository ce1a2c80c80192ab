/**
 * `--json`: the document is valid against schemas/wizard-output.json (ajv, JSON Schema draft-07), for
 * a store's state and for the built CLI's real output (a full demo run, a refused command line),
 * with only JSON on stdout and the progress on stderr.
 */
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import Ajv from 'ajv';
import {describe, expect, test} from 'vitest';
import {jsonDocument} from '../../source/output/json.js';
import type {JournalEntry} from '../../source/wizard/types.js';
import {built} from '../reliability/harness.js';
import {testStore} from '../helpers/test-context.js';

const schema = JSON.parse(readFileSync('schemas/wizard-output.json', 'utf8')) as object;
const validate = new Ajv({allErrors: true}).compile(schema);
const problems = () => JSON.stringify(validate.errors, undefined, 2);

const at = '2026-11-22T11:00:00.000Z';
const grant: JournalEntry = {
	id: 'attach-r-c',
	stepId: 'attach',
	sentence: 'Grant AcrPull on r to the kubelet identity of c',
	command: 'az aks update --attach-acr r',
	call: 'PUT /roleAssignments/1',
	outcome: 'done',
	at,
	undo: {sentence: 'Remove AcrPull', command: 'az role assignment delete --ids /ra/1', kind: 'delete-role-assignment', params: {id: '/ra/1'}},
};

/** Runs the built CLI with stdout and stderr apart. */
async function run(args: readonly string[]): Promise<{stdout: string; stderr: string; code: number | null}> {
	const child = spawn(process.execPath, ['dist/cli.js', ...args], {env: {...process.env, NO_COLOR: '1'}, stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	return {stdout, stderr, code};
}

describe('the --json document', () => {
	test('of a failed run: its actions (an undone one as undone), what stands, the script, the pods and the error, valid against the schema', () => {
		const store = testStore({method: 'attach', target: {clusterName: 'c'}});
		const {actions} = store.getState();
		actions.appendJournal(grant);
		actions.appendJournal({
			...grant,
			id: 'deploy',
			stepId: 'deploy',
			outcome: 'failed',
			error: {message: 'Refused', code: 'Forbidden', suggestion: 'ask'},
			undo: undefined,
		});
		actions.setPods([{name: 'p', namespace: 'default', ready: '0/1', status: 'ErrImagePull', restarts: 0, images: []}], []);
		actions.fail({message: 'Refused', code: 'Forbidden', suggestion: 'ask'});
		actions.setRecord({id: 'run-1', file: '/state/run-1.json'});
		const document = jsonDocument(store.getState(), 1);
		expect(validate(document), problems()).toBe(true);
		expect(document).toMatchObject({
			state: 'failed',
			exitCode: 1,
			record: {id: 'run-1'},
			resources: [{sentence: grant.sentence, undo: 'az role assignment delete --ids /ra/1'}],
			script: ['az aks update --attach-acr r'],
			error: {code: 'Forbidden', message: 'Refused', suggestion: 'ask'},
		});
		actions.appendJournal({...grant, id: 'undo-attach-attach-r-c', stepId: 'undo', undo: undefined});
		const undone = jsonDocument(store.getState(), 0);
		expect(validate(undone), problems()).toBe(true);
		expect(undone.actions[0]?.outcome).toBe('undone');
		expect(undone.resources).toEqual([]);
	});

	test('the schema refuses a document that lacks what it promises (an error without its code, an unknown outcome)', () => {
		expect(validate({version: 1, state: 'failed', exitCode: 2, error: {message: 'x'}})).toBe(false);
		const store = testStore();
		store.getState().actions.appendJournal({...grant, outcome: 'done'});
		const document = jsonDocument(store.getState(), 0);
		expect(validate({...document, actions: [{...document.actions[0], outcome: 'maybe'}]})).toBe(false);
	});

	test('an error without an original code is the wizard own', () => {
		const store = testStore();
		store.getState().actions.fail({message: 'No answer'});
		expect(jsonDocument(store.getState(), 1).error).toEqual({code: 'wizard', message: 'No answer'});
	});
});

describe.skipIf(!built)('the built CLI with --json', {timeout: 120_000}, () => {
	test('a demo run writes one valid JSON document on stdout, the progress on stderr', async () => {
		const {stdout, stderr, code} = await run(['--demo', '--yes', '--json', '--pace', 'fast', '--method', 'attach', '--registry-name', 'jsonrun1']);
		expect(code).toBe(0);
		const document = JSON.parse(stdout) as ReturnType<typeof jsonDocument>;
		expect(validate(document), problems()).toBe(true);
		expect(document).toMatchObject({state: 'done', method: 'attach', registry: {name: 'jsonrun1'}});
		expect(document.pods.map((pod) => pod.status)).toEqual(['Running', 'Running']);
		expect(document.script).toContain('az acr import --name jsonrun1 --source docker.io/library/nginx:latest --image nginx:v1');
		expect(stderr).toContain('Both pods are running.');
	});

	test('a refused command line (--json without --yes, an unknown flag) is a JSON error with its code, message and fix, exit 2', async () => {
		for (const args of [
			['--demo', '--json'],
			['--json', '--bogus'],
		]) {
			const {stdout, code} = await run(args);
			expect(code).toBe(2);
			const document = JSON.parse(stdout) as {error: {code: string; suggestion: string}};
			expect(validate(document), problems()).toBe(true);
			expect(document.error.code).toBe('usage');
			expect(document.error.suggestion.length).toBeGreaterThan(0);
		}
	});
});
