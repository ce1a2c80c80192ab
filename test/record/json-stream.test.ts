/**
 * `--json=stream`: JSON lines as the run goes, each valid against schemas/wizard-stream.json (which refers to
 * wizard-output.json for the action, the pods, the error and the last line's document); a store's changes and the
 * built CLI's real stdout (a demo run, a refused value).
 */
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import Ajv from 'ajv';
import {describe, expect, test} from 'vitest';
import {renderStream, resultLine, type StreamEvent} from '../../source/output/json-stream.js';
import {built} from '../reliability/harness.js';
import {testStore} from '../helpers/test-context.js';

const ajv = new Ajv({allErrors: true});
ajv.addSchema(JSON.parse(readFileSync('schemas/wizard-output.json', 'utf8')) as object);
const validate = ajv.compile(JSON.parse(readFileSync('schemas/wizard-stream.json', 'utf8')) as object);
const problems = () => JSON.stringify(validate.errors, undefined, 2);

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

/** The lines of a stream, each parsed and checked against the schema. */
function parsed(stdout: string): StreamEvent[] {
	return stdout
		.trimEnd()
		.split('\n')
		.map((line) => {
			const event = JSON.parse(line) as StreamEvent;
			expect(validate(event), `${line}\n${problems()}`).toBe(true);
			return event;
		});
}

describe('the --json=stream lines', () => {
	test('a check as it settles, an action as it ends, the pods as they change, an error, then the result', () => {
		const store = testStore();
		const lines: string[] = [];
		const stop = renderStream(store, (line) => lines.push(line));
		const {actions} = store.getState();
		actions.resetChecks([{id: 'az', title: 'Azure CLI', status: 'running'}]);
		actions.updateCheck('az', {status: 'ok', summary: '2.61.0'});
		actions.appendJournal({
			id: 'attach-r-c',
			stepId: 'attach',
			sentence: 'Grant AcrPull on r to the kubelet identity of c',
			command: 'az aks update --attach-acr r',
			call: 'PUT /roleAssignments/1',
			outcome: 'done',
			at: '2026-11-22T11:00:00.000Z',
			undo: {sentence: 'Remove AcrPull', command: 'az role assignment delete --ids /ra/1', kind: 'delete-role-assignment', params: {id: '/ra/1'}},
		});
		const pod = {name: 'nginx0', namespace: 'default', ready: '0/1', status: 'ContainerCreating', restarts: 0, images: []};
		actions.setPods([pod], []);
		// The same rows again: no line.
		actions.setPods([{...pod}], []);
		actions.setPods([{...pod, ready: '1/1', status: 'Running'}], []);
		actions.fail({message: 'The cluster did not answer', code: 'ServiceUnavailable'});
		stop();
		lines.push(resultLine(store.getState(), 1));
		const events = parsed(lines.join('\n'));
		expect(events.map((event) => event.type)).toEqual(['check', 'action', 'pods', 'pods', 'error', 'result']);
		expect(events[0]).toEqual({type: 'check', id: 'az', title: 'Azure CLI', status: 'ok', summary: '2.61.0'});
		expect(events.at(-1)).toMatchObject({type: 'result', document: {state: 'failed', exitCode: 1}});
	});

	test('the schema refuses a line it does not describe', () => {
		expect(validate({type: 'action', action: {id: 'x'}})).toBe(false);
		expect(validate({type: 'progress', text: 'hello'})).toBe(false);
	});
});

describe.skipIf(!built)('the built CLI with --json=stream', {timeout: 120_000}, () => {
	test('a demo run writes JSON lines on stdout (checks, actions, pods, then the result), the progress on stderr', async () => {
		const {stdout, stderr, code} = await run(['--demo', '--yes', '--json=stream', '--pace', 'fast', '--method', 'attach', '--registry-name', 'streamrun1']);
		expect(code, stderr).toBe(0);
		const events = parsed(stdout);
		const types = new Set(events.map((event) => event.type));
		expect([...types].sort()).toEqual(['action', 'check', 'pods', 'result']);
		const last = events.at(-1);
		expect(last?.type).toBe('result');
		if (last?.type !== 'result') return;
		expect(last.document).toMatchObject({state: 'done', method: 'attach', registry: {name: 'streamrun1'}});
		// Every action of the document came first as a line of its own, as it ended.
		const streamed = events.flatMap((event) => (event.type === 'action' ? [event.action.id] : []));
		expect(streamed).toEqual(last.document.actions.map((action) => action.id));
		expect(stderr).toContain('Both pods are running.');
	});

	test('--json with another value is refused with exit 2 and names both forms', async () => {
		const {stdout, stderr, code} = await run(['--demo', '--yes', '--json=lines']);
		expect(code).toBe(2);
		expect(stderr).toContain('--json=lines: --json takes no value but stream.');
		expect(stdout).toBe('');
	});
});
