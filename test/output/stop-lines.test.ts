/** The last lines of a stopped run, cut to the terminal's width where a reader and a shell expect it. */
import {execFileSync} from 'node:child_process';
import {afterEach, describe, expect, test} from 'vitest';
import {setLanguage} from '../../source/messages/catalog.js';
import {fitStopLines, plainStopLines, stopLines, type StopLine} from '../../source/output/stop-lines.js';
import {displayWidth} from '../../source/output/width.js';
import {wrapProse} from '../../source/output/wrap.js';
import {exitCodes} from '../../source/wizard/errors.js';

afterEach(() => setLanguage('en'));

const record = {id: '20261206-075720-5262', file: '/home/someone/.local/state/acr-wizard/runs/20261206-075720-5262.json'};
const acrDelete = 'az acr delete --name acrwrapcheck02 --resource-group rg-acr-sandbox --yes';
const roleId =
	'/subscriptions/3c9a1e7b-2d4f-4a6c-8e0b-5f1d2c3b4a59/resourceGroups/rg-acr-sandbox/providers/Microsoft.ContainerRegistry/registries/demoreg5/providers/Microsoft.Authorization/roleAssignments/12ff979c-362a-47a4-835a-d171a68d7087';

function stopped(undo: string, sentence = 'Create the Basic registry acrwrapcheck02 in rg-acr-sandbox'): StopLine[] {
	return stopLines({exitCode: exitCodes.cancelled, standing: [{sentence, undo}]}, record);
}

/** The words bash reads from the command lines of `lines` (after "remove with:"); nothing runs. */
function shellWords(lines: readonly string[]): string[] {
	const command = lines.join('\n').replace(/^ *remove with: /, '');
	return execFileSync('bash', ['-c', `printf '%s\\n' ${command}`], {encoding: 'utf8'})
		.trimEnd()
		.split('\n');
}

describe('fitted to the terminal', () => {
	test('at 80 columns an undo command is cut between its words with " \\", the next line two columns in, and bash reads the same command', () => {
		const lines = fitStopLines(stopped(acrDelete), 80);
		expect(lines).toEqual([
			'Stopped. This run made 1 change that is still in place:',
			'  - Create the Basic registry acrwrapcheck02 in rg-acr-sandbox',
			'      remove with: az acr delete --name acrwrapcheck02 \\',
			'        --resource-group rg-acr-sandbox --yes',
			'The record of this run:',
			'/home/someone/.local/state/acr-wizard/runs/20261206-075720-5262.json',
			'(acr-wizard undo 20261206-075720-5262 removes what it made)',
		]);
		expect(shellWords(lines.slice(2, 4))).toEqual(acrDelete.split(' '));
	});

	test.each([40, 60, 80, 120])('at %i columns no line is wider than the terminal but the path, and none is cut inside a word', (columns) => {
		const lines = fitStopLines(stopped(acrDelete), columns);
		for (const line of lines) if (!line.includes(record.file)) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
		// The path is never cut: alone on its line where it is wider than the terminal.
		expect(lines.some((line) => line.includes(record.file))).toBe(true);
		if (record.file.length > columns) expect(lines).toContain(record.file);
		expect(lines.join(' ')).toContain('acr-wizard undo 20261206-075720-5262');
		const command = lines.filter((line) => / {6}(remove with: | {2})/.test(line));
		expect(shellWords(command)).toEqual(acrDelete.split(' '));
	});

	test('at 120 columns what fits one line stays on it', () => {
		expect(fitStopLines(stopped(acrDelete), 120)).toEqual([
			'Stopped. This run made 1 change that is still in place:',
			'  - Create the Basic registry acrwrapcheck02 in rg-acr-sandbox',
			`      remove with: ${acrDelete}`,
			`The record of this run: ${record.file}`,
			'(acr-wizard undo 20261206-075720-5262 removes what it made)',
		]);
	});

	test('a command holding a word wider than its line (a role assignment id) is left whole, for the terminal to wrap softly', () => {
		const undo = `az role assignment delete --ids ${roleId}`;
		expect(fitStopLines(stopped(undo), 80)).toContain(`      remove with: ${undo}`);
	});

	test('a long change sentence goes on under its own text, past the bullet', () => {
		const sentence = 'Grant AcrPull on demoreg5 to the kubelet identity of the cluster aks-sandbox-with-a-long-name';
		const lines = fitStopLines(stopped(acrDelete, sentence), 60);
		expect(lines.slice(1, 3)).toEqual(['  - Grant AcrPull on demoreg5 to the kubelet identity of the', '    cluster aks-sandbox-with-a-long-name']);
	});

	test('a command of several lines keeps the indent of its continuation lines, and each line is cut on its own', () => {
		const undo =
			'az connectedk8s delete --name arc-cluster \\\n  --resource-group rg-arc-cluster-with-a-rather-long-name-here --subscription 3c9a1e7b-2d4f-4a6c-8e0b-5f1d2c3b4a59 --yes';
		const lines = fitStopLines(stopped(undo), 80).slice(2, -3);
		expect(lines[0]).toBe('      remove with: az connectedk8s delete --name arc-cluster \\');
		expect(lines.slice(1).every((line) => line.startsWith('        --') || line.startsWith('          '))).toBe(true);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
		expect(shellWords(lines)).toEqual(undo.replace(' \\\n ', '').split(/ +/));
	});

	test('in Chinese the record line is cut around the path and the undo command, where no space is', () => {
		setLanguage('zh-CN');
		const lines = fitStopLines(stopLines({exitCode: exitCodes.cancelled}, record), 80);
		expect(lines).toEqual([expect.any(String), '此次运行的记录：', record.file, '（acr-wizard undo 20261206-075720-5262 会删除它所创建的内容）']);
		const short = {id: record.id, file: `/root/.local/state/acr-wizard/runs/${record.id}.json`};
		expect(fitStopLines(stopLines({exitCode: exitCodes.cancelled}, short), 80).slice(1)).toEqual([
			`此次运行的记录：${short.file}`,
			'（acr-wizard undo 20261206-075720-5262 会删除它所创建的内容）',
		]);
	});

	test('in Chinese the lead before an undo command is measured as the terminal shows it (two columns a character)', () => {
		setLanguage('zh-CN');
		const lines = fitStopLines(stopped(acrDelete), 80).filter((line) => line.includes('az acr') || line.includes('--yes'));
		expect(lines[0]).toMatch(/^ {6}删除命令：az acr delete/);
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
	});
});

test('the plain output writes each line whole, the lead before the command', () => {
	expect(plainStopLines(stopped(acrDelete))).toEqual([
		'Stopped. This run made 1 change that is still in place:',
		'  - Create the Basic registry acrwrapcheck02 in rg-acr-sandbox',
		`      remove with: ${acrDelete}`,
		`The record of this run: ${record.file} (acr-wizard undo 20261206-075720-5262 removes what it made)`,
	]);
});

describe('prose cut to a width', () => {
	test('a sentence is cut at its spaces, never before closing punctuation nor after an opening one', () => {
		expect(wrapProse('one two three (four) five.', 9, ['(four)'])).toEqual(['one two', 'three', '(four)', 'five.']);
		expect(wrapProse('see /a/path.', 6, ['/a/path'])).toEqual(['see', '/a/path.']);
	});

	test('a piece wider than the line is left whole on a line of its own', () => {
		expect(wrapProse('at /a/very/long/path/here now', 10, ['/a/very/long/path/here'])).toEqual(['at', '/a/very/long/path/here', 'now']);
	});

	test('a kept span is never cut at its own spaces', () => {
		expect(wrapProse('run acr-wizard undo 123 later', 16, ['acr-wizard undo 123'])).toEqual(['run', 'acr-wizard undo 123', 'later']);
	});

	test('a text that fits is one line, as it was', () => {
		expect(wrapProse('Cancelled. Nothing was changed.', 80)).toEqual(['Cancelled. Nothing was changed.']);
	});
});
